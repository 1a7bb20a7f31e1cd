import { type Actor, type AppError, allows } from '@cupstage/app';
import { type CupError, type Result, unknownTie } from '@cupstage/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ServerContext } from '../context.ts';
import type { CostLimits } from '../limits.ts';
import { fail, HttpProblem, problemOf } from '../problem.ts';
import type { Snapshot } from '../reader.ts';

/** The current snapshot of a competition the caller may read, or a 404 problem (drafts do not leak). */
export async function readable(ctx: ServerContext, request: FastifyRequest, id: string): Promise<Snapshot> {
  const snap = await ctx.reader.current(id);
  if (snap && !snap.state.published) {
    const actor = request.caller.actor;
    const role = actor ? await ctx.store.accounts.roleOf(id, actor.userId) : undefined;
    if (!allows(role, 'read', false)) return notFound(id);
  }
  return snap ?? notFound(id);
}

function notFound(id: string): never {
  return fail('competition-not-found', ['id'], `there is no competition "${id}" (or it is a private draft)`);
}

/**
 * How long a shared cache (a CDN, a reverse proxy) may serve a published competition's representation
 * without asking again, and how long after that it may serve it while it revalidates in the
 * background (seconds).
 */
export const PUBLIC_CACHE = { maxAge: 5, staleWhileRevalidate: 60 } as const;

const PUBLIC_CACHE_CONTROL = `public, max-age=${PUBLIC_CACHE.maxAge}, stale-while-revalidate=${PUBLIC_CACHE.staleWhileRevalidate}`;

/**
 * Whether an `If-None-Match` header names `etag` (a list, `W/` prefixes and `*` understood: RFC 9110
 * compares weakly for this header).
 *
 * @example noneMatch('"6", W/"7"', '"7"') // true
 */
export function noneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined || header.length > 1024) return false;
  if (header.trim() === '*') return true;
  for (const part of header.split(',')) {
    const tag = part.trim();
    if ((tag.startsWith('W/') ? tag.slice(2) : tag) === etag) return true;
  }
  return false;
}

/**
 * Marks a reply as a representation of the snapshot's version: a strong ETag (the version), and
 * Cache-Control that a CDN can use for a published competition read by the public
 * (`public, max-age=5, stale-while-revalidate=60`), `private, no-cache` for drafts and for members
 * (signed-in callers); answers 304 when `If-None-Match` names that version, `undefined` when a body
 * is due.
 */
export function answerIfUnchanged(
  request: FastifyRequest,
  reply: FastifyReply,
  snap: Snapshot,
): FastifyReply | undefined {
  const shared = snap.state.published && request.caller.actor === undefined;
  reply
    .header('etag', snap.etag)
    .header('cache-control', shared ? PUBLIC_CACHE_CONTROL : 'private, no-cache');
  return noneMatch(request.headers['if-none-match'], snap.etag) ? reply.code(304).send() : undefined;
}

/**
 * Sends a representation of a snapshot, rendered once per version and kept as bytes, with its ETag
 * (the version); `If-None-Match` with that ETag gives 304.
 */
export function sendVersioned(
  request: FastifyRequest,
  reply: FastifyReply,
  snap: Snapshot,
  key: string,
  render: () => string,
  type = 'application/json; charset=utf-8',
): FastifyReply {
  return answerIfUnchanged(request, reply, snap) ?? reply.type(type).send(snap.rendered(key, render));
}

/** The version named by `If-Match` (`"7"`, `W/"7"` or `7`); 428 when missing, 400 when malformed. */
export function expectedVersion(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  if (header === undefined)
    fail(
      'if-match-required',
      ['headers', 'if-match'],
      'send If-Match: "<version>" (the ETag of your last read) with every change',
    );
  const m = /^(?:W\/)?"?(\d{1,9})"?$/.exec(String(header).trim());
  if (!m)
    fail(
      'invalid-if-match',
      ['headers', 'if-match'],
      `If-Match must be a version such as "7", not ${String(header).slice(0, 40)}`,
    );
  return Number(m[1]);
}

/** The signed-in caller, or a 401 problem. */
export function signedIn(request: FastifyRequest): Actor {
  const actor = request.caller.actor;
  if (!actor) fail('sign-in-required', [], 'sign in or send an API token to change a competition');
  return actor;
}

/**
 * The route option of a heavy endpoint: anonymous callers get `ctx.anonymousRateLimit` requests per
 * minute per client address (the proxy's client with `--trust-proxy`); signed-in callers are not
 * rate-limited here (their cost limits still apply).
 */
export function heavyRateLimit(ctx: ServerContext) {
  return {
    rateLimit: {
      max: ctx.anonymousRateLimit,
      timeWindow: 60_000,
      hook: 'preHandler' as const,
      allowList: (request: FastifyRequest) => request.caller?.actor !== undefined,
      errorResponseBuilder: (
        _request: FastifyRequest,
        context: { after: string; ttl: number; max: number },
      ) =>
        new HttpProblem(
          problemOf(
            [
              {
                code: 'too-many-requests',
                path: [],
                message: `anonymous clients may make ${context.max} such requests a minute; try again in ${context.after}, or sign in`,
              },
            ],
            { retryAfterSeconds: Math.max(1, Math.ceil(context.ttl / 1000)) },
          ),
        ),
    },
  };
}

/** The cost limits of the caller: members' when signed in, anonymous otherwise. */
export function limitsOf(ctx: ServerContext, request: FastifyRequest): CostLimits {
  return request.caller.actor ? ctx.limits.member : ctx.limits.anonymous;
}

/**
 * Refuses a request whose cost passes a limit: a 422 problem naming the field, the limit and what to do.
 *
 * @example overLimit(teams > limits.predictionTeams, 'too-many-teams', ['id'], `... at most ${limits.predictionTeams} ...`)
 */
export function overLimit(
  over: boolean,
  code: string,
  path: ReadonlyArray<string | number>,
  message: string,
): void {
  if (over) fail(code, path, message);
}

/** Core's `unknown-tie` for the tie a URL names: the URL's 404, `tie-not-found`, in core's words. */
const urlTie = (e: CupError): CupError => ({ ...e, code: 'tie-not-found', path: ['tieId'] });

/** The 404 of a tie the URL names that the competition lacks; a tie named in a body is `unknown-tie` (422). */
export function tieNotFound(id: string): HttpProblem {
  return new HttpProblem(problemOf([urlTie(unknownTie(id))]));
}

/** A use case given the tie of the URL: its `unknown-tie` becomes the URL's `tie-not-found`. */
export function tieOfUrl<T>(r: Result<T, AppError>): Result<T, AppError> {
  return !r.ok && r.error.code === 'unknown-tie'
    ? { ok: false, error: { ...r.error, ...urlTie(r.error) } }
    : r;
}
