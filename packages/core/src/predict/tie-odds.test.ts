import { describe, expect, it } from 'vitest';
import { caf2017, replay1955, singleMatch, uefa1970 } from '../rules/presets.ts';
import { pointGrid, type ScoreGrid, scoreGrid } from './score-grid.ts';
import { playoffRules, type TieSetup, tieOdds, verdictMemo } from './tie-odds.ts';

const pmf = (l: number, k: number): number => {
  let p = Math.exp(-l);
  for (let i = 1; i <= k; i++) p *= l / i;
  return p;
};
const G = 22;
const grid = (h: number, a: number): ScoreGrid => {
  const g = scoreGrid(h, a);
  if (!g.ok) throw new Error(g.error.message);
  return g.value;
};
const setup = (s: Partial<TieSetup> & Pick<TieSetup, 'rules' | 'legs'>): TieSetup => ({
  extraTime: pointGrid(0, 0),
  shootoutHome: 0.5,
  playoff: [0.5, 0.5, 0],
  coinToss: 0.5,
  ...s,
});
const share0 = (o: readonly [number, number, number]): number => o[0] / (o[0] + o[1] + o[2]);

// Independent oracles: the rules written out by hand, every score up to 22 goals.
describe('tieOdds', () => {
  it('agrees with brute force under CAF 2017 rules (aggregate, away goals, penalties ½)', () => {
    const [a, b, c, d] = [1.5, 0.24, 0.6, 0.96]; // leg 1: side 0 at home; leg 2: side 1 at home
    let p0 = 0;
    for (let h1 = 0; h1 <= G; h1++)
      for (let a1 = 0; a1 <= G; a1++)
        for (let h2 = 0; h2 <= G; h2++)
          for (let a2 = 0; a2 <= G; a2++) {
            const p = pmf(a, h1) * pmf(b, a1) * pmf(c, h2) * pmf(d, a2);
            const g0 = h1 + a2;
            const g1 = a1 + h2;
            if (g0 > g1) p0 += p;
            else if (g0 === g1) p0 += a2 > a1 ? p : a2 === a1 ? p / 2 : 0;
          }
    const o = tieOdds(setup({ rules: caf2017, legs: [grid(a, b), grid(c, d)] }));
    expect(share0(o)).toBeCloseTo(p0, 11);
  });

  it('agrees with brute force under UEFA 1970 rules (away goals count in extra time)', () => {
    const [a, b, c, d] = [1.1, 0.9, 1.4, 0.7];
    const home2Pens = 0.6; // the side hosting leg 2 (side 1) wins 60% of shoot-outs
    let p0 = 0;
    for (let h1 = 0; h1 <= G; h1++)
      for (let a1 = 0; a1 <= G; a1++)
        for (let h2 = 0; h2 <= G; h2++)
          for (let a2 = 0; a2 <= G; a2++) {
            const p = pmf(a, h1) * pmf(b, a1) * pmf(c, h2) * pmf(d, a2);
            const g0 = h1 + a2;
            const g1 = a1 + h2;
            if (g0 !== g1) p0 += g0 > g1 ? p : 0;
            else if (a2 !== a1) p0 += a2 > a1 ? p : 0;
            else
              for (let e1 = 0; e1 <= 12; e1++)
                for (let e0 = 0; e0 <= 12; e0++) {
                  const q = p * pmf(c / 3, e1) * pmf(d / 3, e0);
                  if (e0 !== e1) p0 += e0 > e1 ? q : 0;
                  else if (e0 > 0)
                    p0 += q; // level after extra time: side 0 scored more away goals
                  else p0 += q * (1 - home2Pens);
                }
          }
    const o = tieOdds(
      setup({
        rules: uefa1970,
        legs: [grid(a, b), grid(c, d)],
        extraTime: grid(c / 3, d / 3),
        shootoutHome: home2Pens,
      }),
    );
    expect(share0(o)).toBeCloseTo(p0, 11);
  });

  it('agrees with brute force for a single match with extra time and a shoot-out', () => {
    let p0 = 0;
    for (let h = 0; h <= G; h++)
      for (let a = 0; a <= G; a++) {
        const p = pmf(1.2, h) * pmf(1.0, a);
        if (h !== a) p0 += h > a ? p : 0;
        else
          for (let e0 = 0; e0 <= 12; e0++)
            for (let e1 = 0; e1 <= 12; e1++) {
              const q = p * pmf(0.4, e0) * pmf(1 / 3, e1);
              p0 += e0 > e1 ? q : e0 === e1 ? q * 0.7 : 0;
            }
      }
    const o = tieOdds(
      setup({ rules: singleMatch, legs: [grid(1.2, 1.0)], extraTime: grid(0.4, 1 / 3), shootoutHome: 0.7 }),
    );
    expect(share0(o)).toBeCloseTo(p0, 11);
  });

  it('goes to the play-off and then the coin toss under the 1955 rules', () => {
    const legs = [grid(1, 1), grid(1, 1)];
    let level = 0;
    let ahead = 0;
    for (let h1 = 0; h1 <= G; h1++)
      for (let a1 = 0; a1 <= G; a1++)
        for (let h2 = 0; h2 <= G; h2++)
          for (let a2 = 0; a2 <= G; a2++) {
            const p = pmf(1, h1) * pmf(1, a1) * pmf(1, h2) * pmf(1, a2);
            if (h1 + a2 === a1 + h2) level += p;
            else if (h1 + a2 > a1 + h2) ahead += p;
          }
    const o = tieOdds(setup({ rules: replay1955, legs, playoff: [0.3, 0.5, 0.2] }));
    expect(share0(o)).toBeCloseTo(ahead + level * (0.3 + 0.2 * 0.5), 11);
  });

  it('counts a play-off match still level after extra time as level, for the next decider', () => {
    const rules = playoffRules({ kind: 'play-off', extraTime: true, penalties: false });
    let level = 0;
    for (let h = 0; h <= G; h++)
      for (let e0 = 0; e0 <= 12; e0++)
        for (let e1 = 0; e1 <= 12; e1++)
          if (e0 === e1) level += pmf(1, h) * pmf(1, h) * pmf(1 / 3, e0) * pmf(1 / 3, e1);
    const o = tieOdds(setup({ rules, legs: [grid(1, 1)], extraTime: grid(1 / 3, 1 / 3) }));
    expect(o[2] / (o[0] + o[1] + o[2])).toBeCloseTo(level, 11);
  });

  it('conditions on a played first leg: 3–0 up, side 0 only needs to avoid losing by three', () => {
    const [c, d] = [1.5, 0.5];
    let p0 = 0;
    for (let h2 = 0; h2 <= G; h2++)
      for (let a2 = 0; a2 <= G; a2++) {
        const p = pmf(c, h2) * pmf(d, a2);
        const g0 = 3 + a2;
        if (g0 > h2) p0 += p;
        else if (g0 === h2) p0 += a2 > 0 ? p : p / 2;
      }
    const o = tieOdds(setup({ rules: caf2017, legs: [pointGrid(3, 0), grid(c, d)] }));
    expect(share0(o)).toBeCloseTo(p0, 12);
  });

  it('gives the same odds with a verdict memo shared between pairings as without', () => {
    const memo = verdictMemo();
    for (const [a, b, c, d] of [
      [1.1, 0.9, 1.4, 0.7],
      [0.3, 2.1, 0.5, 1.9],
    ] as const) {
      const s = setup({ rules: uefa1970, legs: [grid(a, b), grid(c, d)], extraTime: grid(c / 3, d / 3) });
      const plain = tieOdds(s);
      const memoised = tieOdds({ ...s, memo });
      expect(memoised[0]).toBeCloseTo(plain[0], 15);
      expect(memoised[1]).toBeCloseTo(plain[1], 15);
    }
  });
});
