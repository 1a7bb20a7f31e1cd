import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Clock, Ids, Ports } from '@cupstage/app';
import { createJobPool, type JobPool } from '@cupstage/app/jobs';
import type { Store } from '@cupstage/store';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import { fastifySSE as fastifySse } from '@fastify/sse';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { ANONYMOUS, authenticate, type Caller, isAnonymous } from './auth/authenticate.ts';
import { ByteCache } from './byte-cache.ts';
import type { ServerContext } from './context.ts';
import { JOBS_WORKER } from './jobs/run-job.ts';
import { DEFAULT_LIMITS, type Limits } from './limits.ts';
import { LiveHub } from './live.ts';
import { HttpProblem, type ProblemItem, problemOf, sendProblem } from './problem.ts';
import { Reader } from './reader.ts';
import { reqLog } from './req-log.ts';
import { accountRoutes } from './routes/accounts.ts';
import { competitionReadRoutes } from './routes/competition-reads.ts';
import { competitionWriteRoutes } from './routes/competition-writes.ts';
import { drawRoutes } from './routes/draws.ts';
import { eventRoutes } from './routes/events.ts';
import { exportRoutes } from './routes/exports.ts';
import { groupRoutes } from './routes/groups.ts';
import { noneMatch } from './routes/helpers.ts';
import { homeRoutes } from './routes/home.ts';
import { loadRenderer, notFound, pageRoutes, readTemplate, sendPage, type WebPages } from './routes/pages.ts';
import { predictionRoutes } from './routes/predictions.ts';

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller;
  }
}

/** Options of `buildServer`. */
export interface ServerOptions {
  readonly store: Store;
  readonly clock?: Clock;
  readonly ids?: Ids;
  /**
   * What to log, as JSON lines: `errors` (default: every 5xx with its request id), `requests` (every
   * request too) or `off`.
   */
  readonly log?: 'errors' | 'requests' | 'off';
  /** Where the log goes (default standard error). */
  readonly logStream?: NodeJS.WritableStream;
  /**
   * Trust X-Forwarded-For from a reverse proxy (Fastify's trustProxy: `true` for any, or the
   * addresses / CIDR ranges of the proxies), so that rate limits key on the real client. Default off.
   */
  readonly trustProxy?: boolean | string | string[];
  /** The heavy-work pool: worker threads, jobs allowed to wait, deadline per job in ms. */
  readonly jobs?: { readonly workers?: number; readonly queueLimit?: number; readonly deadlineMs?: number };
  /** Cost limits of heavy requests (default DEFAULT_LIMITS). */
  readonly limits?: Limits;
  /** Bytes of computed bodies (predictions, PNG) kept in memory (default 32 MiB). */
  readonly cacheBytes?: number;
  /** Anonymous requests to heavy endpoints allowed per client address per minute (default 60). */
  readonly anonymousRateLimit?: number;
  /** The web app's built files; default packages/web/dist when that folder exists. `null`: none. */
  readonly webDist?: string | null;
  /** Sign-in attempts allowed per client address per window (default 10 per minute). */
  readonly loginRateLimit?: { readonly max: number; readonly timeWindow: number };
  /** Mark cookies `Secure` (behind HTTPS). Default false, so that http://localhost works. */
  readonly secureCookies?: boolean;
  /** Largest request body in bytes (default 1 MiB). */
  readonly bodyLimit?: number;
  /**
   * The web app's server render entry; default `dist-ssr/ssr.js` beside the web app's built files
   * when it exists. `null`: pages are rendered in the browser only.
   */
  readonly webSsr?: string | null;
  /**
   * The site's public origin (`https://cups.example.org`) for absolute links in pages (canonical,
   * og:image, embed snippets); default the request's protocol and Host.
   */
  readonly publicUrl?: string;
}

const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

const FASTIFY_CODES: Readonly<Record<string, string>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'body-too-large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported-media-type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid-request',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'empty-body',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid-json',
  FST_ERR_VALIDATION: 'invalid-request',
};

interface ZodIssueLike {
  readonly code: string;
  readonly path: ReadonlyArray<PropertyKey>;
  readonly message: string;
}

/**
 * The problems of a failed request validation, with paths from the request's root. For a union (the
 * body of `POST /competitions`), the issues of the branch the body meant: the competition file when
 * it has a `format` key, otherwise the last branch.
 */
function validationItems(error: FastifyError, body: unknown): ProblemItem[] {
  const where = error.validationContext ?? 'body';
  const item = (at: ReadonlyArray<string | number>, code: string, message: string): ProblemItem => {
    const path = [where, ...at];
    return { path, code: code.replaceAll('_', '-'), message: `${path.join('.')}: ${message}` };
  };
  return (error.validation ?? []).flatMap((v) => {
    const at = v.instancePath
      .split('/')
      .filter((p) => p !== '')
      .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    const branches = (v.params as { errors?: unknown }).errors;
    if (v.keyword === 'invalid_union' && Array.isArray(branches) && branches.length > 0) {
      const meantFile = typeof body === 'object' && body !== null && 'format' in body;
      const chosen = (meantFile ? branches[0] : branches[branches.length - 1]) as ZodIssueLike[];
      if (chosen.length > 0)
        return chosen.map((i) =>
          item([...at, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))], i.code, i.message),
        );
    }
    return [item(at, String(v.keyword), v.message ?? 'is not valid')];
  });
}

/**
 * Gives a GET answer that has no version of its own (lists, the caller's account, the audit log) a
 * strong ETag from a hash of its bytes, `private, no-cache` unless the route chose otherwise, and
 * answers 304 when `If-None-Match` names it. Streams (files, events) are left alone.
 */
function validated(request: FastifyRequest, reply: FastifyReply, payload: unknown): unknown {
  if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
  const etag = `"h${createHash('sha256').update(payload).digest('base64url').slice(0, 22)}"`;
  reply.header('etag', etag);
  if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'private, no-cache');
  if (!noneMatch(request.headers['if-none-match'], etag)) return payload;
  reply.code(304);
  return '';
}

/**
 * Builds the cupstage HTTP server on a store: the JSON API (parse -> use case -> DTO), accounts,
 * Server-Sent Events, OpenAPI at /openapi.json, docs at /docs, and the web app's static files.
 *
 * @example
 * const app = await buildServer({ store: await createSqliteStore('./cupstage.db') });
 * await app.listen({ port: 3000 });
 */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const { store } = options;
  const clock: Clock = options.clock ?? { now: () => new Date().toISOString() };
  const ids: Ids = options.ids ?? { next: () => randomUUID() };
  const reader = new Reader(store.competitions);
  const ports: Ports = {
    competitions: store.competitions,
    accounts: store.accounts,
    states: { current: async (id) => (await reader.current(id))?.state },
    clock,
    ids,
  };
  const live = new LiveHub(reader, store.competitions);
  const jobs: JobPool = createJobPool({ entry: JOBS_WORKER, ...options.jobs });
  const ctx: ServerContext = {
    store,
    ports,
    reader,
    live,
    secureCookies: options.secureCookies ?? false,
    sessionDays: 14,
    loginRateLimit: options.loginRateLimit ?? { max: 10, timeWindow: 60_000 },
    jobs,
    cache: new ByteCache(options.cacheBytes ?? 32 * 1024 * 1024),
    limits: options.limits ?? DEFAULT_LIMITS,
    anonymousRateLimit: options.anonymousRateLimit ?? 60,
  };

  const log = options.log ?? 'errors';
  const app = Fastify({
    logger:
      log === 'off'
        ? false
        : { level: log === 'requests' ? 'info' : 'error', stream: options.logStream ?? process.stderr },
    genReqId: () => randomUUID(),
    // A child logger per request costs about 1.5 µs of a 27 µs read: only when requests are logged.
    // Otherwise requests share the server's logger, and what they log names its request (`reqLog`).
    ...(log === 'requests' ? {} : { childLoggerFactory: (logger: FastifyBaseLogger) => logger }),
    trustProxy: options.trustProxy ?? false,
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    // Live-update streams never go idle: close them too when the server stops.
    forceCloseConnections: true,
    routerOptions: { maxParamLength: 200 },
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    // Errors of the router itself (an over-long or malformed URL) get the same problem documents.
    frameworkErrors: (error, _request, reply) => {
      const code = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'uri-too-long' : 'invalid-url';
      return sendProblem(reply, problemOf([{ code, path: ['url'], message: error.message.slice(0, 200) }]));
    },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('caller', null as unknown as Caller);

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpProblem) return sendProblem(reply, error.problem);
    if (hasZodFastifySchemaValidationErrors(error) || error.validation) {
      const items = validationItems(error, request.body);
      return sendProblem(reply, problemOf(items, { status: 400 }));
    }
    const status = error.statusCode ?? 500;
    if (status === 429) {
      return sendProblem(
        reply,
        problemOf([
          {
            code: 'too-many-requests',
            path: [],
            message: 'too many sign-in attempts: wait a minute and try again',
          },
        ]),
      );
    }
    if (status >= 400 && status < 500) {
      const code = FASTIFY_CODES[error.code] ?? 'invalid-request';
      return sendProblem(reply, problemOf([{ code, path: [], message: error.message }], { status }));
    }
    reqLog(request).error({ err: error });
    return sendProblem(
      reply,
      problemOf([
        {
          code: 'internal-error',
          path: [],
          message: 'something went wrong on the server; it has been logged',
        },
      ]),
    );
  });

  // Every answer names its request; plugins that answer errors themselves (e.g. 406 from
  // @fastify/sse) speak JSON: make it a problem. A callback hook: no promise on the hot read path.
  app.addHook('onSend', (request, reply, payload, done) => {
    reply.header('x-request-id', request.id);
    if (reply.statusCode === 200 && request.method === 'GET' && !reply.hasHeader('etag'))
      return done(null, validated(request, reply, payload));
    if (reply.statusCode < 400) return done(null, payload);
    const type = String(reply.getHeader('content-type') ?? '');
    if (!type.startsWith('application/json') || typeof payload !== 'string') return done(null, payload);
    let message = 'request refused';
    try {
      const body = JSON.parse(payload) as { message?: unknown };
      if (typeof body.message === 'string') message = body.message;
    } catch {
      // not JSON after all: keep the generic message
    }
    const code = reply.statusCode === 406 ? 'not-acceptable' : 'invalid-request';
    reply.type('application/problem+json; charset=utf-8');
    done(null, JSON.stringify(problemOf([{ code, path: [], message }], { status: reply.statusCode })));
  });

  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySse, { heartbeatInterval: 15_000 });
  await app.register(fastifySwagger, {
    openapi: {
      // 3.1: JSON Schema 2020-12, so that zod's schemas (and bodyless 204/304 answers) map one to one.
      openapi: '3.1.0',
      info: {
        title: 'cupstage API',
        description:
          'Knockout stages of football cup competitions: ties, legs, brackets, reports, live updates. Errors are application/problem+json documents with errors[{path, code, message}]. Writes need If-Match with the version from the ETag of a read.',
        version: '0.1.0',
      },
      components: {
        securitySchemes: {
          token: {
            type: 'http',
            scheme: 'bearer',
            description: 'an API token from POST /auth/tokens or `cupstage user token`',
          },
          session: { type: 'apiKey', in: 'cookie', name: 'cupstage_session' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });

  // A callback hook: the public (no credentials) passes without a promise on the hot read path.
  app.addHook('preHandler', (request, _reply, done) => {
    if (request.url.startsWith('/docs') || isAnonymous(request)) {
      request.caller = ANONYMOUS;
      return done();
    }
    authenticate(request, store.accounts, clock.now()).then(
      (caller) => {
        request.caller = caller;
        done();
      },
      (error: Error) => done(error),
    );
  });

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/health', { schema: { hide: true } }, async () => ({
    status: 'ok',
    store: store.dialect,
    jobs: jobs.stats(),
    cache: { entries: ctx.cache.size, bytes: ctx.cache.bytes, maxBytes: ctx.cache.maxBytes },
    readModel: reader.stats(),
    live: live.stats(),
  }));
  // Only the account routes set cookies: @fastify/cookie (and its onSend hook) lives in their scope,
  // off the path of every other answer. The session cookie is parsed when authentication asks for it.
  await app.register(async (scope) => {
    await scope.register(fastifyCookie, { hook: false });
    await accountRoutes(scope, ctx);
  });
  await competitionReadRoutes(app, ctx);
  await competitionWriteRoutes(app, ctx);
  await eventRoutes(app, ctx);
  await exportRoutes(app, ctx);
  await drawRoutes(app, ctx);
  await groupRoutes(app, ctx);
  await predictionRoutes(app, ctx);

  const webDist =
    options.webDist === undefined
      ? existsSync(DEFAULT_WEB_DIST)
        ? DEFAULT_WEB_DIST
        : null
      : options.webDist;
  let web: WebPages | undefined;
  if (webDist && existsSync(webDist)) {
    await app.register(fastifyStatic, { root: webDist, prefix: '/', wildcard: false, index: false });
    const ssrFile =
      options.webSsr === undefined ? join(dirname(webDist), 'dist-ssr', 'ssr.js') : options.webSsr;
    const renderer = ssrFile ? await loadRenderer(ssrFile) : undefined;
    web = {
      template: readTemplate(join(webDist, 'index.html')),
      ...(renderer ? { renderer } : {}),
      ...(options.publicUrl ? { publicUrl: options.publicUrl.replace(/\/+$/, '') } : {}),
    };
    await pageRoutes(app, ctx, web);
  } else {
    await homeRoutes(app, ctx);
  }
  app.setNotFoundHandler((request, reply) => {
    // Any other browser navigation: the app's not-found page (404), never a JSON document.
    if (web && request.method === 'GET' && String(request.headers.accept ?? '').includes('text/html'))
      return sendPage(ctx, web, request, reply);
    return notFound(request, reply);
  });
  app.addHook('onClose', async () => {
    live.close();
    reader.close();
    await jobs.close();
  });
  return app;
}
