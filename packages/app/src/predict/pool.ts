import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  type CupError,
  checkRuns,
  chunkCount,
  chunkRuns,
  oddsFromCounts,
  type Result,
  type StageOdds,
  type StagePlan,
  simulateChunk,
  winCountLength,
} from '@cupstage/core';
import type { ToMain, ToWorker } from './messages.ts';

export interface SimulateOptions {
  readonly runs: number;
  readonly seed: number | string;
  /** Called after each chunk with the runs done so far and the total. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** A pool of worker threads for Monte Carlo stage odds. Close it when done. */
export interface PredictionPool {
  /** The number of worker threads (0: everything runs on the calling thread). */
  readonly workers: number;
  /**
   * Simulates `runs` runs of a plan: chunk k (of `CHUNK_RUNS` runs) uses `deriveSeed(seed, k)`,
   * whichever thread runs it, and counts are whole numbers added up, so the answer for a seed is the
   * same with 0, 1 or many workers.
   */
  simulate(plan: StagePlan, options: SimulateOptions): Promise<Result<StageOdds>>;
  /** Stops the worker threads. */
  close(): Promise<void>;
}

/** The worker beside this module: worker.ts when running the sources, worker.js when compiled. */
const WORKER_URL = new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url);
/**
 * Node 20 does not apply the loader hooks of `--import tsx` inside a worker, so a TypeScript worker
 * starts from this script, which registers tsx's ESM hooks itself (the `register` of tsx/esm/api, ESM
 * build) and then imports worker.ts. The compiled worker.js is started directly, without tsx.
 */
const BOOTSTRAP = `const { workerData } = require('node:worker_threads');
import(workerData.tsx).then((tsx) => { tsx.register(); return import(workerData.entry); });`;
const tsxApi = (): string =>
  pathToFileURL(
    join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs'),
  ).href;
const startWorker = (): Worker =>
  WORKER_URL.pathname.endsWith('.ts')
    ? new Worker(BOOTSTRAP, { eval: true, workerData: { tsx: tsxApi(), entry: WORKER_URL.href } })
    : new Worker(WORKER_URL);

/**
 * Starts a pool of `workers` threads (default: one per core; 0 runs chunks on this thread). Workers
 * run the same build as this module: the compiled JavaScript, or the TypeScript sources through tsx.
 *
 * @example
 * const pool = createPredictionPool({ workers: 2 });
 * const odds = await pool.simulate(plan, { runs: 1_000_000, seed: 2017 });
 * await pool.close();
 */
export function createPredictionPool(options: { readonly workers?: number } = {}): PredictionPool {
  const size = Math.max(0, Math.floor(options.workers ?? availableParallelism()));
  const threads: Worker[] = [];
  for (let i = 0; i < size; i++) {
    const w = startWorker();
    w.unref();
    threads.push(w);
  }
  let jobs = 0;
  let queue: Promise<unknown> = Promise.resolve();

  const runOnThreads = (plan: StagePlan, o: SimulateOptions): Promise<Float64Array> => {
    const job = ++jobs;
    const chunks = chunkCount(o.runs);
    const total = new Float64Array(winCountLength(plan));
    return new Promise<Float64Array>((resolve, reject) => {
      let next = 0;
      let finished = 0;
      let done = 0;
      const cleanups: Array<() => void> = [];
      const finish = (error?: Error): void => {
        for (const c of cleanups) c();
        if (error) reject(error);
        else resolve(total);
      };
      const send = (w: Worker): void => {
        if (next >= chunks) return;
        const message: ToWorker = { kind: 'chunk', job, seed: o.seed, chunk: next++, runs: o.runs };
        w.postMessage(message);
      };
      for (const w of threads) {
        const onMessage = (m: ToMain): void => {
          if (m.job !== job) return;
          for (let i = 0; i < total.length; i++) total[i]! += m.counts[i]!;
          done += chunkRuns(o.runs, m.chunk);
          o.onProgress?.(done, o.runs);
          if (++finished === chunks) finish();
          else send(w);
        };
        const onError = (e: Error): void => finish(e);
        w.on('message', onMessage);
        w.on('error', onError);
        w.ref();
        cleanups.push(() => {
          w.off('message', onMessage);
          w.off('error', onError);
          w.unref();
        });
        const message: ToWorker = { kind: 'plan', job, plan };
        w.postMessage(message);
      }
      // Two chunks in flight per worker keep every thread busy while results travel back.
      for (let k = 0; k < 2; k++) for (const w of threads) send(w);
    });
  };

  const runHere = (plan: StagePlan, o: SimulateOptions): Float64Array => {
    const total = new Float64Array(winCountLength(plan));
    const chunks = chunkCount(o.runs);
    let done = 0;
    for (let k = 0; k < chunks; k++) {
      const counts = simulateChunk(plan, o.seed, k, o.runs);
      for (let i = 0; i < total.length; i++) total[i]! += counts[i]!;
      done += chunkRuns(o.runs, k);
      o.onProgress?.(done, o.runs);
    }
    return total;
  };

  return {
    workers: size,
    simulate: (plan, o) => {
      const checked = checkRuns(o.runs, o.seed);
      if (!checked.ok) return Promise.resolve(checked as Result<StageOdds, CupError>);
      const run = queue.then(async (): Promise<Result<StageOdds>> => {
        const counts = size === 0 ? runHere(plan, o) : await runOnThreads(plan, o);
        return { ok: true, value: oddsFromCounts(plan, counts, o.runs) };
      });
      queue = run.catch(() => undefined);
      return run;
    },
    close: async () => {
      await Promise.all(threads.map((w) => w.terminate()));
    },
  };
}

/**
 * Simulates once with a fresh pool and closes it.
 *
 * @example await simulateInParallel(plan, { runs: 1_000_000, seed: 1, workers: 2 })
 */
export async function simulateInParallel(
  plan: StagePlan,
  options: SimulateOptions & { readonly workers?: number },
): Promise<Result<StageOdds>> {
  const pool = createPredictionPool(options.workers === undefined ? {} : { workers: options.workers });
  try {
    return await pool.simulate(plan, options);
  } finally {
    await pool.close();
  }
}
