import { describe, expect, it } from 'vitest';
import { exampleCompetition } from '../../test/example.ts';
import type { Competition, Leg } from '../competition/types.ts';
import { checkSchedule, type ScheduleRules } from './check-schedule.ts';

/** The zones the example names; the real check (Intl) is the app's `isTimeZone`. */
const ZONES = new Set([
  'Africa/Algiers',
  'Africa/Tunis',
  'Africa/Casablanca',
  'Africa/Johannesburg',
  'Africa/Lubumbashi',
  'Africa/Lagos',
  'Africa/Kinshasa',
  'Africa/Cairo',
]);
const isTimeZone = (z: string): boolean => ZONES.has(z);
const check = (c: Competition, rules: ScheduleRules = {}) => checkSchedule(c, { ...rules, isTimeZone });

const caf2017 = (): Competition => {
  return exampleCompetition();
};

/** The example with the legs of one tie given dates. */
function dated(
  tie: string,
  dates: ReadonlyArray<string | undefined>,
  c: Competition = caf2017(),
): Competition {
  return {
    ...c,
    rounds: c.rounds.map((r) => ({
      ...r,
      ties: r.ties.map((t) =>
        t.id !== tie
          ? t
          : {
              ...t,
              legs: t.legs.map((l, i): Leg => (dates[i] === undefined ? l : { ...l, date: dates[i] })),
            },
      ),
    })),
  };
}

const codes = (c: Competition, minRestDays?: number): string[] =>
  check(c, minRestDays === undefined ? {} : { minRestDays }).map((e) => e.code);

describe('checkSchedule', () => {
  it('accepts the 2017 calendar', () => {
    expect(check(caf2017())).toEqual([]);
  });

  it('rejects a leg outside its window, with the window in the message', () => {
    const problems = check(dated('QF1', ['2017-09-20']));
    expect(problems.map((p) => p.code)).toEqual(['outside-window']);
    expect(problems[0]!.message).toBe(
      'QF1 first leg on 20 September 2017 is outside the Quarter-finals first leg window, 15–17 September 2017',
    );
    expect(problems[0]!.path).toEqual(['rounds', 0, 'ties', 0, 'legs', 0, 'date']);
  });

  it('rejects a second leg that is not after the first', () => {
    const c = caf2017();
    const wide: Competition = {
      ...c,
      rounds: c.rounds.map((r, i) => (i === 2 ? { ...r, schedule: {} } : r)),
    };
    expect(codes(dated('F', ['2017-11-25', '2017-11-19'], wide))).toContain('second-leg-not-after-first');
  });

  it('rejects a team playing twice on one day, and too few rest days', () => {
    // TP Mazembe's semi-final second leg (SF2) on the day of the final's first leg: impossible.
    const c = dated('SF2', [undefined, '2017-11-19']);
    expect(codes(c)).toContain('same-day');
    const tight = dated('SF2', [undefined, '2017-11-17']);
    const problems = check(tight);
    const rest = problems.find((p) => p.code === 'too-little-rest');
    expect(rest?.message).toBe(
      'TP Mazembe plays on 17 November 2017 and 19 November 2017: 1 rest day, at least 2 required',
    );
    expect(codes(tight, 1)).not.toContain('too-little-rest');
  });

  it('rejects reversed and overlapping windows', () => {
    const c = caf2017();
    const withWindows = (firstLeg: { from: string; to: string }, secondLeg: { from: string; to: string }) =>
      codes({
        ...c,
        rounds: c.rounds.map((r, i) => (i === 0 ? { ...r, schedule: { firstLeg, secondLeg } } : r)),
      });
    expect(
      withWindows({ from: '2017-09-17', to: '2017-09-15' }, { from: '2017-09-22', to: '2017-09-24' }),
    ).toEqual(['window-reversed', 'amendment-mismatch']);
    expect(
      withWindows({ from: '2017-09-15', to: '2017-09-17' }, { from: '2017-09-16', to: '2017-09-18' }),
    ).toEqual(['window-order', 'amendment-mismatch']);
  });
});
