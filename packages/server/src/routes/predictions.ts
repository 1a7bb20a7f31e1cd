import {
  bindModel,
  type Competition,
  DEFAULT_MODEL,
  type GoalsModel,
  oddsByName,
  type PredictMethod,
  predictStage,
  readModelFile,
} from '@cupstage/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServerContext } from '../context.ts';
import { HttpProblem, problemOf } from '../problem.ts';
import { competitionId } from '../schemas.ts';
import { readable, sendVersioned } from './helpers.ts';

/** Exact odds are used up to this many ties; larger stages are simulated. */
const EXACT_MAX_TIES = 15;
/** The most Monte Carlo runs one request may ask for (about a tenth of a second of work). */
const MAX_RUNS = 1_000_000;

const methodQuery = z
  .object({
    method: z.enum(['exact', 'monte-carlo']).optional(),
    runs: z.coerce.number().int().min(1).max(MAX_RUNS).default(100_000),
    seed: z.string().min(1).max(100).default('1'),
  })
  .strict();

function methodOf(c: Competition, q: z.output<typeof methodQuery>): PredictMethod {
  const ties = c.rounds.reduce((n, r) => n + r.ties.length, 0);
  const kind = q.method ?? (ties <= EXACT_MAX_TIES ? 'exact' : 'monte-carlo');
  return kind === 'exact' ? { kind } : { kind, runs: q.runs, seed: q.seed };
}

function predict(c: Competition, model: GoalsModel, method: PredictMethod): string {
  const odds = predictStage(c, model, method);
  if (!odds.ok) throw new HttpProblem(problemOf([odds.error]));
  return JSON.stringify({
    method: method.kind,
    ...(method.kind === 'monte-carlo' ? { runs: method.runs, seed: method.seed } : {}),
    ...oddsByName(c, odds.value),
  });
}

/**
 * Predictions: each team's chance of going through each tie, reaching each round and winning,
 * conditional on every result entered (a played first leg included). GET uses the default model
 * (every team rated alike, home advantage); POST takes a model (the format of `cupstage simulate
 * --model`). Clients re-read after each change event of `GET /competitions/:id/events`.
 */
export async function predictionRoutes(root: FastifyInstance, ctx: ServerContext): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const params = z.object({ id: competitionId }).strict();

  app.get(
    '/competitions/:id/predictions',
    {
      schema: {
        tags: ['predictions'],
        summary: 'Odds of every team (default model): exact for small stages, Monte Carlo otherwise',
        params,
        querystring: methodQuery,
      },
    },
    async (request, reply) => {
      const snap = await readable(ctx, request, request.params.id);
      const c = snap.state.competition;
      const method = methodOf(c, request.query);
      const key = `predictions:${method.kind}:${method.kind === 'monte-carlo' ? `${method.runs}:${method.seed}` : ''}`;
      return sendVersioned(request, reply, snap, key, () => predict(c, DEFAULT_MODEL, method));
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
      },
    },
    async (request, reply) => {
      const snap = await readable(ctx, request, request.params.id);
      const c = snap.state.competition;
      const file = readModelFile(request.body.model);
      if (!file.ok)
        throw new HttpProblem(
          problemOf(file.error.map((e) => ({ ...e, path: ['body', 'model', ...e.path] }))),
        );
      const bound = bindModel(file.value.model, c);
      if (!bound.ok)
        throw new HttpProblem(
          problemOf(bound.error.map((e) => ({ ...e, path: ['body', 'model', ...e.path] }))),
        );
      reply.type('application/json; charset=utf-8');
      return predict(c, bound.value, methodOf(c, request.query));
    },
  );
}
