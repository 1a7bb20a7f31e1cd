import { describe, expect, it } from 'vitest';
import { teamId } from '../ids.ts';
import { eloExpected, eloRatings, goalDifferenceIndex } from './elo.ts';

describe('eloExpected', () => {
  it('gives ½ for equal ratings and 10/11 for a 400-point lead', () => {
    expect(eloExpected(0)).toBe(0.5);
    expect(eloExpected(400)).toBeCloseTo(10 / 11, 15);
    expect(eloExpected(-400)).toBeCloseTo(1 / 11, 15);
  });
});

describe('goalDifferenceIndex', () => {
  it('follows eloratings.net: 1, 1, 1.5, 1.75, then +1/8 per goal', () => {
    expect([0, 1, 2, 3, 4, 6].map(goalDifferenceIndex)).toEqual([1, 1, 1.5, 1.75, 1.875, 2.125]);
    expect(goalDifferenceIndex(-2)).toBe(1.5);
  });
});

describe('eloRatings', () => {
  it('moves both teams by K·G·(W − We) after a home win by two', () => {
    const r = eloRatings([{ home: teamId('A'), away: teamId('B'), score: [2, 0] }]);
    // Hand computation: We = 1/(10^(−100/400) + 1) = 0.640065…, change = 30 · 1.5 · (1 − We).
    const change = 30 * 1.5 * (1 - 0.6400649998028851);
    expect(r.A).toBeCloseTo(1500 + change, 9);
    expect(r.B).toBeCloseTo(1500 - change, 9);
  });

  it('uses no home advantage at a neutral ground and starts from given ratings', () => {
    const r = eloRatings([{ home: teamId('A'), away: teamId('B'), score: [1, 1], neutral: true, k: 60 }], {
      initial: { A: 1600 },
    });
    // A draw when expected 1/(10^(−100/400)+1): A loses 60 · (0.5 − 0.640065).
    expect(r.A).toBeCloseTo(1600 + 60 * (0.5 - 0.6400649998028851), 9);
    expect(r.B).toBeCloseTo(1500 - 60 * (0.5 - 0.6400649998028851), 9);
  });
});
