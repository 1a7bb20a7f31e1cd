import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { SESSION_COOKIE } from '../auth/authenticate.ts';
import { verifyPassword } from '../auth/password.ts';
import { hashSecret, newSecret } from '../auth/secret.ts';
import type { ServerContext } from '../context.ts';
import { fail } from '../problem.ts';
import { loginBody, tokenBody, tokenParams } from '../schemas.ts';

// A hash to compare against when the e-mail is unknown, so both failures take the same time.
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/** Sign-in (cookie + CSRF token), sign-out, the current account, and API tokens. */
export async function accountRoutes(root: FastifyInstance, ctx: ServerContext): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { accounts } = ctx.store;

  app.post(
    '/auth/login',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Sign in: sets the session cookie, returns the CSRF token',
        body: loginBody,
      },
      config: { rateLimit: { max: ctx.loginRateLimit.max, timeWindow: ctx.loginRateLimit.timeWindow } },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      const user = await accounts.userByEmail(email.toLowerCase());
      const good = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
      if (!user || !good) fail('invalid-credentials', ['body'], 'wrong e-mail or password');
      const session = newSecret();
      const csrf = newSecret();
      const expires = new Date(Date.parse(ctx.ports.clock.now()) + ctx.sessionDays * 86_400_000);
      await accounts.addSession({
        tokenHash: hashSecret(session),
        userId: user.id,
        csrf,
        expiresAt: expires.toISOString(),
      });
      reply.setCookie(SESSION_COOKIE, session, {
        httpOnly: true,
        sameSite: 'strict',
        secure: ctx.secureCookies,
        path: '/',
        expires,
      });
      return { user: { id: user.id, email: user.email }, csrfToken: csrf };
    },
  );

  app.post(
    '/auth/logout',
    { schema: { tags: ['accounts'], summary: 'Sign out (ends the session)' } },
    async (request, reply) => {
      const { sessionHash } = request.caller;
      if (sessionHash) await accounts.deleteSession(sessionHash);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send();
    },
  );

  app.get(
    '/auth/me',
    { schema: { tags: ['accounts'], summary: 'The signed-in account (and its CSRF token)' } },
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
    { schema: { tags: ['accounts'], summary: 'Your API tokens (without their secrets)' } },
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
        summary: 'Create an API token (its secret is shown once)',
        body: tokenBody,
      },
    },
    async (request, reply) => {
      const { actor } = request.caller;
      if (!actor) fail('sign-in-required', [], 'sign in to create an API token');
      const secret = newSecret('cs_');
      const token = {
        id: ctx.ports.ids.next(),
        userId: actor.userId,
        name: request.body.name,
        tokenHash: hashSecret(secret),
        createdAt: ctx.ports.clock.now(),
      };
      await accounts.addToken(token);
      return reply
        .code(201)
        .send({ id: token.id, name: token.name, createdAt: token.createdAt, token: secret });
    },
  );

  app.delete(
    '/auth/tokens/:tokenId',
    { schema: { tags: ['accounts'], summary: 'Revoke an API token', params: tokenParams } },
    async (request, reply) => {
      const { actor } = request.caller;
      if (!actor) fail('sign-in-required', [], 'sign in to revoke an API token');
      const deleted = await accounts.deleteToken(actor.userId, request.params.tokenId);
      if (!deleted) fail('token-not-found', ['tokenId'], 'you have no API token with this id');
      return reply.code(204).send();
    },
  );
}
