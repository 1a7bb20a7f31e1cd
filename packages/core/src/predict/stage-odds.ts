import type { RoundId, TeamId, TieId } from '../ids.ts';
import { cupError, err, ok, type Result } from '../result.ts';
import { SOURCE_TEAM, SOURCE_WINNER, type StagePlan } from './stage-plan.ts';

/** Every team's chances, keyed by team id (every team of the competition is listed). */
export type TeamOdds = Readonly<Record<TeamId, number>>;

/** The probability of each team reaching each round, going through each tie and winning. */
export interface StageOdds {
  readonly champion: TeamOdds;
  /** One entry per round, in order: P(team plays in that round). */
  readonly reach: ReadonlyArray<{ readonly round: RoundId; readonly name: string; readonly teams: TeamOdds }>;
  /**
   * One entry per tie: P(team goes through that tie) — live tie odds once its teams are known. Only
   * the teams that can go through it are listed (any other team's chance is 0).
   */
  readonly ties: ReadonlyArray<{ readonly tie: TieId; readonly teams: TeamOdds }>;
}

/**
 * Exact stage odds: each tie's winner distribution from the distributions of its two sides and the
 * exact pairing odds of the plan. Exact when the two sides of every tie come from disjoint parts of
 * the bracket (always so in a tree bracket); otherwise `bracket-sides-dependent` (use Monte Carlo).
 *
 * @example exactStageOdds(plan).value.champion['tp-mazembe'] // e.g. 0.27
 */
export function exactStageOdds(plan: StagePlan): Result<StageOdds> {
  const dependent = dependentTie(plan);
  if (dependent !== undefined) {
    const [t, x] = dependent;
    return err(
      cupError(
        'bracket-sides-dependent',
        ['ties', t],
        `both sides of ${plan.ties[t]} depend on ${plan.ties[x]}, so exact odds do not apply: use Monte Carlo`,
      ),
    );
  }
  const win = new Float64Array(plan.winStart[plan.ties.length]!);
  walk(plan, win, 1, true);
  return ok(summarize(plan, win, 1));
}

/** The length of a plan's win-count array: one entry per tie and team that can win it. */
export function winCountLength(plan: StagePlan): number {
  return plan.winStart[plan.ties.length]!;
}

/**
 * Stage odds from Monte Carlo counts: `wins[winStart[t] + i]` is how many of `runs` runs the i-th
 * team of `winTeams` of tie t won it.
 *
 * @example oddsFromCounts(plan, simulateChunk(plan, 1, 0, 1000), 1000)
 */
export function oddsFromCounts(plan: StagePlan, wins: Float64Array, runs: number): StageOdds {
  return summarize(plan, wins, runs);
}

/** [t, x] when both sides of tie t depend on the earlier tie x (no exact odds then). */
function dependentTie(plan: StagePlan): [number, number] | undefined {
  const T = plan.ties.length;
  const ancestors: Array<ReadonlySet<number>> = [];
  for (let t = 0; t < T; t++) {
    const sides = [0, 1].map((s) => {
      if (plan.sourceKind[2 * t + s] === SOURCE_TEAM) return new Set<number>();
      const from = plan.sourceValue[2 * t + s]!;
      return new Set([from, ...ancestors[from]!]);
    }) as [Set<number>, Set<number>];
    for (const x of sides[0]) if (sides[1].has(x)) return [t, x];
    for (const x of sides[1]) sides[0].add(x);
    ancestors.push(sides[0]);
  }
  return undefined;
}

/**
 * Walks the ties in order: the probability (in units of `total`) of each side entry's team being on
 * that side, from the win counts of earlier ties; with `fill`, each tie's win counts are computed
 * first from its sides and its pairing odds (exact odds). Returns the side occupancies.
 */
function walk(plan: StagePlan, win: Float64Array, total: number, fill: boolean): Float64Array {
  const T = plan.ties.length;
  const { sideStart, sideTeams, winStart, loseStart, winPos, win0, pairStart } = plan;
  const occ = new Float64Array(sideStart[2 * T]!);
  const lose = new Float64Array(loseStart[T]!);
  const play = new Float64Array(plan.teams.length);
  const won = new Float64Array(plan.teams.length);
  for (let t = 0; t < T; t++) {
    for (let s = 0; s < 2; s++) {
      const from = sideStart[2 * t + s]!;
      const to = sideStart[2 * t + s + 1]!;
      const kind = plan.sourceKind[2 * t + s]!;
      const u = plan.sourceValue[2 * t + s]!;
      if (kind === SOURCE_TEAM) occ[from] = total;
      else if (kind === SOURCE_WINNER) occ.set(win.subarray(winStart[u]!, winStart[u]! + to - from), from);
      else occ.set(lose.subarray(loseStart[u]!, loseStart[u]! + to - from), from);
    }
    const s0 = sideStart[2 * t]!;
    const s1 = sideStart[2 * t + 1]!;
    const end = sideStart[2 * t + 2]!;
    const k1 = end - s1;
    const w0 = winStart[t]!;
    if (fill) {
      let pair = pairStart[t]!;
      for (let e0 = s0; e0 < s1; e0++) {
        const pa = occ[e0]!;
        if (pa === 0) {
          pair += k1;
          continue;
        }
        let a = 0;
        for (let e1 = s1; e1 < end; e1++, pair++) {
          const pb = occ[e1]!;
          const w = win0[pair]!;
          if (pb === 0 || Number.isNaN(w)) continue;
          const p = pa * pb;
          a += p * w;
          const pos = winPos[e1]!;
          if (pos >= 0) win[w0 + pos]! += p * (1 - w);
        }
        const pos = winPos[e0]!;
        if (pos >= 0) win[w0 + pos]! += a;
      }
    }
    // P(team loses tie t) = P(team plays it) − P(team wins it), over the tie's losers list.
    for (let e = s0; e < end; e++) play[sideTeams[e]!]! += occ[e]!;
    for (let i = w0; i < winStart[t + 1]!; i++) won[plan.winTeams[i]!] = win[i]!;
    for (let i = loseStart[t]!; i < loseStart[t + 1]!; i++) {
      const x = plan.loseTeams[i]!;
      lose[i] = Math.max(0, play[x]! - won[x]!);
    }
    for (let e = s0; e < end; e++) play[sideTeams[e]!] = 0;
    for (let i = w0; i < winStart[t + 1]!; i++) won[plan.winTeams[i]!] = 0;
  }
  return occ;
}

function summarize(plan: StagePlan, win: Float64Array, total: number): StageOdds {
  const n = plan.teams.length;
  const T = plan.ties.length;
  const occ = walk(plan, win, total, false);
  const reach = plan.rounds.map(() => new Float64Array(n));
  for (let t = 0; t < T; t++) {
    const r = reach[plan.tieRound[t]!]!;
    for (let e = plan.sideStart[2 * t]!; e < plan.sideStart[2 * t + 2]!; e++)
      r[plan.sideTeams[e]!]! += occ[e]!;
  }
  const all = (values: Float64Array): TeamOdds => {
    const out: Record<string, number> = {};
    for (let x = 0; x < n; x++) out[plan.teams[x]!] = values[x]! / total;
    return out as TeamOdds;
  };
  const ofTie = (t: number): TeamOdds => {
    const out: Record<string, number> = {};
    for (let i = plan.winStart[t]!; i < plan.winStart[t + 1]!; i++)
      out[plan.teams[plan.winTeams[i]!]!] = win[i]! / total;
    return out as TeamOdds;
  };
  const champion = new Float64Array(n);
  const c = plan.championTie;
  for (let i = plan.winStart[c]!; i < plan.winStart[c + 1]!; i++) champion[plan.winTeams[i]!] = win[i]!;
  return {
    champion: all(champion),
    reach: plan.rounds.map((round, i) => ({ round: round.id, name: round.name, teams: all(reach[i]!) })),
    ties: plan.ties.map((tie, t) => ({ tie, teams: ofTie(t) })),
  };
}
