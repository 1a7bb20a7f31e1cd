import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bruteForceOdds } from './brute-force-odds.ts';
import { exactOdds } from './exact-odds.ts';
import { fractionText, fractionValue } from './fraction.ts';
import type { DrawSpec, DrawTeam } from './types.ts';

const cafQuarterFinals: DrawSpec = {
  kind: 'uefa-round-of-16',
  winners: ['A', 'B', 'C', 'D'].map((g) => ({ name: `Winner ${g}`, group: g })),
  runnersUp: ['A', 'B', 'C', 'D'].map((g) => ({ name: `Runner-up ${g}`, group: g })),
  rules: { constraints: ['different-group'], forbiddenAssociationPairs: [] },
};

describe('exactOdds', () => {
  it('gives a CAF-style four-group quarter-final draw 9 valid draws and 1/3 for each allowed pair', () => {
    const odds = exactOdds(cafQuarterFinals);
    if (!odds.ok) throw new Error('odds failed');
    // 9 = the derangements of four groups.
    expect(odds.value.validDraws).toBe(9n);
    odds.value.rows.forEach((winner, i) => {
      odds.value.cols.forEach((runnerUp, j) => {
        const sameGroup = winner.slice(-1) === runnerUp.slice(-1);
        expect(fractionText(odds.value.probabilities[i]![j]!)).toBe(sameGroup ? '0' : '1/3');
      });
    });
  });

  it('gives an open draw of four teams 1/3 for each pair, and 3 valid draws', () => {
    const odds = exactOdds({
      kind: 'open',
      teams: ['A', 'B', 'C', 'D'].map((name) => ({ name })),
      rules: { constraints: [], forbiddenAssociationPairs: [] },
    });
    if (!odds.ok) throw new Error('odds failed');
    expect(odds.value.validDraws).toBe(3n);
    expect(fractionText(odds.value.probabilities[0]![1]!)).toBe('1/3');
    expect(fractionText(odds.value.probabilities[0]![0]!)).toBe('0');
  });

  it('weighs pairings by the sequential procedure, not uniformly over valid draws', () => {
    // Winners P, Q, R and runners-up X, Y, Z of groups A, B, C: X may meet Q, R; Y may meet P, R;
    // Z may meet P, Q. Two valid draws: X–Q Y–R Z–P and X–R Y–P Z–Q. By hand, whichever ball comes
    // first, each of its two opponents is drawn with 1/2 and decides the draw: X–Q is 1/2.
    const t = (name: string, group: string): DrawTeam => ({ name, group });
    const odds = exactOdds({
      kind: 'uefa-round-of-16',
      winners: [t('P', 'A'), t('Q', 'B'), t('R', 'C')],
      runnersUp: [t('X', 'A'), t('Y', 'B'), t('Z', 'C')],
      rules: { constraints: ['different-group'], forbiddenAssociationPairs: [] },
    });
    if (!odds.ok) throw new Error('odds failed');
    expect(odds.value.validDraws).toBe(2n);
    expect(fractionText(odds.value.probabilities[1]![0]!)).toBe('1/2');
  });

  it('gives a 3 + 3 pot the odds found by hand for an uneven constraint', () => {
    // Winners P (ENG), Q (ESP), R (ITA); runners-up X (ENG), Y (ESP), Z (GER), associations apart.
    // Valid draws: X–Q Y–P Z–R, X–Q Y–R Z–P, X–R Y–P Z–Q. By hand over the procedure:
    // first ball X (1/3): X–Q 1/2 then both completions (Y–P,Z–R | Y–R,Z–P) by Y/Z ball; X–R 1/2 forced.
    // first ball Y (1/3): Y–P 1/2 (then X: Q or R, both complete), Y–R 1/2 (forced X–Q, Z–P).
    // first ball Z (1/3): Z–R 1/3 (forced X–Q Y–P), Z–P 1/3 (forced X–Q Y–R), Z–Q 1/3 (forced X–R Y–P).
    // P(X–Q) = 1/3·1/2 + 1/3·(1/2·1/2 + 1/2) + 1/3·2/3 = 1/6 + 1/4 + 2/9 = 23/36.
    const t = (name: string, association: string): DrawTeam => ({ name, association });
    const odds = exactOdds({
      kind: 'uefa-round-of-16',
      winners: [t('P', 'ENG'), t('Q', 'ESP'), t('R', 'ITA')],
      runnersUp: [t('X', 'ENG'), t('Y', 'ESP'), t('Z', 'GER')],
      rules: { constraints: ['different-association'], forbiddenAssociationPairs: [] },
    });
    if (!odds.ok) throw new Error('odds failed');
    expect(odds.value.validDraws).toBe(3n);
    expect(fractionText(odds.value.probabilities[1]![0]!)).toBe('23/36');
  });

  it('equals brute-force enumeration of the sequential procedure on random small pots', () => {
    const team = fc.record({
      group: fc.constantFrom('A', 'B', 'C', 'D', 'E'),
      association: fc.constantFrom('ENG', 'ESP', 'ITA', 'RUS', 'UKR'),
    });
    const rulesArb = fc.record({
      constraints: fc.subarray(['different-group', 'different-association'] as const),
      forbiddenAssociationPairs: fc.constantFrom<ReadonlyArray<readonly [string, string]>>(
        [],
        [['RUS', 'UKR']],
      ),
    });
    const spec = fc.oneof(
      fc.integer({ min: 1, max: 5 }).chain((n) =>
        fc.record({
          kind: fc.constant('uefa-round-of-16' as const),
          winners: fc
            .array(team, { minLength: n, maxLength: n })
            .map((ts) => ts.map((t, i) => ({ name: `W${i}`, ...t }))),
          runnersUp: fc
            .array(team, { minLength: n, maxLength: n })
            .map((ts) => ts.map((t, i) => ({ name: `R${i}`, ...t }))),
          rules: rulesArb,
        }),
      ),
      fc.integer({ min: 1, max: 4 }).chain((n) =>
        fc.record({
          kind: fc.constant('open' as const),
          teams: fc
            .array(team, { minLength: 2 * n, maxLength: 2 * n })
            .map((ts) => ts.map((t, i) => ({ name: `T${i}`, ...t }))),
          rules: rulesArb,
        }),
      ),
    );
    fc.assert(
      fc.property(spec, (s: DrawSpec) => {
        const exact = exactOdds(s);
        const brute = bruteForceOdds(s);
        expect(exact.ok).toBe(brute.ok);
        if (!exact.ok || !brute.ok) return;
        expect(Number(exact.value.validDraws)).toBe(brute.value.validDraws);
        exact.value.probabilities.forEach((row, i) => {
          row.forEach((p, j) => {
            expect(Math.abs(fractionValue(p) - brute.value.probabilities[i]![j]!)).toBeLessThan(1e-12);
          });
        });
      }),
      { numRuns: 300 },
    );
  });
});
