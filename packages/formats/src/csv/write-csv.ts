import type { Competition, Knockout, Leg, Team, TeamId } from '@cupstage/core';
import { csvCell } from './csv-text.ts';

/** The columns of the legs CSV, one row per match. */
export const LEGS_CSV_COLUMNS = [
  'round',
  'round_name',
  'rules',
  'tie',
  'leg',
  'date',
  'kickoff',
  'time_zone',
  'home',
  'home_country',
  'away',
  'away_country',
  'home_goals',
  'away_goals',
  'home_et',
  'away_et',
  'home_pens',
  'away_pens',
  'venue',
  'city',
  'neutral',
  'awarded',
] as const;

/** The columns of the ties CSV, one row per tie, side a hosting leg 1. */
export const TIES_CSV_COLUMNS = [
  'round',
  'tie',
  'team_a',
  'team_a_country',
  'team_b',
  'team_b_country',
  'leg1_a',
  'leg1_b',
  'leg2_a',
  'leg2_b',
  'agg_a',
  'agg_b',
  'away_a',
  'away_b',
  'pens_a',
  'pens_b',
  'status',
  'decided_by',
  'winner',
  'summary',
] as const;

const line = (cells: ReadonlyArray<string | number | undefined>): string => cells.map(csvCell).join(',');

/**
 * One row per leg (and play-off match): round, rules preset, tie, leg number (`playoff` for a third
 * match), date, kick-off, time zone, teams with country codes, goals after 90 minutes, extra-time
 * goals, shoot-out, venue, city, and `yes` for a neutral ground or an awarded score.
 * Read back by `parseLegsCsv`.
 *
 * @example writeLegsCsv(c).split('\n')[1] // 'quarter-finals,Quarter-finals,caf-2017,QF1,1,,,,MC Alger,ALG,Club Africain,TUN,1,0,...'
 */
export function writeLegsCsv(c: Competition): string {
  const teams = new Map<TeamId, Team>(c.teams.map((t) => [t.id, t]));
  const rows = [line(LEGS_CSV_COLUMNS)];
  for (const round of c.rounds) {
    for (const tie of round.ties) {
      const legs: Array<[string, Leg]> = tie.legs.map((l, i) => [String(i + 1), l]);
      if (tie.playoff) legs.push(['playoff', tie.playoff]);
      for (const [n, leg] of legs) {
        rows.push(
          line([
            round.id,
            round.name,
            round.rules.id,
            tie.id,
            n,
            leg.date,
            leg.kickoff,
            leg.timeZone,
            teams.get(leg.home)?.name ?? leg.home,
            teams.get(leg.home)?.country,
            teams.get(leg.away)?.name ?? leg.away,
            teams.get(leg.away)?.country,
            leg.score?.[0],
            leg.score?.[1],
            leg.extraTime?.[0],
            leg.extraTime?.[1],
            leg.penalties?.[0],
            leg.penalties?.[1],
            leg.venue,
            leg.city,
            leg.neutral ? 'yes' : '',
            leg.awarded ? 'yes' : '',
          ]),
        );
      }
    }
  }
  return `${rows.join('\n')}\n`;
}

/**
 * One row per tie with the engine's outcome: both sides (side a hosted leg 1), the legs from side a's
 * view, aggregate, away goals, shoot-out, status (`decided`, `undecided`, `reported`, `waiting`,
 * `invalid`), how it was decided, the winner and the result line.
 *
 * @example writeTiesCsv(c, createKnockout(c)).split('\n')[1] // 'quarter-finals,QF1,MC Alger,ALG,Club Africain,TUN,1,0,0,2,1,2,...'
 */
export function writeTiesCsv(c: Competition, ko: Knockout): string {
  const teams = new Map<TeamId, Team>(c.teams.map((t) => [t.id, t]));
  const rows = [line(TIES_CSV_COLUMNS)];
  for (const tie of ko.ties()) {
    const [a, b] = tie.teams;
    const legGoals = (l: number): [number | undefined, number | undefined] => {
      const leg = tie.spec.legs[l];
      if (!leg?.score || a === undefined) return [undefined, undefined];
      const et = leg.extraTime ?? [0, 0];
      const home = leg.score[0] + et[0];
      const away = leg.score[1] + et[1];
      return leg.home === a ? [home, away] : [away, home];
    };
    const s = tie.state;
    const outcome = s.kind === 'resolved' ? s.outcome : undefined;
    const totals = outcome?.totals;
    const played = tie.spec.legs.some((l) => l.score !== undefined);
    const winner =
      outcome?.kind === 'decided' ? outcome.winner : s.kind === 'reported' ? s.winner : undefined;
    const summary =
      outcome?.kind === 'decided'
        ? outcome.summary
        : s.kind === 'reported'
          ? s.summary
          : s.kind === 'invalid'
            ? s.error.message
            : '';
    rows.push(
      line([
        tie.round,
        tie.id,
        a === undefined ? '' : (teams.get(a)?.name ?? a),
        a === undefined ? '' : teams.get(a)?.country,
        b === undefined ? '' : (teams.get(b)?.name ?? b),
        b === undefined ? '' : teams.get(b)?.country,
        ...legGoals(0),
        ...legGoals(1),
        played ? totals?.aggregate[0] : undefined,
        played ? totals?.aggregate[1] : undefined,
        played ? totals?.awayGoals[0] : undefined,
        played ? totals?.awayGoals[1] : undefined,
        totals?.penalties?.[0],
        totals?.penalties?.[1],
        outcome ? outcome.kind : s.kind,
        outcome?.kind === 'decided' ? outcome.decidedBy : '',
        winner === undefined ? '' : (teams.get(winner)?.name ?? winner),
        summary,
      ]),
    );
  }
  return `${rows.join('\n')}\n`;
}
