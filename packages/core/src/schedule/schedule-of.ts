import { createKnockout } from '../bracket/knockout.ts';
import type { Competition, DateRange, Round, WindowName } from '../competition/types.ts';
import type { RoundId, TeamId, TieId } from '../ids.ts';
import { slotLabel } from '../report/bracket-model.ts';

/** One leg in the calendar: when and where it is played, or the window it will be played in. */
export interface ScheduledLeg {
  readonly round: RoundId;
  readonly roundName: string;
  readonly tie: TieId;
  /** 1 for the first leg (or a single match), 2 for the second. */
  readonly leg: number;
  /** How many legs the tie has. */
  readonly legs: number;
  /** The round's window this leg belongs to, and its dates when set. */
  readonly windowName: WindowName;
  readonly window?: DateRange;
  readonly home?: TeamId;
  readonly away?: TeamId;
  /** Team names, or the slot while the team is unknown (`Winner QF3`). */
  readonly homeName: string;
  readonly awayName: string;
  /** Local date of the match at the venue. */
  readonly date?: string;
  /** Local kick-off time at the venue, `HH:MM`. */
  readonly kickoff?: string;
  /** IANA time zone of the venue. */
  readonly timeZone?: string;
  readonly venue?: string;
  readonly city?: string;
  /** Where the leg is in the competition file, for messages. */
  readonly path: ReadonlyArray<string | number>;
}

/** The window of leg `leg` (1-based) of a round's ties. */
export function windowNameOf(round: Round, leg: number): WindowName {
  if (round.rules.legs === 1) return 'match';
  return leg === 1 ? 'first-leg' : 'second-leg';
}

/** The dates of a round's window, when set. */
export function windowOf(round: Round, name: WindowName): DateRange | undefined {
  const s = round.schedule;
  if (!s) return undefined;
  switch (name) {
    case 'first-leg':
      return s.firstLeg;
    case 'second-leg':
      return s.secondLeg;
    case 'match':
      return s.match;
    default: {
      const never: never = name;
      return never;
    }
  }
}

/** `first leg`, `second leg`, `match`: as the article names a window. */
export function windowLabel(name: WindowName): string {
  switch (name) {
    case 'first-leg':
      return 'first leg';
    case 'second-leg':
      return 'second leg';
    case 'match':
      return 'match';
    default: {
      const never: never = name;
      return never;
    }
  }
}

/**
 * Every leg of every tie in competition order, with its date, kick-off and venue when known, else
 * its round's window. Legs not yet entered are listed too (the side listed first hosts the first
 * leg), so a two-legged round of four ties always gives eight legs.
 *
 * @example scheduleOf(competition).length // 14: 8 quarter-final, 4 semi-final and 2 final legs
 */
export function scheduleOf(c: Competition): ScheduledLeg[] {
  const ko = createKnockout(c);
  const teams = new Map(c.teams.map((t) => [t.id, t]));
  const nameOf = (id: TeamId): string => teams.get(id)?.name ?? id;
  const out: ScheduledLeg[] = [];
  c.rounds.forEach((round, r) => {
    round.ties.forEach((tie, t) => {
      const derived = ko.tie(tie.id)?.teams ?? [undefined, undefined];
      const legs = Math.max(round.rules.legs, tie.legs.length);
      for (let l = 0; l < legs; l++) {
        const entered = tie.legs[l];
        const first = l % 2 === 0;
        const homeSide = first ? 0 : 1;
        const awaySide = first ? 1 : 0;
        const home = entered?.home ?? derived[homeSide];
        const away = entered?.away ?? derived[awaySide];
        const windowName = windowNameOf(round, l + 1);
        const window = windowOf(round, windowName);
        out.push({
          round: round.id,
          roundName: round.name,
          tie: tie.id,
          leg: l + 1,
          legs,
          windowName,
          ...(window ? { window } : {}),
          ...(home !== undefined ? { home } : {}),
          ...(away !== undefined ? { away } : {}),
          homeName: home !== undefined ? nameOf(home) : slotLabel(tie.sides[homeSide], teams),
          awayName: away !== undefined ? nameOf(away) : slotLabel(tie.sides[awaySide], teams),
          ...(entered?.date !== undefined ? { date: entered.date } : {}),
          ...(entered?.kickoff !== undefined ? { kickoff: entered.kickoff } : {}),
          ...(entered?.timeZone !== undefined ? { timeZone: entered.timeZone } : {}),
          ...(entered?.venue !== undefined ? { venue: entered.venue } : {}),
          ...(entered?.city !== undefined ? { city: entered.city } : {}),
          path: ['rounds', r, 'ties', t, 'legs', l],
        });
      }
    });
  });
  return out;
}

/**
 * The fixtures list a fan or an organiser reads: every leg of `scheduleOf`, by date (a leg without a
 * date by the start of its round's window), then kick-off, then competition order; legs with neither
 * date nor window last, in competition order. Times are compared as written (local kick-offs).
 *
 * @example fixturesByDate(caf2017)[0] // the first quarter-final first leg, 15 September 2017
 */
export function fixturesByDate(c: Competition): ScheduledLeg[] {
  const legs = scheduleOf(c);
  const key = (l: ScheduledLeg): string => l.date ?? l.window?.from ?? '9999-99-99';
  return legs
    .map((l, i) => ({ l, i }))
    .sort(
      (a, b) =>
        key(a.l).localeCompare(key(b.l)) ||
        (a.l.kickoff ?? '99:99').localeCompare(b.l.kickoff ?? '99:99') ||
        a.i - b.i,
    )
    .map(({ l }) => l);
}
