export * from './check-competition.ts';
export * from './types.ts';
