import {
  addDays,
  type Competition,
  type CupError,
  cupError,
  err,
  formatDateRange,
  ok,
  type Result,
  type ScheduledLeg,
  scheduleOf,
  windowLabel,
} from '@cupstage/core';
import ical, { ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { vtimezone } from './vtimezone.ts';

/** What to put in the calendar. */
export interface CalendarOptions {
  /** Only this round (id or name, case-insensitive). */
  readonly round?: string;
  /** Only this team's matches (id or name, case-insensitive). */
  readonly team?: string;
  /** The DTSTAMP of every event: when the file is produced (passed in; codecs read no clock). */
  readonly stamp: Date;
  /** Length of a dated match event, in minutes (default 120). */
  readonly matchMinutes?: number;
}

const legText = (l: ScheduledLeg): string => (l.legs === 1 ? 'match' : windowLabel(l.windowName));

/**
 * An iCalendar file (RFC 5545, via ical-generator) of a competition's legs: the whole stage, one
 * round, or one team's matches. A leg with a date and kick-off starts at that local time in its
 * venue's IANA time zone (with a VTIMEZONE for the zone); a leg with a date only is an all-day event;
 * a leg with no date yet spans its round's window as an all-day event with STATUS:TENTATIVE and
 * "(date to be confirmed)" in its title.
 *
 * @example writeCalendar(competition, { stamp: new Date() }) // ok: 'BEGIN:VCALENDAR\r\n...' with 14 VEVENTs
 */
export function writeCalendar(c: Competition, options: CalendarOptions): Result<string, CupError> {
  let legs = scheduleOf(c);
  if (options.round !== undefined) {
    const wanted = options.round.toLowerCase();
    const round = c.rounds.find((r) => r.id.toLowerCase() === wanted || r.name.toLowerCase() === wanted);
    if (!round)
      return err(
        cupError(
          'unknown-round',
          ['round'],
          `no round "${options.round}"; the rounds are ${c.rounds.map((r) => r.id).join(', ')}`,
        ),
      );
    legs = legs.filter((l) => l.round === round.id);
  }
  let title = `${c.name} ${c.stageName}`;
  if (options.team !== undefined) {
    const wanted = options.team.toLowerCase();
    const team = c.teams.find((t) => t.id.toLowerCase() === wanted || t.name.toLowerCase() === wanted);
    if (!team) return err(cupError('unknown-team', ['team'], `no team "${options.team}" in ${c.name}`));
    legs = legs.filter((l) => l.home === team.id || l.away === team.id);
    title = `${team.name}: ${title}`;
  }
  const years = new Set<number>();
  for (const l of legs) {
    const day = l.date ?? l.window?.from;
    if (day !== undefined) years.add(Number(day.slice(0, 4)));
  }
  const calendar = ical({
    name: title,
    prodId: { company: 'cupstage', product: 'cupstage', language: 'EN' },
    timezone: { name: null, generator: (zone) => vtimezone(zone, years.size > 0 ? [...years] : [1970]) },
  });
  const minutes = options.matchMinutes ?? 120;
  for (const l of legs) {
    const summary = `${l.roundName} ${legText(l)}: ${l.homeName} v ${l.awayName}`;
    const location = [l.venue, l.city].filter((x) => x !== undefined).join(', ');
    const common = {
      id: `${c.id}-${l.tie}-leg${l.leg}@cupstage`,
      stamp: options.stamp,
      ...(location !== '' ? { location } : {}),
    };
    if (l.date !== undefined && l.kickoff !== undefined) {
      const zone = l.timeZone ?? 'local';
      const start = DateTime.fromISO(`${l.date}T${l.kickoff}`, { zone: l.timeZone ?? 'utc' });
      if (!start.isValid)
        return err(
          cupError(
            l.timeZone !== undefined && start.invalidReason === 'unsupported zone'
              ? 'unknown-time-zone'
              : 'bad-kickoff',
            [
              ...l.path,
              l.timeZone !== undefined && start.invalidReason === 'unsupported zone' ? 'timeZone' : 'kickoff',
            ],
            l.timeZone !== undefined && start.invalidReason === 'unsupported zone'
              ? `${l.tie} leg ${l.leg}: "${l.timeZone}" is not an IANA time zone such as Africa/Lubumbashi`
              : `${l.tie} leg ${l.leg}: ${l.date} ${l.kickoff} is not a valid local date and time`,
          ),
        );
      calendar.createEvent({
        ...common,
        start,
        end: start.plus({ minutes }),
        summary,
        status: ICalEventStatus.CONFIRMED,
        ...(l.timeZone !== undefined ? { timezone: zone } : { floating: true }),
      });
    } else if (l.date !== undefined) {
      calendar.createEvent({
        ...common,
        start: DateTime.fromISO(l.date, { zone: 'utc' }),
        end: DateTime.fromISO(addDays(l.date, 1), { zone: 'utc' }),
        allDay: true,
        summary,
        status: ICalEventStatus.CONFIRMED,
        description: 'Kick-off time to be confirmed.',
      });
    } else if (l.window !== undefined) {
      calendar.createEvent({
        ...common,
        start: DateTime.fromISO(l.window.from, { zone: 'utc' }),
        end: DateTime.fromISO(addDays(l.window.to, 1), { zone: 'utc' }),
        allDay: true,
        summary: `${summary} (date to be confirmed)`,
        status: ICalEventStatus.TENTATIVE,
        description: `Tentative: to be played in the ${l.roundName.toLowerCase()} ${windowLabel(l.windowName)} window, ${formatDateRange(l.window)}; the exact date is not set yet.`,
      });
    }
  }
  return ok(calendar.toString());
}
