import { type AppError, enterGroupResult } from '@cupstage/app';
import { DEFAULT_MODEL, type GroupStage, groupOdds, type Result, teamId } from '@cupstage/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ServerContext } from '../context.ts';
import { GroupViewBuilder } from '../dto/group-view.ts';
import {
  groupDto,
  groupOddsDto,
  groupStageDto,
  notModified,
  problemResponses,
  writtenDto,
} from '../dto/schemas.ts';
import { fail, HttpProblem, problemOfAppError } from '../problem.ts';
import type { Snapshot } from '../reader.ts';
import { groupMatchBody, groupMatchParams, groupParams, idParams } from '../schemas.ts';
import { expectedVersion, readable, sendVersioned, signedIn } from './helpers.ts';

/** Bounds of the odds a GET computes on the request's thread (cached per version). */
const ODDS_MAX_EXACT = 5_000;
const ODDS_RUNS = 2_000;

function stageOf(snap: Snapshot): GroupStage {
  const stage = snap.state.competition.groupStage;
  if (!stage) fail('group-not-found', ['id'], `"${snap.state.competition.id}" has no group stage`);
  return stage;
}

function groupOf(snap: Snapshot, group: string) {
  const stage = stageOf(snap);
  const g = stage.groups.find((x) => x.id === group);
  if (!g)
    fail(
      'group-not-found',
      ['group'],
      `"${group}" is not a group of this competition (${stage.groups.map((x) => x.id).join(', ')})`,
    );
  return { stage, group: g };
}

function unwrap<T>(r: Result<T, AppError>): T {
  if (!r.ok) throw new HttpProblem(problemOfAppError(r.error));
  return r.value;
}

/** The group stage: tables, matches, odds, and the organisers' entry of group results. */
export async function groupRoutes(root: FastifyInstance, ctx: ServerContext): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['groups'];

  app.get(
    '/competitions/:id/groups',
    {
      schema: {
        tags,
        summary: 'The group stage (or league phase): ranking rules, every group’s table, notes and matches',
        params: idParams,
        response: { 200: groupStageDto, 304: notModified, ...problemResponses },
      },
    },
    async (request, reply) => {
      const snap = await readable(ctx, request, request.params.id);
      const stage = stageOf(snap);
      return sendVersioned(request, reply, snap, 'groups', () =>
        JSON.stringify(new GroupViewBuilder(snap.state.competition, stage).stageView()),
      );
    },
  );

  app.get(
    '/competitions/:id/groups/:group',
    {
      schema: {
        tags,
        summary: 'One group: its table (with each team’s status while it runs), notes and matches',
        params: groupParams,
        response: { 200: groupDto, 304: notModified, ...problemResponses },
      },
    },
    async (request, reply) => {
      const snap = await readable(ctx, request, request.params.id);
      const { stage, group } = groupOf(snap, request.params.group);
      return sendVersioned(request, reply, snap, `group\u0000${group.id}`, () =>
        JSON.stringify(new GroupViewBuilder(snap.state.competition, stage).groups(group.id)[0]),
      );
    },
  );

  app.get(
    '/competitions/:id/groups/:group/odds',
    {
      schema: {
        tags,
        summary:
          'Odds of every final position of a group (default model): exact over likely scores when few, else seeded Monte Carlo',
        params: groupParams,
        response: { 200: groupOddsDto, 304: notModified, ...problemResponses },
      },
    },
    async (request, reply) => {
      const snap = await readable(ctx, request, request.params.id);
      const { stage, group } = groupOf(snap, request.params.group);
      return sendVersioned(request, reply, snap, `group-odds\u0000${group.id}`, () => {
        const odds = groupOdds(group, stage.tieBreakers, stage.points, stage.advance, DEFAULT_MODEL, {
          maxExact: ODDS_MAX_EXACT,
          runs: ODDS_RUNS,
          seed: `${snap.state.competition.id}/${group.id}/${snap.state.version}`,
        });
        if (!odds.ok) throw new HttpProblem(problemOfAppError(odds.error as AppError));
        return JSON.stringify(new GroupViewBuilder(snap.state.competition, stage).odds(odds.value));
      });
    },
  );

  app.put(
    '/competitions/:id/groups/:group/matches/:home/:away',
    {
      schema: {
        tags: ['changes'],
        summary:
          'Enter or correct a group match’s result (If-Match required); standings, statuses and knockout slots follow',
        params: groupMatchParams,
        body: groupMatchBody,
        response: { 200: writtenDto, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { id, group, home, away } = request.params;
      const written = unwrap(
        await enterGroupResult(ctx.ports, signedIn(request), {
          competitionId: id,
          group,
          match: { ...request.body, home: teamId(home), away: teamId(away) } as never,
          expectedVersion: expectedVersion(request),
        }),
      );
      const stage = written.state.competition.groupStage;
      const view = stage
        ? new GroupViewBuilder(written.state.competition, stage).groups(group)[0]
        : undefined;
      // The DTO is read-only; the reply serialises it as is.
      const body = {
        version: written.version,
        published: written.state.published,
        ...(view ? { group: view } : {}),
      };
      return reply.header('etag', `"${written.version}"`).send(body as never);
    },
  );
}
