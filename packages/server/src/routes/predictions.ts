import { createHash } from 'node:crypto';
import {
  COST_UNITS_PER_SECOND,
  type Competition,
  exactOddsCost,
  type GoalsModel,
  monteCarloCost,
  type PredictMethod,
  readModelFile,
} from '@cupstage/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as z from 'zod';
import type { ServerContext } from '../context.ts';
import { notModified, predictionsDto, problemResponses } from '../dto/schemas.ts';
import { orRefuse, runJob } from '../jobs/run-job.ts';
import type { CostLimits } from '../limits.ts';
import { HttpProblem, problemOf } from '../problem.ts';
import type { Snapshot } from '../reader.ts';
import { competitionId } from '../schemas.ts';
import { answerIfUnchanged, heavyRateLimit, limitsOf, overLimit, readable } from './helpers.ts';

/** The most Monte Carlo runs any request may ask for. */
const MAX_RUNS = 1_000_000;
/** Monte Carlo runs when a request names none (fewer when the budget allows fewer). */
const DEFAULT_RUNS = 100_000;

const methodQuery = z
  .object({
    method: z.enum(['exact', 'monte-carlo']).optional(),
    runs: z.coerce.number().int().min(1).max(MAX_RUNS).optional(),
    seed: z.string().min(1).max(100).default('1'),
  })
  .strict();
type MethodQuery = z.output<typeof methodQuery>;

const seconds = (units: number): string => (units / COST_UNITS_PER_SECOND).toFixed(1);

/**
 * The method of a request, chosen and checked by the estimated cost of the work (core's
 * `exactOddsCost` and `monteCarloCost`) against the caller's budget: exact odds whenever they fit and
 * are not dearer than the default Monte Carlo runs; otherwise Monte Carlo with the runs asked for (or as
 * many of the default 100,000 as fit). Work over the budget is a 422 naming the limit.
 */
function methodOf(c: Competition, q: MethodQuery, limits: CostLimits, model?: GoalsModel): PredictMethod {
  overLimit(
    c.teams.length > limits.predictionTeams,
    'too-many-teams',
    ['id'],
    `odds are computed for competitions of up to ${limits.predictionTeams} teams (this one has ${c.teams.length}); sign in as a member for larger ones, or use cupstage simulate`,
  );
  const budget = limits.predictionCost;
  const exact = exactOddsCost(c, model);
  const planOnly = monteCarloCost(c, 0, model);
  const perRun = Math.max(1e-9, monteCarloCost(c, 1, model) - planOnly);
  const mostRuns = Math.max(0, Math.min(MAX_RUNS, Math.floor((budget - planOnly) / perRun)));
  if (
    q.method === 'exact' ||
    (q.method === undefined &&
      q.runs === undefined &&
      exact <= budget &&
      exact <= planOnly + perRun * DEFAULT_RUNS)
  ) {
    overLimit(
      exact > budget,
      'too-costly',
      ['query', 'method'],
      `exact odds of this stage need about ${seconds(exact)} s of work; requests may use ${seconds(budget)} s${mostRuns > 0 ? `: use method=monte-carlo with up to ${mostRuns.toLocaleString('en')} runs` : ''}, sign in for more, or use cupstage simulate --exact`,
    );
    return { kind: 'exact' };
  }
  overLimit(
    mostRuns < 1,
    'too-costly',
    ['id'],
    `odds of this stage need about ${seconds(planOnly)} s of work before the first run; requests may use ${seconds(budget)} s: sign in for more, or use cupstage simulate`,
  );
  const runs = q.runs ?? Math.min(DEFAULT_RUNS, mostRuns);
  overLimit(
    runs > mostRuns,
    'too-many-runs',
    ['query', 'runs'],
    `${runs.toLocaleString('en')} runs of this stage need about ${seconds(planOnly + perRun * runs)} s of work; requests may use ${seconds(budget)} s: at most ${mostRuns.toLocaleString('en')} runs for this stage`,
  );
  return { kind: 'monte-carlo', runs, seed: q.seed };
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
  const what = method.kind === 'exact' ? 'exact' : `mc:${method.runs}:${method.seed}`;
  const key = `predictions\u0000${id}\u0000${version}\u0000${what}\u0000${model === undefined ? '' : createHash('sha256').update(JSON.stringify(model)).digest('hex')}`;
  if (model === undefined) {
    const unchanged = answerIfUnchanged(request, reply, snap);
    if (unchanged) return unchanged;
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
      const file = readModelFile(request.body.model);
      if (!file.ok)
        throw new HttpProblem(
          problemOf(file.error.map((e) => ({ ...e, path: ['body', 'model', ...e.path] }))),
        );
      const method = methodOf(
        snap.state.competition,
        request.query,
        limitsOf(ctx, request),
        file.value.model,
      );
      return answer(ctx, request, reply, snap, method, request.body.model);
    },
  );
}
