import type { TeamId } from '../ids.ts';
import { cupError, err, ok, type Result } from '../result.ts';
import type { Goals } from '../tie/types.ts';
import { rankGroup } from './rank-group.ts';
import type { Group, GroupMatch, PointsSystem, TieBreakers } from './types.ts';

/** Where a team stands while its group runs (or once it is over). */
export type TeamStatus = 'through-as-winners' | 'through' | 'can-still-qualify' | 'eliminated';

/** A team's status and every final position still open to it. */
export interface TeamOutlook {
  readonly team: TeamId;
  readonly status: TeamStatus;
  /** Final positions some outcome of the remaining matches gives (within the goal bound), ascending. */
  readonly positions: ReadonlyArray<number>;
}

export interface OutlookOptions {
  /** Goals a side may score in one remaining match (0..maxGoals). Default 5. */
  readonly maxGoals?: number;
  /** Outcomes to rank at most before giving up with `outcomes-over-limit`. Default 2,000,000. */
  readonly maxOutcomes?: number;
}

/** The fixtures still to play: listed matches without a score, and pairings not listed at all. */
export function remainingFixtures(group: Group): GroupMatch[] {
  const left: GroupMatch[] = group.matches.filter((m) => m.score === undefined);
  // A league phase plays its listed fixtures only.
  if (group.league !== undefined) return left;
  const met = new Map<string, number>();
  for (const m of group.matches) {
    const key = group.rounds === 2 ? `${m.home}\u0000${m.away}` : [m.home, m.away].sort().join('\u0000');
    met.set(key, (met.get(key) ?? 0) + 1);
  }
  const teams = group.teams;
  for (let i = 0; i < teams.length; i++) {
    for (let j = 0; j < teams.length; j++) {
      if (i === j || (group.rounds === 1 && j < i)) continue;
      const home = teams[i]!;
      const away = teams[j]!;
      const key = group.rounds === 2 ? `${home}\u0000${away}` : [home, away].sort().join('\u0000');
      if ((met.get(key) ?? 0) === 0) left.push({ home, away });
    }
  }
  return left;
}

/** Scores (within the bound) giving a result: 0 home win, 1 draw, 2 away win. */
function scoresFor(result: number, maxGoals: number): Goals[] {
  const out: Goals[] = [];
  for (let h = 0; h <= maxGoals; h++) {
    for (let a = 0; a <= maxGoals; a++) {
      const r = h > a ? 0 : h === a ? 1 : 2;
      if (r === result) out.push([h, a]);
    }
  }
  return out;
}

/**
 * Each team's status from the remaining matches, computed exactly: every combination of results
 * (win, draw, loss) of the remaining matches is tried; where points alone place a team its position
 * is read from them, and where it is level on points with another team every score of those matches
 * within the goal bound is ranked by the group's criteria. A position the criteria leave undecided
 * (lots) counts every place of the level block as open. The status reads the open positions:
 * `through-as-winners` (only 1), `through` (all within `advance`), `eliminated` (none within it),
 * else `can-still-qualify`.
 *
 * @example groupOutlook(groupC, caf2017Groups, threePointsForAWin, 2) // ZESCO United: through-as-winners, ...
 */
export function groupOutlook(
  group: Group,
  tieBreakers: TieBreakers,
  points: PointsSystem,
  advance: number,
  options: OutlookOptions = {},
): Result<TeamOutlook[]> {
  const maxGoals = options.maxGoals ?? 5;
  const maxOutcomes = options.maxOutcomes ?? 2_000_000;
  const teams = group.teams;
  const open = new Map<TeamId, Set<number>>(teams.map((t) => [t, new Set<number>()]));
  const played = group.matches.filter((m) => m.score !== undefined);
  const left = remainingFixtures(group);
  const patterns = 3 ** left.length;
  if (patterns > maxOutcomes)
    return err(
      cupError(
        'outcomes-over-limit',
        ['groups', group.id],
        `group ${group.id} has ${left.length} matches to play: ${patterns} combinations of results exceed the limit of ${maxOutcomes}`,
      ),
    );
  const base = new Map<TeamId, number>(teams.map((t) => [t, 0]));
  for (const m of played) {
    const [h, a] = m.score!;
    base.set(m.home, base.get(m.home)! + (h > a ? points.win : h === a ? points.draw : points.loss));
    base.set(m.away, base.get(m.away)! + (a > h ? points.win : h === a ? points.draw : points.loss));
  }
  const first = tieBreakers.criteria[0];
  const pointsFirst = first?.kind === 'overall' && first.measure === 'points';
  const byResult = [0, 1, 2].map((r) => scoresFor(r, maxGoals));
  let ranked = 0;
  const results = new Array<number>(left.length).fill(0);

  for (let p = 0; p < patterns; p++) {
    let code = p;
    for (let i = 0; i < left.length; i++) {
      results[i] = code % 3;
      code = Math.floor(code / 3);
    }
    const pts = new Map(base);
    left.forEach((m, i) => {
      const r = results[i]!;
      pts.set(m.home, pts.get(m.home)! + (r === 0 ? points.win : r === 1 ? points.draw : points.loss));
      pts.set(m.away, pts.get(m.away)! + (r === 2 ? points.win : r === 1 ? points.draw : points.loss));
    });
    const level = new Set<TeamId>();
    for (const t of teams) {
      const mine = pts.get(t)!;
      const above = teams.filter((u) => pts.get(u)! > mine).length;
      const same = teams.filter((u) => u !== t && pts.get(u) === mine).length;
      if (same === 0 && pointsFirst) open.get(t)!.add(above + 1);
      else level.add(t);
    }
    if (level.size === 0) continue;
    // Every score of the remaining matches that gives this pattern, ranked in full.
    const choices = left.map((_, i) => byResult[results[i]!]!);
    const count = choices.reduce((n, c) => n * c.length, 1);
    ranked += count;
    if (ranked > maxOutcomes)
      return err(
        cupError(
          'outcomes-over-limit',
          ['groups', group.id],
          `group ${group.id}: more than ${maxOutcomes} outcomes to rank within ${maxGoals} goals a side; lower the goal bound`,
        ),
      );
    const pick = new Array<number>(left.length).fill(0);
    for (let k = 0; k < count; k++) {
      let c = k;
      for (let i = 0; i < left.length; i++) {
        const n = choices[i]!.length;
        pick[i] = c % n;
        c = Math.floor(c / n);
      }
      const matches = [
        ...played,
        ...left.map((m, i) => ({ home: m.home, away: m.away, score: choices[i]![pick[i]!]! })),
      ];
      const r = rankGroup({ ...group, matches }, tieBreakers, points);
      r.table.forEach((line, index) => {
        const t = line.row.team;
        if (!level.has(t)) return;
        const set = open.get(t)!;
        if (line.undecided === undefined) set.add(index + 1);
        else for (let q = 0; q < line.undecided.level.length; q++) set.add(line.position + q);
      });
    }
  }

  return ok(
    teams.map((team) => {
      const positions = [...open.get(team)!].sort((a, b) => a - b);
      const best = positions[0] ?? 1;
      const worst = positions[positions.length - 1] ?? teams.length;
      const status: TeamStatus =
        worst === 1
          ? 'through-as-winners'
          : worst <= advance
            ? 'through'
            : best > advance
              ? 'eliminated'
              : 'can-still-qualify';
      return { team, status, positions };
    }),
  );
}
