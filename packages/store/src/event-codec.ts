import { type CompetitionEvent, EVENT_KINDS } from '@cupstage/app';
import { InvariantError } from '@cupstage/core';
import * as z from 'zod';

/**
 * How a competition's events are stored: each row's payload is `{"schema": N, "event": {...}}`,
 * validated on read and upcast from older versions. The event kinds and their meaning are the app's
 * (`CompetitionEvent`); this file is the contract between those types and rows already on disk, so a
 * change to a core type that events carry needs a new schema version and an upcaster here.
 *
 * Versions:
 * - 1: the bare `CompetitionEvent` JSON, no envelope (every row written before versions existed).
 * - 2: the same event inside `{"schema": 2, "event": ...}`.
 * - 3: a competition may hold a `groupStage` (groups, their matches and tie-breakers), and rules may
 *   use the `golden-goal` and `silver-goal` deciders. Both are additions: older events are unchanged.
 * - 4: group results are events of their own (`group-result-entered`, `group-result-corrected`), a
 *   group may be a league phase (`league: {matchesPerTeam}`) and a criterion may be `opponents`.
 *   Additions again: a version-3 event is a valid version-4 event.
 * - 5: organiser's draws and fixtures: new kinds `draw-committed` and `windows-set`; a round may have
 *   an `openDraw`; a draw record may keep its `seed`, `commitment`, `committedAt` and drawn `ties`;
 *   `draw-recorded` may carry the `outcome` applied to its round; `leg-result-corrected` and
 *   `leg-result-deleted` carry the `previous` leg (for the audit log's before/after). All additions: older events are unchanged (their `previous` is derived by the audit log from the log).
 * - 6: rules may use the `points` decider (CONMEBOL two-legged ties until 2004) and the shoot-out of
 *   the play-off match (`penalties` with `playoff: true`). Additions: a version-5 event is a valid
 *   version-6 event.
 */
export const EVENT_SCHEMA_VERSION = 6;

/** Turns an event of version `n` into one of version `n + 1` (the payload inside the envelope). */
const UPCASTERS: Readonly<Record<number, (event: unknown) => unknown>> = {
  // Version 2 only added the envelope: the event itself is unchanged.
  1: (event) => event,
  // Version 3 only added optional parts: a version-2 event is a valid version-3 event.
  2: (event) => event,
  // Version 4 only added event kinds and optional parts: a version-3 event is a valid version-4 event.
  3: (event) => event,
  // Version 5 only added optional parts and new kinds: a version-4 event is a valid version-5 event.
  4: (event) => event,
  // Version 6 only added the `points` decider: a version-5 event is a valid version-6 event.
  5: (event) => event,
};

// The domain types of packages/core/src/competition/types.ts and tie/types.ts, as stored.
const str = z.string();
const goals = z.tuple([z.number().int().min(0), z.number().int().min(0)]);
const dateRange = z.object({ from: str, to: str }).strict();
const leg = z
  .object({
    home: str,
    away: str,
    score: goals.optional(),
    extraTime: goals.optional(),
    penalties: goals.optional(),
    neutral: z.boolean().optional(),
    awarded: z.boolean().optional(),
    date: str.optional(),
    kickoff: str.optional(),
    timeZone: str.optional(),
    venue: str.optional(),
    city: str.optional(),
  })
  .strict();
const decider = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('aggregate') }).strict(),
  z.object({ kind: z.literal('points') }).strict(),
  z.object({ kind: z.literal('away-goals') }).strict(),
  z.object({ kind: z.literal('extra-time'), awayGoals: z.boolean() }).strict(),
  z.object({ kind: z.literal('golden-goal') }).strict(),
  z.object({ kind: z.literal('silver-goal') }).strict(),
  z.object({ kind: z.literal('penalties'), playoff: z.boolean().optional() }).strict(),
  z.object({ kind: z.literal('play-off'), extraTime: z.boolean(), penalties: z.boolean() }).strict(),
  z.object({ kind: z.literal('coin-toss') }).strict(),
]);
const rules = z
  .object({
    id: str,
    name: str,
    legs: z.union([z.literal(1), z.literal(2)]),
    deciders: z.array(decider).min(1),
    source: str,
  })
  .strict();
const slot = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('team'), team: str }).strict(),
  z.object({ kind: z.literal('group'), group: str, position: z.number().int().min(1) }).strict(),
  z.object({ kind: z.literal('winner'), tie: str }).strict(),
  z.object({ kind: z.literal('loser'), tie: str }).strict(),
]);
const tie = z
  .object({
    id: str,
    sides: z.tuple([slot, slot]),
    legs: z.array(leg),
    playoff: leg.optional(),
    coinToss: str.optional(),
    walkover: str.optional(),
    reported: z.object({ summary: str, winner: str.optional() }).strict().optional(),
  })
  .strict();
const legOrder = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('group-winners-host-second-leg') }).strict(),
  z.object({ kind: z.literal('draw'), draw: str.optional() }).strict(),
  z.object({ kind: z.literal('fixed') }).strict(),
  z.object({ kind: z.literal('neutral') }).strict(),
]);
const windowName = z.enum(['first-leg', 'second-leg', 'match']);
const windows = z
  .object({
    firstLeg: dateRange.optional(),
    secondLeg: dateRange.optional(),
    match: dateRange.optional(),
  })
  .strict();
const constraint = z.enum(['different-group', 'different-association']);
const round = z
  .object({
    id: str,
    name: str,
    rules,
    legOrder,
    ties: z.array(tie),
    schedule: windows.optional(),
    openDraw: z
      .object({ constraints: z.array(constraint) })
      .strict()
      .optional(),
  })
  .strict();
const amendment = z
  .object({ round: str, window: windowName, from: dateRange, to: dateRange, reason: str.optional() })
  .strict();
const draw = z
  .object({
    id: str,
    description: str,
    heldAt: str.optional(),
    timeZoneLabel: str.optional(),
    place: str.optional(),
    rounds: z.array(str),
    seed: str.optional(),
    commitment: str.optional(),
    committedAt: str.optional(),
    ties: z.array(z.tuple([str, str])).optional(),
  })
  .strict();
const drawOutcome = z.object({ round: str, sides: z.array(z.tuple([slot, slot])) }).strict();
// packages/core/src/group/types.ts, as stored (version 3).
const measure = z.enum(['points', 'goal-difference', 'goals-for', 'away-goals', 'wins', 'away-wins']);
const criterion = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('overall'), measure }).strict(),
  z.object({ kind: z.literal('head-to-head'), measures: z.array(measure), reapply: z.boolean() }).strict(),
  z.object({ kind: z.literal('disciplinary') }).strict(),
  z.object({ kind: z.literal('coefficient'), better: z.enum(['higher', 'lower']), name: str }).strict(),
  z.object({ kind: z.literal('lots') }).strict(),
  z
    .object({ kind: z.literal('opponents'), measure: z.enum(['points', 'goal-difference', 'goals-for']) })
    .strict(),
]);
const groupMatch = z
  .object({
    home: str,
    away: str,
    score: goals.optional(),
    awarded: z.boolean().optional(),
    neutral: z.boolean().optional(),
    matchday: z.number().int().min(1).optional(),
    date: str.optional(),
    kickoff: str.optional(),
    timeZone: str.optional(),
    venue: str.optional(),
    city: str.optional(),
    source: str.optional(),
  })
  .strict();
const teamRow = z.object({ id: str, name: str, country: str, association: str.optional() }).strict();
const groupStage = z
  .object({
    name: str,
    points: z.object({ win: z.number(), draw: z.number(), loss: z.number() }).strict(),
    tieBreakers: z.object({ id: str, name: str, criteria: z.array(criterion), source: str }).strict(),
    advance: z.number().int().min(0),
    advanceLabel: str,
    groups: z.array(
      z
        .object({
          id: str,
          teams: z.array(str),
          rounds: z.union([z.literal(1), z.literal(2)]),
          league: z
            .object({ matchesPerTeam: z.number().int().min(1) })
            .strict()
            .optional(),
          matches: z.array(groupMatch),
          lots: z.array(str).optional(),
          disciplinary: z.record(str, z.number()).optional(),
          coefficients: z.record(str, z.number()).optional(),
        })
        .strict(),
    ),
    teams: z.array(teamRow),
  })
  .strict();
const competition = z
  .object({
    id: str,
    name: str,
    stageName: str,
    season: str.optional(),
    period: dateRange.optional(),
    rulesReference: str.optional(),
    teams: z.array(teamRow),
    groups: z.array(z.object({ group: str, positions: z.array(str) }).strict()),
    groupStage: groupStage.optional(),
    rounds: z.array(round),
    amendments: z.array(amendment),
    draws: z.array(draw),
  })
  .strict();
const legIndex = z.number().int().min(0);

/** A stored event of the current version (the `event` of the envelope). */
export const storedEventSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('competition-created'), competition }).strict(),
  z.object({ kind: z.literal('leg-result-entered'), tie: str, leg: legIndex, match: leg }).strict(),
  z
    .object({
      kind: z.literal('leg-result-corrected'),
      tie: str,
      leg: legIndex,
      match: leg,
      previous: leg.optional(),
    })
    .strict(),
  z
    .object({ kind: z.literal('leg-result-deleted'), tie: str, leg: legIndex, previous: leg.optional() })
    .strict(),
  z.object({ kind: z.literal('group-result-entered'), group: str, match: groupMatch }).strict(),
  z.object({ kind: z.literal('group-result-corrected'), group: str, match: groupMatch }).strict(),
  z.object({ kind: z.literal('draw-recorded'), draw, outcome: drawOutcome.optional() }).strict(),
  z.object({ kind: z.literal('draw-committed'), round: str, commitment: str, at: str }).strict(),
  z.object({ kind: z.literal('windows-set'), round: str, windows }).strict(),
  z.object({ kind: z.literal('schedule-amended'), amendment }).strict(),
  z.object({ kind: z.literal('published') }).strict(),
  z.object({ kind: z.literal('unpublished') }).strict(),
]);

/** Where a stored event is: enough to find the row. */
export interface StoredEventRow {
  readonly competitionId: string;
  /** The event's sequence number in its competition's log. */
  readonly version: number;
  /** The row's `kind` column. */
  readonly kind: string;
  readonly payload: string;
}

/**
 * A stored event that cannot be read: the database holds something this cupstage did not write (or
 * a newer cupstage did). The message names the competition, the event's sequence number and field.
 */
export class StoredEventError extends Error {
  override readonly name = 'StoredEventError';
  constructor(
    readonly code: 'stored-event-invalid' | 'stored-event-version',
    readonly competitionId: string,
    readonly version: number,
    readonly path: ReadonlyArray<string | number>,
    kind: string,
    detail: string,
  ) {
    const where = path.length > 0 ? `${path.join('.')}: ` : '';
    super(`competition "${competitionId}", stored event ${version} (${kind}): ${where}${detail}`);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The payload text of an event, in the current version. The event is checked against the stored
 * schema first: a domain value that does not fit it is a bug (a core type changed without a new
 * version here), never written.
 *
 * @example encodeEvent({ kind: 'published' }) // '{"schema":2,"event":{"kind":"published"}}'
 */
export function encodeEvent(event: CompetitionEvent): string {
  const checked = storedEventSchema.safeParse(event);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new InvariantError(
      `event ${event.kind} does not fit stored event schema ${EVENT_SCHEMA_VERSION} at ${issue.path.join('.') || 'the event'}: ${issue.message}; add a schema version and an upcaster in event-codec.ts`,
    );
  }
  return JSON.stringify({ schema: EVENT_SCHEMA_VERSION, event });
}

/**
 * Reads a stored row: parses the payload, upcasts it from its version to the current one and checks
 * it. Throws a StoredEventError naming the competition, the sequence number and the field when the
 * row does not fit.
 *
 * @example decodeEvent({ competitionId: 'cup', version: 2, kind: 'published', payload: '{"kind":"published"}' }) // { kind: 'published' }
 */
export function decodeEvent(row: StoredEventRow): CompetitionEvent {
  const fail = (
    path: ReadonlyArray<string | number>,
    detail: string,
    code: StoredEventError['code'] = 'stored-event-invalid',
  ): never => {
    throw new StoredEventError(code, row.competitionId, row.version, path, row.kind, detail);
  };
  let json: unknown;
  try {
    json = JSON.parse(row.payload);
  } catch (e) {
    return fail([], `the payload is not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!isObject(json)) return fail([], 'the payload is not a JSON object');
  let version = 1;
  let event: unknown = json;
  if ('schema' in json) {
    const schema = json.schema;
    if (typeof schema !== 'number' || !Number.isInteger(schema) || schema < 1)
      return fail(['schema'], `"${String(schema)}" is not a schema version`);
    if (schema > EVENT_SCHEMA_VERSION)
      return fail(
        ['schema'],
        `written by a newer cupstage with schema version ${schema}; this cupstage reads versions 1 to ${EVENT_SCHEMA_VERSION}`,
        'stored-event-version',
      );
    const keys = Object.keys(json).filter((k) => k !== 'schema' && k !== 'event');
    if (keys.length > 0) return fail([], `unexpected field(s) beside the event: ${keys.join(', ')}`);
    version = schema;
    event = json.event;
  }
  for (let v = version; v < EVENT_SCHEMA_VERSION; v++) event = UPCASTERS[v]!(event);
  if (!isObject(event)) return fail([], 'the event is not a JSON object');
  const kind = event.kind;
  if (typeof kind !== 'string' || !(EVENT_KINDS as ReadonlyArray<string>).includes(kind))
    return fail(['kind'], `"${String(kind)}" is not an event kind (${EVENT_KINDS.join(', ')})`);
  if (kind !== row.kind)
    return fail(['kind'], `the event is "${kind}" but the row's kind column says "${row.kind}"`);
  const parsed = storedEventSchema.safeParse(event);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail(
      issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
      issue.message,
    );
  }
  // Checked above field by field against the domain types; ids are plain strings on disk.
  return parsed.data as unknown as CompetitionEvent;
}
