import * as z from 'zod';

/**
 * THE contract of the API's responses: one zod schema per body. The TypeScript types of the DTOs
 * (dto/types.ts, imported by the web app) are inferred from these; every route registers them as its
 * Fastify response schemas, so that /openapi.json describes every body. Legs are numbered from 1,
 * sides are 0 (hosts the first leg) and 1. Objects are not strict: extra keys are stripped when the
 * server serialises an object, and a test checks that a view parses to itself (nothing dropped).
 */

const goals = z.tuple([z.number(), z.number()]);

export const dateRangeDto = z.object({ from: z.string(), to: z.string() });

export const teamDto = z.object({
  id: z.string(),
  name: z.string(),
  country: z.string().describe('three-letter code, e.g. TUN'),
});

export const roleDto = z.enum(['owner', 'editor']);

export const competitionSummaryDto = z
  .object({
    id: z.string(),
    name: z.string(),
    version: z.number().int(),
    published: z.boolean(),
    role: roleDto.optional().describe("the caller's role, when the caller is a member"),
    status: z
      .enum(['upcoming', 'live', 'finished'])
      .optional()
      .describe('upcoming before any leg is played, live while under way, finished once it has a champion'),
    dates: z
      .object({ from: z.string(), to: z.string() })
      .optional()
      .describe("the competition's period, or the span of its round windows and leg dates"),
    champion: teamDto.optional(),
    next: z
      .array(
        z.object({
          round: z.string(),
          roundName: z.string(),
          tie: z.string(),
          leg: z.number().int(),
          home: teamDto,
          away: teamDto,
          date: z.string().optional(),
          kickoff: z.string().optional(),
          timeZone: z.string().optional(),
        }),
      )
      .optional()
      .describe('the next legs to be played (at most 3), dated ones first'),
  })
  .describe(
    'one line of GET /competitions (status, dates, champion and next there; not in the answer to a creation)',
  );

export const slotDto = z
  .union([
    z.object({ team: z.string() }),
    z.object({ group: z.string(), position: z.number().int() }),
    z.object({ winner: z.string() }),
    z.object({ loser: z.string() }),
  ])
  .describe('where a side of a tie comes from, as in the competition file');

export const sideDto = z.object({
  slot: slotDto,
  label: z.string().describe('the team\'s name, or the slot\'s label while unknown ("Winner QF1")'),
  team: teamDto.optional(),
});

export const legDto = z.object({
  number: z.number().int().describe('1 or 2 (1 for a single match)'),
  home: teamDto,
  away: teamDto,
  score: goals.optional().describe('goals after 90 minutes, home first; absent while not played'),
  extraTime: goals.optional(),
  penalties: goals.optional(),
  result: z.string().describe('as printed: 1–0, 2–1 (a.e.t.), or v when not played'),
  date: z.string().optional(),
  kickoff: z.string().optional(),
  timeZone: z.string().optional(),
  venue: z.string().optional(),
  city: z.string().optional(),
  neutral: z.boolean().optional(),
  awarded: z.boolean().optional(),
});

export const tieStatusDto = z
  .enum(['waiting', 'undecided', 'decided', 'reported', 'invalid'])
  .describe(
    '`waiting` for its teams, `undecided` (see `next`), `decided` (see `winner`, `decidedBy`, `summary`), `reported` (only a published summary is known) or `invalid` (see `error`)',
  );

export const nextStepDto = z.enum([
  'first-leg',
  'second-leg',
  'extra-time',
  'penalties',
  'play-off',
  'coin-toss',
]);

export const decidedByDto = z.enum([
  'aggregate',
  'points',
  'away-goals',
  'extra-time',
  'golden-goal',
  'silver-goal',
  'away-goals-extra-time',
  'penalties',
  'play-off',
  'coin-toss',
  'walkover',
]);

export const cupErrorDto = z.object({
  code: z.string(),
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});

export const tieDto = z.object({
  id: z.string(),
  round: z.string(),
  sides: z.tuple([sideDto, sideDto]),
  legs: z.array(legDto),
  status: tieStatusDto,
  next: nextStepDto.optional(),
  winner: teamDto.optional(),
  decidedBy: decidedByDto.optional(),
  aggregate: goals.optional().describe('goals over all legs by side (side 0 first)'),
  summary: z.string().optional().describe("Wikipedia's result line"),
  error: cupErrorDto.optional(),
});

export const deciderDto = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('aggregate') }),
  z.object({ kind: z.literal('points') }),
  z.object({ kind: z.literal('away-goals') }),
  z.object({ kind: z.literal('extra-time'), awayGoals: z.boolean() }),
  z.object({ kind: z.literal('golden-goal') }),
  z.object({ kind: z.literal('silver-goal') }),
  z.object({ kind: z.literal('penalties'), playoff: z.boolean().optional() }),
  z.object({ kind: z.literal('play-off'), extraTime: z.boolean(), penalties: z.boolean() }),
  z.object({ kind: z.literal('coin-toss') }),
]);

export const rulesDto = z.object({
  id: z.string(),
  name: z.string(),
  legs: z.union([z.literal(1), z.literal(2)]),
  deciders: z.array(deciderDto),
  source: z.string(),
});

export const legOrderKindDto = z.enum(['group-winners-host-second-leg', 'draw', 'fixed', 'neutral']);

export const roundDto = z.object({
  id: z.string(),
  name: z.string(),
  rules: rulesDto,
  legOrder: legOrderKindDto.describe('how the order of legs was set'),
  legOrderDraw: z
    .string()
    .optional()
    .describe('with legOrder `draw`: the id of the draw (in `draws`) that set it'),
  schedule: z
    .object({
      firstLeg: dateRangeDto.optional(),
      secondLeg: dateRangeDto.optional(),
      match: dateRangeDto.optional(),
    })
    .optional(),
  openDraw: z
    .object({ constraints: z.array(z.enum(['different-group', 'different-association'])) })
    .optional()
    .describe("present when the round's pairs are drawn from one open pot"),
  ties: z.array(tieDto),
});

export const amendmentDto = z.object({
  round: z.string(),
  window: z.enum(['first-leg', 'second-leg', 'match']),
  from: dateRangeDto,
  to: dateRangeDto,
  reason: z.string().optional(),
});

export const drawRecordDto = z.object({
  id: z.string(),
  description: z.string(),
  heldAt: z.string().optional().describe('local date and time with offset, e.g. 2017-04-26T14:00:00+02:00'),
  timeZoneLabel: z.string().optional().describe('as the source prints the zone, e.g. EET'),
  place: z.string().optional(),
  rounds: z.array(z.string()),
  seed: z.string().optional().describe('the seed the draw ran on (revealed after the draw)'),
  commitment: z.string().optional().describe("the seed's SHA-256, published before the draw"),
  committedAt: z.string().optional().describe('when the commitment was published (ISO 8601 UTC)'),
  ties: z
    .array(z.tuple([z.string(), z.string()]))
    .optional()
    .describe('the ties drawn: [first-leg host, second-leg host]'),
});

export const commitmentDto = z
  .object({
    round: z.string(),
    commitment: z.string().describe("the SHA-256 of the draw's seed (hex)"),
    at: z.string().describe('when it was published (ISO 8601 UTC)'),
  })
  .describe('a draw commitment published before the draw and not used yet');

export const competitionViewDto = z
  .object({
    id: z.string(),
    name: z.string(),
    stageName: z.string(),
    season: z.string().optional(),
    period: dateRangeDto.optional(),
    rulesReference: z.string().optional(),
    version: z.number().int(),
    published: z.boolean(),
    teams: z.array(teamDto),
    groups: z.array(z.object({ group: z.string(), positions: z.array(z.string()) })),
    groupStage: z
      .object({ name: z.string(), groups: z.array(z.string()) })
      .optional()
      .describe('present when the group stage is entered: its tables at GET /competitions/:id/groups'),
    rounds: z.array(roundDto),
    champion: teamDto.optional(),
    amendments: z.array(amendmentDto),
    draws: z.array(drawRecordDto),
    commitments: z
      .array(commitmentDto)
      .optional()
      .describe('draw commitments published for draws still to be held (absent when none)'),
  })
  .describe('GET /competitions/:id: the whole competition, derived by core');

export const stageDto = z.object({
  name: z.string(),
  rounds: z.array(roundDto),
  champion: teamDto.optional(),
});

export const bracketSideDto = z.object({
  label: z.string(),
  team: z.string().optional(),
  country: z.string().optional(),
  legs: z.array(z.number().nullable()).describe('goals in each leg (after extra time); null when not played'),
  aggregate: z.number().optional(),
  penalties: z
    .number()
    .int()
    .optional()
    .describe("this side's goals in the penalty shoot-out that decided the tie"),
  winner: z.boolean(),
});

export const bracketTieDto = z.object({
  id: z.string(),
  sides: z.tuple([bracketSideDto, bracketSideDto]),
  marker: z
    .string()
    .optional()
    .describe('a (away goals), a.e.t., 4–3 p (penalties), play-off, coin toss, w/o'),
  summary: z.string().optional(),
});

export const bracketDto = z
  .object({
    rounds: z.array(
      z.object({
        name: z.string(),
        legs: z.union([z.literal(1), z.literal(2)]),
        ties: z.array(bracketTieDto),
      }),
    ),
    champion: z.string().optional(),
  })
  .describe("GET /competitions/:id/bracket: core's bracketModel");

const sentence = z
  .string()
  .describe(
    'the entry in words, as the web and the CLI show it: "SF1 leg 2: 1–3 → 1–2, by editor@example.org, 20 Oct 2017 19:02"',
  );

export const auditEntryDto = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('applied'),
    sentence,
    version: z.number().int(),
    kind: z.string(),
    actor: z.string(),
    at: z.string(),
    target: z.string().optional(),
    tie: z.string().optional().describe('the tie of a leg event'),
    round: z.string().optional().describe('the round of a draw, window or amendment event'),
    detail: z.unknown().optional(),
    before: z.unknown().optional().describe('a correction or deletion: the leg as it was'),
  }),
  z.object({
    outcome: z.literal('conflict'),
    sentence,
    kind: z.string(),
    actor: z.string(),
    at: z.string(),
    target: z.string(),
    expectedVersion: z.number().int(),
    currentVersion: z.number().int(),
    count: z.number().int().describe('refused attempts of this actor and kind in the same minute'),
  }),
  z.object({
    outcome: z.literal('member'),
    sentence,
    kind: z.string().describe('member-granted, member-role-changed or member-removed'),
    actor: z.string(),
    at: z.string(),
    target: z.string().describe('the address whose role changed'),
    role: roleDto.optional().describe('the new role (none for a removal)'),
  }),
]);

export const fixtureDto = z
  .object({
    round: z.string(),
    roundName: z.string(),
    tie: z.string(),
    leg: z.number().int().describe('1 or 2 (1 for a single match)'),
    legs: z.number().int().describe('how many legs the tie has'),
    window: dateRangeDto.optional().describe("the round's window of this leg, when set"),
    homeName: z.string().describe('the team, or its slot while unknown ("Winner QF1")'),
    awayName: z.string(),
    home: z.string().optional().describe('team id, when known'),
    away: z.string().optional(),
    date: z.string().optional(),
    kickoff: z.string().optional(),
    timeZone: z.string().optional(),
    venue: z.string().optional(),
    city: z.string().optional(),
    result: z
      .string()
      .optional()
      .describe('as printed, when played: 1–3, 2–1 (a.e.t.), 1–1 (a.e.t.), 4–3 on penalties'),
  })
  .describe('one leg of GET /competitions/:id/fixtures');

export const changeEventDto = z
  .object({
    version: z.number().int(),
    kind: z.string(),
    at: z.string(),
    tie: z.string().optional(),
    leg: z.number().int().optional().describe('1-based'),
    group: z.string().optional().describe('a group result: the group'),
  })
  .describe('the data of one Server-Sent Event (event: change, id: the version)');

/** The body of every successful change: the new version (also the ETag) and whether it is published. */
export const groupStatusDto = z
  .enum(['through-as-winners', 'through', 'can-still-qualify', 'eliminated'])
  .describe('computed exactly from the remaining matches (within a goal bound) while the group runs');

export const groupRowDto = z.object({
  position: z.string().describe('as printed; teams the criteria cannot separate share it'),
  team: teamDto,
  played: z.number().int(),
  won: z.number().int(),
  drawn: z.number().int(),
  lost: z.number().int(),
  goalsFor: z.number().int(),
  goalsAgainst: z.number().int(),
  goalDifference: z.string().describe('+7, 0, −4 (U+2212), as printed'),
  points: z.number().int(),
  qualification: z.string().describe("the qualifying positions' label, else empty"),
  status: groupStatusDto.optional().describe('present once settled (not can-still-qualify)'),
});

export const groupMatchDto = z.object({
  home: teamDto,
  away: teamDto,
  score: goals.optional().describe('goals after 90 minutes, home first; absent while not played'),
  result: z.string().describe('as printed: 3–0, 3–0 (awarded), or v when not played'),
  awarded: z.boolean().optional(),
  neutral: z.boolean().optional(),
  matchday: z.number().int().optional(),
  date: z.string().optional(),
  kickoff: z.string().optional(),
  timeZone: z.string().optional(),
  venue: z.string().optional(),
  city: z.string().optional(),
  source: z.string().optional(),
});

export const groupDto = z
  .object({
    group: z.string(),
    complete: z.boolean().describe('every match played: its positions fill knockout slots'),
    league: z.object({ matchesPerTeam: z.number().int() }).optional().describe('a league phase'),
    table: z.array(groupRowDto),
    notes: z.array(z.string()).describe('how ties on points were broken; positions still undecided'),
    matches: z.array(groupMatchDto),
  })
  .describe('one group: its table (ranked by the tie-breakers) and its matches');

export const groupStageDto = z.object({
  name: z.string(),
  rules: z.string().describe('the ranking rules in words, with their source'),
  tieBreakers: z.object({ id: z.string(), name: z.string(), source: z.string() }),
  advance: z.number().int(),
  advanceLabel: z.string(),
  groups: z.array(groupDto),
});

export const groupOddsDto = z
  .object({
    group: z.string(),
    method: z.enum(['exact', 'monte-carlo']),
    outcomes: z.number().int().describe('score combinations ranked (exact) or runs (Monte Carlo)'),
    teams: z.array(
      z.object({
        team: teamDto,
        positions: z.array(z.number()).describe('positions[k]: probability of finishing k+1-th'),
        qualify: z.number().describe('probability of a qualifying position'),
      }),
    ),
  })
  .describe('odds of every final position under the default model (every team rated alike, home advantage)');

/** A leg in the shape of the leg PUT's body (so that a removed leg can be PUT back). */
export const legInputDto = z.object({
  home: z.string(),
  away: z.string(),
  score: goals.optional(),
  extraTime: goals.optional(),
  penalties: goals.optional(),
  neutral: z.boolean().optional(),
  awarded: z.boolean().optional(),
  date: z.string().optional(),
  kickoff: z.string().optional(),
  timeZone: z.string().optional(),
  venue: z.string().optional(),
  city: z.string().optional(),
});

export const writtenDto = z.object({
  version: z.number().int(),
  published: z.boolean(),
  change: z
    .enum(['entered', 'corrected', 'deleted'])
    .optional()
    .describe('PUT or DELETE of a leg: whether the leg was entered for the first time, corrected or deleted'),
  tie: tieDto.optional().describe('PUT of a leg: the tie after the change'),
  removed: legInputDto
    .optional()
    .describe('DELETE of a leg: the leg removed, in the body shape of the PUT (PUT it back to undo)'),
  group: groupDto.optional().describe('PUT of a group match: the group after the change'),
});

export const memberDto = z.object({ email: z.string(), role: roleDto });
export const memberListDto = z.array(memberDto).describe('members and invited addresses alike');

export const meDto = z.object({
  user: z.object({ id: z.string(), email: z.string() }),
  csrfToken: z.string().optional().describe('echo it in X-CSRF-Token on every change made with the cookie'),
  competitions: z.array(z.string()).optional().describe('GET /auth/me: the competitions you are a member of'),
});

export const tokenDto = z.object({ id: z.string(), name: z.string(), createdAt: z.string() });

export const newTokenDto = tokenDto.extend({
  token: z.string().describe('the secret, shown once: send it as Authorization: Bearer <token>'),
});

/**
 * A response schema for a value computed in the worker pool, whose static type is `unknown` once it
 * has crossed the thread: Fastify still checks and serialises the value with the schema, and OpenAPI
 * documents it; only the handler's compile-time check is waived.
 */
export const fromWorker = <S extends z.ZodType>(schema: S): z.ZodType<unknown> =>
  schema as z.ZodType<unknown>;

const probabilities = z.record(z.string(), z.number());

export const predictionsDto = z.object({
  method: z.enum(['exact', 'monte-carlo']),
  runs: z.number().int().optional(),
  seed: z.string().optional(),
  champion: probabilities.describe('by team name'),
  reach: z.record(z.string(), probabilities).describe('by round name, then team name'),
  ties: z
    .record(z.string(), probabilities)
    .describe('by tie id, then team name: the chance of going through'),
});

export const drawOddsDto = z.object({
  validDraws: z.number(),
  probabilities: z
    .record(z.string(), z.record(z.string(), z.union([z.number(), z.string()])))
    .describe('row team, then column team: a number, or an exact fraction "1/3" with ?exact'),
});

export const drawLogDto = z
  .looseObject({
    format: z.literal('cupstage-draw-log/1'),
    spec: z.unknown(),
    seed: z.string().optional(),
    commitment: z.string().optional(),
    steps: z.array(z.object({ pot: z.string(), from: z.array(z.string()), drawn: z.string() })),
    ties: z.array(z.tuple([z.string(), z.string()])).describe('[first-leg host, second-leg host]'),
  })
  .describe('a cupstage-draw-log/1 document (as `cupstage draw` writes it)');

export const drawVerificationDto = z.object({
  verified: z.literal(true),
  balls: z.number().int(),
  ties: z.array(z.tuple([z.string(), z.string()])),
  seedChecked: z.boolean(),
});

/** A problem document (RFC 9457), the body of every error response (`application/problem+json`). */
export const problemDto = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string().describe("the first problem's code (see docs/api.md for the table)"),
    errors: z.array(cupErrorDto),
    currentVersion: z.number().int().optional().describe('on 412: the version now (also the ETag)'),
    retryAfterSeconds: z.number().int().optional().describe('on 429 and 503 (also Retry-After)'),
    requestId: z.string().optional().describe('quote it when reporting a 500'),
  })
  .describe('application/problem+json');

/**
 * A body that is not a JSON value of the API (text, Markdown, CSV, iCalendar, SVG, PNG, an event
 * stream, or a pre-rendered JSON file), described in OpenAPI by its media types. The handlers send
 * strings or bytes, which Fastify passes through without serialising.
 */
export const mediaBody = (description: string, types: ReadonlyArray<string>) => ({
  description,
  content: Object.fromEntries(
    [...new Set(types.map((t) => t.split(';')[0]!.trim()))].map((t) => [
      t,
      {
        // Typed as text or bytes: the handler sends a string or a Buffer and Fastify passes it through.
        schema: (t.startsWith('image/png') ? z.string().meta({ format: 'binary' }) : z.string()) as z.ZodType<
          string | Uint8Array
        >,
      },
    ]),
  ),
});

/** `POST /import`: the competition file read and what the reader noticed. */
export const importedDto = z.object({
  competition: z.record(z.string(), z.unknown()).describe('a cupstage-competition/1 file'),
  problems: z.array(
    z.looseObject({
      code: z.string(),
      path: z.array(z.union([z.string(), z.number()])),
      message: z.string(),
    }),
  ),
});

/** A problem document in its media type: the body of every 4xx and 5xx answer. */
const problemBody = {
  description: 'a problem document (RFC 9457) naming each problem: path, code, message',
  content: { 'application/problem+json': { schema: problemDto } },
};

/** The error responses of every route: any 4xx or 5xx is a problem document. */
export const problemResponses = { '4xx': problemBody, '5xx': problemBody } as const;

/**
 * A response without a body. OpenAPI shows `type: null` as "no content"; the type says `undefined`
 * because the handler calls `reply.send()` with nothing (Fastify sends no body and runs no serialiser).
 */
const bodyless = (description: string) => z.null().describe(description) as unknown as z.ZodType<undefined>;

/** A conditional GET whose If-None-Match named the current ETag. */
export const notModified = bodyless('Not Modified: If-None-Match named the current ETag');

/** A success without a body. */
export const noContent = bodyless('No Content');
