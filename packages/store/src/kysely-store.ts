import type {
  AccountStore,
  CompetitionEvent,
  CompetitionRow,
  CompetitionStore,
  EventStream,
  RejectedAttempt,
  VersionConflict,
} from '@cupstage/app';
import { err, InvariantError, ok } from '@cupstage/core';
import { type Kysely, Migrator, sql, type Transaction } from 'kysely';
import { createAccountStore, isUniqueViolation } from './accounts-store.ts';
import { type AuditLog, createAuditLog, toAttempt } from './audit-store.ts';
import { decodeEvent, encodeEvent } from './event-codec.ts';
import { migrationProvider } from './migrations.ts';
import type { Database } from './schema.ts';

/** A store: both ports on one database, plus what operators and tests need. */
export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  readonly competitions: CompetitionStore;
  readonly accounts: AccountStore;
  /** The audit log (events, refused attempts, membership changes), a page at a time. */
  readonly audit: AuditLog;
  /** Counters shared by every process on the database (the sign-in rate limit). */
  readonly limits: RateLimits;
  /** `ok` when the database passes its integrity check (SQLite `PRAGMA integrity_check`). */
  integrityCheck(): Promise<string>;
  /**
   * Every stored fact as text in a fixed order (all tables but the refused-attempts log), so that
   * two snapshots are equal exactly when nothing was changed.
   */
  snapshot(): Promise<string>;
  close(): Promise<void>;
}

/** Fixed-window counters in the database, so that every server process counts the same hits. */
export interface RateLimits {
  /**
   * Counts one hit of `key` in the window of `windowMs` that holds `now`; returns the hits so far in
   * that window and when it ends.
   *
   * @example await limits.hit('sign-in 203.0.113.9', 60_000, clock.now()) // { count: 1, resetAt: '...' }
   */
  hit(key: string, windowMs: number, now: string): Promise<{ count: number; resetAt: string }>;
}

/** What a dialect adds to the shared implementation. */
export interface DialectHooks {
  readonly dialect: 'sqlite' | 'postgres';
  /** Runs inside an append's transaction, after the events are written (PostgreSQL: NOTIFY). */
  readonly afterAppend?: (trx: Transaction<Database>, id: string, version: number) => Promise<void>;
  /**
   * Subscribes to commits made by other processes; `onReset` when some may have been missed (the
   * listening connection was lost). Returns an unsubscribe function.
   */
  readonly listen?: (
    onChange: (id: string, version: number) => void,
    onReset: () => void,
  ) => Promise<() => Promise<void>>;
  /** See `CompetitionStore.changeMark` (SQLite: `PRAGMA data_version`). */
  readonly changeMark?: () => number;
  /** `CompetitionStore.versions` done faster than through the query builder, where a dialect can. */
  readonly versions?: (ids: ReadonlyArray<string>) => Promise<Map<string, number>>;
  readonly integrityCheck: (db: Kysely<Database>) => Promise<string>;
  readonly close: () => Promise<void>;
}

class Conflict extends Error {}

/**
 * Applies every pending migration; throws when one fails (the server must not start on a bad schema).
 * On PostgreSQL pass the schema: Kysely's migrator otherwise finds its bookkeeping tables in any
 * schema of the database (e.g. one opened before) and then fails to lock them in this one.
 */
export async function migrate(db: Kysely<Database>, schema?: string): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    ...(schema !== undefined ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const toRow = (r: Database['competitions']): CompetitionRow => ({
  id: r.id,
  name: r.name,
  version: Number(r.version),
  published: Number(r.published) === 1,
  createdAt: r.created_at,
});

/** The projection columns an event changes (name on creation, the published flag). */
function projection(event: CompetitionEvent): { published?: number } {
  if (event.kind === 'published') return { published: 1 };
  if (event.kind === 'unpublished') return { published: 0 };
  return {};
}

/**
 * Builds both ports on a migrated Kysely database. One implementation for every dialect; the hooks
 * add what differs (PostgreSQL NOTIFY, SQLite integrity check).
 *
 * @example const store = createKyselyStore(db, { dialect: 'sqlite', integrityCheck, close });
 */
export function createKyselyStore(db: Kysely<Database>, hooks: DialectHooks): Store {
  const listeners = new Set<(id: string, version: number) => void>();
  const resetters = new Set<() => void>();
  const emit = (id: string, version: number): void => {
    for (const l of [...listeners]) l(id, version);
  };
  const reset = (): void => {
    for (const r of [...resetters]) r();
  };
  let unlisten: Promise<() => Promise<void>> | undefined;
  const local = hooks.listen === undefined;

  const currentVersion = async (id: string): Promise<number> => {
    const row = await db.selectFrom('competitions').select('version').where('id', '=', id).executeTakeFirst();
    return row ? Number(row.version) : 0;
  };

  const insertEvents = async (
    trx: Transaction<Database>,
    id: string,
    events: ReadonlyArray<CompetitionEvent>,
    from: number,
    meta: { actor: string; at: string },
  ): Promise<void> => {
    await trx
      .insertInto('events')
      .values(
        events.map((event, i) => ({
          competition_id: id,
          version: from + i + 1,
          kind: event.kind,
          payload: encodeEvent(event),
          actor: meta.actor,
          at: meta.at,
        })),
      )
      .execute();
  };

  const competitions: CompetitionStore = {
    async create(id, created, ownerId, meta) {
      if (created.kind !== 'competition-created')
        throw new InvariantError('create needs competition-created');
      try {
        await db.transaction().execute(async (trx) => {
          const taken = await trx
            .selectFrom('competitions')
            .select('id')
            .where('id', '=', id)
            .executeTakeFirst();
          if (taken) throw new Conflict();
          await trx
            .insertInto('competitions')
            .values({
              id,
              name: created.competition.name,
              version: 1,
              published: 0,
              created_at: meta.at,
              created_by: meta.actor,
            })
            .execute();
          await insertEvents(trx, id, [created], 0, meta);
          await trx
            .insertInto('members')
            .values({ competition_id: id, user_id: ownerId, role: 'owner' })
            .execute();
          await hooks.afterAppend?.(trx, id, 1);
        });
      } catch (e) {
        if (e instanceof Conflict || isUniqueViolation(e))
          return err<VersionConflict>({ code: 'version-conflict', currentVersion: await currentVersion(id) });
        throw e;
      }
      if (local) emit(id, 1);
      return ok(1);
    },

    version: currentVersion,

    async load(id, afterVersion = 0): Promise<EventStream | undefined> {
      const rows = await db
        .selectFrom('events')
        .select(['version', 'kind', 'payload', 'actor', 'at'])
        .where('competition_id', '=', id)
        .where('version', '>', afterVersion)
        .orderBy('version')
        .execute();
      if (rows.length === 0) {
        const version = await currentVersion(id);
        return version === 0 ? undefined : { version, events: [] };
      }
      const events = rows.map((r) => ({
        version: Number(r.version),
        // Versioned and validated: a row that does not fit throws a StoredEventError naming it.
        event: decodeEvent({
          competitionId: id,
          version: Number(r.version),
          kind: r.kind,
          payload: r.payload,
        }),
        actor: r.actor,
        at: r.at,
      }));
      return { version: events[events.length - 1]!.version, events };
    },

    async append(id, events, expectedVersion, meta) {
      if (events.length === 0) return ok(expectedVersion);
      const next = expectedVersion + events.length;
      try {
        await db.transaction().execute(async (trx) => {
          let changes: { published?: number } = {};
          for (const e of events) changes = { ...changes, ...projection(e) };
          const updated = await trx
            .updateTable('competitions')
            .set({ version: next, ...changes })
            .where('id', '=', id)
            .where('version', '=', expectedVersion)
            .executeTakeFirst();
          if (Number(updated.numUpdatedRows) !== 1) throw new Conflict();
          await insertEvents(trx, id, events, expectedVersion, meta);
          await hooks.afterAppend?.(trx, id, next);
        });
      } catch (e) {
        if (e instanceof Conflict || isUniqueViolation(e))
          return err<VersionConflict>({ code: 'version-conflict', currentVersion: await currentVersion(id) });
        throw e;
      }
      if (local) emit(id, next);
      return ok(next);
    },

    async list() {
      const rows = await db.selectFrom('competitions').selectAll().orderBy('id').execute();
      return rows.map(toRow);
    },

    async recordAttempt(a: RejectedAttempt) {
      // One row per competition, actor, action and minute: a client retrying a stale write in a loop
      // adds to a count instead of flooding the log. The row keeps the latest attempt's versions.
      const bucket = a.at.slice(0, 16);
      await db
        .insertInto('attempts')
        .values({
          id: `${bucket} ${a.actor} ${a.action}`,
          competition_id: a.competitionId,
          at: a.at,
          last_at: a.at,
          bucket,
          actor: a.actor,
          action: a.action,
          target: a.target,
          expected_version: a.expectedVersion,
          current_version: a.currentVersion,
        })
        .onConflict((oc) =>
          oc.columns(['competition_id', 'actor', 'action', 'bucket']).doUpdateSet({
            count: sql<number>`attempts.count + 1`,
            last_at: sql<string>`excluded.last_at`,
            target: sql<string>`excluded.target`,
            expected_version: sql<number>`excluded.expected_version`,
            current_version: sql<number>`excluded.current_version`,
          }),
        )
        .execute();
    },

    async attempts(competitionId) {
      const rows = await db
        .selectFrom('attempts')
        .selectAll()
        .where('competition_id', '=', competitionId)
        .orderBy('at')
        .orderBy('id')
        .execute();
      return rows.map(toAttempt);
    },

    async versions(ids) {
      const out = new Map<string, number>();
      if (ids.length === 0) return out;
      if (hooks.versions) return hooks.versions(ids);
      const rows = await db
        .selectFrom('competitions')
        .select(['id', 'version'])
        .where('id', 'in', [...ids])
        .execute();
      for (const r of rows) out.set(r.id, Number(r.version));
      return out;
    },

    watch(listener, onReset) {
      listeners.add(listener);
      if (onReset) resetters.add(onReset);
      if (hooks.listen && !unlisten) unlisten = hooks.listen(emit, reset);
      return () => {
        listeners.delete(listener);
        if (onReset) resetters.delete(onReset);
      };
    },

    changeMark: () => hooks.changeMark?.(),
  };

  const accounts = createAccountStore(db);
  const audit = createAuditLog(db, competitions);

  const limits: RateLimits = {
    async hit(key, windowMs, now) {
      const start = new Date(Math.floor(Date.parse(now) / windowMs) * windowMs).toISOString();
      const row = await db
        .insertInto('rate_limits')
        .values({ key, window_start: start, count: 1 })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({
            count: sql<number>`case when rate_limits.window_start = excluded.window_start then rate_limits.count + 1 else 1 end`,
            window_start: sql<string>`excluded.window_start`,
          }),
        )
        .returning('count')
        .executeTakeFirstOrThrow();
      const count = Number(row.count);
      // The first hit of a key in a window also clears counters of windows that are over.
      if (count === 1) await db.deleteFrom('rate_limits').where('window_start', '<', start).execute();
      return { count, resetAt: new Date(Date.parse(start) + windowMs).toISOString() };
    },
  };

  return {
    dialect: hooks.dialect,
    competitions,
    accounts,
    audit,
    limits,
    integrityCheck: () => hooks.integrityCheck(db),
    async snapshot() {
      const tables = [
        'users',
        'competitions',
        'events',
        'members',
        'invitations',
        'member_changes',
        'sessions',
        'api_tokens',
      ] as const;
      const out: string[] = [];
      for (const t of tables) {
        const rows = await sql<Record<string, unknown>>`select * from ${sql.table(t)}`.execute(db);
        const lines = rows.rows.map((r) =>
          JSON.stringify(Object.entries(r).sort(([a], [b]) => a.localeCompare(b))),
        );
        out.push(`# ${t}`, ...lines.sort());
      }
      return out.join('\n');
    },
    async close() {
      listeners.clear();
      resetters.clear();
      if (unlisten) await (await unlisten)();
      await db.destroy();
      await hooks.close();
    },
  };
}
