import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { JobReply, JobRequest } from './job-messages.ts';

/**
 * Why a job was not done. `pool-full`: every worker is busy and the queue is at its limit (try again
 * after `retryAfterSeconds`); `deadline-exceeded`: the job ran past its deadline and its worker was
 * stopped; `job-failed`: the job threw (a bug: the message is for the log, not for users).
 */
export type JobRefusal =
  | { readonly code: 'pool-full'; readonly retryAfterSeconds: number; readonly message: string }
  | { readonly code: 'deadline-exceeded'; readonly retryAfterSeconds: number; readonly message: string }
  | { readonly code: 'job-failed'; readonly message: string };

export type JobOutcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: JobRefusal };

/** What the pool is doing: for `/health`, tests and benchmarks. */
export interface JobPoolStats {
  readonly workers: number;
  readonly running: number;
  readonly queued: number;
  readonly queueLimit: number;
  /** Jobs finished since the pool started, refused ones not counted. */
  readonly done: number;
  readonly refused: number;
  readonly timedOut: number;
}

export interface JobPoolOptions {
  /** The worker module: it calls `serveJobs(handlers)`. A `.ts` module is loaded through tsx. */
  readonly entry: URL;
  /** Worker threads (default: one fewer than the cores, at least 1), so one core stays with the event loop. */
  readonly workers?: number;
  /** Jobs that may wait for a worker (default 16); one more is refused with `pool-full`. */
  readonly queueLimit?: number;
  /** Default deadline of a job in milliseconds, from the moment a worker starts it (default 20 s). */
  readonly deadlineMs?: number;
}

/**
 * One bounded pool of worker threads for heavy work (predictions, draw odds, imports, PNG): the event
 * loop only hands jobs over and waits. Each job has a deadline; a worker past it is terminated and
 * replaced. A full queue refuses at once, so a burst of expensive requests cannot hold the server.
 */
export interface JobPool {
  run<T>(kind: string, input: unknown, options?: { readonly deadlineMs?: number }): Promise<JobOutcome<T>>;
  stats(): JobPoolStats;
  close(): Promise<void>;
}

/**
 * Node 20 does not apply the loader hooks of `--import tsx` inside a worker, so a TypeScript entry is
 * started from this script, which registers tsx's ESM hooks itself and then imports the entry.
 */
const TSX_BOOTSTRAP = `const { workerData } = require('node:worker_threads');
import(workerData.tsx).then((tsx) => { tsx.register(); return import(workerData.entry); });`;

function tsxApi(): string {
  return pathToFileURL(
    join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs'),
  ).href;
}

function startWorker(entry: URL): Worker {
  if (entry.pathname.endsWith('.ts'))
    return new Worker(TSX_BOOTSTRAP, { eval: true, workerData: { tsx: tsxApi(), entry: entry.href } });
  return new Worker(entry);
}

interface Pending {
  readonly id: number;
  readonly kind: string;
  readonly input: unknown;
  readonly deadlineMs: number;
  readonly resolve: (outcome: JobOutcome<unknown>) => void;
}

interface Slot {
  worker: Worker;
  job: Pending | undefined;
  timer: NodeJS.Timeout | undefined;
}

/**
 * Starts a job pool.
 *
 * @example
 * const pool = createJobPool({ entry: new URL('./jobs-worker.ts', import.meta.url) });
 * const r = await pool.run<string>('predict', { competition, method });
 * if (!r.ok && r.error.code === 'pool-full') reply.header('retry-after', r.error.retryAfterSeconds);
 */
export function createJobPool(options: JobPoolOptions): JobPool {
  const size = Math.max(1, Math.floor(options.workers ?? availableParallelism() - 1));
  const queueLimit = Math.max(0, Math.floor(options.queueLimit ?? 16));
  const defaultDeadline = options.deadlineMs ?? 20_000;
  const queue: Pending[] = [];
  const slots: Slot[] = [];
  let nextId = 0;
  let done = 0;
  let refused = 0;
  let timedOut = 0;
  let closed = false;

  const retryAfter = (): number => Math.max(1, Math.ceil(defaultDeadline / 1000 / 2));

  const finish = (slot: Slot, outcome: JobOutcome<unknown>): void => {
    const job = slot.job;
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = undefined;
    slot.timer = undefined;
    slot.worker.unref();
    if (job) job.resolve(outcome);
    pump();
  };

  const attach = (slot: Slot): void => {
    slot.worker.on('message', (reply: JobReply) => {
      if (!slot.job || reply.id !== slot.job.id) return;
      done++;
      finish(
        slot,
        reply.ok
          ? { ok: true, value: reply.value }
          : { ok: false, error: { code: 'job-failed', message: reply.message } },
      );
    });
    slot.worker.on('error', (e: Error) => {
      // An uncaught error ends the worker: answer its job, then start a fresh one.
      const job = slot.job;
      replace(slot);
      if (job) job.resolve({ ok: false, error: { code: 'job-failed', message: e.message } });
      pump();
    });
    slot.worker.unref();
  };

  const replace = (slot: Slot): void => {
    if (slot.timer) clearTimeout(slot.timer);
    const old = slot.worker;
    old.removeAllListeners();
    old.on('error', () => {});
    void old.terminate();
    slot.job = undefined;
    slot.timer = undefined;
    if (closed) return;
    slot.worker = startWorker(options.entry);
    attach(slot);
  };

  const pump = (): void => {
    if (closed) return;
    for (const slot of slots) {
      if (slot.job) continue;
      const job = queue.shift();
      if (!job) return;
      slot.job = job;
      slot.worker.ref();
      slot.timer = setTimeout(() => {
        timedOut++;
        replace(slot);
        job.resolve({
          ok: false,
          error: {
            code: 'deadline-exceeded',
            retryAfterSeconds: retryAfter(),
            message: `the work took longer than its limit of ${job.deadlineMs / 1000} s and was stopped`,
          },
        });
        pump();
      }, job.deadlineMs);
      const request: JobRequest = { id: job.id, kind: job.kind, input: job.input };
      slot.worker.postMessage(request);
    }
  };

  for (let i = 0; i < size; i++) {
    const slot: Slot = { worker: startWorker(options.entry), job: undefined, timer: undefined };
    attach(slot);
    slots.push(slot);
  }

  return {
    run<T>(kind: string, input: unknown, o: { readonly deadlineMs?: number } = {}): Promise<JobOutcome<T>> {
      const busy = slots.every((s) => s.job !== undefined);
      if (closed || (busy && queue.length >= queueLimit)) {
        refused++;
        return Promise.resolve({
          ok: false,
          error: {
            code: 'pool-full',
            retryAfterSeconds: retryAfter(),
            message: `the server is busy with ${slots.length + queue.length} other heavy requests; try again shortly`,
          },
        });
      }
      return new Promise<JobOutcome<T>>((resolve) => {
        queue.push({
          id: ++nextId,
          kind,
          input,
          deadlineMs: o.deadlineMs ?? defaultDeadline,
          resolve: resolve as (outcome: JobOutcome<unknown>) => void,
        });
        pump();
      });
    },
    stats: () => ({
      workers: slots.length,
      running: slots.filter((s) => s.job !== undefined).length,
      queued: queue.length,
      queueLimit,
      done,
      refused,
      timedOut,
    }),
    close: async () => {
      closed = true;
      for (const job of queue.splice(0))
        job.resolve({
          ok: false,
          error: { code: 'pool-full', retryAfterSeconds: retryAfter(), message: 'the server is stopping' },
        });
      await Promise.all(
        slots.map(async (s) => {
          if (s.timer) clearTimeout(s.timer);
          s.worker.removeAllListeners();
          await s.worker.terminate();
        }),
      );
    },
  };
}
