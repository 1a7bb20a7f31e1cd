/**
 * @cupstage/store: the app's ports on Kysely. One implementation, two dialects (SQLite via
 * better-sqlite3, PostgreSQL via pg), migrations applied on open.
 */
export * from './accounts-store.ts';
export * from './audit-store.ts';
export * from './event-codec.ts';
export * from './kysely-store.ts';
export * from './open-store.ts';
export * from './postgres-store.ts';
export * from './schema.ts';
export * from './sqlite-store.ts';
export * from './store-ports.ts';
