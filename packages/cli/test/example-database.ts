import { afterEach, beforeEach } from 'vitest';
import { loadExample } from '../../server/src/index.ts';
import { EXAMPLE } from '../../server/test/harness.ts';
import type { DIALECTS, TestStore } from '../../store/test/stores.ts';

/**
 * For each test: a fresh store of `dialect` holding the example, and the CLI pointed at it
 * (`--db FILE` for SQLite in `db`, `DATABASE_URL` for PostgreSQL, restored afterwards).
 */
export function exampleDatabase(dialect: (typeof DIALECTS)[number]): { t: TestStore; db: string[] } {
  const d = { t: undefined as unknown as TestStore, db: [] as string[] };
  let saved: string | undefined;
  beforeEach(async () => {
    d.t = await dialect.open();
    await loadExample(d.t.store, EXAMPLE);
    saved = process.env.DATABASE_URL;
    if (d.t.url) process.env.DATABASE_URL = d.t.url;
    else delete process.env.DATABASE_URL;
    d.db = d.t.path ? ['--db', d.t.path] : [];
  });
  afterEach(async () => {
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
    await d.t.dispose();
  });
  return d;
}
