import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPostgresStore, createSqliteStore, dropPostgresSchema, type Store } from '../src/index.ts';

/** The real PostgreSQL server of this machine (trust auth, database `test`). */
export const POSTGRES_URL = process.env.CUPSTAGE_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A store opened for one test, and how to throw it away. */
export interface TestStore {
  readonly store: Store;
  /** Opens a second store on the same database (another process would do the same). */
  reopen(): Promise<Store>;
  /** For PostgreSQL: the URL of this test's own schema. */
  readonly url?: string;
  readonly path?: string;
  dispose(): Promise<void>;
}

let counter = 0;

/** A fresh schema name: parallel test runs never share tables. */
export function freshSchema(): string {
  counter++;
  return `t_${process.pid}_${Date.now().toString(36)}_${counter}`;
}

/** Every dialect the contract suite runs on. */
export const DIALECTS: ReadonlyArray<{ name: 'sqlite' | 'postgres'; open(): Promise<TestStore> }> = [
  {
    name: 'sqlite',
    async open() {
      const dir = mkdtempSync(join(tmpdir(), 'cupstage-store-'));
      const path = join(dir, 'test.db');
      const store = await createSqliteStore(path);
      const opened: Store[] = [store];
      return {
        store,
        path,
        reopen: async () => {
          const s = await createSqliteStore(path);
          opened.push(s);
          return s;
        },
        dispose: async () => {
          for (const s of opened) await s.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  },
  {
    name: 'postgres',
    async open() {
      const schema = freshSchema();
      const url = `${POSTGRES_URL}?schema=${schema}`;
      const store = await createPostgresStore(url);
      const opened: Store[] = [store];
      return {
        store,
        url,
        reopen: async () => {
          const s = await createPostgresStore(url);
          opened.push(s);
          return s;
        },
        dispose: async () => {
          for (const s of opened) await s.close();
          await dropPostgresSchema(POSTGRES_URL, schema);
        },
      };
    },
  },
];
