import { finalTie } from '../bracket/final-tie.ts';
import { createKnockout, type TieState } from '../bracket/knockout.ts';
import type { Competition, Round, TieSpec } from '../competition/types.ts';
import type { RoundId, TeamId, TieId } from '../ids.ts';
import { cupError, err, ok, type Result } from '../result.ts';
import { playoffDecider, type TieRules } from '../rules/tie-rules.ts';
import { expectedGoals, type GoalsModel } from './goals-model.ts';
import { pointGrid, type ScoreGrid, scoreGrid } from './score-grid.ts';
import { playoffRules, type TieSetup, tieOdds, verdictMemo } from './tie-odds.ts';

/** Where a side of a tie comes from, in a plan: a team, or the winner or loser of an earlier tie. */
export const SOURCE_TEAM = 0;
export const SOURCE_WINNER = 1;
export const SOURCE_LOSER = 2;

/**
 * A knockout stage reduced to numbers, ready for exact odds and for Monte Carlo (also in worker
 * threads: it is plain data). Every tie's advancement probability for each pair of teams that can
 * meet in it has been computed once, exactly, through `decide` (see `tieOdds`).
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
  /** P(side 0 goes through) when team a is side 0 and team b side 1, at (t·n + a)·n + b; NaN if they cannot meet there. */
  readonly win0: Float64Array;
  /** The tie whose winner is champion (the last round's first tie). */
  readonly championTie: number;
}

const at = (t: number, n: number, a: number, b: number): number => (t * n + a) * n + b;

/**
 * Reduces a competition's knockout stage to a plan, conditional on every result already entered:
 * decided ties keep their winner, a tie with a played first leg (or a level second leg) is
 * enumerated from the known scores on, and every other possible pairing comes from the model.
 *
 * @example const plan = planStage(competition, { kind: 'elo', ratings: {} }); // ok(plan)
 */
export function planStage(c: Competition, model: GoalsModel): Result<StagePlan> {
  const ko = createKnockout(c);
  const derived = ko.ties();
  const n = c.teams.length;
  const teamIndex = new Map<TeamId, number>(c.teams.map((t, i) => [t.id, i]));
  const tieIndex = new Map<TieId, number>(derived.map((d, i) => [d.id, i]));
  const T = derived.length;
  if (T === 0) return err(cupError('no-ties', ['rounds'], 'the competition has no ties to predict'));
  const sourceKind = new Int32Array(2 * T);
  const sourceValue = new Int32Array(2 * T);
  const tieRound = new Int32Array(T);
  const win0 = new Float64Array(T * n * n).fill(Number.NaN);
  const winners: number[][] = [];
  const losers: number[][] = [];
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

  for (let t = 0; t < T; t++) {
    const d = derived[t]!;
    const round = c.rounds[d.roundIndex]!;
    const path = ['rounds', d.roundIndex, 'ties', round.ties.indexOf(d.spec)];
    tieRound[t] = d.roundIndex;
    if (d.state.kind === 'invalid') {
      return err(cupError('tie-invalid', path, `${d.id} cannot be predicted: ${d.state.error.message}`));
    }
    const cands: number[][] = [];
    for (const s of [0, 1] as const) {
      const slot = d.spec.sides[s];
      const known = d.teams[s];
      if (slot.kind === 'winner' || slot.kind === 'loser') {
        const from = tieIndex.get(slot.tie)!;
        sourceKind[2 * t + s] = slot.kind === 'winner' ? SOURCE_WINNER : SOURCE_LOSER;
        sourceValue[2 * t + s] = from;
        cands.push(
          known !== undefined ? [teamIndex.get(known)!] : (slot.kind === 'winner' ? winners : losers)[from]!,
        );
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
        cands.push([teamIndex.get(known)!]);
      }
    }
    const [c0, c1] = cands as [number[], number[]];
    const fixed = fixedWinner(d.state);
    if (fixed !== undefined) {
      const a = c0[0]!;
      const b = c1[0]!;
      const w = teamIndex.get(fixed)!;
      win0[at(t, n, a, b)] = w === a ? 1 : 0;
      winners.push([w]);
      losers.push([w === a ? b : a]);
      continue;
    }
    const facts = d.teams[0] !== undefined && d.teams[1] !== undefined ? d.spec : undefined;
    for (const a of c0) {
      for (const b of c1) {
        if (a === b) continue;
        const setup = setupFor(round, c.teams[a]!.id, c.teams[b]!.id, facts, model, grids);
        if (!setup.ok) return err({ ...setup.error, message: `${d.id}: ${setup.error.message}` });
        const [p0, p1] = tieOdds(
          round.rules.legs === 2 ? { ...setup.value, memo: memoOf(round.rules) } : setup.value,
        );
        win0[at(t, n, a, b)] = p0 / (p0 + p1);
      }
    }
    const all = [...new Set([...c0, ...c1])].sort((x, y) => x - y);
    winners.push(all);
    losers.push(all);
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
    win0,
    championTie,
  });
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
