/** Monte Carlo stage odds on worker threads (import from `@cupstage/app/src/predict/index.ts`). */
export * from './pool.ts';
