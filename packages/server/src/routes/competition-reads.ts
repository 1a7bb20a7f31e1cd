import { type Actor, allows, auditMatches, auditSentence } from '@cupstage/app';
import {
  bracketModel,
  buildArticle,
  type Competition,
  competitionSummary,
  fixturesByDate,
  type Leg,
  legResultText,
} from '@cupstage/core';
import {
  competitionFileSchema,
  writeArticleMarkdown,
  writeArticleText,
  writeCompetition,
} from '@cupstage/formats';
import type { AuditPosition, AuditRecord } from '@cupstage/store';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as z from 'zod';
import type { ServerContext } from '../context.ts';
import {
  auditEntryDto,
  bracketDto,
  competitionSummaryDto,
  competitionViewDto,
  fixtureDto,
  legDto,
  notModified,
  problemResponses,
  roundDto,
  stageDto,
  tieDto,
} from '../dto/schemas.ts';
import type { AuditEntryDto } from '../dto/types.ts';
import { fail } from '../problem.ts';
import type { Snapshot } from '../reader.ts';
import { idParams, legParams, roundParams, tieParams } from '../schemas.ts';
import { readable, sendVersioned, tieNotFound } from './helpers.ts';

const tags = ['competitions'];

/** The competitions an actor (or an anonymous visitor) may see: published ones and their own drafts. */
export async function visibleCompetitions(
  ctx: ServerContext,
  actor: Actor | undefined,
): Promise<z.output<typeof competitionSummaryDto>[]> {
  const mine = new Set(actor ? await ctx.store.accounts.memberOf(actor.userId) : []);
  const roles = new Map<string, 'owner' | 'editor'>();
  if (actor)
    for (const id of mine) {
      const role = await ctx.store.accounts.roleOf(id, actor.userId);
      if (role) roles.set(id, role);
    }
  const rows = (await ctx.store.competitions.list()).filter((r) => r.published || mine.has(r.id));
  const out: z.output<typeof competitionSummaryDto>[] = [];
  for (const r of rows) {
    const snap = await ctx.reader.current(r.id);
    if (snap) out.push(summaryOf(snap, roles.get(r.id)));
  }
  return out;
}

/** One line of `GET /competitions`: core's summary (status, dates, champion, next legs) with team names. */
export function summaryOf(snap: Snapshot, role?: 'owner' | 'editor'): z.output<typeof competitionSummaryDto> {
  const { competition: c, version, published } = snap.state;
  const s = competitionSummary(c, snap.ko, 3);
  const teams = new Map(c.teams.map((t) => [t.id as string, t]));
  const team = (id: string) => {
    const t = teams.get(id);
    return { id, name: t?.name ?? id, country: t?.country ?? '' };
  };
  return {
    id: c.id,
    name: c.name,
    version,
    published,
    ...(role ? { role } : {}),
    status: s.status,
    ...(s.dates ? { dates: s.dates } : {}),
    ...(s.champion !== undefined ? { champion: team(s.champion) } : {}),
    next: s.next.map((l) => ({ ...l, home: team(l.home), away: team(l.away) })),
  };
}

/** Every read of a competition: list, view, stage, rounds, ties, legs, bracket, report, file, audit. */
export async function competitionReadRoutes(root: FastifyInstance, ctx: ServerContext): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/competitions',
    {
      schema: {
        tags,
        summary: 'Competitions you can see: published ones and your drafts',
        response: { 200: z.array(competitionSummaryDto), ...problemResponses },
      },
    },
    async (request) => visibleCompetitions(ctx, request.caller.actor),
  );

  app.get(
    '/competitions/:id',
    {
      schema: {
        tags,
        summary: 'The whole competition, derived',
        params: idParams,
        response: { 200: competitionViewDto, 304: notModified, ...problemResponses },
      },
    },
    async (request, reply) => {
      const snap = await readable(ctx, request, request.params.id);
      return sendVersioned(request, reply, snap, 'view', () => JSON.stringify(snap.views.view(snap.state)));
    },
  );

  app.get(
    '/competitions/:id/stage',
    {
      schema: {
        tags,
        summary: 'The knockout stage: rounds and champion',
        params: idParams,
        response: { 200: stageDto, 304: notModified, ...problemResponses },
      },
    },
    async (request, reply) => {
      const snap = await readable(ctx, request, request.params.id);
      return sendVersioned(request, reply, snap, 'stage', () => {
        const view = snap.views.view(snap.state);
        return JSON.stringify({
          name: view.stageName,
          rounds: view.rounds,
          ...(view.champion ? { champion: view.champion } : {}),
        });
      });
    },
  );

  app.get(
    '/competitions/:id/rounds',
    {
      schema: {
        tags,
        summary: 'Rounds with their ties',
        params: idParams,
        response: { 200: z.array(roundDto), 304: notModified, ...problemResponses },
      },
    },
    async (request, reply) => {
      const snap = await readable(ctx, request, request.params.id);
      return sendVersioned(request, reply, snap, 'rounds', () => JSON.stringify(snap.views.rounds()));
    },
  );

  app.get(
    '/competitions/:id/rounds/:roundId',
    {
      schema: {
        tags,
        summary: 'One round',
        params: roundParams,
        response: { 200: roundDto, 304: notModified, ...problemResponses },
      },
    },
    async (request, reply) => {
      const snap = await readable(ctx, request, request.params.id);
      const { roundId } = request.params;
      if (!snap.state.competition.rounds.some((r) => r.id === roundId))
        fail('round-not-found', ['roundId'], `"${roundId}" is not a round of this competition`);
      return sendVersioned(request, reply, snap, `round:${roundId}`, () =>
        JSON.stringify(snap.views.rounds().find((r) => r.id === roundId)),
      );
    },
  );

  app.get(
    '/competitions/:id/ties',
    {
      schema: {
        tags,
        summary: 'Every tie in competition order',
        params: idParams,
        response: { 200: z.array(tieDto), 304: notModified, ...problemResponses },
      },
    },
    async (request, reply) => {
      const snap = await readable(ctx, request, request.params.id);
      return sendVersioned(request, reply, snap, 'ties', () =>
        JSON.stringify(snap.ko.ties().map((t) => snap.views.tie(t))),
      );
    },
  );

  app.get(
    '/competitions/:id/ties/:tieId',
    {
      schema: {
        tags,
        summary: 'One tie with its legs and outcome',
        params: tieParams,
        response: { 200: tieDto, 304: notModified, ...problemResponses },
      },
    },
    async (request, reply) => {
      const snap = await readable(ctx, request, request.params.id);
      const tie = snap.ko.ties().find((t) => t.id === request.params.tieId);
      if (!tie) throw tieNotFound(request.params.tieId);
      return sendVersioned(request, reply, snap, `tie:${tie.id}`, () => JSON.stringify(snap.views.tie(tie)));
    },
  );

  app.get(
    '/competitions/:id/ties/:tieId/legs/:leg',
    {
      schema: {
        tags,
        summary: 'One leg (1 or 2)',
        params: legParams,
        response: { 200: legDto, 304: notModified, ...problemResponses },
      },
    },
    async (request, reply) => {
      const snap = await readable(ctx, request, request.params.id);
      const { tieId, leg } = request.params;
      const tie = snap.ko.ties().find((t) => t.id === tieId);
      if (!tie) throw tieNotFound(tieId);
      const facts = tie.spec.legs[leg - 1];
      if (!facts) fail('leg-not-found', ['leg'], `${tieId} has no leg ${leg} entered`);
      return sendVersioned(request, reply, snap, `leg:${tieId}:${leg}`, () =>
        JSON.stringify(snap.views.leg(facts, leg)),
      );
    },
  );

  app.get(
    '/competitions/:id/bracket',
    {
      schema: {
        tags,
        summary: "The bracket drawing model (core's bracketModel)",
        params: idParams,
        response: { 200: bracketDto, 304: notModified, ...problemResponses },
      },
    },
    async (request, reply) => {
      const snap = await readable(ctx, request, request.params.id);
      return sendVersioned(request, reply, snap, 'bracket', () =>
        JSON.stringify(bracketModel(snap.state.competition, snap.ko)),
      );
    },
  );

  app.get(
    '/competitions/:id/report',
    {
      schema: {
        tags,
        summary: 'The article, regenerated from the data (text, or Markdown with ?format=markdown)',
        params: idParams,
        querystring: z.object({ format: z.enum(['text', 'markdown']).default('text') }).strict(),
        response: {
          200: {
            description: 'the article: plain text, or Markdown with ?format=markdown',
            content: { 'text/plain': { schema: z.string() }, 'text/markdown': { schema: z.string() } },
          },
          304: notModified,
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const snap = await readable(ctx, request, request.params.id);
      const { format } = request.query;
      return sendVersioned(
        request,
        reply,
        snap,
        `report:${format}`,
        () => {
          const article = buildArticle(snap.state.competition, snap.ko);
          return format === 'markdown' ? writeArticleMarkdown(article) : writeArticleText(article);
        },
        format === 'markdown' ? 'text/markdown; charset=utf-8' : 'text/plain; charset=utf-8',
      );
    },
  );

  app.get(
    '/competitions/:id/file',
    {
      schema: {
        tags,
        summary: 'The competition file (cupstage-competition/1)',
        params: idParams,
        response: { 200: competitionFileSchema, 304: notModified, ...problemResponses },
      },
    },
    async (request, reply) => {
      const snap = await readable(ctx, request, request.params.id);
      return sendVersioned(request, reply, snap, 'file', () => writeCompetition(snap.state.competition));
    },
  );

  app.get(
    '/competitions/:id/fixtures',
    {
      schema: {
        tags,
        summary:
          "Every leg by date (a leg without a date by its round's window), with kick-off, time zone, venue, city and the result once played",
        params: idParams,
        response: { 200: z.array(fixtureDto), 304: notModified, ...problemResponses },
      },
    },
    async (request, reply) => {
      const snap = await readable(ctx, request, request.params.id);
      return sendVersioned(request, reply, snap, 'fixtures', () => {
        const c = snap.state.competition;
        const legOf = (tie: string, leg: number): Leg | undefined => {
          for (const r of c.rounds) for (const t of r.ties) if (t.id === tie) return t.legs[leg - 1];
          return undefined;
        };
        return JSON.stringify(
          fixturesByDate(c).map(({ path: _path, windowName: _w, ...f }) => {
            const played = legOf(f.tie, f.leg);
            return { ...f, ...(played?.score ? { result: legResultText(played) } : {}) };
          }),
        );
      });
    },
  );

  app.get(
    '/competitions/:id/audit',
    {
      schema: {
        tags,
        summary:
          'The audit log (owners and editors), each entry with its `sentence` in words: applied changes (a correction with the leg before and after), refused stale writes (one entry per actor, kind and minute, with a count) and membership changes. Newest page first, each page oldest first; a `Link: <...>; rel="next"` header points to the older page. `kind` and `tie` filter the page (which may then hold fewer than `limit` entries)',
        params: idParams,
        querystring: auditQuery,
        response: { 200: z.array(auditEntryDto), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const snap = await readable(ctx, request, id);
      const actor = request.caller.actor;
      if (!actor) fail('sign-in-required', [], 'sign in to read the audit log');
      const role = await ctx.store.accounts.roleOf(id, actor.userId);
      if (!allows(role, 'edit', snap.state.published))
        fail('forbidden', [], `only owners and editors of "${id}" can read its audit log`);
      const { limit, before, kind, tie } = request.query;
      const page = await ctx.store.audit.page(id, {
        limit,
        ...(before !== undefined ? { before: decodeCursor(before) } : {}),
      });
      const first = page.entries[0];
      const filters = `${kind !== undefined ? `&kind=${encodeURIComponent(kind)}` : ''}${tie !== undefined ? `&tie=${encodeURIComponent(tie)}` : ''}`;
      if (page.more && first)
        reply.header(
          'link',
          `</competitions/${encodeURIComponent(id)}/audit?limit=${limit}&before=${encodeCursor(first.position)}${filters}>; rel="next"`,
        );
      const filter = {
        ...(kind !== undefined ? { kinds: new Set(kind.split(',')) } : {}),
        ...(tie !== undefined ? { tie } : {}),
      };
      return page.entries
        .filter((r) => auditMatches(r, filter))
        .map((r) => auditEntry(r, snap.state.competition));
    },
  );
}

/** How many entries a page of the audit log holds by default, and at most. */
export const AUDIT_PAGE = { default: 100, max: 500 } as const;

const auditQuery = z
  .object({
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(AUDIT_PAGE.max)
      .default(AUDIT_PAGE.default)
      .describe(`entries per page (1 to ${AUDIT_PAGE.max}, default ${AUDIT_PAGE.default})`),
    before: z
      .string()
      .max(200)
      .regex(/^[A-Za-z0-9_-]+$/, 'must be a cursor from a Link header')
      .optional()
      .describe('the cursor of the `Link: rel="next"` header: entries older than the page that gave it'),
    kind: z
      .string()
      .max(200)
      .regex(
        /^[a-z-]+(,[a-z-]+)*$/,
        'event kinds separated by commas, e.g. leg-result-corrected,leg-result-deleted',
      )
      .optional()
      .describe(
        'only entries of these kinds (comma-separated), e.g. `leg-result-corrected` or `member-granted`',
      ),
    tie: z
      .string()
      .max(100)
      .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'a tie id such as SF1')
      .optional()
      .describe('only entries about this tie (its legs, and refused writes to them)'),
  })
  .strict();

const cursorShape = z.tuple([
  z.string().min(1).max(40),
  z.union([z.literal(0), z.literal(1), z.literal(2)]),
  z.string().min(1).max(150),
]);

function encodeCursor(p: AuditPosition): string {
  return Buffer.from(JSON.stringify([p.at, p.rank, p.key])).toString('base64url');
}

function decodeCursor(cursor: string): AuditPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const checked = cursorShape.safeParse(parsed);
  if (!checked.success || (checked.data[1] === 0 && !/^\d{1,9}$/.test(checked.data[2])))
    fail(
      'invalid-request',
      ['querystring', 'before'],
      'before must be the cursor of a Link header, unchanged',
    );
  const [at, rank, key] = checked.data;
  return { at, rank, key };
}

function auditEntry(r: AuditRecord, c: Competition): AuditEntryDto {
  const sentence = auditSentence(r, c);
  switch (r.source) {
    case 'event': {
      const e = r.stored;
      const ev = e.event;
      const target =
        'tie' in ev
          ? `${ev.tie} leg ${ev.leg + 1}`
          : 'group' in ev
            ? `group ${ev.group}: ${ev.match.home} v ${ev.match.away}`
            : undefined;
      const detail =
        ev.kind === 'leg-result-entered' ||
        ev.kind === 'leg-result-corrected' ||
        ev.kind === 'group-result-entered' ||
        ev.kind === 'group-result-corrected'
          ? ev.match
          : ev.kind === 'draw-recorded'
            ? ev.draw
            : ev.kind === 'schedule-amended'
              ? ev.amendment
              : ev.kind === 'windows-set'
                ? ev.windows
                : ev.kind === 'draw-committed'
                  ? { commitment: ev.commitment, at: ev.at }
                  : undefined;
      const before = r.previous;
      const round =
        ev.kind === 'draw-committed' || ev.kind === 'windows-set'
          ? ev.round
          : ev.kind === 'schedule-amended'
            ? ev.amendment.round
            : ev.kind === 'draw-recorded'
              ? ev.draw.rounds[0]
              : undefined;
      return {
        outcome: 'applied',
        sentence,
        version: e.version,
        kind: ev.kind,
        actor: e.actor,
        at: e.at,
        ...(target ? { target } : {}),
        ...('tie' in ev ? { tie: ev.tie } : {}),
        ...(round !== undefined ? { round } : {}),
        ...(detail ? { detail } : {}),
        ...(before ? { before } : {}),
      };
    }
    case 'attempt': {
      const a = r.attempt;
      return {
        outcome: 'conflict',
        sentence,
        kind: a.action,
        actor: a.actor,
        at: a.at,
        target: a.target,
        expectedVersion: a.expectedVersion,
        currentVersion: a.currentVersion,
        count: a.count ?? 1,
      };
    }
    case 'member': {
      const m = r.change;
      return {
        outcome: 'member',
        sentence,
        kind: m.action,
        actor: m.actor,
        at: m.at,
        target: m.email,
        ...(m.role ? { role: m.role } : {}),
      };
    }
    default: {
      const never: never = r;
      return never;
    }
  }
}
