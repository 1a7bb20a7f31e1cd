import type { Amendment, Competition, DateRange, Round, WindowName } from '../competition/types.ts';
import { formatDateRange } from '../report/dates.ts';
import { type CupError, cupError, err, ok, type Result } from '../result.ts';
import { checkDateRange } from './check-times.ts';
import { dayNumber } from './iso-day.ts';
import { windowExcludesPlayedLegs } from './played-outside.ts';
import { windowLabel, windowOf } from './schedule-of.ts';

/**
 * An amendment as the article prints it, without years:
 * `Quarter-finals first leg: moved from 8–10 September to 15–17 September`, and its reason when known.
 *
 * @example describeAmendment(competition, competition.amendments[0]) // 'Quarter-finals first leg: moved from 8–10 September to 15–17 September'
 */
export function describeAmendment(c: Competition, a: Amendment): string {
  const round = c.rounds.find((r) => r.id === a.round)?.name ?? a.round;
  const reason = a.reason ? ` (${a.reason})` : '';
  return `${round} ${windowLabel(a.window)}: moved from ${formatDateRange(a.from, false)} to ${formatDateRange(a.to, false)}${reason}`;
}

/** A change to a round's window. */
export interface WindowChange {
  readonly round: string;
  readonly window: WindowName;
  readonly to: DateRange;
  readonly reason?: string;
}

const KEYS: Record<WindowName, 'firstLeg' | 'secondLeg' | 'match'> = {
  'first-leg': 'firstLeg',
  'second-leg': 'secondLeg',
  match: 'match',
};

/**
 * Moves a round's window and records the amendment with its old value, new value and reason.
 * A move that would leave a played leg outside the window is refused (`window-excludes-played-legs`).
 * Returns a new competition; the input is not changed.
 *
 * @example amendWindow(c, { round: 'semi-finals', window: 'second-leg', to: { from: '2017-10-20', to: '2017-10-22' } })
 */
export function amendWindow(c: Competition, change: WindowChange): Result<Competition, CupError> {
  const index = c.rounds.findIndex((r) => r.id === change.round || r.name === change.round);
  const round = c.rounds[index];
  if (round === undefined)
    return err(
      cupError(
        'unknown-round',
        ['round'],
        `no round "${change.round}"; the rounds are ${c.rounds.map((r) => r.id).join(', ')}`,
      ),
    );
  const from = windowOf(round, change.window);
  if (from === undefined)
    return err(
      cupError(
        'window-not-set',
        ['window'],
        `${round.name} has no ${windowLabel(change.window)} window to move; set it in the file first`,
      ),
    );
  const bad = checkDateRange(change.to, ['to'], `${round.name} ${windowLabel(change.window)} new window`)[0];
  if (bad) return err(bad);
  if (dayNumber(change.to.from)! > dayNumber(change.to.to)!)
    return err(
      cupError(
        'window-reversed',
        ['to'],
        `the new window ends (${change.to.to}) before it starts (${change.to.from})`,
      ),
    );
  if (from.from === change.to.from && from.to === change.to.to)
    return err(
      cupError(
        'amendment-no-change',
        ['to'],
        `${round.name} ${windowLabel(change.window)} is already ${formatDateRange(from)}`,
      ),
    );
  const played = windowExcludesPlayedLegs(round, change.window, change.to, ['to']);
  if (played) return err(played);
  const amendment: Amendment = {
    round: round.id,
    window: change.window,
    from,
    to: change.to,
    ...(change.reason !== undefined ? { reason: change.reason } : {}),
  };
  return ok(applyAmendment(c, amendment));
}

/**
 * Applies an amendment already checked (by `amendWindow`, or recorded in an event log): the round's
 * window becomes the new one and the amendment is appended. Returns a new competition.
 *
 * @example applyAmendment(c, { round: 'semi-finals', window: 'second-leg', from, to })
 */
export function applyAmendment(c: Competition, a: Amendment): Competition {
  return {
    ...c,
    rounds: c.rounds.map(
      (r): Round => (r.id === a.round ? { ...r, schedule: { ...r.schedule, [KEYS[a.window]]: a.to } } : r),
    ),
    amendments: [...c.amendments, a],
  };
}
