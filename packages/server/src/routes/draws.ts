import { seedCommitment } from '@cupstage/app';
import {
  type CupError,
  type DrawSpec,
  drawLogJson,
  drawOddsJson,
  drawSpecForRound,
  exactOdds,
  readDrawLog,
  readDrawSpec,
  runDraw,
  verifyDrawLog,
} from '@cupstage/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServerContext } from '../context.ts';
import { HttpProblem, problemOf } from '../problem.ts';
import { competitionId } from '../schemas.ts';
import { readable } from './helpers.ts';

/**
 * The largest pots the API computes exact odds or draws for, so that no request holds the server for long
 * (an open pot of 16 takes about 0.4 s, a UEFA round of 16 of 8 + 8 about 0.07 s, but 12 + 12 about 30 s).
 * `cupstage draw` has no such limit.
 */
const API_MAX_OPEN_POT = 16;
const API_MAX_UEFA_POT = 8;

const refuse = (errors: ReadonlyArray<CupError>, prefix: ReadonlyArray<string | number>): never => {
  throw new HttpProblem(problemOf(errors.map((e) => ({ ...e, path: [...prefix, ...e.path] }))));
};

const seedSchema = z.string().min(1).max(200);
const commitmentSchema = z
  .string()
  .regex(/^[0-9a-fA-F]{64}$/, 'a SHA-256 hash: 64 hex digits')
  .optional();

/**
 * The draw engine over HTTP, as `cupstage draw`: exact odds of a pots file, a draw run on a seed (for a
 * pots file, or a round of a competition), and the verification of a draw log. Nothing is stored here:
 * an organiser records a draw with `POST /competitions/:id/draws`.
 */
export async function drawRoutes(root: FastifyInstance, ctx: ServerContext): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();

  const check = (spec: DrawSpec, prefix: ReadonlyArray<string | number>): void => {
    const tooLarge = (path: string, message: string): never =>
      refuse([{ code: 'pot-too-large', path: [path], message }], prefix);
    if (spec.kind === 'open' && spec.teams.length > API_MAX_OPEN_POT) {
      tooLarge('teams', `the API draws open pots of up to ${API_MAX_OPEN_POT} teams; use cupstage draw`);
    }
    if (
      spec.kind === 'uefa-round-of-16' &&
      Math.max(spec.winners.length, spec.runnersUp.length) > API_MAX_UEFA_POT
    ) {
      tooLarge(
        'winners',
        `the API draws pots of up to ${API_MAX_UEFA_POT} group winners and runners-up; use cupstage draw`,
      );
    }
  };

  app.post(
    '/draws/odds',
    {
      schema: {
        tags: ['draws'],
        summary: 'Exact probability of every pairing, and the number of valid complete draws, of a pots file',
        querystring: z.object({ exact: z.enum(['true', 'false']).default('false') }).strict(),
        body: z.record(z.string(), z.unknown()),
      },
    },
    async (request) => {
      const spec = readDrawSpec(request.body);
      if (!spec.ok) return refuse(spec.error, ['body']);
      check(spec.value, ['body']);
      const odds = exactOdds(spec.value);
      if (!odds.ok) return refuse(odds.error, ['body']);
      return drawOddsJson(odds.value, request.query.exact === 'true');
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
      },
    },
    async (request) => {
      const { pots, seed, commitment } = request.body;
      const spec = readDrawSpec(pots);
      if (!spec.ok) return refuse(spec.error, ['body', 'pots']);
      check(spec.value, ['body', 'pots']);
      return run(spec.value, seed, commitment);
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
      },
    },
    async (request) => {
      const snap = await readable(ctx, request, request.params.id);
      const spec = drawSpecForRound(snap.state.competition, request.body.round);
      if (!spec.ok) return refuse([spec.error], ['body']);
      return run(spec.value, request.body.seed, request.body.commitment);
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
      },
    },
    async (request) => {
      const log = readDrawLog(request.body);
      if (!log.ok) return refuse(log.error, ['body']);
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
      const v = verifyDrawLog(log.value);
      if (!v.ok) return refuse(v.error, ['body']);
      return { verified: true, balls: v.value.balls, ties: v.value.ties, seedChecked: v.value.seedChecked };
    },
  );
}

function run(spec: DrawSpec, seed: string, commitment: string | undefined): unknown {
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
  const log = runDraw(spec, seed, commitment ? { commitment: commitment.toLowerCase() } : {});
  if (!log.ok) return refuse(log.error, ['body']);
  return drawLogJson(log.value);
}
