import * as z from 'zod';

/**
 * The competition file (`cupstage-competition/1`): everything a published article states about a
 * knockout stage, as JSON. This zod schema is the single source of both the parser and the published
 * JSON Schema (docs/competition.schema.json).
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date such as 2017-09-16');
const goals = z.tuple([z.number().int().min(0).max(999), z.number().int().min(0).max(999)]);
const id = z.string().min(1).max(100);

export const dateRangeSchema = z.object({ from: isoDate, to: isoDate }).strict();

export const deciderSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('aggregate') }).strict(),
  z.object({ kind: z.literal('points') }).strict(),
  z.object({ kind: z.literal('away-goals') }).strict(),
  z.object({ kind: z.literal('extra-time'), awayGoals: z.boolean().default(false) }).strict(),
  z.object({ kind: z.literal('golden-goal') }).strict(),
  z.object({ kind: z.literal('silver-goal') }).strict(),
  z.object({ kind: z.literal('penalties'), playoff: z.boolean().optional() }).strict(),
  z
    .object({
      kind: z.literal('play-off'),
      extraTime: z.boolean().default(true),
      penalties: z.boolean().default(false),
    })
    .strict(),
  z.object({ kind: z.literal('coin-toss') }).strict(),
]);

export const rulesSchema = z.union([
  z
    .string()
    .min(1)
    .describe('a preset id: caf-2017, uefa-1970, uefa-2021, conmebol-2022, single-match, replay-1955'),
  z
    .object({
      id: id,
      name: z.string().min(1),
      legs: z.union([z.literal(1), z.literal(2)]),
      deciders: z.array(deciderSchema).min(1).max(8),
      source: z.string().min(1),
    })
    .strict(),
]);

export const slotSchema = z.union([
  z.object({ team: id }).strict(),
  z.object({ group: z.string().min(1).max(10), position: z.number().int().min(1).max(64) }).strict(),
  z.object({ winner: id }).strict(),
  z.object({ loser: id }).strict(),
]);

export const matchSchema = z
  .object({
    home: id,
    away: id,
    score: goals.optional(),
    extraTime: goals.optional(),
    penalties: goals.optional(),
    neutral: z.boolean().optional(),
    awarded: z.boolean().optional(),
    date: isoDate.optional(),
    kickoff: z
      .string()
      .regex(/^\d{2}:\d{2}$/, 'a local time such as 19:30')
      .optional(),
    timeZone: z.string().min(1).max(60).optional(),
    venue: z.string().min(1).max(200).optional(),
    city: z.string().min(1).max(200).optional(),
  })
  .strict();

export const tieSchema = z
  .object({
    id: id,
    sides: z.tuple([slotSchema, slotSchema]),
    legs: z.array(matchSchema).max(2).default([]),
    playoff: matchSchema.optional(),
    coinToss: id.optional(),
    walkover: id.optional(),
    reported: z
      .object({ summary: z.string().min(1), winner: id.optional() })
      .strict()
      .optional(),
  })
  .strict();

export const legOrderSchema = z.enum(['group-winners-host-second-leg', 'draw', 'fixed', 'neutral']);

export const roundSchema = z
  .object({
    id: id,
    name: z.string().min(1).max(100),
    rules: rulesSchema.optional(),
    legOrder: legOrderSchema.default('fixed'),
    draw: id.optional(),
    schedule: z
      .object({
        firstLeg: dateRangeSchema.optional(),
        secondLeg: dateRangeSchema.optional(),
        match: dateRangeSchema.optional(),
      })
      .strict()
      .optional(),
    openDraw: z
      .object({ constraints: z.array(z.enum(['different-group', 'different-association'])).max(2) })
      .strict()
      .optional()
      .describe("the round's pairs are drawn from one open pot, the teams kept apart by the constraints"),
    ties: z.array(tieSchema).min(1),
  })
  .strict();

export const teamSchema = z
  .object({
    id: id,
    name: z.string().min(1).max(200),
    country: z.string().regex(/^[A-Z]{3}$/, 'a 3-letter country code such as TUN'),
    association: z.string().max(100).optional(),
  })
  .strict();

const measureSchema = z.enum(['points', 'goal-difference', 'goals-for', 'away-goals', 'wins', 'away-wins']);

/** One ranking criterion of a group stage (see docs/groups.md). */
export const criterionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('overall'), measure: measureSchema }).strict(),
  z
    .object({
      kind: z.literal('head-to-head'),
      measures: z.array(measureSchema).min(1).max(6),
      reapply: z.boolean().default(false),
    })
    .strict(),
  z.object({ kind: z.literal('disciplinary') }).strict(),
  z
    .object({
      kind: z.literal('coefficient'),
      better: z.enum(['higher', 'lower']),
      name: z.string().min(1).max(100),
    })
    .strict(),
  z.object({ kind: z.literal('lots') }).strict(),
  z
    .object({ kind: z.literal('opponents'), measure: z.enum(['points', 'goal-difference', 'goals-for']) })
    .strict(),
]);

export const tieBreakersSchema = z.union([
  z
    .string()
    .min(1)
    .describe(
      'a preset id: caf-2017, uefa-club-2021, fifa-world-cup-2018, fifa-world-cup-2014, uefa-euro-2020, uefa-club-2024',
    ),
  z
    .object({
      id: id,
      name: z.string().min(1).max(200),
      criteria: z.array(criterionSchema).min(1).max(16),
      source: z.string().min(1).max(500),
    })
    .strict(),
]);

/** A group match: a leg's facts without extra time or penalties, plus its matchday and source. */
export const groupMatchSchema = matchSchema
  .omit({ extraTime: true, penalties: true })
  .extend({
    matchday: z.number().int().min(1).max(99).optional(),
    source: z.string().min(1).max(500).optional(),
  })
  .strict();

const points = z.number().int().min(0).max(10);

/** The optional group stage before the knockout: its standings fill the `{"group", "position"}` slots. */
export const groupStageSchema = z
  .object({
    name: z.string().min(1).max(100).default('group stage'),
    tieBreakers: tieBreakersSchema,
    points: z
      .object({ win: points, draw: points, loss: points })
      .strict()
      .default({ win: 3, draw: 1, loss: 0 }),
    advance: z.number().int().min(1).max(32),
    advanceLabel: z.string().min(1).max(100).default('Knockout stage'),
    teams: z.array(teamSchema).max(256).default([]),
    groups: z
      .array(
        z
          .object({
            group: z.string().min(1).max(10),
            teams: z.array(id).min(2).max(64),
            rounds: z.union([z.literal(1), z.literal(2)]),
            league: z
              .object({ matchesPerTeam: z.number().int().min(1).max(63) })
              .strict()
              .optional()
              .describe('a league phase: only the listed matches are played, each team plays matchesPerTeam'),
            matches: z.array(groupMatchSchema).max(1000).default([]),
            lots: z.array(id).max(32).optional(),
            disciplinary: z.record(id, z.number().int().min(0).max(1000)).optional(),
            coefficients: z.record(id, z.number().min(-1e9).max(1e9)).optional(),
          })
          .strict(),
      )
      .min(1)
      .max(64),
  })
  .strict();

export const competitionFileSchema = z
  .object({
    $schema: z.string().optional(),
    format: z.literal('cupstage-competition/1'),
    id: z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9-]{0,99}$/,
        'lower-case letters, digits and dashes, e.g. caf-confederation-cup-2017',
      ),
    name: z.string().min(1).max(200),
    stage: z.string().min(1).max(100).default('knockout stage'),
    season: z.string().max(20).optional(),
    period: dateRangeSchema.optional(),
    rules: rulesSchema,
    rulesReference: z.string().max(200).optional(),
    teams: z.array(teamSchema).min(2),
    groups: z
      .array(z.object({ group: z.string().min(1).max(10), positions: z.array(id).min(1) }).strict())
      .default([]),
    groupStage: groupStageSchema.optional(),
    rounds: z.array(roundSchema).min(1),
    amendments: z
      .array(
        z
          .object({
            round: id,
            window: z.enum(['first-leg', 'second-leg', 'match']),
            from: dateRangeSchema,
            to: dateRangeSchema,
            reason: z.string().max(500).optional(),
          })
          .strict(),
      )
      .default([]),
    draws: z
      .array(
        z
          .object({
            id: id,
            description: z.string().min(1).max(500),
            heldAt: z.string().optional(),
            timeZoneLabel: z.string().max(50).optional(),
            place: z.string().max(200).optional(),
            rounds: z.array(id),
            seed: z.string().max(200).optional().describe('the seed a cupstage draw ran on'),
            commitment: z
              .string()
              .regex(/^[0-9a-f]{64}$/, 'a SHA-256 hash: 64 lower-case hex digits')
              .optional()
              .describe("the seed's SHA-256, published before the draw"),
            committedAt: z.string().max(40).optional(),
            ties: z
              .array(z.tuple([z.string().min(1).max(200), z.string().min(1).max(200)]))
              .max(512)
              .optional()
              .describe('the ties drawn: [first-leg host, second-leg host]'),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

export type CompetitionFile = z.input<typeof competitionFileSchema>;
export type ParsedCompetitionFile = z.output<typeof competitionFileSchema>;

/** The JSON Schema of the competition file, generated from the zod schema. */
export function competitionJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(competitionFileSchema, { io: 'input' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://cupstage.dev/schema/competition-1.json',
    title: 'cupstage competition file',
    description:
      'A knockout stage of a cup competition: teams, groups, rounds, ties, legs, rules, schedule, amendments and draws.',
  };
}
