export * from './engine-check.ts';
export * from './slots.ts';
export * from './team-registry.ts';
export * from './tie-ids.ts';
