import type { TeamId } from '../ids.ts';
import type { GroupMatch, Measure, PointsSystem, StandingRow } from './types.ts';

interface Tally {
  played: number;
  won: number;
  drawn: number;
  lost: number;
  goalsFor: number;
  goalsAgainst: number;
  awayGoals: number;
  awayWins: number;
}

const empty = (): Tally => ({
  played: 0,
  won: 0,
  drawn: 0,
  lost: 0,
  goalsFor: 0,
  goalsAgainst: 0,
  awayGoals: 0,
  awayWins: 0,
});

/**
 * Each team's line (Pld W D L GF GA GD Pts, away goals, away wins) over the played matches whose two
 * teams are both in `teams`; matches without a score are skipped. An awarded score counts as played.
 * Away goals and away wins are not counted for a match at a neutral ground.
 *
 * @example standings([fus, kcca], groupA.matches, { win: 3, draw: 1, loss: 0 }) // head-to-head lines
 */
export function standings(
  teams: ReadonlyArray<TeamId>,
  matches: ReadonlyArray<GroupMatch>,
  points: PointsSystem,
): Map<TeamId, StandingRow> {
  const t = new Map<TeamId, Tally>();
  for (const team of teams) t.set(team, empty());
  for (const m of matches) {
    if (m.score === undefined) continue;
    const h = t.get(m.home);
    const a = t.get(m.away);
    if (h === undefined || a === undefined) continue;
    const [gh, ga] = m.score;
    h.played++;
    a.played++;
    h.goalsFor += gh;
    h.goalsAgainst += ga;
    a.goalsFor += ga;
    a.goalsAgainst += gh;
    if (!m.neutral) a.awayGoals += ga;
    if (gh > ga) {
      h.won++;
      a.lost++;
    } else if (gh < ga) {
      a.won++;
      h.lost++;
      if (!m.neutral) a.awayWins++;
    } else {
      h.drawn++;
      a.drawn++;
    }
  }
  const rows = new Map<TeamId, StandingRow>();
  for (const [team, x] of t) {
    rows.set(team, {
      team,
      ...x,
      goalDifference: x.goalsFor - x.goalsAgainst,
      points: x.won * points.win + x.drawn * points.draw + x.lost * points.loss,
    });
  }
  return rows;
}

/** The value of a measure in a line (higher ranks higher for every measure). */
export function measureOf(row: StandingRow, measure: Measure): number {
  switch (measure) {
    case 'points':
      return row.points;
    case 'goal-difference':
      return row.goalDifference;
    case 'goals-for':
      return row.goalsFor;
    case 'away-goals':
      return row.awayGoals;
    case 'wins':
      return row.won;
    case 'away-wins':
      return row.awayWins;
    default: {
      const never: never = measure;
      throw new Error(`unknown measure ${String(never)}`);
    }
  }
}
