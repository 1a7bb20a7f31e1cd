/** The bounded worker pool for heavy work (import from `@cupstage/app/jobs`). */
export * from './job-messages.ts';
export * from './job-pool.ts';
export * from './serve-jobs.ts';
