import { createHash } from 'node:crypto';
import type { Competition, PredictMethod } from '@cupstage/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServerContext } from '../context.ts';
import { notModified, predictionsDto, problemResponses } from '../dto/schemas.ts';
import { orRefuse, runJob } from '../jobs/run-job.ts';
import { type CostLimits, defaultRuns } from '../limits.ts';
import type { Snapshot } from '../reader.ts';
import { competitionId } from '../schemas.ts';
import { heavyRateLimit, limitsOf, overLimit, readable } from './helpers.ts';

/** Exact odds are used up to this many ties; larger stages are simulated. */
const EXACT_MAX_TIES = 15;
/** The most Monte Carlo runs any request may ask for. */
const MAX_RUNS = 1_000_000;

const methodQuery = z
  .object({
    method: z.enum(['exact', 'monte-carlo']).optional(),
    runs: z.coerce.number().int().min(1).max(MAX_RUNS).optional(),
    seed: z.string().min(1).max(100).default('1'),
  })
  .strict();
type MethodQuery = z.output<typeof methodQuery>;

const tieCount = (c: Competition): number => c.rounds.reduce((n, r) => n + r.ties.length, 0);

/** The method of a request, checked against the caller's cost limits (a 422 naming the limit). */
function methodOf(c: Competition, q: MethodQuery, limits: CostLimits): PredictMethod {
  overLimit(
    c.teams.length > limits.predictionTeams,
    'too-many-teams',
    ['id'],
    `odds are computed for competitions of up to ${limits.predictionTeams} teams (this one has ${c.teams.length}); sign in as a member for larger ones, or use cupstage simulate`,
  );
  const ties = tieCount(c);
  const kind = q.method ?? (ties <= EXACT_MAX_TIES ? 'exact' : 'monte-carlo');
  if (kind === 'exact') {
    overLimit(
      ties > EXACT_MAX_TIES,
      'too-many-ties-for-exact',
      ['query', 'method'],
      `exact odds are computed for stages of up to ${EXACT_MAX_TIES} ties (this one has ${ties}); use method=monte-carlo`,
    );
    return { kind };
  }
  const runs = q.runs ?? defaultRuns(ties, limits);
  const most = Math.floor(limits.simulatedTies / Math.max(1, ties));
  overLimit(
    runs * ties > limits.simulatedTies,
    'too-many-runs',
    ['query', 'runs'],
    `runs × ties may be at most ${limits.simulatedTies.toLocaleString('en')}: at most ${most.toLocaleString('en')} runs for this stage of ${ties} ties`,
  );
  return { kind, runs, seed: q.seed };
}

/** The odds of a snapshot's competition under a model, computed in the job pool and cached per version. */
async function answer(
  ctx: ServerContext,
  request: FastifyRequest,
  reply: FastifyReply,
  snap: Snapshot,
  method: PredictMethod,
  model: Readonly<Record<string, unknown>> | undefined,
): Promise<FastifyReply> {
  const id = snap.state.competition.id;
  const version = snap.state.version;
  const etag = `"${version}"`;
  const what = method.kind === 'exact' ? 'exact' : `mc:${method.runs}:${method.seed}`;
  const key = `predictions\u0000${id}\u0000${version}\u0000${what}\u0000${model === undefined ? '' : createHash('sha256').update(JSON.stringify(model)).digest('hex')}`;
  if (model === undefined) {
    reply
      .header('etag', etag)
      .header('cache-control', snap.state.published ? 'no-cache' : 'private, no-cache');
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
  }
  const body = await ctx.cache.get(key, async () =>
    orRefuse(
      await runJob(ctx.jobs, request, 'predict', {
        key: `${id}\u0000${version}`,
        competition: snap.state.competition,
        method,
        ...(model !== undefined ? { model } : {}),
      }),
    ),
  );
  return reply.type('application/json; charset=utf-8').send(body);
}

/**
 * Predictions: each team's chance of going through each tie, reaching each round and winning,
 * conditional on every result entered (a played first leg included). GET uses the default model
 * (every team rated alike, home advantage); POST takes a model (the format of `cupstage simulate
 * --model`). The work runs in the server's job pool; each request's cost is checked against the
 * caller's limits first. Clients re-read after each change event of `GET /competitions/:id/events`.
 */
export async function predictionRoutes(root: FastifyInstance, ctx: ServerContext): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const params = z.object({ id: competitionId }).strict();

  app.get(
    '/competitions/:id/predictions',
    {
      schema: {
        tags: ['predictions'],
        summary:
          'Odds of every team (default model): exact for small stages, Monte Carlo otherwise (runs default to 100,000, fewer for very large stages)',
        params,
        querystring: methodQuery,
        response: { 200: predictionsDto, 304: notModified, ...problemResponses },
      },
      config: heavyRateLimit(ctx),
    },
    async (request, reply) => {
      const snap = await readable(ctx, request, request.params.id);
      const method = methodOf(snap.state.competition, request.query, limitsOf(ctx, request));
      return answer(ctx, request, reply, snap, method, undefined);
    },
  );

  app.post(
    '/competitions/:id/predictions',
    {
      schema: {
        tags: ['predictions'],
        summary:
          'Odds of every team under your model (team strengths or Elo ratings, as for cupstage simulate --model)',
        params,
        querystring: methodQuery,
        body: z.object({ model: z.record(z.string(), z.unknown()) }).strict(),
        response: { 200: predictionsDto, ...problemResponses },
      },
      config: heavyRateLimit(ctx),
    },
    async (request, reply) => {
      const snap = await readable(ctx, request, request.params.id);
      const method = methodOf(snap.state.competition, request.query, limitsOf(ctx, request));
      return answer(ctx, request, reply, snap, method, request.body.model);
    },
  );
}
