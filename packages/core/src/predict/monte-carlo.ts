import { createRng, deriveSeed } from '../random/rng.ts';
import { cupError, err, ok, type Result } from '../result.ts';
import { oddsFromCounts, type StageOdds } from './stage-odds.ts';
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
  /** Where each side's team is in the run state (see simulateChunk). */
  readonly source: Int32Array;
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
      source[i] = kind === SOURCE_TEAM ? 2 * T + value : kind === SOURCE_WINNER ? 2 * value : 2 * value + 1;
    }
    c = { thr, source };
    compiledPlans.set(plan, c);
  }
  return c;
}

/**
 * Simulates chunk `chunk` of a `runs`-run simulation: each run plays the ties in order, each tie's
 * winner drawn from the plan's exact pairing odds (computed once through `decide`), so no tie rule
 * is re-implemented here. Returns win counts: `[t·n + x]` = runs in which team x won tie t.
 *
 * @example simulateChunk(plan, 42, 0, 1_000_000) // counts of the first 65 536 runs
 */
export function simulateChunk(
  plan: StagePlan,
  seed: number | string,
  chunk: number,
  runs: number,
): Float64Array {
  const n = plan.teams.length;
  const T = plan.ties.length;
  const { thr, source } = compiled(plan);
  // Two runs at a time, each with its own generator, so that the processor overlaps the two
  // dependency chains. stateA/stateB[2t] is the winner and [2t + 1] the loser of tie t in the
  // current run; [2T + x] is team x itself, so that every side is one load from `source`.
  const stateA = new Int32Array(2 * T + n);
  const stateB = new Int32Array(2 * T + n);
  for (let x = 0; x < n; x++) {
    stateA[2 * T + x] = x;
    stateB[2 * T + x] = x;
  }
  // With up to 16 ties a run's outcome is a T-bit code (bit set: side 0 went through), counted in
  // a histogram and turned into per-tie win counts once per code at the end; else counted per tie.
  const byCode = T <= MAX_CODED_TIES;
  const histogram = new Int32Array(byCode ? 1 << T : 0);
  const counts = new Float64Array(T * n);
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
      const a = stateA[i0]!;
      const b = stateA[i1]!;
      const c = stateB[i0]!;
      const d = stateB[i1]!;
      const bitA = drawnA < thr[(t * n + a) * n + b]! ? 1 : 0;
      const bitB = drawnB < thr[(t * n + c) * n + d]! ? 1 : 0;
      const wA = bitA === 1 ? a : b;
      const wB = bitB === 1 ? c : d;
      stateA[2 * t] = wA;
      stateA[2 * t + 1] = a + b - wA;
      stateB[2 * t] = wB;
      stateB[2 * t + 1] = c + d - wB;
      if (byCode) {
        codeA = (codeA << 1) | bitA;
        codeB = (codeB << 1) | bitB;
      } else {
        counts[t * n + wA]!++;
        counts[t * n + wB]!++;
      }
    }
    if (byCode) {
      histogram[codeA]!++;
      histogram[codeB]!++;
    }
  }
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
      const bit = drawn < thr[(t * n + a) * n + b]! ? 1 : 0;
      const w = bit === 1 ? a : b;
      stateA[2 * t] = w;
      stateA[2 * t + 1] = a + b - w;
      if (byCode) code = (code << 1) | bit;
      else counts[t * n + w]!++;
    }
    if (byCode) histogram[code]!++;
  }
  for (let code = 0; code < histogram.length; code++) {
    const k = histogram[code]!;
    if (k === 0) continue;
    for (let t = 0; t < T; t++) {
      const a = stateA[source[2 * t]!]!;
      const b = stateA[source[2 * t + 1]!]!;
      const w = ((code >> (T - 1 - t)) & 1) === 1 ? a : b;
      stateA[2 * t] = w;
      stateA[2 * t + 1] = a + b - w;
      counts[t * n + w]! += k;
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
  const total = new Float64Array(plan.ties.length * plan.teams.length);
  const chunks = chunkCount(options.runs);
  for (let k = 0; k < chunks; k++) {
    const counts = simulateChunk(plan, options.seed, k, options.runs);
    for (let i = 0; i < total.length; i++) total[i]! += counts[i]!;
  }
  return ok(oddsFromCounts(plan, total, options.runs));
}
