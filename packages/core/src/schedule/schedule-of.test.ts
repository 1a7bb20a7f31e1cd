import { describe, expect, it } from 'vitest';
import { exampleCompetition } from '../../test/example.ts';
import type { Competition, WindowName } from '../competition/types.ts';
import { legLabel, scheduleOf, windowLabel } from './schedule-of.ts';

const caf2017 = (): Competition => {
  return exampleCompetition();
};

describe('scheduleOf', () => {
  it('lists all 14 legs of the 2017 CAF Confederation Cup knockout stage', () => {
    const legs = scheduleOf(caf2017());
    expect(legs).toHaveLength(14);
    expect(legs.filter((l) => l.roundName === 'Quarter-finals')).toHaveLength(8);
  });

  it('places undated legs in their round window and keeps the dates of the final', () => {
    const legs = scheduleOf(caf2017());
    const qf1 = legs[0]!;
    expect([qf1.tie, qf1.leg, qf1.homeName, qf1.awayName]).toEqual(['QF1', 1, 'MC Alger', 'Club Africain']);
    expect(qf1.date).toBeUndefined();
    // Seed article: quarter-finals first leg 15–17 September 2017.
    expect(qf1.window).toEqual({ from: '2017-09-15', to: '2017-09-17' });
    const final = legs.filter((l) => l.tie === 'F');
    expect(final.map((l) => [l.homeName, l.date, l.timeZone])).toEqual([
      ['TP Mazembe', '2017-11-19', 'Africa/Lubumbashi'],
      ['SuperSport United', '2017-11-25', 'Africa/Johannesburg'],
    ]);
  });

  it('lists legs not yet entered with the side listed first hosting the first leg', () => {
    const c = caf2017();
    const round = c.rounds[1]!;
    const open: Competition = {
      ...c,
      rounds: [c.rounds[0]!, { ...round, ties: round.ties.map((t) => ({ ...t, legs: [] })) }, c.rounds[2]!],
    };
    const sf = scheduleOf(open).filter((l) => l.roundName === 'Semi-finals');
    expect(sf).toHaveLength(4);
    // SF1: Winner QF3 (SuperSport United) hosts the first leg, Winner QF1 (Club Africain) the second.
    expect(sf.slice(0, 2).map((l) => `${l.homeName} v ${l.awayName}`)).toEqual([
      'SuperSport United v Club Africain',
      'Club Africain v SuperSport United',
    ]);
  });
});

describe('windowLabel and legLabel', () => {
  it('name windows and legs as the article and the calendar do', () => {
    expect(['first-leg', 'second-leg', 'match'].map((w) => windowLabel(w as WindowName))).toEqual([
      'first leg',
      'second leg',
      'match',
    ]);
    expect(legLabel({ leg: 1, legs: 1 })).toBe('match');
    expect(legLabel({ leg: 1, legs: 2 })).toBe('first leg');
    expect(legLabel({ leg: 2, legs: 2 })).toBe('second leg');
    expect(legLabel({ leg: 3, legs: 3 })).toBe('leg 3');
  });
});
