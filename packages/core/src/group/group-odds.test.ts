import { describe, expect, it } from 'vitest';
import { cafGroups } from '../../test/caf-2017-groups.ts';
import { DEFAULT_MODEL } from '../predict/goals-model.ts';
import { groupOdds } from './group-odds.ts';
import { caf2017Groups, threePointsForAWin } from './presets.ts';
import { groupOutlook } from './team-status.ts';

// The 2017 CAF Confederation Cup groups before matchday 6 (real results, fixtures/caf-2017-groups).
const before6 = cafGroups(5);

function must<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

describe('groupOdds', () => {
  for (const g of before6) {
    it(`group ${g.id} before matchday 6: exact, every position shared out, and in step with the statuses`, () => {
      const odds = must(groupOdds(g, caf2017Groups, threePointsForAWin, 2, DEFAULT_MODEL));
      expect(odds.method).toBe('exact');
      for (let pos = 0; pos < g.teams.length; pos++)
        expect(odds.teams.reduce((s, t) => s + t.positions[pos]!, 0)).toBeCloseTo(1, 9);
      const outlook = must(groupOutlook(g, caf2017Groups, threePointsForAWin, 2));
      for (const o of outlook) {
        const t = odds.teams.find((x) => x.team === o.team)!;
        if (o.status === 'eliminated') expect(t.qualify).toBeCloseTo(0, 9);
        if (o.status === 'through' || o.status === 'through-as-winners') expect(t.qualify).toBeCloseTo(1, 9);
        // A position the exact outlook rules out has no probability.
        t.positions.forEach((p, i) => {
          if (!o.positions.includes(i + 1)) expect(p).toBe(0);
        });
      }
    });
  }

  it('agrees with Monte Carlo (seeded, 20,000 runs) within 0.02', () => {
    const g = before6[0]!;
    const exact = must(groupOdds(g, caf2017Groups, threePointsForAWin, 2, DEFAULT_MODEL));
    const mc = must(
      groupOdds(g, caf2017Groups, threePointsForAWin, 2, DEFAULT_MODEL, {
        maxExact: 0,
        runs: 20_000,
        seed: 's',
      }),
    );
    expect(mc.method).toBe('monte-carlo');
    exact.teams.forEach((t, i) => {
      expect(Math.abs(t.qualify - mc.teams[i]!.qualify)).toBeLessThan(0.02);
    });
    const again = must(
      groupOdds(g, caf2017Groups, threePointsForAWin, 2, DEFAULT_MODEL, {
        maxExact: 0,
        runs: 20_000,
        seed: 's',
      }),
    );
    expect(again).toEqual(mc);
  });

  it('gives a complete group its final table with certainty', () => {
    const [a] = cafGroups();
    const odds = must(groupOdds(a!, caf2017Groups, threePointsForAWin, 2, DEFAULT_MODEL));
    expect(odds.outcomes).toBe(1);
    expect(odds.teams.find((t) => t.team === 'FUS Rabat')!.positions[1]).toBe(1);
  });
});
