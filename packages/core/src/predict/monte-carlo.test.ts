import { describe, expect, it } from 'vitest';
import type { Competition } from '../competition/types.ts';
import { roundId, teamId, tieId } from '../ids.ts';
import { createRng, deriveSeed } from '../random/rng.ts';
import { caf2017 } from '../rules/presets.ts';
import { CHUNK_RUNS, chunkCount, simulateChunk, simulateStage } from './monte-carlo.ts';
import { oddsFromCounts } from './stage-odds.ts';
import { planStage, type StagePlan } from './stage-plan.ts';

const names = ['A', 'B', 'C', 'D'];
const four: Competition = {
  id: 'four',
  name: 'Four teams',
  stageName: 'knockout stage',
  teams: names.map((n) => ({ id: teamId(n), name: n, country: 'XXX' })),
  groups: [],
  rounds: [
    {
      id: roundId('sf'),
      name: 'Semi-finals',
      rules: caf2017,
      legOrder: { kind: 'fixed' },
      ties: [
        {
          id: tieId('S1'),
          sides: [
            { kind: 'team', team: teamId('A') },
            { kind: 'team', team: teamId('B') },
          ],
          legs: [],
        },
        {
          id: tieId('S2'),
          sides: [
            { kind: 'team', team: teamId('C') },
            { kind: 'team', team: teamId('D') },
          ],
          legs: [],
        },
      ],
    },
    {
      id: roundId('f'),
      name: 'Final',
      rules: caf2017,
      legOrder: { kind: 'fixed' },
      ties: [
        {
          id: tieId('F'),
          sides: [
            { kind: 'winner', tie: tieId('S1') },
            { kind: 'winner', tie: tieId('S2') },
          ],
          legs: [],
        },
      ],
    },
  ],
  amendments: [],
  draws: [],
};
const model = {
  kind: 'strength' as const,
  baseRate: 0.9,
  homeFactor: 1.2,
  strengths: { A: 1.4, B: 1, C: 0.8, D: 1.2 },
};
const plan = ((): StagePlan => {
  const p = planStage(four, model);
  if (!p.ok) throw new Error(p.error.message);
  return p.value;
})();

describe('simulateChunk', () => {
  it('draws each tie winner from createRng(deriveSeed(seed, chunk)), in tie order', () => {
    // A plain reference loop over core's generator, written out for this four-team bracket.
    const rng = createRng(deriveSeed(7, 3));
    const n = 4;
    const p0 = (t: number, a: number, b: number): number => plan.win0[(t * n + a) * n + b]!;
    const wins = new Float64Array(3 * n);
    for (let r = 0; r < 5000; r++) {
      const s1 = rng.nextUint32() < Math.round(p0(0, 0, 1) * 2 ** 32) ? 0 : 1;
      const s2 = rng.nextUint32() < Math.round(p0(1, 2, 3) * 2 ** 32) ? 2 : 3;
      const f = rng.nextUint32() < Math.round(p0(2, s1, s2) * 2 ** 32) ? s1 : s2;
      wins[s1]!++;
      wins[n + s2]!++;
      wins[2 * n + f]!++;
    }
    expect(Array.from(simulateChunk(plan, 7, 3, 3 * CHUNK_RUNS + 5000))).toEqual(Array.from(wins));
  });

  it('gives the same counts for the same seed and different counts for another seed', () => {
    expect(simulateChunk(plan, 'final-2017', 0, 10_000)).toEqual(
      simulateChunk(plan, 'final-2017', 0, 10_000),
    );
    expect(simulateChunk(plan, 'final-2017', 0, 10_000)).not.toEqual(simulateChunk(plan, 'other', 0, 10_000));
  });
});

describe('simulateStage', () => {
  it('adds up the same chunks whatever order they are run in (one core or many)', () => {
    const runs = 3 * CHUNK_RUNS + 123;
    const reversed = new Float64Array(plan.ties.length * plan.teams.length);
    for (let k = chunkCount(runs) - 1; k >= 0; k--) {
      const c = simulateChunk(plan, 99, k, runs);
      for (let i = 0; i < c.length; i++) reversed[i]! += c[i]!;
    }
    const sequential = simulateStage(plan, { runs, seed: 99 });
    if (!sequential.ok) throw new Error(sequential.error.message);
    expect(sequential.value).toEqual(oddsFromCounts(plan, reversed, runs));
  });

  it('rejects a run count that is not a positive whole number', () => {
    const r = simulateStage(plan, { runs: 0, seed: 1 });
    expect(r.ok ? 'ok' : r.error.code).toBe('runs-out-of-range');
  });
});
