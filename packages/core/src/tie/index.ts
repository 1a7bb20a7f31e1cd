export * from './check-match.ts';
export * from './decide.ts';
export * from './resolve-tie.ts';
export * from './shootout.ts';
export * from './types.ts';
