import { describe, expect, it } from 'vitest';
import { singleElimination } from '../bracket/single-elimination.ts';
import type { Competition } from '../competition/types.ts';
import { roundId, teamId, tieId } from '../ids.ts';
import { createRng, deriveSeed } from '../random/rng.ts';
import { caf2017 } from '../rules/presets.ts';
import { CHUNK_RUNS, chunkCount, simulateChunk, simulateStage } from './monte-carlo.ts';
import { oddsFromCounts, winCountLength } from './stage-odds.ts';
import { pairingOdds, planStage, type StagePlan } from './stage-plan.ts';

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

/**
 * A plain reference loop over core's generators: one draw per tie, in tie order; even runs from
 * createRng(deriveSeed(seed, chunk)), odd runs from createRng(streamB(seed, chunk)), the last run of
 * an odd chunk from the first.
 */
function referenceCounts(p: StagePlan, seed: number, chunk: number, count: number): number[] {
  const streams = [createRng(deriveSeed(seed, chunk)), createRng(deriveSeed(deriveSeed(seed, chunk), 1))];
  const n = p.teams.length;
  const T = p.ties.length;
  const winner: number[] = [];
  const loser: number[] = [];
  const wins = new Array<number>(T * n).fill(0);
  const side = (t: number, s: number): number => {
    const kind = p.sourceKind[2 * t + s]!;
    const value = p.sourceValue[2 * t + s]!;
    return kind === 0 ? value : kind === 1 ? winner[value]! : loser[value]!;
  };
  for (let r = 0; r < count; r++) {
    const rng = streams[r % 2 === 1 ? 1 : 0]!;
    for (let t = 0; t < T; t++) {
      const a = side(t, 0);
      const b = side(t, 1);
      const sideZero = rng.nextUint32() < Math.round(pairingOdds(p, t, a, b)! * 2 ** 32);
      winner[t] = sideZero ? a : b;
      loser[t] = sideZero ? b : a;
      wins[t * n + winner[t]!]!++;
    }
  }
  return byWinners(p, wins);
}

/** Counts per tie and team (t·n + x) as simulateChunk gives them: over each tie's winners list. */
function byWinners(p: StagePlan, wins: ReadonlyArray<number>): number[] {
  const n = p.teams.length;
  const out: number[] = [];
  for (let t = 0; t < p.ties.length; t++)
    for (let i = p.winStart[t]!; i < p.winStart[t + 1]!; i++) out.push(wins[t * n + p.winTeams[i]!]!);
  return out;
}

describe('simulateChunk', () => {
  it('draws each tie winner from createRng(deriveSeed(seed, chunk)) and its second stream, in tie order', () => {
    expect(Array.from(simulateChunk(plan, 7, 3, 3 * CHUNK_RUNS + 5001))).toEqual(
      referenceCounts(plan, 7, 3, 5001),
    );
  });

  it('does the same for a 32-team bracket of 31 ties (counted per tie, not by outcome code)', () => {
    const teams = Array.from({ length: 32 }, (_, i) => ({
      id: teamId(`T${i + 1}`),
      name: `T${i + 1}`,
      country: 'XXX',
    }));
    const strengths = Object.fromEntries(teams.map((t, i) => [t.id, 0.5 + i / 20]));
    const big = planStage(singleElimination({ id: 'big', name: 'Big', teams, rules: caf2017 }), {
      kind: 'strength',
      baseRate: 1,
      homeFactor: 1.2,
      strengths,
    });
    if (!big.ok) throw new Error(big.error.message);
    expect(big.value.ties.length).toBe(31);
    expect(Array.from(simulateChunk(big.value, 5, 0, 3001))).toEqual(referenceCounts(big.value, 5, 0, 3001));
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
    const reversed = new Float64Array(winCountLength(plan));
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
