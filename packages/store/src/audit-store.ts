import {
  applyEvent,
  type CompetitionState,
  type CompetitionStore,
  type MemberChange,
  type RejectedAttempt,
  type StoredEvent,
} from '@cupstage/app';
import type { Leg } from '@cupstage/core';
import {
  type Expression,
  type ExpressionBuilder,
  type Kysely,
  type Selectable,
  type SqlBool,
  sql,
} from 'kysely';
import { toMemberChange } from './accounts-store.ts';
import type { Database } from './schema.ts';

/**
 * Where an audit entry sits in the log: entries are ordered by time, then by source (applied
 * events, refused attempts, membership changes), then by key (the event's version, the row's id).
 */
export interface AuditPosition {
  readonly at: string;
  readonly rank: 0 | 1 | 2;
  readonly key: string;
}

/** One entry of a competition's audit log, from whichever table keeps it. */
export type AuditRecord =
  | {
      readonly source: 'event';
      readonly position: AuditPosition;
      readonly stored: StoredEvent;
      /** A correction or deletion: the leg it replaced (from the event, or derived from the log for events stored before schema 5). */
      readonly previous?: Leg;
    }
  | { readonly source: 'attempt'; readonly position: AuditPosition; readonly attempt: RejectedAttempt }
  | { readonly source: 'member'; readonly position: AuditPosition; readonly change: MemberChange };

/** A page of the audit log: newest `limit` entries before `before`, oldest first; `more` when older ones exist. */
export interface AuditPage {
  readonly entries: ReadonlyArray<AuditRecord>;
  readonly more: boolean;
}

/** The audit log, read a page at a time (every query is bounded by the page size). */
export interface AuditLog {
  page(
    competitionId: string,
    options: { readonly before?: AuditPosition; readonly limit: number },
  ): Promise<AuditPage>;
}

/**
 * The leg each correction or deletion among `records` replaced, for events written before they
 * carried it (schema version 5): the log folded once, up to the last such event.
 */
async function previousLegs(
  competitions: CompetitionStore,
  competitionId: string,
  records: ReadonlyArray<AuditRecord>,
): Promise<ReadonlyMap<number, Leg>> {
  const wanted = new Set<number>();
  for (const r of records)
    if (r.source === 'event') {
      const e = r.stored.event;
      if ((e.kind === 'leg-result-corrected' || e.kind === 'leg-result-deleted') && e.previous === undefined)
        wanted.add(r.stored.version);
    }
  const found = new Map<number, Leg>();
  if (wanted.size === 0) return found;
  const last = Math.max(...wanted);
  const stream = await competitions.load(competitionId);
  let state: CompetitionState | undefined;
  for (const stored of stream?.events ?? []) {
    if (stored.version > last) break;
    const e = stored.event;
    if (
      state &&
      wanted.has(stored.version) &&
      (e.kind === 'leg-result-corrected' || e.kind === 'leg-result-deleted')
    )
      for (const round of state.competition.rounds)
        for (const t of round.ties) {
          const leg = t.id === e.tie ? t.legs[e.leg] : undefined;
          if (leg) found.set(stored.version, leg);
        }
    state = applyEvent(state, e);
  }
  return found;
}

/** Orders positions: negative when `a` comes first (is older). Event keys compare as numbers. */
export function comparePositions(a: AuditPosition, b: AuditPosition): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  if (a.rank !== b.rank) return a.rank - b.rank;
  if (a.rank === 0) return Number(a.key) - Number(b.key);
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** Rows of a table whose position (at, rank, key) is before the cursor. */
function before<T extends 'events' | 'attempts' | 'member_changes'>(
  eb: ExpressionBuilder<Database, T>,
  rank: 0 | 1 | 2,
  key: Expression<unknown>,
  cursor: AuditPosition,
): Expression<SqlBool> {
  const at = sql.ref<string>('at');
  if (rank < cursor.rank) return eb(at, '<=', cursor.at);
  if (rank > cursor.rank) return eb(at, '<', cursor.at);
  const value = rank === 0 ? Number(cursor.key) : cursor.key;
  return eb.or([eb(at, '<', cursor.at), eb.and([eb(at, '=', cursor.at), eb(key, '<', value)])]);
}

/**
 * The audit log of a store: applied events, refused attempts and membership changes, merged.
 *
 * @example const { entries, more } = await createAuditLog(db, competitions).page('cup', { limit: 100 });
 */
/** A row of `attempts` as the app's refused attempt (the audit log and `attempts()` both read it). */
export function toAttempt(r: Selectable<Database['attempts']>): RejectedAttempt {
  return {
    competitionId: r.competition_id,
    at: r.at,
    actor: r.actor,
    action: r.action,
    target: r.target,
    expectedVersion: Number(r.expected_version),
    currentVersion: Number(r.current_version),
    count: Number(r.count),
  };
}

export function createAuditLog(db: Kysely<Database>, competitions: CompetitionStore): AuditLog {
  return {
    async page(competitionId, { before: cursor, limit }) {
      const take = limit + 1;
      let events = db
        .selectFrom('events')
        .select(['version', 'at'])
        .where('competition_id', '=', competitionId)
        .orderBy('at', 'desc')
        .orderBy('version', 'desc')
        .limit(take);
      let attempts = db
        .selectFrom('attempts')
        .selectAll()
        .where('competition_id', '=', competitionId)
        .orderBy('at', 'desc')
        .orderBy('id', 'desc')
        .limit(take);
      let changes = db
        .selectFrom('member_changes')
        .selectAll()
        .where('competition_id', '=', competitionId)
        .orderBy('at', 'desc')
        .orderBy('id', 'desc')
        .limit(take);
      if (cursor) {
        events = events.where((eb) => before(eb, 0, sql.ref('version'), cursor));
        attempts = attempts.where((eb) => before(eb, 1, sql.ref('id'), cursor));
        changes = changes.where((eb) => before(eb, 2, sql.ref('id'), cursor));
      }
      const [eventRows, attemptRows, changeRows] = [
        await events.execute(),
        await attempts.execute(),
        await changes.execute(),
      ];
      const records: AuditRecord[] = [];
      for (const r of attemptRows)
        records.push({
          source: 'attempt',
          position: { at: r.at, rank: 1, key: r.id },
          attempt: toAttempt(r),
        });
      for (const r of changeRows)
        records.push({
          source: 'member',
          position: { at: r.at, rank: 2, key: r.id },
          change: toMemberChange(r),
        });
      const versions = eventRows.map((r) => Number(r.version));
      if (versions.length > 0) {
        const wanted = new Set(versions);
        const stream = await competitions.load(competitionId, Math.min(...versions) - 1);
        for (const stored of stream?.events ?? [])
          if (wanted.has(stored.version))
            records.push({
              source: 'event',
              position: { at: stored.at, rank: 0, key: String(stored.version) },
              stored,
            });
      }
      const previous = await previousLegs(competitions, competitionId, records);
      for (let i = 0; i < records.length; i++) {
        const r = records[i]!;
        if (r.source !== 'event') continue;
        const e = r.stored.event;
        const leg =
          e.kind === 'leg-result-corrected' || e.kind === 'leg-result-deleted'
            ? (e.previous ?? previous.get(r.stored.version))
            : undefined;
        if (leg) records[i] = { ...r, previous: leg };
      }
      records.sort((a, b) => comparePositions(b.position, a.position));
      return { entries: records.slice(0, limit).reverse(), more: records.length > limit };
    },
  };
}
