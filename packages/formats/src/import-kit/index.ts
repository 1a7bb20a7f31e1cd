export * from './team-registry.ts';
