import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { allows } from '@cupstage/app';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ServerContext } from '../context.ts';
import type { PageData, PageRenderer } from '../pages/page-data.ts';
import { problemOf, sendProblem } from '../problem.ts';
import { visibleCompetitions } from './competition-reads.ts';

/** The web app as the server serves it: its index.html and, when built, its server render entry. */
export interface WebPages {
  readonly template: string;
  readonly renderer?: PageRenderer;
  /** Absolute origin for links in pages (`https://cups.example.org`); default: the request's. */
  readonly publicUrl?: string;
}

/**
 * Loads the web app's server render entry (packages/web/dist-ssr/ssr.js from `npm run build`), or
 * undefined when it was not built: pages are then the app's index.html, rendered in the browser.
 */
export async function loadRenderer(file: string): Promise<PageRenderer | undefined> {
  if (!existsSync(file)) return undefined;
  const mod = (await import(pathToFileURL(file).href)) as Partial<PageRenderer>;
  return typeof mod.renderPage === 'function' ? { renderPage: mod.renderPage } : undefined;
}

/** Reads the built index.html. */
export function readTemplate(file: string): string {
  return readFileSync(file, 'utf8');
}

/**
 * Whether a request is a browser navigation that wants a page: HTML accepted (`text/html`, or
 * any type: crawlers of link previews often send `*` `/` `*`), never a JSON client.
 */
export function wantsHtml(request: FastifyRequest): boolean {
  const accept = String(request.headers.accept ?? '');
  return accept === '' || accept.includes('text/html') || accept.includes('*/*');
}

const COMPETITION_PATH = /^\/(?:c|embed)\/([^/?#]+)/;

const decode = (s: string): string | undefined => {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
};

/** JSON safe inside a `<script>` element (no `</script>`, no `<!--`). */
const scriptJson = (json: string): string =>
  json
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/**
 * Sends a page: the app's markup rendered on the server with the page's data (the competition from
 * the read model, the visible competitions on the front page), the `<head>` tags of the page, and
 * the data as JSON for the browser to hydrate from.
 */
export async function sendPage(
  ctx: ServerContext,
  web: WebPages,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const path = request.url.length > 2000 ? request.url.slice(0, 2000) : request.url;
  reply.header('vary', 'Accept, Cookie, Authorization');
  if (!web.renderer) {
    // Not built for the server: the browser renders the page (the app fetches what it shows).
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(web.template);
  }
  const actor = request.caller?.actor;
  const origin = web.publicUrl ?? `${request.protocol}://${request.host}`;
  const base = { path, origin, session: actor ? 'signed-in' : 'anonymous' } as const;
  let data: PageData = base;
  let viewJson: string | undefined;
  let privatePage = actor !== undefined;
  const pathname = path.split('?')[0] ?? '/';
  const match = COMPETITION_PATH.exec(pathname);
  const id = match?.[1] === undefined ? undefined : decode(match[1]);
  if (pathname === '/') {
    data = { ...base, competitions: await visibleCompetitions(ctx, actor) };
  } else if (id !== undefined) {
    const snap = await ctx.reader.current(id);
    let readableSnap = snap;
    if (snap && !snap.state.published) {
      const role = actor ? await ctx.store.accounts.roleOf(id, actor.userId) : undefined;
      if (!allows(role, 'read', false)) readableSnap = undefined;
      privatePage = true;
    }
    if (readableSnap) {
      // The very bytes `GET /competitions/:id` sends for this version.
      viewJson = readableSnap
        .rendered('view', () => JSON.stringify(readableSnap.views.view(readableSnap.state)))
        .toString('utf8');
      data = { ...base, competition: readableSnap.views.view(readableSnap.state) };
    } else {
      data = { ...base, missing: id };
    }
  }
  const page = web.renderer.renderPage(data);
  const json =
    viewJson === undefined
      ? JSON.stringify(data)
      : `${JSON.stringify(base).slice(0, -1)},"competition":${viewJson}}`;
  const html = web.template
    .replace(/<title>[^<]*<\/title>/, '')
    .replace(/<meta name="description"[^>]*>/, '')
    .replace('</head>', `    ${page.head}\n  </head>`)
    .replace(
      '<div id="root"></div>',
      `<div id="root">${page.html}</div>\n    <script type="application/json" id="cupstage-data">${scriptJson(json)}</script>`,
    );
  return reply
    .code(page.status)
    .type('text/html; charset=utf-8')
    .header('cache-control', privatePage ? 'private, no-cache' : 'no-cache')
    .send(html);
}

/**
 * The web app's pages at real paths: `/`, `/c/:id/...` (competition pages, public and organiser),
 * `/embed/:id/...` (for iframes), `/new`, `/sign-in`. Browser navigations get HTML rendered on the
 * server; a client asking for anything but HTML gets the not-found problem (the API lives under
 * `/competitions`, `/auth`, ... and never collides with these paths).
 */
export async function pageRoutes(app: FastifyInstance, ctx: ServerContext, web: WebPages): Promise<void> {
  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    if (!wantsHtml(request)) return notFound(request, reply);
    return sendPage(ctx, web, request, reply);
  };
  for (const path of ['/', '/c/*', '/embed/*', '/new', '/sign-in'])
    app.get(path, { schema: { hide: true } }, handler);
}

/** The problem for a path with nothing at it. */
export function notFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return sendProblem(
    reply,
    problemOf([
      { code: 'not-found', path: [], message: `there is no ${request.method} ${request.url.split('?')[0]}` },
    ]),
  );
}
