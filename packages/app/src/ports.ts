import type { Result } from '@cupstage/core';
import type { CompetitionEvent, StoredEvent } from './events.ts';
import type { CompetitionState } from './fold.ts';

/** A member's role in one competition. Everyone else is the public (read-only, published only). */
export type Role = 'owner' | 'editor';

/** Who is writing: the account's id and e-mail (the e-mail is what the audit log shows). */
export interface Actor {
  readonly userId: string;
  readonly email: string;
}

/** Raised by `append` when another write got there first. */
export interface VersionConflict {
  readonly code: 'version-conflict';
  readonly currentVersion: number;
}

/** One line of the competition list. */
export interface CompetitionRow {
  readonly id: string;
  readonly name: string;
  readonly version: number;
  readonly published: boolean;
  readonly createdAt: string;
}

/** A write that was refused because its expected version was stale (kept for the audit log). */
export interface RejectedAttempt {
  readonly competitionId: string;
  readonly at: string;
  readonly actor: string;
  /** The event kind the write would have appended, e.g. `leg-result-corrected`. */
  readonly action: string;
  readonly target: string;
  readonly expectedVersion: number;
  readonly currentVersion: number;
  /**
   * How many refused attempts this entry stands for: the store keeps one entry per competition,
   * actor and action per minute (the versions of the latest), so a client retrying in a loop cannot
   * flood the log. 1 when not given.
   */
  readonly count?: number;
}

/** The event log of a competition (the part after `afterVersion` when asked). */
export interface EventStream {
  readonly version: number;
  readonly events: ReadonlyArray<StoredEvent>;
}

/**
 * Where competitions live: an append-only event log per competition with optimistic concurrency.
 *
 * @example
 * const r = await store.append('cup', [{ kind: 'published' }], 4, { actor: 'a@b.c', at: clock.now() });
 * if (!r.ok) r.error.currentVersion; // someone else wrote version 5 first
 */
export interface CompetitionStore {
  /** Creates a competition with its first event and its owner; fails if the id is taken. */
  create(
    id: string,
    created: CompetitionEvent,
    ownerId: string,
    meta: { readonly actor: string; readonly at: string },
  ): Promise<Result<number, VersionConflict>>;
  load(id: string, afterVersion?: number): Promise<EventStream | undefined>;
  /** The competition's current version (0 when there is no such competition): one cheap read. */
  version(id: string): Promise<number>;
  /** Appends events if the log is still at `expectedVersion`; returns the new version. */
  append(
    id: string,
    events: ReadonlyArray<CompetitionEvent>,
    expectedVersion: number,
    meta: { readonly actor: string; readonly at: string },
  ): Promise<Result<number, VersionConflict>>;
  list(): Promise<CompetitionRow[]>;
  recordAttempt(attempt: RejectedAttempt): Promise<void>;
  attempts(competitionId: string): Promise<RejectedAttempt[]>;
  /** The current versions of several competitions in one read (unknown ids are absent). */
  versions(ids: ReadonlyArray<string>): Promise<ReadonlyMap<string, number>>;
  /**
   * Calls `listener` after every committed append (from this process or, on PostgreSQL, any), and
   * `onReset` when announcements may have been lost (PostgreSQL: the listening connection dropped and
   * is back): whoever derived state from the announcements must check it again.
   */
  watch(listener: (competitionId: string, version: number) => void, onReset?: () => void): () => void;
  /**
   * A number that changes whenever another connection (another process) commits to the database,
   * read without I/O: SQLite's `PRAGMA data_version`. `undefined` when the store cannot tell without a
   * round trip (PostgreSQL): treat every call as "may have changed".
   *
   * @example if (store.changeMark() !== seen) recheckVersions();
   */
  changeMark(): number | undefined;
}

export interface User {
  readonly id: string;
  readonly email: string;
  readonly passwordHash: string;
  readonly createdAt: string;
}

export interface Session {
  readonly tokenHash: string;
  readonly userId: string;
  readonly csrf: string;
  readonly expiresAt: string;
}

export interface ApiToken {
  readonly id: string;
  readonly userId: string;
  readonly name: string;
  readonly tokenHash: string;
  readonly createdAt: string;
}

export interface Member {
  readonly userId: string;
  readonly email: string;
  readonly role: Role;
}

/** A role given to an address that has no account yet; it becomes a membership when the account is created. */
export interface Invitation {
  readonly email: string;
  readonly role: Role;
}

/** Who is in a competition as its members and invitations are now (read inside the change's transaction). */
export interface Membership {
  readonly members: ReadonlyArray<Member>;
  readonly invitations: ReadonlyArray<Invitation>;
  /** The account of the address being changed, if it has one. */
  readonly account: User | undefined;
}

/** What a membership change does to the audit log. */
export type MemberAction = 'member-granted' | 'member-role-changed' | 'member-removed';

/** One membership change as the competition's audit log keeps it. */
export interface MemberChange {
  readonly id: string;
  readonly competitionId: string;
  readonly at: string;
  /** The e-mail of who made the change (`cli` for the command line). */
  readonly actor: string;
  readonly action: MemberAction;
  /** The address whose role changed. */
  readonly email: string;
  /** The new role (none for a removal). */
  readonly role?: Role;
}

/**
 * What a membership change writes: the address's new role (undefined: none) and the audit entry.
 * Decided by the app on the `Membership` read inside the store's transaction.
 */
export interface MembershipWrite {
  readonly role: Role | undefined;
  readonly change: MemberChange;
}

/** Accounts, sessions, API tokens and competition roles. */
export interface AccountStore {
  /** Adds an account and, in the same transaction, turns the invitations of its address into roles. */
  addUser(user: User): Promise<Result<void>>;
  userByEmail(email: string): Promise<User | undefined>;
  userById(id: string): Promise<User | undefined>;
  /** Sets a new password hash and ends every session of the account but `keepSession` (a token hash). */
  setPassword(userId: string, passwordHash: string, keepSession?: string): Promise<void>;
  users(): Promise<User[]>;
  addSession(session: Session): Promise<void>;
  session(tokenHash: string): Promise<Session | undefined>;
  deleteSession(tokenHash: string): Promise<void>;
  addToken(token: ApiToken): Promise<void>;
  tokenByHash(tokenHash: string): Promise<ApiToken | undefined>;
  tokens(userId: string): Promise<ApiToken[]>;
  deleteToken(userId: string, id: string): Promise<boolean>;
  /** Sets (or with `undefined`, removes) a member's role, unchecked and unaudited (tests, set-up). */
  setRole(competitionId: string, userId: string, role: Role | undefined): Promise<void>;
  /**
   * Changes the role of an address in one transaction that no other membership change of the
   * competition can interleave with (a row lock on PostgreSQL, the write lock on SQLite): reads the
   * membership, asks `decide`, then writes the role (or the invitation, for an address without an
   * account) and the audit entry. Returns what `decide` refused, untouched.
   */
  changeMembership<E>(
    competitionId: string,
    email: string,
    decide: (now: Membership) => Result<MembershipWrite | undefined, E>,
  ): Promise<Result<MembershipWrite | undefined, E>>;
  roleOf(competitionId: string, userId: string): Promise<Role | undefined>;
  members(competitionId: string): Promise<Member[]>;
  invitations(competitionId: string): Promise<Invitation[]>;
  /** Membership changes of a competition, oldest first. */
  memberChanges(competitionId: string): Promise<MemberChange[]>;
  /** Ids of the competitions where the user has a role. */
  memberOf(userId: string): Promise<string[]>;
}

/** The time now, as an ISO 8601 UTC string. */
export interface Clock {
  now(): string;
}

/** Fresh unique ids. */
export interface Ids {
  next(): string;
}

/**
 * Where use cases get a competition's current state. Without one they fold the whole log; a server
 * passes a cache that reads only the events after the version it holds.
 */
export interface StateSource {
  current(id: string): Promise<CompetitionState | undefined>;
}

/** Everything the use cases need from the outside world. */
export interface Ports {
  readonly competitions: CompetitionStore;
  readonly states?: StateSource;
  readonly accounts: AccountStore;
  readonly clock: Clock;
  readonly ids: Ids;
}
