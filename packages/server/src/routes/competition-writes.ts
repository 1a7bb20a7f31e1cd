import {
  type AppError,
  amendSchedule,
  createCompetition,
  deleteLegResult,
  enterLegResult,
  listMembers,
  recordDraw,
  setMemberRole,
  setPublished,
  type Written,
} from '@cupstage/app';
import {
  type Competition,
  type DrawRecord,
  type Leg,
  type Result,
  roundId,
  singleElimination,
  type TieRules,
  teamId,
  tieId,
} from '@cupstage/core';
import { competitionFromJson, readRules } from '@cupstage/formats';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { ServerContext } from '../context.ts';
import { competitionSummaryDto, memberListDto, problemResponses, writtenDto } from '../dto/schemas.ts';
import { fail, HttpProblem, problemOf, problemOfAppError } from '../problem.ts';
import {
  amendmentBody,
  bracketBody,
  createBody,
  drawBody,
  idParams,
  legBody,
  legParams,
  memberParams,
  roleBody,
} from '../schemas.ts';
import { expectedVersion, signedIn } from './helpers.ts';

const tags = ['changes'];

function unwrap<T>(r: Result<T, AppError>): T {
  if (!r.ok) throw new HttpProblem(problemOfAppError(r.error));
  return r.value;
}

function sendWritten(
  reply: FastifyReply,
  written: Written,
  body: Record<string, unknown> = {},
): FastifyReply {
  return reply
    .header('etag', `"${written.version}"`)
    .send({ version: written.version, published: written.state.published, ...body });
}

/** Rules given by id or as a decider chain, checked by formats' `readRules` (a 422 naming the field). */
function rulesOf(value: unknown, field: 'rules' | 'finalRules'): TieRules {
  const read = readRules(value, ['body', field]);
  if (!read.ok) throw new HttpProblem(problemOf([read.error]));
  return read.value;
}

function fromBracket(body: z.output<typeof bracketBody>): Competition {
  const rules = rulesOf(body.rules, 'rules');
  const finalRules = body.finalRules !== undefined ? rulesOf(body.finalRules, 'finalRules') : undefined;
  return singleElimination({
    id: body.id,
    name: body.name,
    teams: body.teams.map((t) => ({ id: teamId(t.id), name: t.name, country: t.country })),
    rules,
    ...(finalRules ? { finalRules } : {}),
  });
}

function toLeg(body: z.output<typeof legBody>): Leg {
  const { home, away, ...rest } = body;
  return { home: teamId(home), away: teamId(away), ...(rest as Omit<Leg, 'home' | 'away'>) };
}

/** Every change: create, leg results (enter, correct, delete), draws, schedule, publishing, members. */
export async function competitionWriteRoutes(root: FastifyInstance, ctx: ServerContext): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { ports } = ctx;

  app.post(
    '/competitions',
    {
      schema: {
        tags,
        summary:
          'Create a competition from a competition file, or from qualified teams + rules (an id or a decider chain) + a bracket',
        body: createBody,
        response: { 201: competitionSummaryDto, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = request.caller.actor;
      if (!actor) fail('sign-in-required', [], 'sign in or send an API token to create a competition');
      const body = request.body as Record<string, unknown>;
      let competition: Competition;
      if (body.format !== undefined) {
        const parsed = competitionFromJson(body);
        if (!parsed.ok)
          throw new HttpProblem(problemOf(parsed.error.map((e) => ({ ...e, path: ['body', ...e.path] }))));
        competition = parsed.value;
      } else {
        competition = fromBracket(bracketBody.parse(body));
      }
      const created = unwrap(await createCompetition(ports, actor, competition));
      return reply
        .code(201)
        .header('etag', `"${created.version}"`)
        .header('location', `/competitions/${competition.id}`)
        .send({
          id: competition.id,
          name: competition.name,
          version: created.version,
          published: false,
          role: 'owner',
        });
    },
  );

  app.put(
    '/competitions/:id/ties/:tieId/legs/:leg',
    {
      schema: {
        tags,
        summary:
          'Enter or correct the result of a leg (If-Match required); core checks it and re-derives downstream',
        params: legParams,
        body: legBody,
        response: { 200: writtenDto, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { id, tieId: tie, leg } = request.params;
      const written = unwrap(
        await enterLegResult(ports, signedIn(request), {
          competitionId: id,
          tie: tieId(tie),
          leg: leg - 1,
          match: toLeg(request.body),
          expectedVersion: expectedVersion(request),
        }),
      );
      const snap = await ctx.reader.current(id);
      const derived = snap?.ko.tie(tieId(tie));
      return sendWritten(reply, written, derived && snap ? { tie: snap.views.tie(derived) } : {});
    },
  );

  app.delete(
    '/competitions/:id/ties/:tieId/legs/:leg',
    {
      schema: {
        tags,
        summary: 'Delete the last entered leg of a tie (If-Match required)',
        params: legParams,
        response: { 200: writtenDto, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { id, tieId: tie, leg } = request.params;
      const written = unwrap(
        await deleteLegResult(ports, signedIn(request), {
          competitionId: id,
          tie: tieId(tie),
          leg: leg - 1,
          expectedVersion: expectedVersion(request),
        }),
      );
      return sendWritten(reply, written);
    },
  );

  app.post(
    '/competitions/:id/draws',
    {
      schema: {
        tags,
        summary: 'Record a draw that was held (If-Match required)',
        params: idParams,
        body: drawBody,
        response: { 201: writtenDto, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { rounds, ...rest } = request.body;
      const draw = { ...rest, rounds: rounds.map(roundId) } as DrawRecord;
      const written = unwrap(
        await recordDraw(ports, signedIn(request), request.params.id, draw, expectedVersion(request)),
      );
      return sendWritten(reply.code(201), written);
    },
  );

  app.post(
    '/competitions/:id/amendments',
    {
      schema: {
        tags,
        summary: "Move a round's window (If-Match required)",
        params: idParams,
        body: amendmentBody,
        response: { 201: writtenDto, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { reason, ...rest } = request.body;
      const written = unwrap(
        await amendSchedule(
          ports,
          signedIn(request),
          request.params.id,
          { ...rest, ...(reason !== undefined ? { reason } : {}) },
          expectedVersion(request),
        ),
      );
      return sendWritten(reply.code(201), written);
    },
  );

  for (const publish of [true, false]) {
    app.post(
      `/competitions/:id/${publish ? 'publish' : 'unpublish'}`,
      {
        schema: {
          tags,
          summary: publish
            ? 'Publish (owner; If-Match required)'
            : 'Make private again (owner; If-Match required)',
          params: idParams,
          response: { 200: writtenDto, ...problemResponses },
        },
      },
      async (request, reply) => {
        const written = unwrap(
          await setPublished(ports, signedIn(request), request.params.id, publish, expectedVersion(request)),
        );
        return sendWritten(reply, written);
      },
    );
  }

  app.get(
    '/competitions/:id/members',
    {
      schema: {
        tags: ['members'],
        summary: 'Members and their roles, invited addresses included, listed alike (owner)',
        params: idParams,
        response: { 200: memberListDto, ...problemResponses },
      },
    },
    async (request) => {
      const members = unwrap(await listMembers(ports, signedIn(request), request.params.id));
      return members.map((m) => ({ email: m.email, role: m.role }));
    },
  );

  app.put(
    '/competitions/:id/members/:email',
    {
      schema: {
        tags: ['members'],
        summary:
          'Give an address a role (owner). An address with no account yet is invited: the role is its own when the account is created. The answer does not tell which (no account enumeration); the change is in the audit log',
        params: memberParams,
        body: roleBody,
        response: { 200: memberListDto, ...problemResponses },
      },
    },
    async (request) => {
      const { id, email } = request.params;
      const members = unwrap(
        await setMemberRole(ports, signedIn(request), id, email.toLowerCase(), request.body.role),
      );
      return members.map((m) => ({ email: m.email, role: m.role }));
    },
  );

  app.delete(
    '/competitions/:id/members/:email',
    {
      schema: {
        tags: ['members'],
        summary:
          "Remove an address's role or invitation (owner; the last owner stays, 409 last-owner; 404 member-not-found when it has none)",
        params: memberParams,
        response: { 200: memberListDto, ...problemResponses },
      },
    },
    async (request) => {
      const { id, email } = request.params;
      const members = unwrap(
        await setMemberRole(ports, signedIn(request), id, email.toLowerCase(), undefined),
      );
      return members.map((m) => ({ email: m.email, role: m.role }));
    },
  );
}
