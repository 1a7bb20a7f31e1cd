import { presetIds } from '@cupstage/core';
import { dateRangeSchema, inlineRulesSchema, matchSchema } from '@cupstage/formats';
import * as z from 'zod';

/** Request schemas (zod): parsed at the edge, and the source of the OpenAPI document. */

export const competitionId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'a competition id: lower-case letters, digits and dashes');
const objectId = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'letters, digits, _ . -');
const goals = z.tuple([z.number(), z.number()]);

export const idParams = z.object({ id: competitionId }).strict();
export const roundParams = z.object({ id: competitionId, roundId: objectId }).strict();
export const tieParams = z.object({ id: competitionId, tieId: objectId }).strict();
export const legParams = z
  .object({
    id: competitionId,
    tieId: objectId,
    leg: z.coerce.number().int().min(1, 'legs are numbered from 1').max(2, 'a tie has at most two legs'),
  })
  .strict();
export const memberParams = z.object({ id: competitionId, email: z.string().email().max(254) }).strict();
export const tokenParams = z.object({ tokenId: z.string().uuid() }).strict();

/**
 * A leg's result (and fixture facts). Numbers are checked by core (so the codes match the CLI's:
 * `negative-goals`, `penalties-impossible`, ...); here only the shape. The fixture facts (date, kick-off,
 * time zone, venue) are the competition file's own match schema.
 */
export const legBody = matchSchema.extend({
  home: objectId.describe('team id of the home side'),
  away: objectId.describe('team id of the away side'),
  score: goals.optional().describe('goals after 90 minutes, home first'),
  extraTime: goals.optional().describe('goals in extra time only, home first'),
  penalties: goals.optional().describe('the shoot-out, home first'),
});

/** The most leg results one PATCH of a competition's legs may carry (a round of 128 two-legged ties). */
export const MAX_LEG_RESULTS = 256;

/** Several legs at once, all stored or none (the organiser's results grid). */
export const legResultsBody = z
  .object({
    results: z
      .array(
        legBody.extend({
          tie: objectId.describe('the tie, e.g. QF1'),
          leg: z.number().int().min(1, 'legs are numbered from 1').max(2, 'a tie has at most two legs'),
        }),
      )
      .min(1, 'send at least one result')
      .max(MAX_LEG_RESULTS, `at most ${MAX_LEG_RESULTS} results in one request`)
      .describe('entered in this order, each checked with the ones before it in place'),
  })
  .strict();

export const groupParams = z.object({ id: competitionId, group: z.string().min(1).max(10) }).strict();
export const groupMatchParams = z
  .object({ id: competitionId, group: z.string().min(1).max(10), home: objectId, away: objectId })
  .strict();

const groupGoals = z.tuple([
  z.number().int('goals are whole numbers').min(0, 'goals cannot be negative').max(99, 'at most 99 goals'),
  z.number().int('goals are whole numbers').min(0, 'goals cannot be negative').max(99, 'at most 99 goals'),
]);

/** A group match's result and facts; the teams are in the path (home, then away). No extra time. */
export const groupMatchBody = matchSchema
  .omit({ home: true, away: true, extraTime: true, penalties: true })
  .extend({
    score: groupGoals.optional().describe('goals after 90 minutes, home first; absent for a fixture'),
    matchday: z.number().int().min(1).max(99).optional(),
    source: z.string().min(1).max(500).optional().describe('where the result was published'),
  })
  .strict();

/** A round's windows, as in the competition file: `firstLeg` and `secondLeg`, or `match` for one match. */
export const windowsBody = z
  .object({
    firstLeg: dateRangeSchema
      .optional()
      .describe('first-leg window, e.g. {"from": "2017-09-15", "to": "2017-09-17"}'),
    secondLeg: dateRangeSchema.optional(),
    match: dateRangeSchema.optional().describe('for a single-match round'),
  })
  .strict();

/** `POST /competitions/:id/draws/commitments`: the SHA-256 of the seed, before the draw. */
export const commitmentBody = z
  .object({
    round: objectId.describe('the round whose draw this seed will run'),
    commitment: z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, 'a SHA-256 hash: 64 hex digits (cupstage draw commit --seed S prints it)'),
  })
  .strict();

export const drawBody = z
  .object({
    id: objectId,
    description: z.string().min(1).max(500),
    heldAt: z.string().max(40).optional(),
    timeZoneLabel: z.string().max(50).optional(),
    place: z.string().max(200).optional(),
    rounds: z.array(objectId).max(20),
    log: z
      .record(z.string(), z.unknown())
      .optional()
      .describe(
        'the log of POST /competitions/:id/draws/run (a cupstage-draw-log/1 with its seed): verified against the commitment published for the round, then applied to it',
      ),
  })
  .strict();

export const amendmentBody = z
  .object({
    round: objectId,
    window: z.enum(['first-leg', 'second-leg', 'match']),
    to: dateRangeSchema,
    reason: z.string().max(500).optional(),
  })
  .strict();

/**
 * Rules on the short form: a rules id (a preset or an era rule set) or a decider chain. Only the
 * shape is checked here; formats' `readRules` looks the id up and checks the chain (`checkRules`),
 * an unknown id or a chain that cannot settle every tie being a 422 that names it.
 */
const rulesValue = z.union([
  z
    .string()
    .min(1)
    .max(100)
    .describe(`a rules id: ${presetIds.join(', ')}, or an era rule set id such as conmebol-1960`),
  inlineRulesSchema.describe(
    'a decider chain, e.g. {"legs": 2, "deciders": [{"kind": "aggregate"}, {"kind": "away-goals"}, {"kind": "extra-time", "awayGoals": false}, {"kind": "penalties"}]}',
  ),
]);

/** How a round of a bracket created from teams is drawn. */
export const roundDrawBody = z
  .object({
    procedure: z
      .enum(['fixed', 'leg-order', 'open'])
      .describe(
        '`fixed`: the bracket as seeded; `leg-order`: the pairs are fixed, a draw decides who hosts the first leg; `open`: the pairs are drawn from one pot (the first team drawn hosts the first leg)',
      ),
    constraints: z
      .array(z.enum(['different-group', 'different-association']))
      .max(2)
      .optional()
      .describe("open draws: teams kept apart (association: the team's country code)"),
  })
  .strict();

/** One round of a bracket created from teams, first round first: its windows and its draw. */
export const bracketRoundBody = z
  .object({
    schedule: windowsBody.optional(),
    draw: roundDrawBody.optional().describe('default: fixed'),
  })
  .strict();

/** Create from qualified teams, rules (an id or a decider chain) and a bracket. */
export const bracketBody = z
  .object({
    id: competitionId.optional().describe('default: derived from the name, e.g. "Cup 2026" → cup-2026'),
    name: z.string().min(1).max(200),
    rules: rulesValue.describe('the rules of every tie: a rules id or a decider chain'),
    finalRules: rulesValue.optional().describe('the rules of the final, when they differ'),
    bracket: z.literal('single-elimination').default('single-elimination'),
    teams: z
      .array(
        z
          .object({
            id: objectId
              .optional()
              .describe('default: derived from the name, e.g. "Club Africain" → club-africain'),
            name: z.string().min(1).max(200),
            country: z.string().regex(/^[A-Z]{3}$/, 'a 3-letter country code such as TUN'),
          })
          .strict(),
      )
      .min(2)
      .max(256)
      .describe('teams in seed order: the first is seed 1'),
    rounds: z
      .array(bracketRoundBody)
      .max(10)
      .optional()
      .describe(
        'the rounds of the bracket, first round first (Quarter-finals, Semi-finals, Final for 8 teams): each its windows and draw procedure',
      ),
  })
  .strict();

/** `POST /competitions`: a competition file (`format: cupstage-competition/1`), or teams + rules + bracket. */
export const createBody = z.union([
  z.looseObject({ format: z.literal('cupstage-competition/1') }).describe('a competition file'),
  bracketBody,
]);

export const loginBody = z
  .object({ email: z.string().email().max(254), password: z.string().min(1).max(1024) })
  .strict();
export const tokenBody = z.object({ name: z.string().min(1).max(100) }).strict();
export const roleBody = z.object({ role: z.enum(['owner', 'editor']) }).strict();
