import { seedCommitment } from '@cupstage/app';
import {
  type CupError,
  checkSeed,
  type DrawSpec,
  drawSpecForRound,
  MIN_SEED_LENGTH,
  readDrawLog,
  readDrawSpec,
} from '@cupstage/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as z from 'zod';
import type { ServerContext } from '../context.ts';
import {
  drawLogDto,
  drawOddsDto,
  drawVerificationDto,
  fromWorker,
  problemResponses,
} from '../dto/schemas.ts';
import { runJob } from '../jobs/run-job.ts';
import type { CostLimits } from '../limits.ts';
import { HttpProblem, problemOf } from '../problem.ts';
import { competitionId } from '../schemas.ts';
import { heavyRateLimit, limitsOf, readable } from './helpers.ts';

const refuse = (errors: ReadonlyArray<CupError>, prefix: ReadonlyArray<string | number>): never => {
  throw new HttpProblem(problemOf(errors.map((e) => ({ ...e, path: [...prefix, ...e.path] }))));
};

const seedSchema = z
  .string()
  .max(200)
  .describe(`at least ${MIN_SEED_LENGTH} characters (an empty or short seed is refused: seed-too-short)`);
const commitmentSchema = z
  .string()
  .regex(/^[0-9a-fA-F]{64}$/, 'a SHA-256 hash: 64 hex digits')
  .optional();

/**
 * The largest draws the API runs, so that no request holds a worker for long (an open pot of 16 takes
 * about 0.4 s, a UEFA round of 16 of 8 + 8 about 0.07 s, but 12 + 12 about 30 s; a fixed draw's odds
 * are a ties × ties table). `cupstage draw` has no such limit. Refuses with `pot-too-large`.
 */
export function checkDrawSize(
  ctx: ServerContext,
  request: FastifyRequest,
  spec: DrawSpec,
  prefix: ReadonlyArray<string | number>,
): void {
  const limits: CostLimits = limitsOf(ctx, request);
  const tooLarge = (path: string, message: string): never =>
    refuse([{ code: 'pot-too-large', path: [path], message }], prefix);
  if ((spec.kind === 'fixed' || spec.kind === 'leg-order') && spec.ties.length > limits.drawTies) {
    tooLarge(
      'ties',
      `the API computes draws of up to ${limits.drawTies} ties (this one has ${spec.ties.length}); use cupstage draw`,
    );
  }
  if (spec.kind === 'open' && spec.teams.length > limits.openPot) {
    tooLarge('teams', `the API draws open pots of up to ${limits.openPot} teams; use cupstage draw`);
  }
  if (
    spec.kind === 'uefa-round-of-16' &&
    Math.max(spec.winners.length, spec.runnersUp.length) > limits.uefaPot
  ) {
    tooLarge(
      'winners',
      `the API draws pots of up to ${limits.uefaPot} group winners and runners-up; use cupstage draw`,
    );
  }
}

/**
 * The draw engine over HTTP, as `cupstage draw`: exact odds of a pots file, a draw run on a seed (for a
 * pots file, or a round of a competition), and the verification of a draw log. Nothing is stored here:
 * an organiser records a draw with `POST /competitions/:id/draws`.
 */
export async function drawRoutes(root: FastifyInstance, ctx: ServerContext): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();

  const check = (spec: DrawSpec, prefix: ReadonlyArray<string | number>, request: FastifyRequest): void =>
    checkDrawSize(ctx, request, spec, prefix);

  const run = async (
    request: FastifyRequest,
    spec: DrawSpec,
    seed: string,
    commitment: string | undefined,
  ): Promise<unknown> => {
    const short = checkSeed(seed, ['seed']);
    if (short) refuse([short], ['body']);
    if (commitment !== undefined && seedCommitment(seed) !== commitment.toLowerCase()) {
      refuse(
        [
          {
            code: 'seed-commitment-mismatch',
            path: ['seed'],
            message: 'the seed does not match the commitment: its SHA-256 is a different hash',
          },
        ],
        ['body'],
      );
    }
    const log = await runJob(ctx.jobs, request, 'draw-run', {
      spec,
      seed,
      ...(commitment ? { commitment: commitment.toLowerCase() } : {}),
    });
    if (!log.ok) return refuse(log.errors, ['body']);
    return log.value;
  };

  app.post(
    '/draws/odds',
    {
      schema: {
        tags: ['draws'],
        summary: 'Exact probability of every pairing, and the number of valid complete draws, of a pots file',
        querystring: z.object({ exact: z.enum(['true', 'false']).default('false') }).strict(),
        body: z.record(z.string(), z.unknown()),
        response: { 200: fromWorker(drawOddsDto), ...problemResponses },
      },
      config: heavyRateLimit(ctx),
    },
    async (request) => {
      const spec = readDrawSpec(request.body);
      if (!spec.ok) return refuse(spec.error, ['body']);
      check(spec.value, ['body'], request);
      const odds = await runJob(ctx.jobs, request, 'draw-odds', {
        spec: spec.value,
        exact: request.query.exact === 'true',
      });
      if (!odds.ok) return refuse(odds.errors, ['body']);
      return odds.value;
    },
  );

  app.post(
    '/draws/run',
    {
      schema: {
        tags: ['draws'],
        summary:
          'Run the draw of a pots file on a seed: the log of every ball (replayable with /draws/verify)',
        body: z
          .object({ pots: z.record(z.string(), z.unknown()), seed: seedSchema, commitment: commitmentSchema })
          .strict(),
        response: { 200: fromWorker(drawLogDto), ...problemResponses },
      },
      config: heavyRateLimit(ctx),
    },
    async (request) => {
      const { pots, seed, commitment } = request.body;
      const spec = readDrawSpec(pots);
      if (!spec.ok) return refuse(spec.error, ['body', 'pots']);
      check(spec.value, ['body', 'pots'], request);
      return run(request, spec.value, seed, commitment);
    },
  );

  app.post(
    '/competitions/:id/draws/run',
    {
      schema: {
        tags: ['draws'],
        summary: "Run a round's draw (e.g. the order of legs) on a seed; nothing is stored",
        params: z.object({ id: competitionId }).strict(),
        body: z
          .object({ round: z.string().min(1).max(100), seed: seedSchema, commitment: commitmentSchema })
          .strict(),
        response: { 200: fromWorker(drawLogDto), ...problemResponses },
      },
    },
    async (request) => {
      const snap = await readable(ctx, request, request.params.id);
      const spec = drawSpecForRound(snap.state.competition, request.body.round);
      if (!spec.ok) return refuse([spec.error], ['body']);
      check(spec.value, ['body'], request);
      return run(request, spec.value, request.body.seed, request.body.commitment);
    },
  );

  app.post(
    '/draws/verify',
    {
      schema: {
        tags: ['draws'],
        summary:
          'Replay a draw log: every ball, every list of allowed opponents, the ties, the seed and its commitment',
        body: z.record(z.string(), z.unknown()),
        response: { 200: fromWorker(drawVerificationDto), ...problemResponses },
      },
      config: heavyRateLimit(ctx),
    },
    async (request) => {
      const log = readDrawLog(request.body);
      if (!log.ok) return refuse(log.error, ['body']);
      check(log.value.spec, ['body', 'spec'], request);
      const { seed, commitment } = log.value;
      if (seed !== undefined && commitment !== undefined && seedCommitment(seed) !== commitment) {
        refuse(
          [
            {
              code: 'draw-log-commitment-mismatch',
              path: ['commitment'],
              message: "the seed's SHA-256 is not the published commitment",
            },
          ],
          ['body'],
        );
      }
      const v = await runJob(ctx.jobs, request, 'draw-verify', { log: log.value });
      if (!v.ok) return refuse(v.errors, ['body']);
      return v.value;
    },
  );
}
