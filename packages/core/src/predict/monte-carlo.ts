import { createRng, deriveSeed } from '../random/rng.ts';
import { cupError, err, ok, type Result } from '../result.ts';
import { oddsFromCounts, type StageOdds, winCountLength } from './stage-odds.ts';
import { SOURCE_TEAM, SOURCE_WINNER, type StagePlan } from './stage-plan.ts';

/**
 * Runs per chunk. A simulation of N runs is cut into chunks of this size, chunk k drawing from
 * `createRng(deriveSeed(seed, k))` (even runs) and `createRng(streamB(seed, k))` (odd runs), so the
 * same seed gives the same counts whichever thread runs which chunk (one core or many).
 */
export const CHUNK_RUNS = 65_536;

/** Up to this many ties, runs are counted by outcome code (see simulateChunk). */
const MAX_CODED_TIES = 16;

/** How many chunks a simulation of `runs` runs has. @example chunkCount(100_000) // 2 */
export function chunkCount(runs: number): number {
  return Math.ceil(runs / CHUNK_RUNS);
}

/** How many runs chunk `chunk` of a `runs`-run simulation holds. @example chunkRuns(100_000, 1) // 34_464 */
export function chunkRuns(runs: number, chunk: number): number {
  return Math.max(0, Math.min(CHUNK_RUNS, runs - chunk * CHUNK_RUNS));
}

interface Compiled {
  /** The pairing odds as 32-bit thresholds less 2^31: side 0 goes through when a uniform uint32 less 2^31 is below. */
  readonly thr: Float64Array;
  /** Per side of each tie (2t + s): where its team's position is in the run state (see simulateChunk). */
  readonly source: Int32Array;
  /** Per tie, five numbers: first side-0 entry, first side-1 entry, side-1 length, first pairing, first win count. */
  readonly tie: Int32Array;
}

const compiledPlans = new WeakMap<StagePlan, Compiled>();

function compiled(plan: StagePlan): Compiled {
  let c = compiledPlans.get(plan);
  if (!c) {
    const T = plan.ties.length;
    const thr = new Float64Array(plan.win0.length);
    for (let i = 0; i < thr.length; i++) {
      const w = plan.win0[i]!;
      thr[i] = (Number.isNaN(w) ? 0 : Math.round(w * 4294967296)) - 2147483648;
    }
    const source = new Int32Array(2 * T);
    for (let i = 0; i < 2 * T; i++) {
      const kind = plan.sourceKind[i]!;
      const value = plan.sourceValue[i]!;
      source[i] = kind === SOURCE_TEAM ? 2 * T : kind === SOURCE_WINNER ? 2 * value : 2 * value + 1;
    }
    const tie = new Int32Array(5 * T);
    for (let t = 0; t < T; t++) {
      tie[5 * t] = plan.sideStart[2 * t]!;
      tie[5 * t + 1] = plan.sideStart[2 * t + 1]!;
      tie[5 * t + 2] = plan.sideStart[2 * t + 2]! - plan.sideStart[2 * t + 1]!;
      tie[5 * t + 3] = plan.pairStart[t]!;
      tie[5 * t + 4] = plan.winStart[t]!;
    }
    c = { thr, source, tie };
    compiledPlans.set(plan, c);
  }
  return c;
}

/**
 * Simulates chunk `chunk` of a `runs`-run simulation: each run plays the ties in order, each tie's
 * winner drawn from the plan's exact pairing odds (computed once through `decide`), so no tie rule
 * is re-implemented here. Returns win counts over the plan's winners lists (`winCountLength(plan)`
 * numbers: `[winStart[t] + i]` = runs in which the i-th team of `winTeams` of tie t won it), so
 * memory grows with the teams that can reach each tie, not ties × teams.
 *
 * @example simulateChunk(plan, 42, 0, 1_000_000) // counts of the first 65 536 runs
 */
export function simulateChunk(
  plan: StagePlan,
  seed: number | string,
  chunk: number,
  runs: number,
): Float64Array {
  const T = plan.ties.length;
  const { thr, source, tie } = compiled(plan);
  const { winPos, losePos } = plan;
  // Two runs at a time, each with its own generator, so that the processor overlaps the two
  // dependency chains. stateA/stateB[2t] is the winner's position in tie t's winners list and
  // [2t + 1] the loser's in its losers list, in the current run; [2T] is 0 (a side that is a team
  // holds one entry), so that every side is one load from `source`.
  const stateA = new Int32Array(2 * T + 1);
  const stateB = new Int32Array(2 * T + 1);
  // With up to 16 ties a run's outcome is a T-bit code (bit set: side 0 went through), counted in
  // a histogram and turned into per-tie win counts once per code at the end; else counted per tie.
  const byCode = T <= MAX_CODED_TIES;
  const histogram = new Int32Array(byCode ? 1 << T : 0);
  const counts = new Float64Array(winCountLength(plan));
  // Stream A is createRng(deriveSeed(seed, chunk)) (even runs, and the last run of an odd chunk),
  // stream B createRng(deriveSeed(deriveSeed(seed, chunk), 1)) (odd runs): xoshiro128** stepped
  // inline so that the state words stay in registers (monte-carlo.test.ts checks the draws equal
  // rng.nextUint32()). Draws are compared as u − 2^31 against thr − 2^31, in 32-bit integers.
  const a0 = createRng(deriveSeed(seed, chunk)).state();
  const b0 = createRng(streamB(seed, chunk)).state();
  let s0 = a0[0] | 0;
  let s1 = a0[1] | 0;
  let s2 = a0[2] | 0;
  let s3 = a0[3] | 0;
  let q0 = b0[0] | 0;
  let q1 = b0[1] | 0;
  let q2 = b0[2] | 0;
  let q3 = b0[3] | 0;
  const count = chunkRuns(runs, chunk);
  let r = 0;
  for (; r + 1 < count; r += 2) {
    let codeA = 0;
    let codeB = 0;
    for (let t = 0; t < T; t++) {
      const x = Math.imul(s1, 5);
      const drawnA = Math.imul((x << 7) | (x >>> 25), 9) ^ -2147483648;
      const shiftedA = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= shiftedA;
      s3 = (s3 << 11) | (s3 >>> 21);
      const y = Math.imul(q1, 5);
      const drawnB = Math.imul((y << 7) | (y >>> 25), 9) ^ -2147483648;
      const shiftedB = q1 << 9;
      q2 ^= q0;
      q3 ^= q1;
      q1 ^= q2;
      q0 ^= q3;
      q2 ^= shiftedB;
      q3 = (q3 << 11) | (q3 >>> 21);
      const i0 = source[2 * t]!;
      const i1 = source[2 * t + 1]!;
      const e0 = tie[5 * t]!;
      const e1 = tie[5 * t + 1]!;
      const k1 = tie[5 * t + 2]!;
      const pair = tie[5 * t + 3]!;
      const a = stateA[i0]!;
      const b = stateA[i1]!;
      const c = stateB[i0]!;
      const d = stateB[i1]!;
      const bitA = drawnA < thr[pair + a * k1 + b]! ? 1 : 0;
      const bitB = drawnB < thr[pair + c * k1 + d]! ? 1 : 0;
      const wA = bitA === 1 ? winPos[e0 + a]! : winPos[e1 + b]!;
      const wB = bitB === 1 ? winPos[e0 + c]! : winPos[e1 + d]!;
      stateA[2 * t] = wA;
      stateA[2 * t + 1] = bitA === 1 ? losePos[e1 + b]! : losePos[e0 + a]!;
      stateB[2 * t] = wB;
      stateB[2 * t + 1] = bitB === 1 ? losePos[e1 + d]! : losePos[e0 + c]!;
      if (byCode) {
        codeA = (codeA << 1) | bitA;
        codeB = (codeB << 1) | bitB;
      } else {
        const base = tie[5 * t + 4]!;
        counts[base + wA]!++;
        counts[base + wB]!++;
      }
    }
    if (byCode) {
      histogram[codeA]!++;
      histogram[codeB]!++;
    }
  }
  const step = (t: number, bit: number): void => {
    const e0 = tie[5 * t]!;
    const e1 = tie[5 * t + 1]!;
    const a = stateA[source[2 * t]!]!;
    const b = stateA[source[2 * t + 1]!]!;
    stateA[2 * t] = bit === 1 ? winPos[e0 + a]! : winPos[e1 + b]!;
    stateA[2 * t + 1] = bit === 1 ? losePos[e1 + b]! : losePos[e0 + a]!;
  };
  if (r < count) {
    // The last run of an odd chunk, from stream A.
    let code = 0;
    for (let t = 0; t < T; t++) {
      const x = Math.imul(s1, 5);
      const drawn = Math.imul((x << 7) | (x >>> 25), 9) ^ -2147483648;
      const shifted = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= shifted;
      s3 = (s3 << 11) | (s3 >>> 21);
      const a = stateA[source[2 * t]!]!;
      const b = stateA[source[2 * t + 1]!]!;
      const bit = drawn < thr[tie[5 * t + 3]! + a * tie[5 * t + 2]! + b]! ? 1 : 0;
      step(t, bit);
      if (byCode) code = (code << 1) | bit;
      else counts[tie[5 * t + 4]! + stateA[2 * t]!]!++;
    }
    if (byCode) histogram[code]!++;
  }
  for (let code = 0; code < histogram.length; code++) {
    const k = histogram[code]!;
    if (k === 0) continue;
    for (let t = 0; t < T; t++) {
      step(t, (code >> (T - 1 - t)) & 1);
      counts[tie[5 * t + 4]! + stateA[2 * t]!]! += k;
    }
  }
  return counts;
}

/**
 * The seed of a chunk's second stream (its odd runs).
 *
 * @example createRng(streamB(42, 0)) // the generator of runs 1, 3, 5, … of chunk 0
 */
export function streamB(seed: number | string, chunk: number): number {
  return deriveSeed(deriveSeed(seed, chunk), 1);
}

/** Checks a run count and a seed before a simulation. */
export function checkRuns(runs: number, seed: number | string): Result<number> {
  if (!Number.isSafeInteger(runs) || runs < 1 || runs > 1e12)
    return err(
      cupError('runs-out-of-range', ['runs'], `runs must be a whole number from 1 to 10^12 (got ${runs})`),
    );
  if (typeof seed === 'number' && !(Number.isInteger(seed) && seed >= 0 && seed < 4294967296))
    return err(
      cupError(
        'seed-out-of-range',
        ['seed'],
        `seed must be a whole number from 0 to 4294967295 or a text (got ${seed})`,
      ),
    );
  return ok(runs);
}

/**
 * Monte Carlo stage odds on this thread: every chunk in order, counts added up. Gives the same
 * answer as the worker pool of @cupstage/app for the same seed.
 *
 * @example simulateStage(plan, { runs: 1_000_000, seed: 2017 }).value.champion
 */
export function simulateStage(
  plan: StagePlan,
  options: { readonly runs: number; readonly seed: number | string },
): Result<StageOdds> {
  const checked = checkRuns(options.runs, options.seed);
  if (!checked.ok) return checked;
  const total = new Float64Array(winCountLength(plan));
  const chunks = chunkCount(options.runs);
  for (let k = 0; k < chunks; k++) {
    const counts = simulateChunk(plan, options.seed, k, options.runs);
    for (let i = 0; i < total.length; i++) total[i]! += counts[i]!;
  }
  return ok(oddsFromCounts(plan, total, options.runs));
}
