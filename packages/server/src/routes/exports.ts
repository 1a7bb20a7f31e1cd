import {
  EXPORT_MEDIA,
  EXPORT_TARGETS,
  exportCompetition,
  IMPORT_SOURCES,
  readRulesOption,
  writeCalendar,
} from '@cupstage/formats';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as z from 'zod';
import type { ServerContext } from '../context.ts';
import { fromWorker, importedDto, mediaBody, notModified, problemResponses } from '../dto/schemas.ts';
import { orRefuse, runJob } from '../jobs/run-job.ts';
import { HttpProblem, problemOf } from '../problem.ts';
import { competitionId } from '../schemas.ts';
import {
  answerIfUnchanged,
  heavyRateLimit,
  limitsOf,
  overLimit,
  readable,
  sendVersioned,
} from './helpers.ts';

/** Exports of a competition (the formats of `cupstage export`) and stateless imports (`cupstage import`). */
export async function exportRoutes(root: FastifyInstance, ctx: ServerContext): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/competitions/:id/export/:format',
    {
      schema: {
        tags: ['exports'],
        summary:
          'The competition as wikitext, football.txt, CSV (legs or ties), JSON, an SVG or PNG bracket, text or Markdown',
        params: z.object({ id: competitionId, format: z.enum(EXPORT_TARGETS) }).strict(),
        response: {
          200: mediaBody(
            'the export in the media type of its format',
            Object.values(EXPORT_MEDIA).map((m) => m.type),
          ),
          304: notModified,
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const { id, format } = request.params;
      const snap = await readable(ctx, request, id);
      const media = EXPORT_MEDIA[format];
      reply.header('content-disposition', `inline; filename="${id}.${media.extension}"`);
      if (format === 'png') {
        // Rendered in the job pool (the same bytes as `cupstage export --to png`), once per version.
        const c = snap.state.competition;
        const unchanged = answerIfUnchanged(request, reply, snap);
        if (unchanged) return unchanged;
        const key = `png\u0000${id}\u0000${snap.state.version}`;
        const cached = ctx.cache.peek(key);
        if (cached === undefined) {
          const limit = limitsOf(ctx, request).pngTeams;
          overLimit(
            c.teams.length > limit,
            'too-many-teams',
            ['id'],
            `brackets of up to ${limit} teams are drawn as PNG here (this one has ${c.teams.length}); use the SVG export or cupstage export --to png`,
          );
        }
        const png =
          cached ?? (await ctx.cache.get(key, () => runJob(ctx.jobs, request, 'png', { competition: c })));
        return reply.type(media.type).send(Buffer.from(png as Uint8Array));
      }
      return sendVersioned(
        request,
        reply,
        snap,
        `export:${format}`,
        () => exportCompetition(snap.state.competition, format),
        media.type,
      );
    },
  );

  app.get(
    '/competitions/:id/calendar.ics',
    {
      schema: {
        tags: ['exports'],
        summary:
          "The legs as an iCalendar file: the whole stage, one round (?round=) or one team's matches (?team=); undated legs are tentative over their round's window",
        params: z.object({ id: competitionId }).strict(),
        querystring: z
          .object({
            round: z.string().min(1).max(100).optional(),
            team: z.string().min(1).max(200).optional(),
          })
          .strict(),
        response: {
          200: mediaBody('an iCalendar file', ['text/calendar']),
          304: notModified,
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const snap = await readable(ctx, request, request.params.id);
      const { round, team } = request.query;
      reply.header('content-disposition', `inline; filename="${request.params.id}.ics"`);
      const unchanged = answerIfUnchanged(request, reply, snap);
      if (unchanged) return unchanged;
      // Rendered once per version and question (DTSTAMP: the first time it was asked), so that the
      // same ETag always means the same bytes. Refused questions are not kept.
      const key = `calendar\u0000${round ?? ''}\u0000${team ?? ''}`;
      const body = snap.rendered(key, () => {
        const calendar = writeCalendar(snap.state.competition, {
          stamp: new Date(ctx.ports.clock.now()),
          ...(round !== undefined ? { round } : {}),
          ...(team !== undefined ? { team } : {}),
        });
        if (!calendar.ok)
          throw new HttpProblem(problemOf([{ ...calendar.error, path: ['query', ...calendar.error.path] }]));
        return calendar.value;
      });
      return reply.type('text/calendar; charset=utf-8').send(body);
    },
  );

  app.post(
    '/import',
    {
      schema: {
        tags: ['exports'],
        summary:
          'Read a competition from an article, football.txt, a legs CSV or a competition file (text body); returns the competition file and the findings, stores nothing: the preview of an import (create it with POST /competitions)',
        querystring: z
          .object({
            from: z.enum(IMPORT_SOURCES),
            rules: z
              .string()
              .max(2000)
              .optional()
              .describe('a rules id, or a decider chain as JSON such as {"legs":2,"deciders":[...]}'),
            name: z.string().min(1).max(200).optional(),
            preview: z
              .enum(['true'])
              .optional()
              .describe('accepted for clarity: an import is always a preview, nothing is stored'),
          })
          .strict(),
        body: z.string().min(1, 'send the text to import as the request body (text/plain)'),
        response: { 200: fromWorker(importedDto), ...problemResponses },
      },
      config: heavyRateLimit(ctx),
    },
    async (request) => {
      const { from, rules: rulesId, name } = request.query;
      const most = limitsOf(ctx, request).importBytes;
      const bytes = Buffer.byteLength(request.body);
      overLimit(
        bytes > most,
        'import-too-large',
        ['body'],
        `imports of up to ${most.toLocaleString('en')} bytes are read here (this one has ${bytes.toLocaleString('en')}); sign in for larger ones (up to ${ctx.limits.member.importBytes.toLocaleString('en')}), or use cupstage import`,
      );
      const read = rulesId === undefined ? undefined : readRulesOption(rulesId, ['query', 'rules']);
      if (read && !read.ok) throw new HttpProblem(problemOf([read.error]));
      const rules = read?.ok ? read.value : undefined;
      return orRefuse(
        await runJob(ctx.jobs, request, 'import', {
          text: request.body,
          from,
          ...(rules !== undefined ? { rules } : {}),
          ...(name ? { name } : {}),
        }),
      );
    },
  );
}
