import type { Store } from './kysely-store.ts';
import { createPostgresStore } from './postgres-store.ts';
import { createSqliteStore } from './sqlite-store.ts';

/**
 * Opens the configured store: PostgreSQL when `databaseUrl` starts with `postgres://` or
 * `postgresql://`, otherwise the SQLite file `dbPath` (default `./cupstage.db`).
 *
 * @example const store = await openStore({ databaseUrl: process.env.DATABASE_URL });
 */
export function openStore(options: {
  databaseUrl?: string | undefined;
  dbPath?: string | undefined;
}): Promise<Store> {
  const url = options.databaseUrl;
  if (url && /^postgres(ql)?:\/\//.test(url)) return createPostgresStore(url);
  return createSqliteStore(options.dbPath ?? './cupstage.db');
}
