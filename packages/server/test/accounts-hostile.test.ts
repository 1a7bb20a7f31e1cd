import { createAccount } from '@cupstage/app';
import { storePorts } from '@cupstage/store';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, nodeSecrets, type ServerOptions } from '../src/index.ts';
import { addAccount, CAF, call, list, PASSWORD, type Reply, type Running, startServer } from './harness.ts';

/**
 * Issue 11 (accounts, members, audit): hostile or expensive uses of accounts and memberships, each
 * on a real server on loopback, on SQLite and PostgreSQL.
 */

const fourTeams = (id: string) => ({
  id,
  name: `Cup ${id}`,
  rules: 'caf-2017',
  teams: ['a', 'b', 'c', 'd'].map((t) => ({ id: t, name: t.toUpperCase(), country: 'XXX' })),
});

async function signIn(
  base: string,
  email: string,
  password = PASSWORD,
): Promise<{ cookie: string; csrf: string }> {
  const r = await call(base, 'POST', '/auth/login', { body: { email, password } });
  expect(r.status).toBe(200);
  return { cookie: (r.headers.get('set-cookie') ?? '').split(';')[0]!, csrf: String(r.body.csrfToken) };
}

function expectProblem(r: Reply, status: number, code: string): void {
  expect(r.status).toBe(status);
  expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(r.body.code).toBe(code as never);
}

/** A second server process on the same database (PostgreSQL); on SQLite the same server (one writer). */
async function secondServer(
  s: Running,
  dialect: 'sqlite' | 'postgres',
  options: Partial<ServerOptions> = {},
): Promise<{ base: string; app?: FastifyInstance }> {
  if (dialect === 'sqlite') return { base: s.base };
  const app = await buildServer({ store: await s.t.reopen(), webDist: null, ...options });
  return { base: await app.listen({ port: 0, host: '127.0.0.1' }), app };
}

for (const dialect of ['sqlite', 'postgres'] as const) {
  describe(`accounts and members under hostile use on ${dialect}`, () => {
    let s: Running;
    /** A second server process on the same database (PostgreSQL), or the same server (SQLite: one writer). */
    let second: { base: string; app?: FastifyInstance };
    beforeAll(async () => {
      s = await startServer(dialect);
      second = await secondServer(s, dialect);
    });
    afterAll(async () => {
      await second.app?.close();
      await s.close();
    });

    it('never leaves a competition without an owner when two owners remove each other at the same moment (20 tries)', async () => {
      const id = `owners-${dialect}`;
      const a = await addAccount(s.t, `owner-a-${dialect}@example.org`, 'locked');
      const b = await addAccount(s.t, `owner-b-${dialect}@example.org`, 'locked');
      expect(
        (await call(s.base, 'POST', '/competitions', { token: a.token, body: fourTeams(id) })).status,
      ).toBe(201);
      for (let i = 0; i < 20; i++) {
        await s.t.store.accounts.setRole(id, a.id, 'owner');
        await s.t.store.accounts.setRole(id, b.id, 'owner');
        const [x, y] = await Promise.all([
          call(s.base, 'DELETE', `/competitions/${id}/members/owner-b-${dialect}@example.org`, {
            token: a.token,
          }),
          call(second.base, 'DELETE', `/competitions/${id}/members/owner-a-${dialect}@example.org`, {
            token: b.token,
          }),
        ]);
        // one removal goes through; the other finds its actor no longer an owner (403, or 404 for this
        // draft it can no longer see) or the other the last owner (409)
        expect([x.status, y.status].filter((st) => st === 200)).toHaveLength(1);
        expect([403, 404, 409]).toContain(x.status === 200 ? y.status : x.status);
        const owners = (await s.t.store.accounts.members(id)).filter((m) => m.role === 'owner');
        expect(owners).toHaveLength(1);
      }
    });

    it('ends every other session when the password changes, and keeps the one that changed it', async () => {
      const email = `sessions-${dialect}@example.org`;
      await createAccount(storePorts(s.t.store), nodeSecrets, email, PASSWORD);
      const one = await signIn(s.base, email);
      const two = await signIn(s.base, email);
      expect((await call(s.base, 'GET', '/auth/me', { headers: { cookie: two.cookie } })).status).toBe(200);
      const wrong = await call(s.base, 'POST', '/auth/password', {
        headers: { cookie: one.cookie, 'x-csrf-token': one.csrf },
        body: { currentPassword: 'not the password', newPassword: 'a new password 1' },
      });
      expectProblem(wrong, 422, 'wrong-password');
      const changed = await call(s.base, 'POST', '/auth/password', {
        headers: { cookie: one.cookie, 'x-csrf-token': one.csrf },
        body: { currentPassword: PASSWORD, newPassword: 'a new password 1' },
      });
      expect(changed.status).toBe(204);
      expectProblem(
        await call(s.base, 'GET', '/auth/me', { headers: { cookie: two.cookie } }),
        401,
        'sign-in-required',
      );
      expect((await call(s.base, 'GET', '/auth/me', { headers: { cookie: one.cookie } })).status).toBe(200);
      expectProblem(
        await call(s.base, 'POST', '/auth/login', { body: { email, password: PASSWORD } }),
        401,
        'invalid-credentials',
      );
    });

    it('lets a signed-in session create API tokens, but not a token (a revoked token leaves nothing behind)', async () => {
      const r = await call(s.base, 'POST', '/auth/tokens', {
        token: s.tokens.editor,
        body: { name: 'child' },
      });
      expectProblem(r, 403, 'session-required');
      expect(String(r.body.detail)).toMatch(/API token cannot create API tokens/);
      const password = await call(s.base, 'POST', '/auth/password', {
        token: s.tokens.editor,
        body: { currentPassword: PASSWORD, newPassword: 'whatever it is' },
      });
      expectProblem(password, 403, 'session-required');
    });

    it('answers a role for an address with and without an account the same way, and gives it when the account is made', async () => {
      const id = `invite-${dialect}`;
      await call(s.base, 'POST', '/competitions', { token: s.tokens.owner, body: fourTeams(id) });
      const known = await call(s.base, 'PUT', `/competitions/${id}/members/${s.emails.outsider}`, {
        token: s.tokens.owner,
        body: { role: 'editor' },
      });
      const unknown = await call(s.base, 'PUT', `/competitions/${id}/members/later-${dialect}@example.org`, {
        token: s.tokens.owner,
        body: { role: 'editor' },
      });
      expect(unknown.status).toBe(known.status);
      expect(unknown.headers.get('content-type')).toBe(known.headers.get('content-type'));
      expect(list(unknown.body)).toEqual([
        { email: `later-${dialect}@example.org`, role: 'editor' },
        { email: s.emails.outsider, role: 'editor' },
        { email: s.emails.owner, role: 'owner' },
      ]);
      const members = await call(s.base, 'GET', `/competitions/${id}/members`, { token: s.tokens.owner });
      expect(members.body).toEqual(unknown.body);
      // the account is created later (as `cupstage user add` does): the role is its own at once
      const made = await createAccount(
        storePorts(s.t.store),
        nodeSecrets,
        `Later-${dialect}@example.org`,
        PASSWORD,
      );
      expect(made.ok).toBe(true);
      const session = await signIn(s.base, `later-${dialect}@example.org`);
      const me = await call(s.base, 'GET', '/auth/me', { headers: { cookie: session.cookie } });
      expect(list(me.body.competitions)).toEqual([id]);
      // and the audit log shows who changed what, when, alike for both addresses
      await call(s.base, 'DELETE', `/competitions/${id}/members/${s.emails.outsider}`, {
        token: s.tokens.owner,
      });
      const audit = await call(s.base, 'GET', `/competitions/${id}/audit`, { token: s.tokens.owner });
      const memberEntries = list(audit.body)
        .filter((e) => String(e.outcome) === 'member')
        .map((e) => [e.actor, e.kind, e.target, e.role ?? '-']);
      expect(memberEntries).toEqual([
        [s.emails.owner, 'member-granted', s.emails.outsider, 'editor'],
        [s.emails.owner, 'member-granted', `later-${dialect}@example.org`, 'editor'],
        [s.emails.owner, 'member-removed', s.emails.outsider, '-'],
      ]);
      expect(list(audit.body).every((e) => /^\d{4}-\d\d-\d\dT/.test(String(e.at)))).toBe(true);
    });

    it('closes the event stream of a private competition for a member who is removed, before any further change', async () => {
      const id = `stream-${dialect}`;
      await call(s.base, 'POST', '/competitions', { token: s.tokens.owner, body: fourTeams(id) });
      await call(s.base, 'PUT', `/competitions/${id}/members/${s.emails.editor}`, {
        token: s.tokens.owner,
        body: { role: 'editor' },
      });
      const controller = new AbortController();
      const res = await fetch(`${second.base}/competitions/${id}/events`, {
        signal: controller.signal,
        headers: { accept: 'text/event-stream', authorization: `Bearer ${s.tokens.editor}` },
      });
      expect(res.status).toBe(200);
      const reader = res.body!.getReader();
      let text = '';
      const read = async (): Promise<boolean> => {
        const { value, done } = await reader.read();
        if (!done) text += new TextDecoder().decode(value);
        return !done;
      };
      while (!text.includes('event: ready')) await read();
      const leg = (score: number, version: number) =>
        call(s.base, 'PUT', `/competitions/${id}/ties/SF1/legs/1`, {
          token: s.tokens.owner,
          body: { home: 'a', away: 'd', score: [score, 0] },
          headers: { 'if-match': `"${version}"` },
        });
      expect((await leg(1, 1)).status).toBe(200);
      while (!text.includes('id: 2')) await read();
      const removed = await call(s.base, 'DELETE', `/competitions/${id}/members/${s.emails.editor}`, {
        token: s.tokens.owner,
      });
      expect(removed.status).toBe(200);
      expect((await leg(2, 2)).status).toBe(200);
      while (await read()) {
        // read until the server ends the stream
      }
      expect(text).not.toContain('id: 3');
      controller.abort();
    });

    it('keeps one audit entry per actor and kind a minute for refused stale writes, with their count', async () => {
      const id = `flood-${dialect}`;
      await call(s.base, 'POST', '/competitions', { token: s.tokens.owner, body: fourTeams(id) });
      await call(s.base, 'PUT', `/competitions/${id}/members/${s.emails.editor}`, {
        token: s.tokens.owner,
        body: { role: 'editor' },
      });
      const stale = () =>
        call(s.base, 'PUT', `/competitions/${id}/ties/SF1/legs/1`, {
          token: s.tokens.editor,
          body: { home: 'a', away: 'd', score: [1, 0] },
          headers: { 'if-match': '"0"' },
        });
      const replies: Reply[] = [];
      for (let i = 0; i < 30; i++) replies.push(await stale());
      expect(replies.every((r) => r.status === 412)).toBe(true);
      const audit = await call(s.base, 'GET', `/competitions/${id}/audit`, { token: s.tokens.owner });
      const refused = list(audit.body).filter((e) => String(e.outcome) === 'conflict');
      // 30 refusals in the same minute are one entry counting 30 (two if the minute turned meanwhile)
      expect(refused.length).toBeLessThanOrEqual(2);
      expect(refused.reduce((n, e) => n + Number(e.count), 0)).toBe(30);
      expect(refused[0]).toMatchObject({
        actor: s.emails.editor,
        kind: 'leg-result-entered',
        expectedVersion: 0,
      });
    });

    it('pages the audit log (newest first, Link rel=next to older entries) and refuses bad pages', async () => {
      const page1 = await call(s.base, 'GET', `/competitions/${CAF}/audit?limit=1`, {
        token: s.tokens.owner,
      });
      expect(page1.status).toBe(200);
      expect(list(page1.body)).toHaveLength(1);
      const link = page1.headers.get('link') ?? '';
      const next = /^<([^>]+)>; rel="next"$/.exec(link)?.[1];
      expect(next).toBeDefined();
      const page2 = await call(s.base, 'GET', next!, { token: s.tokens.owner });
      expect(list(page2.body)).toHaveLength(1);
      const versions = [...list(page2.body), ...list(page1.body)].map((e) => Number(e.version));
      const all = await call(s.base, 'GET', `/competitions/${CAF}/audit?limit=500`, {
        token: s.tokens.owner,
      });
      expect(all.headers.get('link')).toBeNull();
      const allVersions = list(all.body).map((e) => Number(e.version));
      // the example is created, then published: two applied events
      expect(allVersions).toEqual([1, 2]);
      expect(versions).toEqual(allVersions);
      expect(page2.headers.get('link')).toBeNull();
      const tooMany = await call(s.base, 'GET', `/competitions/${CAF}/audit?limit=501`, {
        token: s.tokens.owner,
      });
      expectProblem(tooMany, 400, 'too-big');
      // The detail in words; the field path beside it.
      expect(String(tooMany.body.detail)).toMatch(/^The limit is not valid: /);
      expect((tooMany.body.errors as unknown as Array<{ path: unknown }>)[0]!.path).toEqual([
        'querystring',
        'limit',
      ]);
      for (const bad of ['x', 'eyJhIjoxfQ', `${'A'.repeat(201)}`, 'a%20b'])
        expect(
          (await call(s.base, 'GET', `/competitions/${CAF}/audit?before=${bad}`, { token: s.tokens.owner }))
            .status,
        ).toBe(400);
      const openapi = await call(s.base, 'GET', '/openapi.json');
      const params = (openapi.body.paths?.['/competitions/{id}/audit']?.get?.parameters ??
        []) as unknown as Array<{
        name: string;
        in: string;
      }>;
      expect(params.filter((p) => p.in === 'query').map((p) => p.name)).toEqual([
        'limit',
        'before',
        'kind',
        'tie',
      ]);
    });

    it('counts sign-in attempts per client address in the database, across server processes', async () => {
      const limit = { loginRateLimit: { max: 5, timeWindow: 3_600_000 } };
      const fresh = await startServer(dialect, limit);
      const other = await secondServer(fresh, dialect, limit);
      try {
        const attempt = (base: string) =>
          call(base, 'POST', '/auth/login', {
            body: { email: fresh.emails.editor, password: 'wrong password' },
          });
        const statuses: number[] = [];
        for (let i = 0; i < 3; i++) statuses.push((await attempt(fresh.base)).status);
        for (let i = 0; i < 3; i++) statuses.push((await attempt(other.base)).status);
        expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
        const limited = await attempt(fresh.base);
        expectProblem(limited, 429, 'too-many-requests');
        expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(String(limited.body.detail)).toMatch(/^Too many sign-in attempts/);
        // even the right password waits for the window to end
        const right = await call(other.base, 'POST', '/auth/login', {
          body: { email: fresh.emails.editor, password: PASSWORD },
        });
        expect(right.status).toBe(429);
      } finally {
        await other.app?.close();
        await fresh.close();
      }
    });
  });
}
