import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../context.ts';

const escapeHtml = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** `GET /` when the web app is not built: a plain page listing the published competitions. */
export async function homeRoutes(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  app.get('/', { schema: { hide: true } }, async (_request, reply) => {
    const rows = (await ctx.store.competitions.list()).filter((r) => r.published);
    const items = rows
      .map((r) => {
        const base = `/competitions/${encodeURIComponent(r.id)}`;
        return `<li>${escapeHtml(r.name)}: <a href="${base}/report">report</a> · <a href="${base}/bracket">bracket</a> · <a href="${base}">data</a></li>`;
      })
      .join('\n');
    return reply
      .type('text/html; charset=utf-8')
      .send(
        `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>cupstage</title></head><body>\n<h1>cupstage</h1>\n<ul>\n${items || '<li>no published competitions yet</li>'}\n</ul>\n<p><a href="/docs">API documentation</a> · <a href="/openapi.json">OpenAPI</a></p>\n</body></html>\n`,
      );
  });
}
