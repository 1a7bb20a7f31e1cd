import { describe, expect, it } from 'vitest';
import { caf2017, conmebol2022, replay1955, singleMatch, uefa1970, uefa2021 } from '../rules/presets.ts';
import type { TieRules } from '../rules/tie-rules.ts';
import { pairTieOdds, verdictClasses } from './pair-odds.ts';
import { type ScoreGrid, scoreGrid } from './score-grid.ts';
import { tieOdds } from './tie-odds.ts';

const grid = (h: number, a: number): ScoreGrid => {
  const g = scoreGrid(h, a);
  if (!g.ok) throw new Error(g.error.message);
  return g.value;
};

/** The score-by-score enumeration of tieOdds (every pair of leg scores through decide). */
function enumerated(
  rules: TieRules,
  first: [number, number],
  second: [number, number],
  shootoutHome: number,
) {
  const last = rules.legs === 2 ? second : first;
  const [p0, p1] = tieOdds({
    rules,
    legs: rules.legs === 2 ? [grid(...first), grid(...second)] : [grid(...first)],
    extraTime: grid(last[0] / 3, last[1] / 3),
    shootoutHome,
    playoff: [0.5, 0.5, 0],
    coinToss: 0.5,
  });
  return p0 / (p0 + p1);
}

describe('pairTieOdds', () => {
  // Leg 1: side 0 at home; leg 2: side 1 at home (rates of a strong visitor, a weak one, a level pair).
  const cases: Array<[number, number, number, number]> = [
    [1.5, 0.24, 0.6, 0.96],
    [0.75, 0.8, 0.96, 0.48],
    [1.3, 1.3, 1.3, 1.3],
    [2.3, 0.3, 0.4, 2.2],
  ];
  for (const rules of [caf2017, uefa1970, uefa2021, conmebol2022, singleMatch]) {
    it(`equals the score-by-score enumeration under ${rules.id}`, () => {
      for (const [a, b, c, d] of cases) {
        const fast = pairTieOdds(rules, {
          first: [a, b],
          second: [c, d],
          extraTimeRate: 1 / 3,
          shootoutHome: 0.4,
        });
        expect(fast).toBeDefined();
        expect(Math.abs(fast! - enumerated(rules, [a, b], [c, d], 0.4))).toBeLessThan(1e-11);
      }
    });
  }

  it('leaves a rule set with a play-off match to the enumeration', () => {
    expect(verdictClasses(replay1955)).toBeNull();
    expect(
      pairTieOdds(replay1955, { first: [1, 1], second: [1, 1], extraTimeRate: 1 / 3, shootoutHome: 0.5 }),
    ).toBeUndefined();
  });

  it('leaves goal rates whose laws reach 24 goals to the enumeration', () => {
    expect(
      pairTieOdds(caf2017, { first: [9, 1], second: [1, 1], extraTimeRate: 1 / 3, shootoutHome: 0.5 }),
    ).toBeUndefined();
  });
});
