import { describe, expect, it } from 'vitest';
import { seedTeams, singleElimination } from '../bracket/single-elimination.ts';
import { caf2017, uefa2021 } from '../rules/presets.ts';
import { exactOddsCost, monteCarloCost } from './predict-cost.ts';
import { planStage } from './stage-plan.ts';

const stage = (n: number, rules = caf2017) =>
  singleElimination({
    id: `s${n}`,
    name: `S${n}`,
    teams: seedTeams(Array.from({ length: n }, (_, i) => `T${i + 1}`)),
    rules,
  });

describe('exactOddsCost and monteCarloCost', () => {
  it('grow with the pairings that can meet: n(n − 1)/2 in a single-elimination bracket', () => {
    // 512 teams: 130,816 pairings; 1,024: 523,776 (four times as many, less the per-rules check).
    const a = exactOddsCost(stage(512));
    const b = exactOddsCost(stage(1024));
    expect(b / a).toBeGreaterThan(3.5);
    expect(b / a).toBeLessThan(4.5);
  });

  it('counts extra time as dearer, and gives a finite answer for any size without planning it', () => {
    expect(exactOddsCost(stage(256, uefa2021))).toBeGreaterThan(exactOddsCost(stage(256)));
    const huge = exactOddsCost(stage(8192));
    expect(Number.isFinite(huge)).toBe(true);
    expect(huge).toBeGreaterThan(exactOddsCost(stage(2048)));
  });

  it('makes Monte Carlo linear in runs and never cheaper than exact odds on the same competition', () => {
    const c = stage(64);
    const plan = planStage(c, { kind: 'elo', ratings: {} });
    if (!plan.ok) throw new Error(plan.error.message);
    const one = monteCarloCost(plan.value, 1_000_000);
    const two = monteCarloCost(plan.value, 2_000_000);
    const three = monteCarloCost(plan.value, 3_000_000);
    expect(three - two).toBeCloseTo(two - one, 6);
    expect(two - one).toBeGreaterThan(0);
    expect(monteCarloCost(c, 1000)).toBeGreaterThanOrEqual(exactOddsCost(c));
    expect(exactOddsCost(plan.value)).toBeLessThan(exactOddsCost(c));
  });
});
