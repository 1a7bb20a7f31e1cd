import { describe, expect, it } from 'vitest';
import { exampleCompetition } from '../../test/example.ts';
import type { Competition, Leg } from '../competition/types.ts';
import { teamId } from '../ids.ts';
import { amendWindow } from './amendment.ts';
import { checkSchedule } from './check-schedule.ts';
import { checkLegTimes, checkTimes, kickoffProblems } from './check-times.ts';

const caf2017 = (): Competition => {
  return exampleCompetition();
};

/** Core loads no zone data: a test passes the two zones the example names (the app passes Intl's check). */
const isTimeZone = (z: string): boolean => z === 'Africa/Lubumbashi' || z === 'Africa/Johannesburg';

const leg = { home: teamId('supersport-united'), away: teamId('tp-mazembe') };
const found = (problems: ReadonlyArray<{ code: string; path: ReadonlyArray<string | number> }>) =>
  problems.map((p) => [p.code, p.path.join('.')]);

describe('checkLegTimes', () => {
  it('accepts the real date, kick-off and zone of the 2017 final second leg', () => {
    const real = { ...leg, date: '2017-11-25', kickoff: '15:00', timeZone: 'Africa/Johannesburg' };
    expect(checkLegTimes(real, ['legs', 1], isTimeZone)).toEqual([]);
  });

  it.each([
    ['date', '2017-02-31', 'bad-date'],
    ['date', '2017-02-29', 'bad-date'],
    ['date', '2017-13-01', 'bad-date'],
    ['kickoff', '99:99', 'bad-kickoff'],
    ['kickoff', '24:00', 'bad-kickoff'],
    ['kickoff', '19:60', 'bad-kickoff'],
    ['timeZone', 'Not/AZone', 'unknown-time-zone'],
  ])('refuses %s "%s" with %s at the field', (field, value, code) => {
    const problems = checkLegTimes({ ...leg, [field]: value } as Leg, ['legs', 1], isTimeZone, 'F leg 2');
    expect(found(problems)).toEqual([[code, `legs.1.${field}`]]);
    expect(problems[0]!.message).toContain(`"${value}"`);
    expect(problems[0]!.message).toMatch(/^F leg 2 /);
  });

  it('accepts 29 February in a leap year and midnight to 23:59', () => {
    expect(checkLegTimes({ ...leg, date: '2016-02-29', kickoff: '00:00' }, [], isTimeZone)).toEqual([]);
    expect(checkLegTimes({ ...leg, kickoff: '23:59' }, [], isTimeZone)).toEqual([]);
  });
});

describe('checkTimes', () => {
  it('finds nothing wrong in the 2017 CAF Confederation Cup', () => {
    expect(checkTimes(caf2017(), isTimeZone)).toEqual([]);
  });

  it('names every impossible window, leg and amendment date, kick-off and zone by its path', () => {
    const c = caf2017();
    const [qf, sf, final] = c.rounds;
    const bad: Competition = {
      ...c,
      period: { from: '2017-09-15', to: '2017-11-31' },
      rounds: [
        { ...qf!, schedule: { ...qf!.schedule, firstLeg: { from: '2017-09-31', to: '2017-09-17' } } },
        sf!,
        {
          ...final!,
          ties: final!.ties.map((t) => ({
            ...t,
            legs: [
              { ...t.legs[0]!, timeZone: 'Africa/Atlantis' },
              { ...t.legs[1]!, kickoff: '25:61' },
            ],
          })),
        },
      ],
      amendments: c.amendments.map((a, i) => (i === 0 ? { ...a, to: { ...a.to, to: '2017-09-32' } } : a)),
    };
    expect(found(checkTimes(bad, isTimeZone))).toEqual([
      ['bad-date', 'period.to'],
      ['bad-date', 'rounds.0.schedule.firstLeg.from'],
      ['unknown-time-zone', 'rounds.2.ties.0.legs.0.timeZone'],
      ['bad-kickoff', 'rounds.2.ties.0.legs.1.kickoff'],
      ['bad-date', 'amendments.0.to.to'],
    ]);
    // `cupstage schedule` reports the same problems through checkSchedule.
    const codes = checkSchedule(bad, { isTimeZone }).map((p) => p.code);
    expect(codes).toEqual(expect.arrayContaining(['bad-date', 'unknown-time-zone', 'bad-kickoff']));
  });
});

describe('amendWindow', () => {
  it('names the end of the new window that is not a real date', () => {
    const r = amendWindow(caf2017(), {
      round: 'final',
      window: 'second-leg',
      to: { from: '2017-11-29', to: '2017-11-31' },
    });
    expect(r.ok ? [] : found([r.error])).toEqual([['bad-date', 'to.to']]);
  });
});

describe('kickoffProblems: what an organiser entering a leg is asked besides', () => {
  it('wants the date and the time zone with a kick-off, each named by its field', () => {
    expect(kickoffProblems({ kickoff: '18:30' }, ['legs', 0]).map((e) => [e.code, e.path])).toEqual([
      ['kickoff-needs-date', ['legs', 0, 'date']],
      ['kickoff-needs-time-zone', ['legs', 0, 'timeZone']],
    ]);
    expect(kickoffProblems({ kickoff: '18:30', date: '2017-11-25' }, [])[0]?.message).toBe(
      'a kick-off time needs the time zone of the venue, so that fans see it in their own time',
    );
  });

  it('asks nothing of a leg without a kick-off, or with its date and zone', () => {
    expect(kickoffProblems({ date: '2017-11-25' }, [])).toEqual([]);
    expect(
      kickoffProblems({ date: '2017-11-25', kickoff: '15:00', timeZone: 'Africa/Johannesburg' }, []),
    ).toEqual([]);
  });
});
