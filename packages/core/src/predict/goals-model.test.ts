import { describe, expect, it } from 'vitest';
import { teamId } from '../ids.ts';
import { eloExpected } from './elo.ts';
import { checkModel, eloGoals, expectedGoals, type GoalsModel } from './goals-model.ts';

const bench: GoalsModel = {
  kind: 'strength',
  baseRate: 0.6,
  homeFactor: 1.25,
  strengths: { 'MC Alger': 0.9, 'Club Africain': 1.5 },
};

/** P(home wins) + ½ P(draw) by summing Poisson terms directly. */
function poissonExpected(h: number, a: number): number {
  const pmf = (l: number, k: number): number => {
    let p = Math.exp(-l);
    for (let i = 1; i <= k; i++) p *= l / i;
    return p;
  };
  let e = 0;
  for (let x = 0; x < 40; x++)
    for (let y = 0; y < 40; y++) e += pmf(h, x) * pmf(a, y) * (x > y ? 1 : x === y ? 0.5 : 0);
  return e;
}

describe('expectedGoals', () => {
  it('uses the benchmark formula: base · ratio · homeFactor at home, base / ratio / homeFactor away', () => {
    const g = expectedGoals(bench, teamId('MC Alger'), teamId('Club Africain'), false);
    if (!g.ok) throw new Error(g.error.message);
    expect(g.value[0]).toBeCloseTo(0.6 * (0.9 / 1.5) * 1.25, 15); // 0.45
    expect(g.value[1]).toBeCloseTo(0.6 / (0.9 / 1.5) / 1.25, 15); // 0.8
  });

  it('names a team the model has no strength for', () => {
    const g = expectedGoals(bench, teamId('MC Alger'), teamId('Nobody'), false);
    expect(g.ok ? 'ok' : [g.error.code, g.error.path]).toEqual(['team-not-rated', ['strengths', 'Nobody']]);
  });

  it('gives equal Elo teams on neutral ground the base rate each', () => {
    const g = expectedGoals({ kind: 'elo', ratings: {} }, teamId('A'), teamId('B'), true);
    if (!g.ok) throw new Error(g.error.message);
    expect(g.value[0]).toBeCloseTo(1.3, 9);
    expect(g.value[1]).toBeCloseTo(1.3, 9);
  });

  it('matches the Poisson expected result to the Elo expected result', () => {
    for (const dr of [-300, 0, 100, 250]) {
      const [h, a] = eloGoals(dr, 1.3);
      expect(poissonExpected(h, a)).toBeCloseTo(eloExpected(dr), 9);
      expect(h * a).toBeCloseTo(1.3 * 1.3, 9);
    }
  });
});

describe('checkModel', () => {
  it('rejects a shoot-out probability above 1', () => {
    const r = checkModel({ kind: 'elo', ratings: {}, shootout: 1.5 });
    expect(r.ok ? 'ok' : [r.error.code, r.error.path]).toEqual(['model-value-out-of-range', ['shootout']]);
  });

  it('rejects a non-positive strength, naming the team', () => {
    const r = checkModel({ ...bench, strengths: { A: 0 } } as GoalsModel);
    expect(r.ok ? 'ok' : r.error.path).toEqual(['strengths', 'A']);
  });
});
