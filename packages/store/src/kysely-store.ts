import { randomUUID } from 'node:crypto';
import type {
  AccountStore,
  ApiToken,
  CompetitionEvent,
  CompetitionRow,
  CompetitionStore,
  EventStream,
  Member,
  RejectedAttempt,
  Role,
  Session,
  User,
  VersionConflict,
} from '@cupstage/app';
import { cupError, err, InvariantError, ok } from '@cupstage/core';
import { type Kysely, Migrator, sql, type Transaction } from 'kysely';
import { migrationProvider } from './migrations.ts';
import type { Database } from './schema.ts';

/** A store: both ports on one database, plus what operators and tests need. */
export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  readonly competitions: CompetitionStore;
  readonly accounts: AccountStore;
  /** `ok` when the database passes its integrity check (SQLite `PRAGMA integrity_check`). */
  integrityCheck(): Promise<string>;
  /**
   * Every stored fact as text in a fixed order (all tables but the refused-attempts log), so that
   * two snapshots are equal exactly when nothing was changed.
   */
  snapshot(): Promise<string>;
  close(): Promise<void>;
}

/** What a dialect adds to the shared implementation. */
export interface DialectHooks {
  readonly dialect: 'sqlite' | 'postgres';
  /** Runs inside an append's transaction, after the events are written (PostgreSQL: NOTIFY). */
  readonly afterAppend?: (trx: Transaction<Database>, id: string, version: number) => Promise<void>;
  /** Subscribes to commits made by other processes; returns an unsubscribe function. */
  readonly listen?: (onChange: (id: string, version: number) => void) => Promise<() => Promise<void>>;
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

const toUser = (r: Database['users']): User => ({
  id: r.id,
  email: r.email,
  passwordHash: r.password_hash,
  createdAt: r.created_at,
});

const toRole = (role: string): Role => {
  if (role === 'owner' || role === 'editor') return role;
  throw new InvariantError(`unknown role "${role}" in the members table`);
};

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
  const emit = (id: string, version: number): void => {
    for (const l of [...listeners]) l(id, version);
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
          payload: JSON.stringify(event),
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
        .select(['version', 'payload', 'actor', 'at'])
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
        event: JSON.parse(r.payload) as CompetitionEvent,
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
      await db
        .insertInto('attempts')
        .values({
          id: randomUUID(),
          competition_id: a.competitionId,
          at: a.at,
          actor: a.actor,
          action: a.action,
          target: a.target,
          expected_version: a.expectedVersion,
          current_version: a.currentVersion,
        })
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
      return rows.map((r) => ({
        competitionId: r.competition_id,
        at: r.at,
        actor: r.actor,
        action: r.action,
        target: r.target,
        expectedVersion: Number(r.expected_version),
        currentVersion: Number(r.current_version),
      }));
    },

    watch(listener) {
      listeners.add(listener);
      if (hooks.listen && !unlisten) unlisten = hooks.listen(emit);
      return () => {
        listeners.delete(listener);
      };
    },
  };

  const accounts: AccountStore = {
    async addUser(user) {
      try {
        await db
          .insertInto('users')
          .values({
            id: user.id,
            email: user.email,
            password_hash: user.passwordHash,
            created_at: user.createdAt,
          })
          .execute();
        return ok(undefined);
      } catch (e) {
        if (isUniqueViolation(e))
          return err(cupError('email-taken', ['email'], `${user.email} already has an account`));
        throw e;
      }
    },
    async userByEmail(email) {
      const r = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
      return r ? toUser(r) : undefined;
    },
    async userById(id) {
      const r = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? toUser(r) : undefined;
    },
    async setPassword(userId, passwordHash) {
      await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
    },
    async users() {
      return (await db.selectFrom('users').selectAll().orderBy('email').execute()).map(toUser);
    },
    async addSession(s: Session) {
      await db
        .insertInto('sessions')
        .values({ token_hash: s.tokenHash, user_id: s.userId, csrf: s.csrf, expires_at: s.expiresAt })
        .execute();
    },
    async session(tokenHash) {
      const r = await db
        .selectFrom('sessions')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return r
        ? { tokenHash: r.token_hash, userId: r.user_id, csrf: r.csrf, expiresAt: r.expires_at }
        : undefined;
    },
    async deleteSession(tokenHash) {
      await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
    },
    async addToken(t: ApiToken) {
      await db
        .insertInto('api_tokens')
        .values({
          id: t.id,
          user_id: t.userId,
          name: t.name,
          token_hash: t.tokenHash,
          created_at: t.createdAt,
        })
        .execute();
    },
    async tokenByHash(tokenHash) {
      const r = await db
        .selectFrom('api_tokens')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return r
        ? { id: r.id, userId: r.user_id, name: r.name, tokenHash: r.token_hash, createdAt: r.created_at }
        : undefined;
    },
    async tokens(userId) {
      const rows = await db
        .selectFrom('api_tokens')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        userId: r.user_id,
        name: r.name,
        tokenHash: r.token_hash,
        createdAt: r.created_at,
      }));
    },
    async deleteToken(userId, id) {
      const r = await db
        .deleteFrom('api_tokens')
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(r.numDeletedRows) === 1;
    },
    async setRole(competitionId, userId, role) {
      await db.transaction().execute(async (trx) => {
        await trx
          .deleteFrom('members')
          .where('competition_id', '=', competitionId)
          .where('user_id', '=', userId)
          .execute();
        if (role)
          await trx
            .insertInto('members')
            .values({ competition_id: competitionId, user_id: userId, role })
            .execute();
      });
    },
    async roleOf(competitionId, userId) {
      const r = await db
        .selectFrom('members')
        .select('role')
        .where('competition_id', '=', competitionId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return r ? toRole(r.role) : undefined;
    },
    async members(competitionId): Promise<Member[]> {
      const rows = await db
        .selectFrom('members')
        .innerJoin('users', 'users.id', 'members.user_id')
        .select(['members.user_id', 'users.email', 'members.role'])
        .where('members.competition_id', '=', competitionId)
        .orderBy('users.email')
        .execute();
      return rows.map((r) => ({ userId: r.user_id, email: r.email, role: toRole(r.role) }));
    },
    async memberOf(userId) {
      const rows = await db
        .selectFrom('members')
        .select('competition_id')
        .where('user_id', '=', userId)
        .execute();
      return rows.map((r) => r.competition_id);
    },
  };

  return {
    dialect: hooks.dialect,
    competitions,
    accounts,
    integrityCheck: () => hooks.integrityCheck(db),
    async snapshot() {
      const tables = ['users', 'competitions', 'events', 'members', 'sessions', 'api_tokens'] as const;
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
      if (unlisten) await (await unlisten)();
      await db.destroy();
      await hooks.close();
    },
  };
}

/** True for a unique or primary key violation (SQLite and PostgreSQL). */
function isUniqueViolation(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const code = (e as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
