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

export interface Database {
  competitions: CompetitionsTable;
  events: EventsTable;
  attempts: AttemptsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  members: MembersTable;
}
