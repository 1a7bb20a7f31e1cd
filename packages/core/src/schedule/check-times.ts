import type { Competition, DateRange, Leg } from '../competition/types.ts';
import { type CupError, cupError } from '../result.ts';
import { dayNumber } from './iso-day.ts';

/**
 * Whether a text names a time zone (IANA, e.g. `Africa/Lubumbashi`). Core loads no zone data, so the
 * caller passes the check in: the app's `isTimeZone` (Intl) in the CLI and the server.
 */
export type TimeZoneCheck = (zone: string) => boolean;

type Path = ReadonlyArray<string | number>;

const KICKOFF = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * An error when `value` is not a real calendar date `YYYY-MM-DD` (`bad-date`).
 *
 * @example checkDate('2017-02-31', ['date'])?.code // 'bad-date'
 */
export function checkDate(value: string, path: Path, what = 'date'): CupError | undefined {
  return dayNumber(value) === undefined
    ? cupError('bad-date', path, `${what}: "${value}" is not a real date such as 2017-09-16`)
    : undefined;
}

/**
 * An error when `value` is not a local time of day `HH:MM` from 00:00 to 23:59 (`bad-kickoff`).
 *
 * @example checkKickoff('99:99', ['kickoff'])?.code // 'bad-kickoff'
 */
export function checkKickoff(value: string, path: Path, what = 'kick-off'): CupError | undefined {
  return KICKOFF.test(value)
    ? undefined
    : cupError(
        'bad-kickoff',
        path,
        `${what}: "${value}" is not a local time from 00:00 to 23:59, such as 19:30`,
      );
}

/**
 * An error when `value` is not a time zone the caller's check knows (`unknown-time-zone`).
 *
 * @example checkTimeZone('Not/AZone', ['timeZone'], isTimeZone)?.code // 'unknown-time-zone'
 */
export function checkTimeZone(
  value: string,
  path: Path,
  isTimeZone: TimeZoneCheck,
  what = 'time zone',
): CupError | undefined {
  return isTimeZone(value)
    ? undefined
    : cupError(
        'unknown-time-zone',
        path,
        `${what}: "${value}" is not an IANA time zone such as Africa/Lubumbashi`,
      );
}

/**
 * The date, kick-off and time zone of one leg, each checked; `path` is where the leg is and `label`
 * names it in messages (`F leg 2`).
 *
 * @example checkLegTimes({ home, away, date: '2017-02-31' }, ['legs', 1], isTimeZone, 'F leg 2') // [bad-date at legs.1.date]
 */
export function checkLegTimes(
  leg: Pick<Leg, 'date' | 'kickoff' | 'timeZone'>,
  path: Path,
  isTimeZone: TimeZoneCheck,
  label = 'leg',
): CupError[] {
  const problems: CupError[] = [];
  const add = (e: CupError | undefined): void => {
    if (e) problems.push(e);
  };
  if (leg.date !== undefined) add(checkDate(leg.date, [...path, 'date'], `${label} date`));
  if (leg.kickoff !== undefined) add(checkKickoff(leg.kickoff, [...path, 'kickoff'], `${label} kick-off`));
  if (leg.timeZone !== undefined)
    add(checkTimeZone(leg.timeZone, [...path, 'timeZone'], isTimeZone, `${label} time zone`));
  return problems;
}

/**
 * What an organiser entering a leg is asked besides the calendar's checks (`checkLegTimes`): a kick-off
 * time needs the date of the match and the venue's time zone, so that fans can be shown it in their
 * own time. Files and imports are not held to it (a source may give a kick-off alone); the organiser's
 * leg form is.
 *
 * @example kickoffProblems({ kickoff: '18:30' }, [])[0]?.code // 'kickoff-needs-date'
 */
export function kickoffProblems(leg: Pick<Leg, 'date' | 'kickoff' | 'timeZone'>, path: Path): CupError[] {
  if (leg.kickoff === undefined) return [];
  const problems: CupError[] = [];
  if (leg.date === undefined)
    problems.push(
      cupError('kickoff-needs-date', [...path, 'date'], 'a kick-off time needs the date of the match'),
    );
  if (leg.timeZone === undefined)
    problems.push(
      cupError(
        'kickoff-needs-time-zone',
        [...path, 'timeZone'],
        'a kick-off time needs the time zone of the venue, so that fans see it in their own time',
      ),
    );
  return problems;
}

/** Both ends of a date range, each checked. */
export function checkDateRange(range: DateRange, path: Path, label: string): CupError[] {
  const problems: CupError[] = [];
  for (const end of ['from', 'to'] as const) {
    const e = checkDate(range[end], [...path, end], `${label} ${end === 'from' ? 'start' : 'end'}`);
    if (e) problems.push(e);
  }
  return problems;
}

/**
 * Every date, kick-off and time zone a competition states: the period, each round's windows, each
 * leg and play-off, each amendment's old and new window. These are facts a calendar is built from,
 * so a competition that fails here cannot be exported to iCalendar; `checkSchedule` (the CLI's
 * `cupstage schedule`), `cupstage validate` and every write of the API go through this function.
 *
 * @example checkTimes(competition, isTimeZone) // []
 */
export function checkTimes(c: Competition, isTimeZone: TimeZoneCheck): CupError[] {
  const problems: CupError[] = [];
  if (c.period) problems.push(...checkDateRange(c.period, ['period'], 'period'));
  c.rounds.forEach((round, r) => {
    for (const key of ['firstLeg', 'secondLeg', 'match'] as const) {
      const w = round.schedule?.[key];
      if (w)
        problems.push(...checkDateRange(w, ['rounds', r, 'schedule', key], `${round.name} ${key} window`));
    }
    round.ties.forEach((tie, t) => {
      tie.legs.forEach((leg, l) => {
        problems.push(
          ...checkLegTimes(leg, ['rounds', r, 'ties', t, 'legs', l], isTimeZone, `${tie.id} leg ${l + 1}`),
        );
      });
      if (tie.playoff)
        problems.push(
          ...checkLegTimes(
            tie.playoff,
            ['rounds', r, 'ties', t, 'playoff'],
            isTimeZone,
            `${tie.id} play-off`,
          ),
        );
    });
  });
  c.amendments.forEach((a, i) => {
    problems.push(...checkDateRange(a.from, ['amendments', i, 'from'], `amendment ${i + 1} old window`));
    problems.push(...checkDateRange(a.to, ['amendments', i, 'to'], `amendment ${i + 1} new window`));
  });
  return problems;
}
