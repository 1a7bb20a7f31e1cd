import {
  type AppError,
  amendSchedule,
  commitDraw,
  createCompetition,
  deleteLegResult,
  enterLegResult,
  enterLegResults,
  listMembers,
  recordDraw,
  setMemberRole,
  setPublished,
  setRoundWindows,
  type Written,
} from '@cupstage/app';
import {
  type Competition,
  type CupError,
  checkRoundWindows,
  type DrawLog,
  type DrawRecord,
  type Result,
  type Round,
  type RoundWindows,
  readDrawLog,
  roundId,
  singleElimination,
  slug,
  type Team,
  teamId,
  tieId,
} from '@cupstage/core';
import { competitionFromJson, createTeamRegistry, legFromFile, readRules } from '@cupstage/formats';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type * as z from 'zod';
import type { ServerContext } from '../context.ts';
import { competitionSummaryDto, memberListDto, problemResponses, writtenDto } from '../dto/schemas.ts';
import { fail, HttpProblem, problemOf, problemOfAppError } from '../problem.ts';
import {
  amendmentBody,
  bracketBody,
  commitmentBody,
  createBody,
  drawBody,
  idParams,
  legBody,
  legParams,
  legResultsBody,
  memberParams,
  roleBody,
  roundParams,
  windowsBody,
} from '../schemas.ts';
import { checkDrawSize } from './draws.ts';
import { expectedVersion, signedIn, tieOfUrl } from './helpers.ts';

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

/** Teams of the short form, each id given or derived from the name (formats' team registry). */
function teamsOf(teams: z.output<typeof bracketBody>['teams']): Team[] {
  const registry = createTeamRegistry();
  const given = new Set(teams.flatMap((t) => (t.id !== undefined ? [t.id] : [])));
  return teams.map((t) => {
    let id = t.id;
    if (id === undefined) {
      const base = registry.resolve(t.name).id as string;
      id = base;
      for (let k = 2; given.has(id); k++) id = `${base}-${k}`;
      given.add(id);
    }
    return { id: teamId(id), name: t.name, country: t.country };
  });
}

/**
 * A competition from qualified teams, a rules preset and a bracket: rounds and ties named as
 * articles name them (Quarter-finals, QF1, "Winner QF1"), the id derived from the name when not
 * given, and each round's windows and draw procedure from `rounds` (first round first), checked by
 * core as the windows of a round are checked when set later.
 */
function fromBracket(body: z.output<typeof bracketBody>): Result<Competition, CupError[]> {
  // Rules by id (a preset or an era's rule set) or as a decider chain, checked by formats' readRules.
  const rules = readRules(body.rules, ['body', 'rules']);
  if (!rules.ok) return { ok: false, error: [rules.error] };
  const finalRead =
    body.finalRules !== undefined ? readRules(body.finalRules, ['body', 'finalRules']) : undefined;
  if (finalRead && !finalRead.ok) return { ok: false, error: [finalRead.error] };
  const finalRules = finalRead?.value;
  const id = body.id ?? slug(body.name).slice(0, 100);
  if (!/^[a-z0-9][a-z0-9-]{0,99}$/.test(id))
    return {
      ok: false,
      error: [
        {
          code: 'invalid-request',
          path: ['body', 'id'],
          message: 'give an id: the name has no letters or digits to derive one from',
        },
      ],
    };
  const bracket = singleElimination({
    id,
    name: body.name,
    teams: teamsOf(body.teams),
    rules: rules.value,
    ...(finalRules ? { finalRules } : {}),
  });
  const given = body.rounds ?? [];
  if (given.length > bracket.rounds.length)
    return {
      ok: false,
      error: [
        {
          code: 'too-many-rounds',
          path: ['body', 'rounds'],
          message: `${body.teams.length} teams make ${bracket.rounds.length} round(s) (${bracket.rounds.map((r) => r.name).join(', ')}); rounds lists ${given.length}`,
        },
      ],
    };
  const errors: CupError[] = [];
  const rounds = bracket.rounds.map((round, i): Round => {
    const spec = given[i];
    if (!spec) return round;
    const procedure = spec.draw?.procedure ?? 'fixed';
    let r: Round = {
      ...round,
      legOrder: procedure === 'fixed' ? round.legOrder : { kind: 'draw' },
      ...(procedure === 'open' ? { openDraw: { constraints: spec.draw?.constraints ?? [] } } : {}),
    };
    if (procedure === 'open' && round.ties.some((t) => t.sides.some((s) => s.kind !== 'team')))
      errors.push({
        code: 'open-draw-needs-teams',
        path: ['body', 'rounds', i, 'draw', 'procedure'],
        message: `${round.name}: an open draw needs every team of the round known (no byes or earlier winners); use fixed or leg-order`,
      });
    if (spec.schedule) {
      const checked = checkRoundWindows(r, toWindows(spec.schedule), ['body', 'rounds', i, 'schedule']);
      if (checked.ok) r = { ...r, schedule: checked.value };
      else errors.push(checked.error);
    }
    return r;
  });
  if (errors.length > 0) return { ok: false, error: errors };
  return { ok: true, value: { ...bracket, rounds } };
}

/** A windows body as core's RoundWindows (absent keys left out). */
function toWindows(body: z.output<typeof windowsBody>): RoundWindows {
  return {
    ...(body.firstLeg ? { firstLeg: body.firstLeg } : {}),
    ...(body.secondLeg ? { secondLeg: body.secondLeg } : {}),
    ...(body.match ? { match: body.match } : {}),
  };
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
        const built = fromBracket(bracketBody.parse(body));
        if (!built.ok) throw new HttpProblem(problemOf(built.error));
        competition = built.value;
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
        tieOfUrl(
          await enterLegResult(ports, signedIn(request), {
            competitionId: id,
            tie: tieId(tie),
            leg: leg - 1,
            match: legFromFile(request.body),
            expectedVersion: expectedVersion(request),
          }),
        ),
      );
      const snap = await ctx.reader.current(id);
      const derived = snap?.ko.tie(tieId(tie));
      const change = written.events[0]?.kind === 'leg-result-corrected' ? 'corrected' : 'entered';
      return sendWritten(reply, written, {
        change,
        ...(derived && snap ? { tie: snap.views.tie(derived) } : {}),
      });
    },
  );

  app.patch(
    '/competitions/:id/legs',
    {
      schema: {
        tags,
        summary:
          'Enter or correct several legs at once (If-Match required): all are stored, in one write, or none; a problem names its result (`results.i`)',
        params: idParams,
        body: legResultsBody,
        response: { 200: writtenDto, ...problemResponses },
      },
    },
    async (request, reply) => {
      const written = unwrap(
        await enterLegResults(ports, signedIn(request), {
          competitionId: request.params.id,
          results: request.body.results.map(({ tie, leg, ...match }) => ({
            tie: tieId(tie),
            leg: leg - 1,
            match: legFromFile(match),
          })),
          expectedVersion: expectedVersion(request),
        }),
      );
      return sendWritten(reply, written);
    },
  );

  app.delete(
    '/competitions/:id/ties/:tieId/legs/:leg',
    {
      schema: {
        tags,
        summary:
          'Delete the last entered leg of a tie (If-Match required); the answer holds the `removed` leg: PUT it back to undo',
        params: legParams,
        response: { 200: writtenDto, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { id, tieId: tie, leg } = request.params;
      const written = unwrap(
        tieOfUrl(
          await deleteLegResult(ports, signedIn(request), {
            competitionId: id,
            tie: tieId(tie),
            leg: leg - 1,
            expectedVersion: expectedVersion(request),
          }),
        ),
      );
      const event = written.events[0];
      const removed = event?.kind === 'leg-result-deleted' ? event.previous : undefined;
      return sendWritten(reply, written, { change: 'deleted', ...(removed ? { removed } : {}) });
    },
  );

  app.post(
    '/competitions/:id/draws/commitments',
    {
      schema: {
        tags,
        summary:
          "Publish the SHA-256 of a round's draw seed before the draw (If-Match required); it is shown in the competition's `commitments` with its time",
        params: idParams,
        body: commitmentBody,
        response: { 201: writtenDto, ...problemResponses },
      },
    },
    async (request, reply) => {
      const written = unwrap(
        await commitDraw(ports, signedIn(request), request.params.id, request.body, expectedVersion(request)),
      );
      return sendWritten(reply.code(201), written);
    },
  );

  app.post(
    '/competitions/:id/draws',
    {
      schema: {
        tags,
        summary:
          "Record a draw that was held (If-Match required); with the `log` of POST /competitions/:id/draws/run, verify it against the round's published commitment and apply it to the round",
        params: idParams,
        body: drawBody,
        response: { 201: writtenDto, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { rounds, log: logJson, ...rest } = request.body;
      const draw = { ...rest, rounds: rounds.map(roundId) } as DrawRecord;
      let log: DrawLog | undefined;
      if (logJson !== undefined) {
        const read = readDrawLog(logJson);
        if (!read.ok)
          throw new HttpProblem(
            problemOf(read.error.map((e) => ({ ...e, path: ['body', 'log', ...e.path] }))),
          );
        log = read.value;
        checkDrawSize(ctx, request, log.spec, ['body', 'log', 'spec']);
      }
      const written = unwrap(
        await recordDraw(
          ports,
          signedIn(request),
          request.params.id,
          { draw, ...(log ? { log } : {}) },
          expectedVersion(request),
        ),
      );
      return sendWritten(reply.code(201), written);
    },
  );

  app.put(
    '/competitions/:id/rounds/:roundId/windows',
    {
      schema: {
        tags,
        summary:
          "Set a round's windows that are not set yet (If-Match required); a set window moves with POST /amendments. Refused when a played leg would fall outside",
        params: roundParams,
        body: windowsBody,
        response: { 200: writtenDto, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { id, roundId: round } = request.params;
      const written = unwrap(
        await setRoundWindows(
          ports,
          signedIn(request),
          id,
          round,
          toWindows(request.body),
          expectedVersion(request),
        ),
      );
      return sendWritten(reply, written);
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
