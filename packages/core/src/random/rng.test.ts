import { describe, expect, it } from 'vitest';
import { createRng, deriveSeed, hashSeed } from './rng.ts';

describe('createRng', () => {
  it('gives the same sequence for the same seed', () => {
    const a = createRng(2017);
    const b = createRng(2017);
    const xs = Array.from({ length: 20 }, () => a.nextUint32());
    const ys = Array.from({ length: 20 }, () => b.nextUint32());
    expect(xs).toEqual(ys);
  });

  it('gives different sequences for different seeds', () => {
    const a = createRng(1);
    const b = createRng(2);
    expect(Array.from({ length: 5 }, () => a.nextUint32())).not.toEqual(
      Array.from({ length: 5 }, () => b.nextUint32()),
    );
  });

  it('resumes from a saved state', () => {
    const a = createRng('draw-seed');
    a.nextUint32();
    const saved = a.state();
    const next = a.nextUint32();
    expect(createRng(0, saved).nextUint32()).toBe(next);
  });

  it('draws integers uniformly enough (chi-square over 6 faces)', () => {
    const rng = createRng(99);
    const counts = [0, 0, 0, 0, 0, 0];
    const n = 60_000;
    for (let i = 0; i < n; i++) counts[rng.nextInt(6)]!++;
    const expected = n / 6;
    const chi = counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
    // 5 degrees of freedom: p = 0.001 at 20.5
    expect(chi).toBeLessThan(20.5);
  });

  it('keeps floats in [0, 1)', () => {
    const rng = createRng(5);
    for (let i = 0; i < 10_000; i++) {
      const x = rng.nextFloat();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });

  it('rejects a bad range for nextInt', () => {
    expect(() => createRng(1).nextInt(0)).toThrow(RangeError);
  });
});

describe('deriveSeed and hashSeed', () => {
  it('derives distinct, stable sub-seeds', () => {
    const seeds = Array.from({ length: 100 }, (_, i) => deriveSeed(7, i));
    expect(new Set(seeds).size).toBe(100);
    expect(deriveSeed(7, 3)).toBe(deriveSeed(7, 3));
    expect(deriveSeed('7', 3)).toBe(deriveSeed(hashSeed('7'), 3));
  });
});
