import type {
  AccountStore,
  ApiToken,
  Invitation,
  Member,
  MemberAction,
  MemberChange,
  Membership,
  MembershipWrite,
  Role,
  Session,
  User,
} from '@cupstage/app';
import { appError } from '@cupstage/app';
import { err, InvariantError, ok, type Result } from '@cupstage/core';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.ts';

const toUser = (r: Database['users']): User => ({
  id: r.id,
  email: r.email,
  passwordHash: r.password_hash,
  createdAt: r.created_at,
});

/** A role read from a row; anything else is a broken database, not a user's mistake. */
export const toRole = (role: string): Role => {
  if (role === 'owner' || role === 'editor') return role;
  throw new InvariantError(`unknown role "${role}" in the members table`);
};

const ACTIONS: ReadonlyArray<MemberAction> = ['member-granted', 'member-role-changed', 'member-removed'];

const toAction = (action: string): MemberAction => {
  const known = ACTIONS.find((a) => a === action);
  if (!known) throw new InvariantError(`unknown membership action "${action}" in member_changes`);
  return known;
};

/** True for a unique or primary key violation (SQLite and PostgreSQL). */
export function isUniqueViolation(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const code = (e as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

async function membersOf(
  db: Kysely<Database> | Transaction<Database>,
  competitionId: string,
): Promise<Member[]> {
  const rows = await db
    .selectFrom('members')
    .innerJoin('users', 'users.id', 'members.user_id')
    .select(['members.user_id', 'users.email', 'members.role'])
    .where('members.competition_id', '=', competitionId)
    .orderBy('users.email')
    .execute();
  return rows.map((r) => ({ userId: r.user_id, email: r.email, role: toRole(r.role) }));
}

async function invitationsOf(
  db: Kysely<Database> | Transaction<Database>,
  competitionId: string,
): Promise<Invitation[]> {
  const rows = await db
    .selectFrom('invitations')
    .select(['email', 'role'])
    .where('competition_id', '=', competitionId)
    .orderBy('email')
    .execute();
  return rows.map((r) => ({ email: r.email, role: toRole(r.role) }));
}

class Refused<E> extends Error {
  constructor(readonly error: E) {
    super('refused');
  }
}

/**
 * The AccountStore on a migrated Kysely database (every dialect).
 *
 * @example const accounts = createAccountStore(db);
 */
export function createAccountStore(db: Kysely<Database>): AccountStore {
  return {
    async addUser(user) {
      try {
        await db.transaction().execute(async (trx) => {
          await trx
            .insertInto('users')
            .values({
              id: user.id,
              email: user.email,
              password_hash: user.passwordHash,
              created_at: user.createdAt,
            })
            .execute();
          const invited = await trx
            .selectFrom('invitations')
            .select(['competition_id', 'role'])
            .where('email', '=', user.email)
            .execute();
          if (invited.length === 0) return;
          await trx
            .insertInto('members')
            .values(
              invited.map((i) => ({ competition_id: i.competition_id, user_id: user.id, role: i.role })),
            )
            .execute();
          await trx.deleteFrom('invitations').where('email', '=', user.email).execute();
        });
        return ok(undefined);
      } catch (e) {
        if (isUniqueViolation(e))
          return err(appError('email-taken', ['email'], `${user.email} already has an account`));
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
    async setPassword(userId, passwordHash, keepSession) {
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('users')
          .set({ password_hash: passwordHash })
          .where('id', '=', userId)
          .execute();
        let ended = trx.deleteFrom('sessions').where('user_id', '=', userId);
        if (keepSession !== undefined) ended = ended.where('token_hash', '!=', keepSession);
        await ended.execute();
      });
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
    async changeMembership<E>(
      competitionId: string,
      email: string,
      decide: (now: Membership) => Result<MembershipWrite | undefined, E>,
    ): Promise<Result<MembershipWrite | undefined, E>> {
      try {
        return await db.transaction().execute(async (trx) => {
          // A write to the competition's row first: PostgreSQL locks the row until commit and SQLite
          // takes its write lock, so a second change of this competition waits here and then reads
          // what the first one wrote (two owners removing each other cannot both pass the check).
          await trx
            .updateTable('competitions')
            .set((eb) => ({ name: eb.ref('name') }))
            .where('id', '=', competitionId)
            .execute();
          const account = await trx
            .selectFrom('users')
            .selectAll()
            .where('email', '=', email)
            .executeTakeFirst();
          const now: Membership = {
            members: await membersOf(trx, competitionId),
            invitations: await invitationsOf(trx, competitionId),
            account: account ? toUser(account) : undefined,
          };
          const decided = decide(now);
          if (!decided.ok) throw new Refused(decided.error);
          const write = decided.value;
          if (!write) return decided;
          if (account) {
            await trx
              .deleteFrom('members')
              .where('competition_id', '=', competitionId)
              .where('user_id', '=', account.id)
              .execute();
            if (write.role)
              await trx
                .insertInto('members')
                .values({ competition_id: competitionId, user_id: account.id, role: write.role })
                .execute();
          } else {
            await trx
              .deleteFrom('invitations')
              .where('competition_id', '=', competitionId)
              .where('email', '=', email)
              .execute();
            if (write.role)
              await trx
                .insertInto('invitations')
                .values({ competition_id: competitionId, email, role: write.role })
                .execute();
          }
          const c = write.change;
          await trx
            .insertInto('member_changes')
            .values({
              id: c.id,
              competition_id: c.competitionId,
              at: c.at,
              actor: c.actor,
              action: c.action,
              email: c.email,
              role: c.role ?? null,
            })
            .execute();
          return decided;
        });
      } catch (e) {
        if (e instanceof Refused) return err(e.error as E);
        throw e;
      }
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
    members: (competitionId) => membersOf(db, competitionId),
    invitations: (competitionId) => invitationsOf(db, competitionId),
    async memberChanges(competitionId): Promise<MemberChange[]> {
      const rows = await db
        .selectFrom('member_changes')
        .selectAll()
        .where('competition_id', '=', competitionId)
        .orderBy('at')
        .orderBy('id')
        .execute();
      return rows.map(toMemberChange);
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
}

/** A member_changes row as a domain value. */
export function toMemberChange(r: Database['member_changes']): MemberChange {
  return {
    id: r.id,
    competitionId: r.competition_id,
    at: r.at,
    actor: r.actor,
    action: toAction(r.action),
    email: r.email,
    ...(r.role !== null ? { role: toRole(r.role) } : {}),
  };
}
