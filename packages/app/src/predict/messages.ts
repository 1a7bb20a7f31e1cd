import type { StagePlan } from '@cupstage/core';

/** What the pool sends a worker: the plan of a job, then chunks of it to simulate. */
export type ToWorker =
  | { readonly kind: 'plan'; readonly job: number; readonly plan: StagePlan }
  | {
      readonly kind: 'chunk';
      readonly job: number;
      readonly seed: number | string;
      readonly chunk: number;
      /** The job's total runs (the chunk's own size follows from it). */
      readonly runs: number;
    };

/** What a worker sends back: the win counts of one chunk. */
export type ToMain = {
  readonly kind: 'counts';
  readonly job: number;
  readonly chunk: number;
  readonly counts: Float64Array;
};
