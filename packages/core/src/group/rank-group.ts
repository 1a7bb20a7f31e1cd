import type { TeamId } from '../ids.ts';
import { measureOf, standings } from './standings.ts';
import type {
  Criterion,
  Group,
  GroupRanking,
  Need,
  OpponentMeasure,
  PointsSystem,
  RankedTeam,
  StandingRow,
  TieBreak,
  TieBreakers,
} from './types.ts';

/** Teams that ended up together: decided when alone, else what would separate them. */
interface Block {
  readonly teams: ReadonlyArray<TeamId>;
  readonly needs?: Need | 'no-criterion-left';
}

type Keys =
  | { readonly ok: true; readonly keys: Map<TeamId, number[]> }
  | { readonly ok: false; readonly needs: Need };

function keysOf(
  c: Criterion,
  teams: ReadonlyArray<TeamId>,
  rows: Map<TeamId, StandingRow>,
  group: Group,
  points: PointsSystem,
): Keys {
  const keys = new Map<TeamId, number[]>();
  switch (c.kind) {
    case 'overall':
      for (const t of teams) keys.set(t, [measureOf(rows.get(t)!, c.measure)]);
      return { ok: true, keys };
    case 'head-to-head': {
      const among = standings(teams, group.matches, points);
      for (const t of teams) {
        const row = among.get(t)!;
        keys.set(
          t,
          c.measures.map((m) => measureOf(row, m)),
        );
      }
      return { ok: true, keys };
    }
    case 'disciplinary':
      for (const t of teams) {
        const v = group.disciplinary?.[t];
        if (v === undefined) return { ok: false, needs: 'disciplinary' };
        keys.set(t, [-v]);
      }
      return { ok: true, keys };
    case 'coefficient':
      for (const t of teams) {
        const v = group.coefficients?.[t];
        if (v === undefined) return { ok: false, needs: 'coefficient' };
        keys.set(t, [c.better === 'higher' ? v : -v]);
      }
      return { ok: true, keys };
    case 'opponents':
      for (const t of teams) keys.set(t, [opponentsSum(t, c.measure, rows, group)]);
      return { ok: true, keys };
    case 'lots':
      for (const t of teams) {
        const i = group.lots?.indexOf(t) ?? -1;
        if (i < 0) return { ok: false, needs: 'lots' };
        keys.set(t, [-i]);
      }
      return { ok: true, keys };
    default: {
      const never: never = c;
      throw new Error(`unknown criterion ${JSON.stringify(never)}`);
    }
  }
}

/**
 * The sum of a measure over every opponent `team` met in the group's listed matches (each opponent
 * counted once per match), each opponent's measure taken over all its own matches.
 */
function opponentsSum(
  team: TeamId,
  measure: OpponentMeasure,
  rows: Map<TeamId, StandingRow>,
  group: Group,
): number {
  let sum = 0;
  for (const m of group.matches) {
    const opponent = m.home === team ? m.away : m.away === team ? m.home : undefined;
    const row = opponent === undefined ? undefined : rows.get(opponent);
    if (row !== undefined) sum += measureOf(row, measure);
  }
  return sum;
}

function compareKeys(a: ReadonlyArray<number>, b: ReadonlyArray<number>): number {
  for (let i = 0; i < a.length; i++) {
    const d = (b[i] ?? 0) - (a[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Teams in order of their keys (best first, stable), in parts of equal keys. */
function partition(teams: ReadonlyArray<TeamId>, keys: Map<TeamId, number[]>): TeamId[][] {
  const sorted = [...teams].sort((x, y) => compareKeys(keys.get(x)!, keys.get(y)!));
  const parts: TeamId[][] = [];
  for (const t of sorted) {
    const last = parts[parts.length - 1];
    if (last && compareKeys(keys.get(last[0]!)!, keys.get(t)!) === 0) last.push(t);
    else parts.push([t]);
  }
  return parts;
}

/**
 * Ranks a group by its criteria, given as data: the one place where a tie-breaker decides a position
 * (tables, qualification, team statuses and the report all call it). Teams still level are ranked by
 * the next criterion; a head-to-head criterion with `reapply` starts again, among a subset still level
 * after it, on that subset's own matches. A criterion that needs a fact not entered (lots,
 * disciplinary points, a coefficient) leaves the teams undecided, saying what it needs: never a guess.
 *
 * @example rankGroup(groupA, caf2017Groups, { win: 3, draw: 1, loss: 0 }).table.map((r) => r.row.team)
 * // ['Club Africain', 'FUS Rabat', 'KCCA', 'Rivers United']
 */
export function rankGroup(group: Group, tieBreakers: TieBreakers, points: PointsSystem): GroupRanking {
  const rows = standings(group.teams, group.matches, points);
  const criteria = tieBreakers.criteria;
  const tieBreaks: TieBreak[] = [];

  const order = (teams: ReadonlyArray<TeamId>, from: number, reapplied: boolean): Block[] => {
    if (teams.length === 1) return [{ teams }];
    for (let i = from; i < criteria.length; i++) {
      const c = criteria[i]!;
      const keys = keysOf(c, teams, rows, group, points);
      if (!keys.ok) return [{ teams, needs: keys.needs }];
      const parts = partition(teams, keys.keys);
      if (parts.length === 1) continue;
      const isPoints = c.kind === 'overall' && c.measure === 'points';
      if (!isPoints) tieBreaks.push({ teams: parts.flat(), criterion: i, reapplied });
      const blocks: Block[] = [];
      for (const p of parts) {
        if (p.length === 1) blocks.push({ teams: p });
        else if (c.kind === 'head-to-head' && c.reapply) blocks.push(...order(p, i, true));
        else blocks.push(...order(p, i + 1, false));
      }
      return blocks;
    }
    return [{ teams, needs: 'no-criterion-left' }];
  };

  const table: RankedTeam[] = [];
  for (const block of order(group.teams, 0, false)) {
    const position = table.length + 1;
    for (const team of block.teams) {
      table.push({
        row: rows.get(team)!,
        position,
        ...(block.needs !== undefined ? { undecided: { needs: block.needs, level: block.teams } } : {}),
      });
    }
  }
  return {
    group: group.id,
    table,
    tieBreaks,
    complete: isComplete(group),
  };
}

/**
 * Every match of the round robin has a score: n(n−1)/2 matches for each round. A league phase is
 * complete when every team has played its `matchesPerTeam`.
 */
export function isComplete(group: Group): boolean {
  const n = group.teams.length;
  if (group.league !== undefined) {
    const per = group.league.matchesPerTeam;
    return group.matches.filter((m) => m.score !== undefined).length * 2 >= n * per;
  }
  const expected = ((n * (n - 1)) / 2) * group.rounds;
  return group.matches.filter((m) => m.score !== undefined).length >= expected;
}
