import { presetIds } from '@cupstage/core';
import { inlineRulesSchema, matchSchema } from '@cupstage/formats';
import { z } from 'zod';

/** Request schemas (zod): parsed at the edge, and the source of the OpenAPI document. */

export const competitionId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'a competition id: lower-case letters, digits and dashes');
const objectId = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'letters, digits, _ . -');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date such as 2017-09-16');
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

export const drawBody = z
  .object({
    id: objectId,
    description: z.string().min(1).max(500),
    heldAt: z.string().max(40).optional(),
    timeZoneLabel: z.string().max(50).optional(),
    place: z.string().max(200).optional(),
    rounds: z.array(objectId).max(20),
  })
  .strict();

const dateRange = z.object({ from: isoDate, to: isoDate }).strict();

export const amendmentBody = z
  .object({
    round: objectId,
    window: z.enum(['first-leg', 'second-leg', 'match']),
    to: dateRange,
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

/** Create from qualified teams, rules (an id or a decider chain) and a bracket. */
export const bracketBody = z
  .object({
    id: competitionId,
    name: z.string().min(1).max(200),
    rules: rulesValue.describe('the rules of every tie: a rules id or a decider chain'),
    finalRules: rulesValue.optional().describe('the rules of the final, when they differ'),
    bracket: z.literal('single-elimination').default('single-elimination'),
    teams: z
      .array(
        z
          .object({
            id: objectId,
            name: z.string().min(1).max(200),
            country: z.string().regex(/^[A-Z]{3}$/, 'a 3-letter country code such as TUN'),
          })
          .strict(),
      )
      .min(2)
      .max(256)
      .describe('teams in seed order: the first is seed 1'),
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
