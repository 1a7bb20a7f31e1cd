/**
 * @cupstage/app: use cases and the ports they need (stores, clock, ids). Depends on core only.
 */
export * from './accounts.ts';
export * from './app-error.ts';
export * from './audit-sentence.ts';
export * from './competitions.ts';
export * from './draws.ts';
export * from './events.ts';
export * from './fold.ts';
export * from './members.ts';
export * from './policy.ts';
export * from './ports.ts';
export * from './seed-commitment.ts';
export * from './time-zones.ts';
export * from './windows.ts';
