import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { createKyselyStore, migrate, type Store } from './kysely-store.ts';
import type { Database } from './schema.ts';

/**
 * Opens (creating if needed) a SQLite database file as a store: WAL journal, foreign keys on,
 * synchronous FULL (a write acknowledged is on disk), migrations applied.
 *
 * @example const store = await createSqliteStore('./cupstage.db');
 */
export async function createSqliteStore(path = './cupstage.db'): Promise<Store> {
  const database = new BetterSqlite3(path);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  await migrate(db);
  // Changes when another connection (another process) commits; this connection's own commits leave
  // it alone, and those are announced by the store itself. A read of the WAL index: no disk I/O.
  const dataVersion = database.prepare('pragma data_version').pluck();
  return createKyselyStore(db, {
    dialect: 'sqlite',
    changeMark: () => dataVersion.get() as number,
    integrityCheck: async (k) => {
      const rows = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(k);
      const fk = await sql<Record<string, unknown>>`pragma foreign_key_check`.execute(k);
      const result = rows.rows.map((r) => r.integrity_check).join('; ');
      return fk.rows.length > 0 ? `${result}; ${fk.rows.length} foreign key violation(s)` : result;
    },
    close: async () => {},
  });
}
