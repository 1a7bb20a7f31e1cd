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
  /** Calls `listener` after every committed append (from this process or, on PostgreSQL, any). */
  watch(listener: (competitionId: string, version: number) => void): () => void;
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

/** Accounts, sessions, API tokens and competition roles. */
export interface AccountStore {
  addUser(user: User): Promise<Result<void>>;
  userByEmail(email: string): Promise<User | undefined>;
  userById(id: string): Promise<User | undefined>;
  setPassword(userId: string, passwordHash: string): Promise<void>;
  users(): Promise<User[]>;
  addSession(session: Session): Promise<void>;
  session(tokenHash: string): Promise<Session | undefined>;
  deleteSession(tokenHash: string): Promise<void>;
  addToken(token: ApiToken): Promise<void>;
  tokenByHash(tokenHash: string): Promise<ApiToken | undefined>;
  tokens(userId: string): Promise<ApiToken[]>;
  deleteToken(userId: string, id: string): Promise<boolean>;
  /** Sets (or with `undefined`, removes) a member's role. */
  setRole(competitionId: string, userId: string, role: Role | undefined): Promise<void>;
  roleOf(competitionId: string, userId: string): Promise<Role | undefined>;
  members(competitionId: string): Promise<Member[]>;
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
