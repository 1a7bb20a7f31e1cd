import type { Competition, DateRange } from '../competition/types.ts';
import type { TeamId } from '../ids.ts';
import { formatDate, formatDateRange } from '../report/dates.ts';
import { type CupError, cupError } from '../result.ts';
import { checkTimes, type TimeZoneCheck } from './check-times.ts';
import { dayNumber } from './iso-day.ts';
import { type ScheduledLeg, scheduleOf, windowLabel, windowOf } from './schedule-of.ts';

/** What the calendar must respect. */
export interface ScheduleRules {
  /**
   * Full days without a match a team must have between two matches (default 2: a team that plays on
   * a Sunday may play again on Wednesday).
   */
  readonly minRestDays?: number;
}

/** The rules, and the time zone check core cannot do itself (it loads no zone data). */
export interface ScheduleCheck extends ScheduleRules {
  readonly isTimeZone: TimeZoneCheck;
}

const legName = (l: ScheduledLeg): string =>
  `${l.tie} ${l.legs === 1 ? 'match' : l.leg === 1 ? 'first leg' : 'second leg'}`;

function rangeDays(r: DateRange): [number, number] | undefined {
  const a = dayNumber(r.from);
  const b = dayNumber(r.to);
  return a === undefined || b === undefined ? undefined : [a, b];
}

/**
 * Checks a competition's calendar and lists every problem with its path and a message: first every
 * date, kick-off and time zone (`checkTimes`: `bad-date`, `bad-kickoff`, `unknown-time-zone`), then
 * windows that end before they start (`window-reversed`) or a second-leg window not after the first
 * (`window-order`); a leg dated outside its round's window (`outside-window`); a second leg not
 * after its first leg (`second-leg-not-after-first`); a team playing twice on one day (`same-day`) or
 * with fewer rest days than required (`too-little-rest`); a window that differs from its last
 * amendment (`amendment-mismatch`).
 *
 * @example checkSchedule(competition, { isTimeZone }) // []
 */
export function checkSchedule(c: Competition, rules: ScheduleCheck): CupError[] {
  const minRest = rules.minRestDays ?? 2;
  const problems: CupError[] = checkTimes(c, rules.isTimeZone);
  c.rounds.forEach((round, r) => {
    const s = round.schedule;
    if (!s) return;
    for (const key of ['firstLeg', 'secondLeg', 'match'] as const) {
      const w = s[key];
      const days = w ? rangeDays(w) : undefined;
      if (w && days && days[0] > days[1])
        problems.push(
          cupError(
            'window-reversed',
            ['rounds', r, 'schedule', key],
            `${round.name}: the window ends (${w.to}) before it starts (${w.from})`,
          ),
        );
    }
    const first = s.firstLeg ? rangeDays(s.firstLeg) : undefined;
    const second = s.secondLeg ? rangeDays(s.secondLeg) : undefined;
    if (first && second && second[0] <= first[1])
      problems.push(
        cupError(
          'window-order',
          ['rounds', r, 'schedule', 'secondLeg'],
          `${round.name}: the second-leg window (${formatDateRange(s.secondLeg!)}) must start after the first-leg window ends (${formatDateRange(s.firstLeg!)})`,
        ),
      );
  });

  const legs = scheduleOf(c);
  const byTie = new Map<string, ScheduledLeg[]>();
  for (const l of legs) {
    if (l.date === undefined) continue;
    const day = dayNumber(l.date);
    if (day === undefined) continue; // reported by checkTimes
    const w = l.window ? rangeDays(l.window) : undefined;
    if (l.window && w && (day < w[0] || day > w[1]))
      problems.push(
        cupError(
          'outside-window',
          [...l.path, 'date'],
          `${legName(l)} on ${formatDate(l.date)} is outside the ${l.roundName} ${windowLabel(l.windowName)} window, ${formatDateRange(l.window)}`,
        ),
      );
    byTie.set(l.tie, [...(byTie.get(l.tie) ?? []), l]);
  }
  for (const tieLegs of byTie.values()) {
    const [a, b] = [tieLegs.find((l) => l.leg === 1), tieLegs.find((l) => l.leg === 2)];
    if (a?.date && b?.date && dayNumber(b.date)! <= dayNumber(a.date)!)
      problems.push(
        cupError(
          'second-leg-not-after-first',
          [...b.path, 'date'],
          `${legName(b)} on ${formatDate(b.date)} must be after the first leg on ${formatDate(a.date)}`,
        ),
      );
  }

  const names = new Map(c.teams.map((t) => [t.id, t.name]));
  const matches = new Map<TeamId, ScheduledLeg[]>();
  for (const l of legs) {
    if (l.date === undefined || dayNumber(l.date) === undefined) continue;
    for (const team of [l.home, l.away])
      if (team !== undefined) matches.set(team, [...(matches.get(team) ?? []), l]);
  }
  for (const [team, played] of matches) {
    const sorted = [...played].sort((x, y) => dayNumber(x.date!)! - dayNumber(y.date!)!);
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1]!;
      const next = sorted[i]!;
      const gap = dayNumber(next.date!)! - dayNumber(prev.date!)!;
      const name = names.get(team) ?? team;
      if (gap === 0)
        problems.push(
          cupError(
            'same-day',
            [...next.path, 'date'],
            `${name} plays twice on ${formatDate(next.date!)}: ${legName(prev)} and ${legName(next)}`,
          ),
        );
      else if (gap - 1 < minRest)
        problems.push(
          cupError(
            'too-little-rest',
            [...next.path, 'date'],
            `${name} plays on ${formatDate(prev.date!)} and ${formatDate(next.date!)}: ${gap - 1} rest day${gap - 1 === 1 ? '' : 's'}, at least ${minRest} required`,
          ),
        );
    }
  }

  const last = new Map<string, number>();
  c.amendments.forEach((a, i) => {
    last.set(`${a.round}#${a.window}`, i);
  });
  for (const [key, i] of last) {
    const a = c.amendments[i]!;
    const round = c.rounds.find((r) => r.id === a.round);
    if (!round) {
      problems.push(
        cupError('unknown-round', ['amendments', i, 'round'], `amendment ${i + 1}: no round "${a.round}"`),
      );
      continue;
    }
    const now = windowOf(round, a.window);
    if (now && (now.from !== a.to.from || now.to !== a.to.to))
      problems.push(
        cupError(
          'amendment-mismatch',
          ['amendments', i, 'to'],
          `${round.name} ${windowLabel(a.window)}: the last amendment moved it to ${formatDateRange(a.to)}, but the window is ${formatDateRange(now)}`,
        ),
      );
    void key;
  }
  return problems;
}
