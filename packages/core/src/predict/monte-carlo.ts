import { createRng, deriveSeed } from '../random/rng.ts';
import { cupError, err, ok, type Result } from '../result.ts';
import { oddsFromCounts, type StageOdds } from './stage-odds.ts';
import { SOURCE_TEAM, SOURCE_WINNER, type StagePlan } from './stage-plan.ts';

/**
 * Runs per chunk. A simulation of N runs is cut into chunks of this size, chunk k drawing from
 * `createRng(deriveSeed(seed, k))`, so the same seed gives the same counts whichever thread runs
 * which chunk (one core or many).
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
  // state[2t] is the winner and state[2t + 1] the loser of tie t in the current run; state[2T + x]
  // is team x itself, so that every side is one load from `source`.
  const state = new Int32Array(2 * T + n);
  for (let x = 0; x < n; x++) state[2 * T + x] = x;
  // With up to 16 ties a run's outcome is a T-bit code (bit set: side 0 went through), counted in
  // a histogram and turned into per-tie win counts once per code at the end; else counted per tie.
  const byCode = T <= MAX_CODED_TIES;
  const histogram = new Int32Array(byCode ? 1 << T : 0);
  const counts = new Float64Array(T * n);
  // The stream of createRng(deriveSeed(seed, chunk)): xoshiro128** stepped inline so that its four
  // state words stay in registers (monte-carlo.test.ts checks the draws equal rng.nextUint32()).
  // Draws are compared as signed numbers, u − 2^31 against thr − 2^31, to stay in 32-bit integers.
  const start = createRng(deriveSeed(seed, chunk)).state();
  let s0 = start[0] | 0;
  let s1 = start[1] | 0;
  let s2 = start[2] | 0;
  let s3 = start[3] | 0;
  const count = chunkRuns(runs, chunk);
  for (let r = 0; r < count; r++) {
    let code = 0;
    for (let t = 0; t < T; t++) {
      const a = state[source[2 * t]!]!;
      const b = state[source[2 * t + 1]!]!;
      const x = Math.imul(s1, 5);
      const drawn = Math.imul((x << 7) | (x >>> 25), 9) ^ -2147483648;
      const shifted = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= shifted;
      s3 = (s3 << 11) | (s3 >>> 21);
      const bit = drawn < thr[(t * n + a) * n + b]! ? 1 : 0;
      const w = bit === 1 ? a : b;
      state[2 * t] = w;
      state[2 * t + 1] = a + b - w;
      if (byCode) code = (code << 1) | bit;
      else counts[t * n + w]!++;
    }
    if (byCode) histogram[code]!++;
  }
  for (let code = 0; code < histogram.length; code++) {
    const k = histogram[code]!;
    if (k === 0) continue;
    for (let t = 0; t < T; t++) {
      const a = state[source[2 * t]!]!;
      const b = state[source[2 * t + 1]!]!;
      const w = ((code >> (T - 1 - t)) & 1) === 1 ? a : b;
      state[2 * t] = w;
      state[2 * t + 1] = a + b - w;
      counts[t * n + w]! += k;
    }
  }
  return counts;
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
