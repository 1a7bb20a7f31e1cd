import type { DateRange, Round, RoundWindows, WindowName } from '../competition/types.ts';
import { formatDate, formatDateRange } from '../report/dates.ts';
import { type CupError, cupError, err, ok, type Result } from '../result.ts';
import { checkDateRange } from './check-times.ts';
import { dayNumber } from './iso-day.ts';
import { windowLabel, windowNameOf } from './schedule-of.ts';

/** A played leg of a round, named as the audit log and the messages name it (`SF1 leg 2`). */
export interface PlayedLeg {
  readonly tie: string;
  /** 1-based. */
  readonly leg: number;
  readonly date: string;
}

/**
 * The played legs (a score entered, or awarded) of a round's window whose date falls outside `range`.
 * A played leg without a date cannot be placed and is not listed.
 *
 * @example playedLegsOutside(final, 'second-leg', { from: '2017-12-01', to: '2017-12-03' }) // [{ tie: 'F', leg: 2, date: '2017-11-25' }]
 */
export function playedLegsOutside(round: Round, window: WindowName, range: DateRange): PlayedLeg[] {
  const from = dayNumber(range.from);
  const to = dayNumber(range.to);
  if (from === undefined || to === undefined) return [];
  const out: PlayedLeg[] = [];
  for (const tie of round.ties)
    tie.legs.forEach((leg, l) => {
      if (windowNameOf(round, l + 1) !== window) return;
      if (leg.score === undefined && leg.awarded !== true) return;
      const day = leg.date !== undefined ? dayNumber(leg.date) : undefined;
      if (day === undefined || (day >= from && day <= to)) return;
      out.push({ tie: tie.id, leg: l + 1, date: leg.date! });
    });
  return out;
}

/**
 * The refusal of a window that would leave played legs outside it (`window-excludes-played-legs`),
 * naming every such leg, or undefined when the window holds them all. Moving a window never moves a
 * match that has been played: the organiser corrects the leg's date first if it was entered wrong.
 *
 * @example windowExcludesPlayedLegs(final, 'second-leg', to, ['to'])?.message // 'Final second leg cannot move to 1–3 December 2017: F leg 2 was played on 25 November 2017, outside it'
 */
export function windowExcludesPlayedLegs(
  round: Round,
  window: WindowName,
  range: DateRange,
  path: ReadonlyArray<string | number>,
): CupError | undefined {
  const outside = playedLegsOutside(round, window, range);
  if (outside.length === 0) return undefined;
  const legs = outside.map((l) => `${l.tie} leg ${l.leg} was played on ${formatDate(l.date)}`);
  return cupError(
    'window-excludes-played-legs',
    path,
    `${round.name} ${windowLabel(window)} cannot move to ${formatDateRange(range)}: ${legs.join('; ')}, outside it`,
  );
}

const KEYS = [
  ['firstLeg', 'first-leg'],
  ['secondLeg', 'second-leg'],
  ['match', 'match'],
] as const;

/**
 * Checks the windows of a round as an organiser sets them (at creation, or for a window not yet
 * set): real dates, not reversed, the second-leg window after the first, only the windows the round
 * has (`match` for single matches, `firstLeg`/`secondLeg` for two legs), and every played leg inside.
 *
 * @example checkRoundWindows(round, { firstLeg: { from: '2017-09-15', to: '2017-09-17' } }, ['schedule']) // ok(...)
 */
export function checkRoundWindows(
  round: Round,
  windows: RoundWindows,
  path: ReadonlyArray<string | number>,
): Result<RoundWindows, CupError> {
  for (const [key, name] of KEYS) {
    const w = windows[key];
    if (w === undefined) continue;
    const at = [...path, key];
    const single = round.rules.legs === 1;
    if (single !== (name === 'match'))
      return err(
        cupError(
          'window-not-in-round',
          at,
          single
            ? `${round.name} is a single match: give its "match" window, not a ${windowLabel(name)} window`
            : `${round.name} has two legs: give "firstLeg" and "secondLeg" windows, not a "match" window`,
        ),
      );
    const bad = checkDateRange(w, at, `${round.name} ${windowLabel(name)} window`)[0];
    if (bad) return err(bad);
    if (dayNumber(w.from)! > dayNumber(w.to)!)
      return err(
        cupError(
          'window-reversed',
          at,
          `the ${round.name} ${windowLabel(name)} window ends (${w.to}) before it starts (${w.from})`,
        ),
      );
    const played = windowExcludesPlayedLegs(round, name, w, at);
    if (played) return err(played);
  }
  const merged = { ...round.schedule, ...windows };
  if (
    merged.firstLeg &&
    merged.secondLeg &&
    dayNumber(merged.secondLeg.from)! <= dayNumber(merged.firstLeg.to)!
  )
    return err(
      cupError(
        'window-order',
        [...path, 'secondLeg'],
        `${round.name}: the second-leg window (${formatDateRange(merged.secondLeg)}) must start after the first-leg window ends (${formatDateRange(merged.firstLeg)})`,
      ),
    );
  return ok(merged);
}
