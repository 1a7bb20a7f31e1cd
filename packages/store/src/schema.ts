import type { Generated } from 'kysely';

/** The tables, as Kysely sees them. Rows become domain values only in `kysely-store.ts`. */
export interface CompetitionsTable {
  id: string;
  name: string;
  version: number;
  /** 0 or 1 (SQLite has no boolean). */
  published: number;
  created_at: string;
  created_by: string;
}

export interface EventsTable {
  competition_id: string;
  version: number;
  kind: string;
  /** The event as JSON text, stored byte for byte as written. */
  payload: string;
  actor: string;
  at: string;
}

export interface AttemptsTable {
  id: string;
  competition_id: string;
  at: string;
  actor: string;
  action: string;
  target: string;
  expected_version: number;
  current_version: number;
  /** How many refused attempts the row stands for (one row per actor, action and minute). */
  count: Generated<number>;
  /** The latest attempt's time (null on rows written before coalescing). */
  last_at: string | null;
  /** The minute of `at` (`2026-11-28T18:05`), null on rows written before coalescing. */
  bucket: string | null;
}

export interface UsersTable {
  id: string;
  email: string;
  password_hash: string;
  created_at: string;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  csrf: string;
  expires_at: string;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: string;
}

export interface MembersTable {
  competition_id: string;
  user_id: string;
  role: string;
}

export interface InvitationsTable {
  competition_id: string;
  /** Lower-case address with no account yet. */
  email: string;
  role: string;
}

export interface MemberChangesTable {
  id: string;
  competition_id: string;
  at: string;
  actor: string;
  action: string;
  email: string;
  role: string | null;
}

/** Fixed-window counters shared by every process (sign-in attempts per client address). */
export interface RateLimitsTable {
  key: string;
  /** The window's start, as an ISO 8601 UTC time. */
  window_start: string;
  count: number;
}

export interface Database {
  competitions: CompetitionsTable;
  events: EventsTable;
  attempts: AttemptsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  members: MembersTable;
  invitations: InvitationsTable;
  member_changes: MemberChangesTable;
  rate_limits: RateLimitsTable;
}
