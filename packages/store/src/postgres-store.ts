import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { createKyselyStore, migrate, type Store } from './kysely-store.ts';
import type { Database } from './schema.ts';

const SCHEMA = /^[a-z_][a-z0-9_]{0,62}$/;

/** Options of `createPostgresStore`. */
export interface PostgresOptions {
  /**
   * The PostgreSQL schema holding the tables (default `public`, or the URL's `?schema=` parameter).
   * Tests give each run its own schema.
   */
  readonly schema?: string;
}

/** Splits `?schema=` off a database URL (pg does not know that parameter). */
export function parseDatabaseUrl(url: string): { connectionString: string; schema: string } {
  const u = new URL(url);
  const schema = u.searchParams.get('schema') ?? 'public';
  u.searchParams.delete('schema');
  if (!SCHEMA.test(schema)) throw new Error(`schema "${schema}" must be lower-case letters, digits and _`);
  return { connectionString: u.toString(), schema };
}

/**
 * Connects to PostgreSQL as a store: the schema is created if missing and migrated. Every commit is
 * announced with NOTIFY on a channel named after the schema, so that every server process sharing
 * the database pushes changes made through any other (LISTEN on a dedicated connection).
 *
 * @example const store = await createPostgresStore('postgres://postgres@127.0.0.1:5432/test');
 */
export async function createPostgresStore(url: string, options: PostgresOptions = {}): Promise<Store> {
  const parsed = parseDatabaseUrl(url);
  const schema = options.schema ?? parsed.schema;
  if (!SCHEMA.test(schema)) throw new Error(`schema "${schema}" must be lower-case letters, digits and _`);
  const { connectionString } = parsed;
  const setup = new pg.Client({ connectionString });
  await setup.connect();
  try {
    await setup.query(`create schema if not exists "${schema}"`);
  } finally {
    await setup.end();
  }
  const pool = new pg.Pool({ connectionString, max: 10, options: `-c search_path="${schema}"` });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  await migrate(db, schema);
  const channel = `cupstage_${schema}`;
  return createKyselyStore(db, {
    dialect: 'postgres',
    afterAppend: async (trx, id, version) => {
      await sql`select pg_notify(${channel}, ${JSON.stringify({ id, version })})`.execute(trx);
    },
    listen: async (onChange, onReset) => {
      let stopped = false;
      let current: pg.Client | undefined;
      // A dedicated connection LISTENs; when it drops (a database restart), it reconnects every second
      // until it is back, and then announces a reset: commits made meanwhile were never announced, so
      // whoever holds derived state (the read model, live streams) checks it again.
      const connect = async (again: boolean): Promise<void> => {
        const client = new pg.Client({ connectionString });
        client.on('error', () => {});
        client.on('end', () => {
          if (!stopped) setTimeout(reconnect, 1000);
        });
        client.on('notification', (n) => {
          if (n.channel !== channel || !n.payload) return;
          const { id, version } = JSON.parse(n.payload) as { id: string; version: number };
          onChange(id, version);
        });
        await client.connect();
        await client.query(`listen "${channel}"`);
        current = client;
        if (again) onReset();
      };
      const reconnect = (): void => {
        if (!stopped) connect(true).catch(() => setTimeout(reconnect, 1000));
      };
      await connect(false);
      return async () => {
        stopped = true;
        await current?.end();
      };
    },
    // The read model asks this for every batch of reads (see the server's Reader): a named statement,
    // parsed and planned once per connection, sent without the query builder.
    versions: async (ids) => {
      const r = await pool.query<{ id: string; version: string | number }>({
        name: 'cupstage-versions',
        text: 'select id, version from competitions where id = any($1::text[])',
        values: [ids],
      });
      return new Map(r.rows.map((row) => [row.id, Number(row.version)]));
    },
    integrityCheck: async (k) => {
      const r = await sql<{
        n: string;
      }>`select count(*) as n from events e left join competitions c on c.id = e.competition_id where c.id is null`.execute(
        k,
      );
      return Number(r.rows[0]?.n ?? 0) === 0 ? 'ok' : 'events without a competition';
    },
    close: async () => {},
  });
}

/**
 * Drops a schema and everything in it (test clean-up).
 *
 * @example await dropPostgresSchema('postgres://postgres@127.0.0.1:5432/test', 'run_1234');
 */
export async function dropPostgresSchema(url: string, schema: string): Promise<void> {
  if (!SCHEMA.test(schema) || schema === 'public') throw new Error(`refusing to drop schema "${schema}"`);
  const client = new pg.Client({ connectionString: parseDatabaseUrl(url).connectionString });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}
