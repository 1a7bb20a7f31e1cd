import { type AppError, type Credential, changeOwnPassword, mintToken, signIn } from '@cupstage/app';
import type { Result } from '@cupstage/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { SESSION_COOKIE } from '../auth/authenticate.ts';
import { nodeSecrets } from '../auth/node-secrets.ts';
import type { ServerContext } from '../context.ts';
import { meDto, newTokenDto, noContent, problemResponses, tokenDto } from '../dto/schemas.ts';
import { fail, HttpProblem, problemOfAppError } from '../problem.ts';
import { loginBody, tokenBody, tokenParams } from '../schemas.ts';

const passwordBody = z
  .object({
    currentPassword: z.string().min(1).max(1024),
    newPassword: z.string().min(8).max(1024),
  })
  .strict();

function unwrap<T>(r: Result<T, AppError>): T {
  if (!r.ok) throw new HttpProblem(problemOfAppError(r.error));
  return r.value;
}

const credentialOf = (request: FastifyRequest): Credential =>
  request.caller.via === 'token' ? 'token' : 'session';

/** Sign-in (cookie + CSRF token), sign-out, password change, the current account, and API tokens. */
export async function accountRoutes(root: FastifyInstance, ctx: ServerContext): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { accounts } = ctx.store;
  const { ports } = ctx;

  app.post(
    '/auth/login',
    {
      schema: {
        tags: ['accounts'],
        summary:
          'Sign in: sets the session cookie, returns the CSRF token. Attempts per client address are limited (429 with Retry-After), counted in the database so every server process shares the count',
        body: loginBody,
        response: { 200: meDto, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { max, timeWindow } = ctx.loginRateLimit;
      const hit = await ctx.store.limits.hit(`sign-in ${request.ip}`, timeWindow, ports.clock.now());
      if (hit.count > max) {
        const wait = Math.max(1, Math.ceil((Date.parse(hit.resetAt) - Date.parse(ports.clock.now())) / 1000));
        reply.header('retry-after', String(wait));
        fail(
          'too-many-requests',
          [],
          `too many sign-in attempts from your address (${max} per ${Math.round(timeWindow / 1000)} s): try again in ${wait} s`,
        );
      }
      const { email, password } = request.body;
      const session = unwrap(await signIn(ports, nodeSecrets, { email, password, days: ctx.sessionDays }));
      reply.setCookie(SESSION_COOKIE, session.secret, {
        httpOnly: true,
        sameSite: 'strict',
        secure: ctx.secureCookies,
        path: '/',
        expires: new Date(session.expiresAt),
      });
      return { user: { id: session.user.id, email: session.user.email }, csrfToken: session.csrf };
    },
  );

  app.post(
    '/auth/logout',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Sign out (ends the session)',
        response: { 204: noContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { sessionHash } = request.caller;
      if (sessionHash) await accounts.deleteSession(sessionHash);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send();
    },
  );

  app.post(
    '/auth/password',
    {
      schema: {
        tags: ['accounts'],
        summary:
          'Change your password (signed-in session only): every other session of the account ends, this one stays',
        body: passwordBody,
        response: { 204: noContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { actor, sessionHash } = request.caller;
      if (!actor) fail('sign-in-required', [], 'sign in to change your password');
      unwrap(
        await changeOwnPassword(ports, nodeSecrets, actor, {
          via: credentialOf(request),
          current: request.body.currentPassword,
          password: request.body.newPassword,
          session: sessionHash,
        }),
      );
      return reply.code(204).send();
    },
  );

  app.get(
    '/auth/me',
    {
      schema: {
        tags: ['accounts'],
        summary: 'The signed-in account (and its CSRF token)',
        response: { 200: meDto, ...problemResponses },
      },
    },
    async (request) => {
      const { actor, csrf } = request.caller;
      if (!actor) fail('sign-in-required', [], 'not signed in');
      const competitions = await accounts.memberOf(actor.userId);
      return {
        user: { id: actor.userId, email: actor.email },
        ...(csrf ? { csrfToken: csrf } : {}),
        competitions,
      };
    },
  );

  app.get(
    '/auth/tokens',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Your API tokens (without their secrets)',
        response: { 200: z.array(tokenDto), ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = request.caller;
      if (!actor) fail('sign-in-required', [], 'sign in to list your API tokens');
      const tokens = await accounts.tokens(actor.userId);
      return tokens.map((t) => ({ id: t.id, name: t.name, createdAt: t.createdAt }));
    },
  );

  app.post(
    '/auth/tokens',
    {
      schema: {
        tags: ['accounts'],
        summary:
          'Create an API token (its secret is shown once). Signed-in sessions only: an API token cannot create tokens (403 session-required)',
        body: tokenBody,
        response: { 201: newTokenDto, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { actor } = request.caller;
      if (!actor) fail('sign-in-required', [], 'sign in to create an API token');
      const { token, secret } = unwrap(
        await mintToken(ports, nodeSecrets, actor, credentialOf(request), request.body.name),
      );
      return reply
        .code(201)
        .send({ id: token.id, name: token.name, createdAt: token.createdAt, token: secret });
    },
  );

  app.delete(
    '/auth/tokens/:tokenId',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Revoke an API token',
        params: tokenParams,
        response: { 204: noContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { actor } = request.caller;
      if (!actor) fail('sign-in-required', [], 'sign in to revoke an API token');
      const deleted = await accounts.deleteToken(actor.userId, request.params.tokenId);
      if (!deleted) fail('token-not-found', ['tokenId'], 'you have no API token with this id');
      return reply.code(204).send();
    },
  );
}
