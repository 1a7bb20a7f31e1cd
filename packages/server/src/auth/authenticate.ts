import { timingSafeEqual } from 'node:crypto';
import type { AccountStore, Actor } from '@cupstage/app';
import { parseCookie } from 'cookie';
import type { FastifyRequest } from 'fastify';
import { fail } from '../problem.ts';
import { hashSecret } from './secret.ts';

/** The session cookie's name. */
export const SESSION_COOKIE = 'cupstage_session';
/** The header that must echo the session's CSRF token on every unsafe request signed in by cookie. */
export const CSRF_HEADER = 'x-csrf-token';

/** Who made a request, and how. */
export interface Caller {
  readonly actor?: Actor;
  readonly via: 'none' | 'cookie' | 'token';
  readonly csrf?: string;
  readonly sessionHash?: string;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The public: no credentials sent. */
export const ANONYMOUS: Caller = Object.freeze({ via: 'none' });

/**
 * The session cookie a request sent, if any. Cookies are parsed here, on demand, not by a hook on
 * every request: most reads send none (`@fastify/cookie` serves the account routes only, which set
 * the cookie).
 */
function sessionCookie(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  if (header === undefined || !header.includes(SESSION_COOKIE)) return undefined;
  const value = parseCookie(header)[SESSION_COOKIE];
  return value === '' ? undefined : value;
}

/** Whether a request carries no credentials at all (no Authorization header, no session cookie). */
export function isAnonymous(request: FastifyRequest): boolean {
  return request.headers.authorization === undefined && sessionCookie(request) === undefined;
}

/**
 * Identifies the caller from `Authorization: Bearer <API token>` or the session cookie, and enforces
 * CSRF protection for cookie sessions (the `X-CSRF-Token` header must match the session's token on
 * POST, PUT, PATCH and DELETE). No credentials: the public.
 *
 * @example const caller = await authenticate(request, accounts, clock.now());
 */
export async function authenticate(
  request: FastifyRequest,
  accounts: AccountStore,
  now: string,
): Promise<Caller> {
  const header = request.headers.authorization;
  if (header !== undefined) {
    const m = /^Bearer\s+(\S{1,200})$/i.exec(header);
    if (!m) fail('invalid-token', ['headers', 'authorization'], 'Authorization must be "Bearer <API token>"');
    const token = await accounts.tokenByHash(hashSecret(m[1]!));
    const user = token ? await accounts.userById(token.userId) : undefined;
    if (!user)
      fail('invalid-token', ['headers', 'authorization'], 'this API token is unknown or was revoked');
    return { actor: { userId: user.id, email: user.email }, via: 'token' };
  }
  const cookie = sessionCookie(request);
  if (cookie === undefined) return { via: 'none' };
  const sessionHash = hashSecret(cookie);
  const session = await accounts.session(sessionHash);
  const user = session && session.expiresAt > now ? await accounts.userById(session.userId) : undefined;
  if (!session || !user) {
    if (UNSAFE.has(request.method))
      fail('sign-in-required', ['cookies', SESSION_COOKIE], 'your session has expired: sign in again');
    return { via: 'none' };
  }
  if (UNSAFE.has(request.method)) {
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !sameSecret(sent, session.csrf))
      fail(
        'csrf-token-invalid',
        ['headers', CSRF_HEADER],
        `send the ${CSRF_HEADER} header you got when you signed in`,
      );
  }
  return { actor: { userId: user.id, email: user.email }, via: 'cookie', csrf: session.csrf, sessionHash };
}
