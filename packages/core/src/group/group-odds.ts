import { expectedGoals, type GoalsModel } from '../predict/goals-model.ts';
import { type ScoreGrid, scoreGrid } from '../predict/score-grid.ts';
import { createRng } from '../random/rng.ts';
import { type CupError, ok, type Result } from '../result.ts';
import { rankGroup } from './rank-group.ts';
import { remainingFixtures } from './team-status.ts';
import type { Group, GroupMatch, PointsSystem, TieBreakers } from './types.ts';

/** One team's odds of each final position of its group. */
export interface TeamPositionOdds {
  readonly team: string;
  /** positions[k]: the probability of finishing (k + 1)-th. */
  readonly positions: ReadonlyArray<number>;
  /** The probability of finishing within the positions that go through. */
  readonly qualify: number;
}

/** The odds of a group's final table and how they were found. */
export interface GroupOdds {
  readonly group: string;
  readonly method: 'exact' | 'monte-carlo';
  /** Outcomes ranked: every combination of scores (exact) or the runs (Monte Carlo). */
  readonly outcomes: number;
  readonly teams: ReadonlyArray<TeamPositionOdds>;
}

export interface GroupOddsOptions {
  /** Most score combinations to rank exactly; beyond it, Monte Carlo. Default 20,000. */
  readonly maxExact?: number;
  /** Monte Carlo runs. Default 5,000. */
  readonly runs?: number;
  /** Seed of the Monte Carlo runs (the same seed gives the same odds). Default `group-odds`. */
  readonly seed?: string;
}

/** Scores less likely than this are left out of an exact enumeration (the rest renormalised). */
const EXACT_FLOOR = 1e-4;

function trimmed(grid: ScoreGrid): ScoreGrid {
  let n = 0;
  while (n < grid.length && grid.p[n]! >= EXACT_FLOOR) n++;
  n = Math.max(1, n);
  let total = 0;
  for (let i = 0; i < n; i++) total += grid.p[i]!;
  const p = new Float64Array(n);
  for (let i = 0; i < n; i++) p[i] = grid.p[i]! / total;
  return { home: grid.home.slice(0, n), away: grid.away.slice(0, n), p, length: n };
}

/**
 * The odds of every final position of a group under a goals model, given the results entered: every
 * remaining match's score drawn from the model's score grid (independent Poisson, with Dixon–Coles
 * if the model has it), each complete table ranked by the group's own criteria (`rankGroup`). Exact
 * where the combinations of likely scores (each at least 1 in 10,000, renormalised) are few enough,
 * Monte Carlo with a seeded generator otherwise. A position the criteria leave to lots (or to a fact
 * not entered) is shared equally among the teams level.
 *
 * @example groupOdds(groupA, caf2017Groups, threePointsForAWin, 2, DEFAULT_MODEL).value.teams[0].qualify
 */
export function groupOdds(
  group: Group,
  tieBreakers: TieBreakers,
  points: PointsSystem,
  advance: number,
  model: GoalsModel,
  options: GroupOddsOptions = {},
): Result<GroupOdds, CupError> {
  const left = remainingFixtures(group);
  const grids: ScoreGrid[] = [];
  for (const m of left) {
    const xg = expectedGoals(model, m.home, m.away, m.neutral === true);
    if (!xg.ok) return xg;
    const g = scoreGrid(xg.value[0], xg.value[1], model.dixonColes ?? 0);
    if (!g.ok) return g;
    grids.push(g.value);
  }
  const n = group.teams.length;
  const index = new Map(group.teams.map((t, i) => [t as string, i]));
  const acc = group.teams.map(() => new Float64Array(n));
  const played = group.matches.filter((m) => m.score !== undefined);
  const tally = (scores: ReadonlyArray<readonly [number, number]>, weight: number): void => {
    const matches: GroupMatch[] = [...played, ...left.map((m, i) => ({ ...m, score: scores[i]! }))];
    const ranked = rankGroup({ ...group, matches }, tieBreakers, points);
    let k = 0;
    while (k < ranked.table.length) {
      const line = ranked.table[k]!;
      const size = line.undecided ? line.undecided.level.length : 1;
      for (let j = k; j < k + size; j++) {
        const team = index.get(ranked.table[j]!.row.team)!;
        for (let pos = k; pos < k + size; pos++) acc[team]![pos]! += weight / size;
      }
      k += size;
    }
  };

  const maxExact = options.maxExact ?? 20_000;
  const exactGrids = grids.map(trimmed);
  let combos = 1;
  for (const g of exactGrids) combos = Math.min(Number.MAX_SAFE_INTEGER, combos * g.length);
  let method: GroupOdds['method'];
  let outcomes: number;
  if (combos <= maxExact) {
    method = 'exact';
    outcomes = combos;
    const scores: Array<readonly [number, number]> = [];
    const walk = (i: number, p: number): void => {
      if (i === exactGrids.length) {
        tally(scores, p);
        return;
      }
      const g = exactGrids[i]!;
      for (let c = 0; c < g.length; c++) {
        scores[i] = [g.home[c]!, g.away[c]!];
        walk(i + 1, p * g.p[c]!);
      }
    };
    walk(0, 1);
  } else {
    method = 'monte-carlo';
    const runs = options.runs ?? 5_000;
    outcomes = runs;
    const rng = createRng(options.seed ?? 'group-odds');
    const cumulative = grids.map((g) => {
      const c = new Float64Array(g.length);
      let s = 0;
      for (let i = 0; i < g.length; i++) {
        s += g.p[i]!;
        c[i] = s;
      }
      return c;
    });
    const scores: Array<readonly [number, number]> = [];
    for (let r = 0; r < runs; r++) {
      grids.forEach((g, i) => {
        const c = cumulative[i]!;
        const u = rng.nextFloat() * c[c.length - 1]!;
        let lo = 0;
        while (lo < c.length - 1 && c[lo]! < u) lo++;
        scores[i] = [g.home[lo]!, g.away[lo]!];
      });
      tally(scores, 1 / runs);
    }
  }
  return ok({
    group: group.id,
    method,
    outcomes,
    teams: group.teams.map((t, i) => {
      const positions = Array.from(acc[i]!, (x) => Math.min(1, Math.max(0, x)));
      return {
        team: t,
        positions,
        qualify: Math.min(
          1,
          positions.slice(0, advance).reduce((s, x) => s + x, 0),
        ),
      };
    }),
  });
}
