/**
 * @cupstage/core: the pure domain of cupstage. No I/O, no clock, no Math.random, no dependencies.
 */
export * from './bracket/index.ts';
export * from './competition/index.ts';
export * from './draw/index.ts';
export * from './error-codes.ts';
export * from './group/index.ts';
export * from './ids.ts';
export * from './predict/index.ts';
export * from './random/index.ts';
export * from './report/index.ts';
export * from './result.ts';
export * from './rules/index.ts';
export * from './schedule/index.ts';
export * from './slug.ts';
export * from './tie/index.ts';
