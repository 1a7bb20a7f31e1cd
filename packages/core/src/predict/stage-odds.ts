import type { RoundId, TeamId, TieId } from '../ids.ts';
import { cupError, err, ok, type Result } from '../result.ts';
import { SOURCE_LOSER, SOURCE_TEAM, SOURCE_WINNER, type StagePlan } from './stage-plan.ts';

/** Every team's chances, keyed by team id (every team of the competition is listed). */
export type TeamOdds = Readonly<Record<TeamId, number>>;

/** The probability of each team reaching each round, going through each tie and winning. */
export interface StageOdds {
  readonly champion: TeamOdds;
  /** One entry per round, in order: P(team plays in that round). */
  readonly reach: ReadonlyArray<{ readonly round: RoundId; readonly name: string; readonly teams: TeamOdds }>;
  /** One entry per tie: P(team goes through that tie) — live tie odds once its teams are known. */
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
  const n = plan.teams.length;
  const T = plan.ties.length;
  const ancestors: Array<Set<number>> = [];
  for (let t = 0; t < T; t++) {
    const sides = [0, 1].map((s) => {
      const set = new Set<number>();
      if (plan.sourceKind[2 * t + s] !== SOURCE_TEAM) {
        const from = plan.sourceValue[2 * t + s]!;
        set.add(from);
        for (const x of ancestors[from]!) set.add(x);
      }
      return set;
    }) as [Set<number>, Set<number>];
    for (const x of sides[0]) {
      if (sides[1].has(x)) {
        return err(
          cupError(
            'bracket-sides-dependent',
            ['ties', t],
            `both sides of ${plan.ties[t]} depend on ${plan.ties[x]}, so exact odds do not apply: use Monte Carlo`,
          ),
        );
      }
    }
    ancestors.push(new Set([...sides[0], ...sides[1]]));
  }
  const win = new Float64Array(T * n);
  const occ = new Float64Array(2 * n);
  for (let t = 0; t < T; t++) {
    sideOccupancy(plan, win, t, 1, occ);
    for (let a = 0; a < n; a++) {
      const pa = occ[a]!;
      if (pa === 0) continue;
      for (let b = 0; b < n; b++) {
        const pb = occ[n + b]!;
        if (pb === 0 || a === b) continue;
        const w = plan.win0[(t * n + a) * n + b]!;
        win[t * n + a]! += pa * pb * w;
        win[t * n + b]! += pa * pb * (1 - w);
      }
    }
  }
  return ok(summarize(plan, win, 1));
}

/**
 * Stage odds from Monte Carlo counts: `wins[t·n + x]` is how many of `runs` runs team x won tie t.
 *
 * @example oddsFromCounts(plan, simulateChunk(plan, 1, 0, 1000), 1000)
 */
export function oddsFromCounts(plan: StagePlan, wins: Float64Array, runs: number): StageOdds {
  return summarize(plan, wins, runs);
}

/** P(team on side s of tie t) for both sides into occ[0..n) and occ[n..2n), in units of `total`. */
function sideOccupancy(
  plan: StagePlan,
  win: Float64Array,
  t: number,
  total: number,
  occ: Float64Array,
): void {
  const n = plan.teams.length;
  occ.fill(0);
  for (let s = 0; s < 2; s++) {
    const kind = plan.sourceKind[2 * t + s]!;
    const value = plan.sourceValue[2 * t + s]!;
    const base = s * n;
    if (kind === SOURCE_TEAM) {
      occ[base + value] = total;
      continue;
    }
    const side = new Float64Array(2 * n);
    sideOccupancy(plan, win, value, total, side);
    for (let x = 0; x < n; x++) {
      const w = win[value * n + x]!;
      occ[base + x] = kind === SOURCE_WINNER ? w : kind === SOURCE_LOSER ? side[x]! + side[n + x]! - w : 0;
    }
  }
}

function summarize(plan: StagePlan, win: Float64Array, total: number): StageOdds {
  const n = plan.teams.length;
  const T = plan.ties.length;
  const keyed = (values: ArrayLike<number>, offset: number): TeamOdds => {
    const out: Record<string, number> = {};
    for (let x = 0; x < n; x++) out[plan.teams[x]!] = (values[offset + x] ?? 0) / total;
    return out as TeamOdds;
  };
  const reach = plan.rounds.map(() => new Float64Array(n));
  const occ = new Float64Array(2 * n);
  for (let t = 0; t < T; t++) {
    sideOccupancy(plan, win, t, total, occ);
    const r = reach[plan.tieRound[t]!]!;
    for (let x = 0; x < n; x++) r[x] = r[x]! + occ[x]! + occ[n + x]!;
  }
  return {
    champion: keyed(win, plan.championTie * n),
    reach: plan.rounds.map((round, i) => ({ round: round.id, name: round.name, teams: keyed(reach[i]!, 0) })),
    ties: plan.ties.map((tie, t) => ({ tie, teams: keyed(win, t * n) })),
  };
}
