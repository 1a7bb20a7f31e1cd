import { describe, expect, it } from 'vitest';
import { poissonPmf, scoreGrid } from './score-grid.ts';

const factorial = (k: number): number => (k <= 1 ? 1 : k * factorial(k - 1));
const sum = (xs: ArrayLike<number>): number => Array.from(xs).reduce((s, x) => s + x, 0);

describe('poissonPmf', () => {
  it('gives e^−λ λ^k / k! and covers all but 1e-15 of the mass', () => {
    const pmf = poissonPmf(1.7);
    for (let k = 0; k < 8; k++) expect(pmf[k]).toBeCloseTo((Math.exp(-1.7) * 1.7 ** k) / factorial(k), 15);
    expect(1 - sum(pmf)).toBeLessThan(1e-14);
  });
});

describe('scoreGrid', () => {
  it('multiplies independent Poisson goals and sorts the likeliest score first', () => {
    const g = scoreGrid(1.2, 0.4);
    if (!g.ok) throw new Error(g.error.message);
    expect([g.value.home[0], g.value.away[0]]).toEqual([1, 0]);
    expect(g.value.p[0]).toBeCloseTo(Math.exp(-1.2) * 1.2 * Math.exp(-0.4), 15);
    expect(1 - sum(g.value.p)).toBeLessThan(1e-12);
  });

  it('applies the Dixon–Coles correction to 0–0, 1–0, 0–1 and 1–1 only, keeping the total', () => {
    const rho = -0.13;
    const plain = scoreGrid(1.3, 1.1);
    const dc = scoreGrid(1.3, 1.1, rho);
    if (!plain.ok || !dc.ok) throw new Error('grid');
    const cell = (g: typeof plain.value, h: number, a: number): number => {
      for (let i = 0; i < g.length; i++) if (g.home[i] === h && g.away[i] === a) return g.p[i]!;
      return 0;
    };
    expect(cell(dc.value, 0, 0) / cell(plain.value, 0, 0)).toBeCloseTo(1 - 1.3 * 1.1 * rho, 12);
    expect(cell(dc.value, 0, 1) / cell(plain.value, 0, 1)).toBeCloseTo(1 + 1.3 * rho, 12);
    expect(cell(dc.value, 1, 0) / cell(plain.value, 1, 0)).toBeCloseTo(1 + 1.1 * rho, 12);
    expect(cell(dc.value, 1, 1) / cell(plain.value, 1, 1)).toBeCloseTo(1 - rho, 12);
    expect(cell(dc.value, 2, 1)).toBe(cell(plain.value, 2, 1));
    expect(Math.abs(sum(dc.value.p) - sum(plain.value.p))).toBeLessThan(1e-14);
  });

  it('rejects a ρ that would make a probability negative', () => {
    const g = scoreGrid(2, 2, 0.5);
    expect(g.ok ? 'ok' : g.error.code).toBe('dixon-coles-out-of-range');
  });

  it('rejects negative expected goals', () => {
    const g = scoreGrid(-1, 1);
    expect(g.ok ? 'ok' : g.error.code).toBe('expected-goals-out-of-range');
  });
});
