import { readFile } from 'node:fs/promises';
import { findRules, presetIds } from '@cupstage/core';
import {
  bundledFontUrls,
  EXPORT_MEDIA,
  EXPORT_TARGETS,
  exportCompetition,
  IMPORT_SOURCES,
  importCompetition,
  type PngFonts,
  renderPng,
  toFile,
  writeCalendar,
} from '@cupstage/formats';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServerContext } from '../context.ts';
import { fail, HttpProblem, problemOf } from '../problem.ts';
import { competitionId } from '../schemas.ts';
import { readable, sendVersioned } from './helpers.ts';

let fonts: Promise<PngFonts> | undefined;
/** The bundled fonts, read once: the same PNG bytes as `cupstage export --to png`. */
const bundledFonts = (): Promise<PngFonts> => {
  fonts ??= Promise.all([readFile(bundledFontUrls.regular), readFile(bundledFontUrls.bold)]).then(
    ([regular, bold]) => ({
      regular,
      bold,
    }),
  );
  return fonts;
};

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
      },
    },
    async (request, reply) => {
      const { id, format } = request.params;
      const snap = await readable(ctx, request, id);
      const media = EXPORT_MEDIA[format];
      reply.header('content-disposition', `inline; filename="${id}.${media.extension}"`);
      if (format === 'png') {
        const svg = exportCompetition(snap.state.competition, 'svg');
        const png = await renderPng(svg, await bundledFonts());
        reply.header('etag', `"${snap.state.version}"`);
        return reply.type(media.type).send(Buffer.from(png));
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
      },
    },
    async (request, reply) => {
      const snap = await readable(ctx, request, request.params.id);
      const { round, team } = request.query;
      const calendar = writeCalendar(snap.state.competition, {
        stamp: new Date(ctx.ports.clock.now()),
        ...(round !== undefined ? { round } : {}),
        ...(team !== undefined ? { team } : {}),
      });
      if (!calendar.ok)
        throw new HttpProblem(problemOf([{ ...calendar.error, path: ['query', ...calendar.error.path] }]));
      reply.header('etag', `"${snap.state.version}"`);
      reply.header('content-disposition', `inline; filename="${request.params.id}.ics"`);
      return reply.type('text/calendar; charset=utf-8').send(calendar.value);
    },
  );

  app.post(
    '/import',
    {
      schema: {
        tags: ['exports'],
        summary:
          'Read a competition from an article, football.txt, a legs CSV or a competition file (text body); returns the competition file and the findings, stores nothing',
        querystring: z
          .object({
            from: z.enum(IMPORT_SOURCES),
            rules: z.string().max(100).optional(),
            name: z.string().min(1).max(200).optional(),
          })
          .strict(),
        body: z.string().min(1, 'send the text to import as the request body (text/plain)'),
      },
    },
    async (request) => {
      const { from, rules: rulesId, name } = request.query;
      const rules = rulesId === undefined ? undefined : findRules(rulesId);
      if (rulesId !== undefined && !rules) {
        fail(
          'unknown-rules-preset',
          ['query', 'rules'],
          `"${rulesId}" is not a rules preset; use one of ${presetIds.join(', ')}`,
        );
      }
      const r = importCompetition(request.body, from, {
        ...(rules ? { rules } : {}),
        ...(name ? { name } : {}),
      });
      if (!r.ok) {
        const errors =
          r.error.length > 0
            ? r.error
            : [{ code: 'nothing-to-import', path: [], message: 'nothing usable was found' }];
        throw new HttpProblem(problemOf(errors));
      }
      return { competition: toFile(r.value.competition), problems: r.value.problems };
    },
  );
}
