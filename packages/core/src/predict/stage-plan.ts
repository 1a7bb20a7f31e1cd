import { finalTie } from '../bracket/final-tie.ts';
import { createKnockout, type TieState } from '../bracket/knockout.ts';
import type { Competition, Round, TieSpec } from '../competition/types.ts';
import type { RoundId, TeamId, TieId } from '../ids.ts';
import { cupError, err, ok, type Result } from '../result.ts';
import { playoffDecider, type TieRules } from '../rules/tie-rules.ts';
import { expectedGoals, type GoalsModel } from './goals-model.ts';
import { pairTieOdds } from './pair-odds.ts';
import { pointGrid, type ScoreGrid, scoreGrid } from './score-grid.ts';
import { playoffRules, type TieSetup, tieOdds, verdictMemo } from './tie-odds.ts';

/** Where a side of a tie comes from, in a plan: a team, or the winner or loser of an earlier tie. */
export const SOURCE_TEAM = 0;
export const SOURCE_WINNER = 1;
export const SOURCE_LOSER = 2;

/**
 * A knockout stage reduced to numbers, ready for exact odds and for Monte Carlo (also in worker
 * threads: it is plain data). Every tie's advancement probability for each pair of teams that can
 * meet in it (and only those: about n²/2 pairs in all for n teams in a tree bracket) has been
 * computed once, exactly, through `decide` (see `tieOdds` and `pairTieOdds`).
 *
 * Side s of tie t can hold the teams `sideTeams[sideStart[2t + s] .. sideStart[2t + s + 1])`: the
 * team itself, or the list of teams that can win (or lose) the tie it comes from, in that order, so
 * that a team's position in a side is its position in the earlier tie's winners (or losers) list.
 */
export interface StagePlan {
  readonly teams: ReadonlyArray<TeamId>;
  readonly teamNames: ReadonlyArray<string>;
  readonly ties: ReadonlyArray<TieId>;
  readonly rounds: ReadonlyArray<{ readonly id: RoundId; readonly name: string }>;
  /** The round index of each tie. */
  readonly tieRound: Int32Array;
  /** For side s of tie t, at 2t + s: SOURCE_TEAM, SOURCE_WINNER or SOURCE_LOSER, and the team or tie index. */
  readonly sourceKind: Int32Array;
  readonly sourceValue: Int32Array;
  /** Side s of tie t holds the teams sideTeams[sideStart[2t + s] .. sideStart[2t + s + 1]) (2T + 1 offsets). */
  readonly sideStart: Int32Array;
  readonly sideTeams: Int32Array;
  /** For each side entry: the team's position in its tie's winners list, and in its losers list (-1: it cannot win, or lose, that tie). */
  readonly winPos: Int32Array;
  readonly losePos: Int32Array;
  /** The teams that can win tie t: winTeams[winStart[t] .. winStart[t + 1]) (T + 1 offsets); likewise losers. */
  readonly winStart: Int32Array;
  readonly winTeams: Int32Array;
  readonly loseStart: Int32Array;
  readonly loseTeams: Int32Array;
  /**
   * P(side 0 goes through) when the i-th team of side 0 meets the j-th of side 1 in tie t, at
   * pairStart[t] + i·k1 + j (k1: the length of side 1; T + 1 offsets); NaN when both are the same team.
   */
  readonly pairStart: Int32Array;
  readonly win0: Float64Array;
  /** The tie whose winner is champion (the last round's first tie). */
  readonly championTie: number;
}

/** The largest number of pairings a plan holds (2^24: 128 MiB of odds); a larger stage is refused. */
export const MAX_PLAN_PAIRS = 16_777_216;

/**
 * Reduces a competition's knockout stage to a plan, conditional on every result already entered:
 * decided ties keep their winner, a tie with a played first leg (or a level second leg) is
 * enumerated from the known scores on, and every other possible pairing comes from the model.
 * Never throws: a stage with more than `MAX_PLAN_PAIRS` pairings is `stage-too-large`.
 *
 * @example const plan = planStage(competition, { kind: 'elo', ratings: {} }); // ok(plan)
 */
export function planStage(c: Competition, model: GoalsModel): Result<StagePlan> {
  const ko = createKnockout(c);
  const derived = ko.ties();
  const teamIndex = new Map<TeamId, number>(c.teams.map((t, i) => [t.id, i]));
  const tieIndex = new Map<TieId, number>(derived.map((d, i) => [d.id, i]));
  const T = derived.length;
  if (T === 0) return err(cupError('no-ties', ['rounds'], 'the competition has no ties to predict'));
  const sourceKind = new Int32Array(2 * T);
  const sourceValue = new Int32Array(2 * T);
  const tieRound = new Int32Array(T);
  const winners: number[][] = [];
  const losers: number[][] = [];
  const sides: number[][] = [];
  const fixed: Array<number | undefined> = [];

  // First the shape: who can be on each side, who can win or lose each tie, how many pairings.
  let pairs = 0;
  for (let t = 0; t < T; t++) {
    const d = derived[t]!;
    const round = c.rounds[d.roundIndex]!;
    const path = ['rounds', d.roundIndex, 'ties', round.ties.indexOf(d.spec)];
    tieRound[t] = d.roundIndex;
    if (d.state.kind === 'invalid') {
      return err(cupError('tie-invalid', path, `${d.id} cannot be predicted: ${d.state.error.message}`));
    }
    for (const s of [0, 1] as const) {
      const slot = d.spec.sides[s];
      const known = d.teams[s];
      if (slot.kind === 'winner' || slot.kind === 'loser') {
        const from = tieIndex.get(slot.tie);
        if (from === undefined || from >= t)
          return err(cupError('slot-unresolved', [...path, 'sides', s], `${d.id} comes before ${slot.tie}`));
        sourceKind[2 * t + s] = slot.kind === 'winner' ? SOURCE_WINNER : SOURCE_LOSER;
        sourceValue[2 * t + s] = from;
        sides.push((slot.kind === 'winner' ? winners : losers)[from]!);
      } else {
        if (known === undefined) {
          return err(
            cupError(
              'slot-unresolved',
              [...path, 'sides', s],
              `side ${s + 1} of ${d.id} has no team (its group position is not known)`,
            ),
          );
        }
        sourceKind[2 * t + s] = SOURCE_TEAM;
        sourceValue[2 * t + s] = teamIndex.get(known)!;
        sides.push([teamIndex.get(known)!]);
      }
    }
    const c0 = sides[2 * t]!;
    const c1 = sides[2 * t + 1]!;
    pairs += c0.length * c1.length;
    if (pairs > MAX_PLAN_PAIRS)
      return err(
        cupError(
          'stage-too-large',
          ['rounds'],
          `the stage has more than ${MAX_PLAN_PAIRS.toLocaleString('en-GB')} pairings of teams that can meet: too large to predict`,
        ),
      );
    const w = fixedWinner(d.state);
    if (w !== undefined) {
      const wi = teamIndex.get(w)!;
      const other = c0[0] === wi ? c1[0]! : c0[0]!;
      fixed.push(wi);
      winners.push([wi]);
      losers.push([other]);
      continue;
    }
    fixed.push(undefined);
    const all = c0.length === 1 && c1.length === 1 ? [c0[0]!, c1[0]!] : [...new Set([...c0, ...c1])];
    all.sort((x, y) => x - y);
    winners.push(all);
    losers.push(all);
  }

  const flat = (lists: ReadonlyArray<ReadonlyArray<number>>): [Int32Array, Int32Array] => {
    const start = new Int32Array(lists.length + 1);
    for (let i = 0; i < lists.length; i++) start[i + 1] = start[i]! + lists[i]!.length;
    const items = new Int32Array(start[lists.length]!);
    for (let i = 0; i < lists.length; i++) items.set(lists[i]!, start[i]!);
    return [start, items];
  };
  const [sideStart, sideTeams] = flat(sides);
  const [winStart, winTeams] = flat(winners);
  const [loseStart, loseTeams] = flat(losers);
  const winPos = new Int32Array(sideTeams.length).fill(-1);
  const losePos = new Int32Array(sideTeams.length).fill(-1);
  const pairStart = new Int32Array(T + 1);
  const position = new Map<number, number>();
  for (let t = 0; t < T; t++) {
    for (const [list, pos] of [
      [winners[t]!, winPos],
      [losers[t]!, losePos],
    ] as const) {
      position.clear();
      for (const [i, x] of list.entries()) position.set(x, i);
      for (let e = sideStart[2 * t]!; e < sideStart[2 * t + 2]!; e++)
        pos[e] = position.get(sideTeams[e]!) ?? -1;
    }
    pairStart[t + 1] = pairStart[t]! + sides[2 * t]!.length * sides[2 * t + 1]!.length;
  }

  // Then the odds of every pairing that can happen.
  const win0 = new Float64Array(pairStart[T]!).fill(Number.NaN);
  const odds = pairOddsCache(c, model);
  for (let t = 0; t < T; t++) {
    const d = derived[t]!;
    const round = c.rounds[d.roundIndex]!;
    const c0 = sides[2 * t]!;
    const c1 = sides[2 * t + 1]!;
    const base = pairStart[t]!;
    const k1 = c1.length;
    const w = fixed[t];
    if (w !== undefined) {
      win0[base] = w === c0[0] ? 1 : 0;
      continue;
    }
    const facts = d.teams[0] !== undefined && d.teams[1] !== undefined ? d.spec : undefined;
    for (let i = 0; i < c0.length; i++) {
      const a = c0[i]!;
      for (let j = 0; j < k1; j++) {
        const b = c1[j]!;
        if (a === b) continue;
        const p = odds(round, a, b, facts);
        if (!p.ok) return err({ ...p.error, message: `${d.id}: ${p.error.message}` });
        win0[base + i * k1 + j] = p.value;
      }
    }
  }

  const final = finalTie(c);
  if (!final)
    return err(
      cupError(
        'no-final',
        ['rounds'],
        'the last round has no single tie fed by winners: there is no final to win',
      ),
    );
  const championTie = tieIndex.get(final.id)!;
  return ok({
    teams: c.teams.map((t) => t.id),
    teamNames: c.teams.map((t) => t.name),
    ties: derived.map((d) => d.id),
    rounds: c.rounds.map((r) => ({ id: r.id, name: r.name })),
    tieRound,
    sourceKind,
    sourceValue,
    sideStart,
    sideTeams,
    winPos,
    losePos,
    winStart,
    winTeams,
    loseStart,
    loseTeams,
    pairStart,
    win0,
    championTie,
  });
}

/**
 * P(side 0 goes through) for one pairing of a round, cached per (rules, venue, first-leg host,
 * other team) when no result of the tie is entered: a pair that can meet in several ties of a
 * round with the same rules is computed once.
 */
function pairOddsCache(
  c: Competition,
  model: GoalsModel,
): (round: Round, ai: number, bi: number, facts: TieSpec | undefined) => Result<number> {
  const n = c.teams.length;
  const grids = new Map<string, ScoreGrid>();
  // decide() runs once per distinct 90-minute tally and rule set within this plan.
  const memos = new Map<TieRules, Uint8Array>();
  const memoOf = (rules: TieRules): Uint8Array => {
    let m = memos.get(rules);
    if (!m) {
      m = verdictMemo();
      memos.set(rules, m);
    }
    return m;
  };
  const byRules = new Map<TieRules, Map<number, number>>();
  return (round, ai, bi, facts) => {
    const a = c.teams[ai]!.id;
    const b = c.teams[bi]!.id;
    let cache: Map<number, number> | undefined;
    const key = (ai * n + bi) * 2 + (round.legOrder.kind === 'neutral' ? 1 : 0);
    if (facts === undefined) {
      cache = byRules.get(round.rules);
      if (!cache) {
        cache = new Map();
        byRules.set(round.rules, cache);
      }
      const hit = cache.get(key);
      if (hit !== undefined) return ok(hit);
    }
    if (facts === undefined && (model.dixonColes ?? 0) === 0) {
      const fast = fastOdds(round, a, b, model);
      if (!fast.ok) return fast;
      if (fast.value !== undefined) {
        cache?.set(key, fast.value);
        return ok(fast.value);
      }
    }
    const setup = setupFor(round, a, b, facts, model, grids);
    if (!setup.ok) return setup;
    const [p0, p1] = tieOdds(
      round.rules.legs === 2 ? { ...setup.value, memo: memoOf(round.rules) } : setup.value,
    );
    const p = p0 / (p0 + p1);
    cache?.set(key, p);
    return ok(p);
  };
}

/** `pairTieOdds` of a pairing with no result entered (undefined: enumerate it score by score). */
function fastOdds(round: Round, a: TeamId, b: TeamId, model: GoalsModel): Result<number | undefined> {
  const neutral = round.legOrder.kind === 'neutral';
  const first = expectedGoals(model, a, b, neutral);
  if (!first.ok) return first;
  let second: readonly [number, number] | undefined;
  if (round.rules.legs === 2) {
    const r = expectedGoals(model, b, a, neutral);
    if (!r.ok) return r;
    second = r.value;
  }
  return ok(
    pairTieOdds(round.rules, {
      first: first.value,
      ...(second ? { second } : {}),
      extraTimeRate: model.extraTimeRate ?? 1 / 3,
      shootoutHome: model.shootout ?? 0.5,
    }),
  );
}

/**
 * P(side 0 goes through tie t) when team a (an index into `plan.teams`) is side 0 and team b side
 * 1; undefined if they cannot meet there.
 *
 * @example pairingOdds(plan, 0, 3, 0) // e.g. 0.31
 */
export function pairingOdds(plan: StagePlan, t: number, a: number, b: number): number | undefined {
  const s0 = plan.sideStart[2 * t]!;
  const s1 = plan.sideStart[2 * t + 1]!;
  const end = plan.sideStart[2 * t + 2]!;
  const i = plan.sideTeams.subarray(s0, s1).indexOf(a);
  const j = plan.sideTeams.subarray(s1, end).indexOf(b);
  if (i < 0 || j < 0 || a === b) return undefined;
  return plan.win0[plan.pairStart[t]! + i * (end - s1) + j];
}

function fixedWinner(state: TieState): TeamId | undefined {
  if (state.kind === 'resolved' && state.outcome.kind === 'decided') return state.outcome.winner;
  if (state.kind === 'reported') return state.winner;
  return undefined;
}

/** The uncertainty of one pairing: entered scores as certain grids, the rest from the model. */
function setupFor(
  round: Round,
  a: TeamId,
  b: TeamId,
  facts: TieSpec | undefined,
  model: GoalsModel,
  grids: Map<string, ScoreGrid>,
): Result<TieSetup> {
  const rules = round.rules;
  const rho = model.dixonColes ?? 0;
  const etRate = model.extraTimeRate ?? 1 / 3;
  const grid = (h: number, w: number, r: number): Result<ScoreGrid> => {
    const key = `${h}|${w}|${r}`;
    const hit = grids.get(key);
    if (hit) return ok(hit);
    const g = scoreGrid(h, w, r);
    if (g.ok) grids.set(key, g.value);
    return g;
  };
  const legs: ScoreGrid[] = [];
  let last: readonly [number, number] = [0, 0];
  for (let l = 0; l < rules.legs; l++) {
    const leg = facts?.legs[l];
    const neutral = leg?.neutral ?? round.legOrder.kind === 'neutral';
    const rates = l === 0 ? expectedGoals(model, a, b, neutral) : expectedGoals(model, b, a, neutral);
    if (!rates.ok) return rates;
    last = rates.value;
    if (leg?.score) legs.push(pointGrid(leg.score[0], leg.score[1]));
    else {
      const g = grid(rates.value[0], rates.value[1], rho);
      if (!g.ok) return g;
      legs.push(g.value);
    }
  }
  const lastLeg = facts?.legs[rules.legs - 1];
  let extraTime: ScoreGrid;
  if (lastLeg?.extraTime) extraTime = pointGrid(lastLeg.extraTime[0], lastLeg.extraTime[1]);
  else {
    const g = grid(last[0] * etRate, last[1] * etRate, 0);
    if (!g.ok) return g;
    extraTime = g.value;
  }
  const shootoutHome = model.shootout ?? 0.5;
  let playoff: readonly [number, number, number] = [0.5, 0.5, 0];
  const pd = playoffDecider(rules);
  if (pd) {
    const match = facts?.playoff;
    const flip = match !== undefined && match.home === b;
    const [home, away] = flip ? [b, a] : [a, b];
    const rates = expectedGoals(model, home, away, match?.neutral ?? true);
    if (!rates.ok) return rates;
    const g90 = match?.score
      ? ok(pointGrid(match.score[0], match.score[1]))
      : grid(rates.value[0], rates.value[1], rho);
    if (!g90.ok) return g90;
    const get = match?.extraTime
      ? ok(pointGrid(match.extraTime[0], match.extraTime[1]))
      : grid(rates.value[0] * etRate, rates.value[1] * etRate, 0);
    if (!get.ok) return get;
    const [h, w, level] = tieOdds({
      rules: playoffRules(pd),
      legs: [g90.value],
      extraTime: get.value,
      shootoutHome,
      playoff: [0.5, 0.5, 0],
      coinToss: 0.5,
    });
    const total = h + w + level;
    playoff = flip ? [w / total, h / total, level / total] : [h / total, w / total, level / total];
  }
  return ok({ rules, legs, extraTime, shootoutHome, playoff, coinToss: 0.5 });
}
