import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATUS_BY_CODE } from '../src/problem.ts';
import {
  CAF,
  call,
  EXAMPLE,
  type Loose,
  list,
  PASSWORD,
  type Reply,
  type Running,
  startServer,
} from './harness.ts';
import { sseClient } from './process.ts';

/** Every error code any response of this suite carried, to check that each code is exercised. */
const seen = new Set<string>();

function problem(r: Reply, status: number, code: string): void {
  expect(r.status).toBe(status);
  expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(r.body.status).toBe(status as never);
  expect(r.body.code).toBe(code as never);
  const first = list(r.body.errors)[0]!;
  expect(first.code).toBe(code as never);
  expect(typeof first.message).toBe('string');
  seen.add(code);
}

const fourTeams = (id: string) => ({
  id,
  name: `Cup ${id}`,
  rules: 'caf-2017',
  teams: [
    { id: 'a', name: 'Alpha', country: 'AAA' },
    { id: 'b', name: 'Bravo', country: 'BBB' },
    { id: 'c', name: 'Charlie', country: 'CCC' },
    { id: 'd', name: 'Delta', country: 'DDD' },
  ],
});

const etag = (r: Reply): string => r.headers.get('etag') ?? '';

for (const dialect of ['sqlite', 'postgres'] as const) {
  describe(`HTTP API on ${dialect} (real server on loopback)`, () => {
    let s: Running;
    beforeAll(async () => {
      s = await startServer(dialect, { loginRateLimit: { max: 6, timeWindow: 60_000 } });
    });
    afterAll(async () => {
      await s.close();
    });
    const get = (path: string, token?: string, headers?: Record<string, string>) =>
      call(s.base, 'GET', path, { ...(token ? { token } : {}), ...(headers ? { headers } : {}) });

    it('lets the public read a published competition: view, stage, rounds, ties, legs, bracket, report, file', async () => {
      const listed = await get('/competitions');
      // With where it stands: finished, its period, the champion, nothing left to play.
      expect(listed.body).toEqual([
        {
          id: CAF,
          name: '2017 CAF Confederation Cup',
          version: 2,
          published: true,
          status: 'finished',
          dates: { from: '2017-09-08', to: '2017-11-25' },
          champion: { id: 'tp-mazembe', name: 'TP Mazembe', country: 'COD' },
          next: [],
        },
      ]);
      const view = await get(`/competitions/${CAF}`);
      expect(view.status).toBe(200);
      expect(etag(view)).toBe('"2"');
      expect(view.body.champion).toEqual({ id: 'tp-mazembe', name: 'TP Mazembe', country: 'COD' });
      const stage = await get(`/competitions/${CAF}/stage`);
      expect(list(stage.body.rounds).map((r) => r.name)).toEqual(['Quarter-finals', 'Semi-finals', 'Final']);
      const rounds = await get(`/competitions/${CAF}/rounds`);
      expect(list(rounds.body)).toHaveLength(3);
      const sf = await get(`/competitions/${CAF}/rounds/semi-finals`);
      expect(list(sf.body.ties).map((t) => t.id)).toEqual(['SF1', 'SF2']);
      const ties = await get(`/competitions/${CAF}/ties`);
      expect(list(ties.body)).toHaveLength(7);
      const qf2 = await get(`/competitions/${CAF}/ties/QF2`);
      expect(qf2.body.status).toBe('decided' as never);
      expect(qf2.body.summary).toBe('1–1 on aggregate. FUS Rabat won 5–4 on penalties.' as never);
      expect(qf2.body.decidedBy).toBe('penalties' as never);
      const leg = await get(`/competitions/${CAF}/ties/F/legs/1`);
      expect(leg.body).toMatchObject({ number: 1, score: [2, 1], result: '2–1', city: 'Lubumbashi' });
      const bracket = await get(`/competitions/${CAF}/bracket`);
      expect(bracket.body.champion).toBe('TP Mazembe' as never);
      expect(list(bracket.body.rounds).map((r) => list(r.ties).length)).toEqual([4, 2, 1]);
      const report = await get(`/competitions/${CAF}/report`);
      expect(report.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(report.text).toContain('TP Mazembe');
      const md = await get(`/competitions/${CAF}/report?format=markdown`);
      expect(md.headers.get('content-type')).toMatch(/^text\/markdown/);
      const file = await get(`/competitions/${CAF}/file`);
      expect(file.body.id).toBe(CAF as never);
      expect(list(file.body.rounds)).toHaveLength(3);
    });

    it('lists the fixtures by date for fans: kick-off, venue, city and results', async () => {
      const r = await get(`/competitions/${CAF}/fixtures`);
      expect(r.status).toBe(200);
      const legs = list(r.body);
      expect(legs).toHaveLength(14);
      // Only the final's legs are dated in the example: the others stand at their round's window.
      const days = legs.map((l) => String(l.date ?? l.window?.from));
      expect(days).toEqual([...days].sort());
      expect(days[0]).toBe('2017-09-15');
      expect(legs.at(-1)).toMatchObject({
        tie: 'F',
        leg: 2,
        date: '2017-11-25',
        result: '0–0',
        roundName: 'Final',
      });
      expect(legs[0]).toMatchObject({ round: 'quarter-finals', leg: 1 });
    });

    it('answers If-None-Match with 304, and serves /openapi.json, /docs, /health and the home page', async () => {
      const again = await get(`/competitions/${CAF}/bracket`, undefined, { 'if-none-match': '"2"' });
      expect(again.status).toBe(304);
      const openapi = await get('/openapi.json');
      const paths = Object.keys(openapi.body.paths ?? {});
      expect(paths).toContain('/competitions/{id}/ties/{tieId}/legs/{leg}');
      expect(paths).toContain('/competitions/{id}/events');
      expect((await get('/docs')).status).toBe(200);
      expect((await get('/health')).body.store).toBe(dialect as never);
      const home = await get('/');
      expect(home.text).toContain('2017 CAF Confederation Cup');
    });

    it('gives 404 problems for unknown competitions, rounds, ties, legs and routes, 400 for bad parameters', async () => {
      problem(await get('/competitions/no-such-cup'), 404, 'competition-not-found');
      problem(await get(`/competitions/${CAF}/rounds/round-of-99`), 404, 'round-not-found');
      problem(await get(`/competitions/${CAF}/ties/QF9`), 404, 'tie-not-found');
      const r = await get(`/competitions/${CAF}/ties/QF1/legs/3`);
      expect(r.status).toBe(400);
      expect(list(r.body.errors)[0]!.path).toEqual(['params', 'leg']);
      problem(await get('/nowhere'), 404, 'not-found');
      problem(await get(`/competitions/${'a'.repeat(300)}`), 414, 'uri-too-long');
      problem(await get('/competitions/%E0%A4%A'), 400, 'invalid-url');
      const bad = await get('/competitions/DROP%20TABLE%20events');
      expect(bad.status).toBe(400);
      expect(bad.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    });

    it('signs in with a cookie (httpOnly, SameSite) and demands the CSRF token on changes', async () => {
      problem(
        await call(s.base, 'POST', '/auth/login', {
          body: { email: s.emails.editor, password: 'wrong password' },
        }),
        401,
        'invalid-credentials',
      );
      const login = await call(s.base, 'POST', '/auth/login', {
        body: { email: s.emails.editor, password: PASSWORD },
      });
      expect(login.status).toBe(200);
      const setCookie = login.headers.get('set-cookie') ?? '';
      expect(setCookie).toMatch(/cupstage_session=/);
      expect(setCookie).toMatch(/HttpOnly/i);
      expect(setCookie).toMatch(/SameSite=Strict/i);
      const cookie = setCookie.split(';')[0]!;
      const csrf = String(login.body.csrfToken);
      const me = await call(s.base, 'GET', '/auth/me', { headers: { cookie } });
      expect(me.body.user).toMatchObject({ email: s.emails.editor });
      expect(list(me.body.competitions)).toEqual([CAF]);
      problem(
        await call(s.base, 'POST', '/auth/tokens', { headers: { cookie }, body: { name: 'x' } }),
        403,
        'csrf-token-invalid',
      );
      const created = await call(s.base, 'POST', '/auth/tokens', {
        headers: { cookie, 'x-csrf-token': csrf },
        body: { name: 'script' },
      });
      expect(created.status).toBe(201);
      const token = String(created.body.token);
      problem(
        await call(s.base, 'POST', '/auth/tokens', { token, body: { name: 'from a token' } }),
        403,
        'session-required',
      );
      const tokens = await call(s.base, 'GET', '/auth/tokens', { token });
      expect(list(tokens.body).map((t) => t.name)).toContain('script');
      const deleted = await call(s.base, 'DELETE', `/auth/tokens/${String(created.body.id)}`, { token });
      expect(deleted.status).toBe(204);
      problem(await call(s.base, 'GET', '/auth/tokens', { token }), 401, 'invalid-token');
      problem(
        await call(s.base, 'DELETE', `/auth/tokens/${String(created.body.id)}`, {
          headers: { cookie, 'x-csrf-token': csrf },
        }),
        404,
        'token-not-found',
      );
      const out = await call(s.base, 'POST', '/auth/logout', { headers: { cookie, 'x-csrf-token': csrf } });
      expect(out.status).toBe(204);
      problem(await call(s.base, 'GET', '/auth/me', { headers: { cookie } }), 401, 'sign-in-required');
      problem(await call(s.base, 'POST', '/auth/logout', { headers: { cookie } }), 401, 'sign-in-required');
    });

    it('creates competitions from a file or from teams + rules + bracket; drafts stay private until published', async () => {
      problem(
        await call(s.base, 'POST', '/competitions', { body: fourTeams('anon-cup') }),
        401,
        'sign-in-required',
      );
      const file = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Record<string, unknown>;
      const created = await call(s.base, 'POST', '/competitions', {
        token: s.tokens.outsider,
        body: { ...file, id: `caf-copy-${dialect}` },
      });
      expect(created.status).toBe(201);
      expect(created.headers.get('location')).toBe(`/competitions/caf-copy-${dialect}`);
      expect(created.body).toMatchObject({ version: 1, published: false, role: 'owner' });
      problem(
        await call(s.base, 'POST', '/competitions', {
          token: s.tokens.outsider,
          body: { ...file, id: `caf-copy-${dialect}` },
        }),
        409,
        'competition-exists',
      );
      const broken = await call(s.base, 'POST', '/competitions', {
        token: s.tokens.owner,
        body: { ...file, id: 'broken', teams: [] },
      });
      expect(broken.status).toBe(422);
      expect(list(broken.body.errors)[0]!.path).toEqual(['body', 'teams']);
      const wrong = await call(s.base, 'POST', '/competitions', {
        token: s.tokens.owner,
        body: { id: 'x-cup', name: 'X', rules: 'no-such-rules', teams: [] },
      });
      expect(wrong.status).toBe(400);
      expect(list(wrong.body.errors).map((e) => [e.path, e.code])).toEqual([
        [['body', 'teams'], 'too-small'],
      ]);
      const unknownRules = await call(s.base, 'POST', '/competitions', {
        token: s.tokens.owner,
        body: { ...fourTeams('x-cup'), rules: 'no-such-rules' },
      });
      problem(unknownRules, 422, 'unknown-rules-preset');
      expect(list(unknownRules.body.errors)[0]!.path).toEqual(['body', 'rules']);
      const id = `teams-${dialect}`;
      const made = await call(s.base, 'POST', '/competitions', {
        token: s.tokens.owner,
        body: fourTeams(id),
      });
      expect(made.status).toBe(201);
      const ties = await get(`/competitions/${id}/ties`, s.tokens.owner);
      expect(list(ties.body).map((t) => t.id)).toEqual(['SF1', 'SF2', 'F']);
      expect(list(ties.body).map((t) => t.status)).toEqual(['undecided', 'undecided', 'waiting']);
      problem(await get(`/competitions/${id}`), 404, 'competition-not-found');
      problem(await get(`/competitions/${id}`, s.tokens.editor), 404, 'competition-not-found');
      const publicList = await get('/competitions');
      expect(list(publicList.body).map((c) => c.id)).toEqual([CAF]);
      const ownerList = await get('/competitions', s.tokens.owner);
      expect(list(ownerList.body).find((c) => String(c.id) === id)).toMatchObject({
        role: 'owner',
        published: false,
      });
    });

    it('creates a competition whose rules are a decider chain, checked by checkRules, and resolves its ties by it', async () => {
      // The AFC rule: away goals, then extra time in which away goals do not count, then penalties.
      const afc = {
        legs: 2,
        deciders: [
          { kind: 'aggregate' },
          { kind: 'away-goals' },
          { kind: 'extra-time', awayGoals: false },
          { kind: 'penalties' },
        ],
      };
      const id = `chain-${dialect}`;
      const made = await call(s.base, 'POST', '/competitions', {
        token: s.tokens.owner,
        body: { ...fourTeams(id), rules: afc, finalRules: 'single-match' },
      });
      expect(made.status).toBe(201);
      const rounds = await get(`/competitions/${id}/rounds`, s.tokens.owner);
      const first = list(rounds.body)[0] as unknown as { rules: { legs: number; deciders: unknown[] } };
      expect(first.rules.deciders).toEqual(afc.deciders.map((d) => ({ ...d })));
      // 2017 AFC quarter-final pattern: 4–0, 0–4, 1–1 in extra time (an away goal each): under this
      // chain the shoot-out is needed (under uefa-1970 the visitors' extra-time goal would settle it).
      const put = (leg: number, body: unknown, version: string) =>
        call(s.base, 'PUT', `/competitions/${id}/ties/SF1/legs/${leg}`, {
          token: s.tokens.owner,
          body,
          headers: { 'if-match': version },
        });
      const leg1 = await put(1, { home: 'a', away: 'd', score: [4, 0] }, '"1"');
      expect(leg1.status).toBe(200);
      const leg2 = await put(
        2,
        { home: 'd', away: 'a', score: [4, 0], extraTime: [1, 1], penalties: [5, 4] },
        etag(leg1),
      );
      expect(leg2.status).toBe(200);
      const tie = await get(`/competitions/${id}/ties/SF1`, s.tokens.owner);
      expect(tie.body).toMatchObject({ status: 'decided', decidedBy: 'penalties', winner: { id: 'd' } });

      const level = { legs: 2, deciders: [{ kind: 'aggregate' }, { kind: 'away-goals' }] };
      const cannotSettle = await call(s.base, 'POST', '/competitions', {
        token: s.tokens.owner,
        body: { ...fourTeams('level-cup'), rules: level },
      });
      problem(cannotSettle, 422, 'rules-can-end-level');
      expect(list(cannotSettle.body.errors)[0]!.path).toEqual(['body', 'rules', 'deciders', 1]);
      const malformed = await call(s.base, 'POST', '/competitions', {
        token: s.tokens.owner,
        body: { ...fourTeams('odd-cup'), rules: { legs: 3, deciders: [{ kind: 'aggregate' }] } },
      });
      expect(malformed.status).toBe(400);
      expect(list(malformed.body.errors)[0]!.path).toEqual(['body', 'rules']);
    });

    it('enters, corrects and deletes leg results with If-Match, through core checks', async () => {
      const id = `results-${dialect}`;
      await call(s.base, 'POST', '/competitions', { token: s.tokens.owner, body: fourTeams(id) });
      const members = await call(s.base, 'PUT', `/competitions/${id}/members/${s.emails.editor}`, {
        token: s.tokens.owner,
        body: { role: 'editor' },
      });
      expect(list(members.body)).toContainEqual({ email: s.emails.editor, role: 'editor' });
      const put = (leg: number, body: unknown, version: string | undefined, token = s.tokens.editor) =>
        call(s.base, 'PUT', `/competitions/${id}/ties/SF1/legs/${leg}`, {
          token,
          body,
          headers: version ? { 'if-match': version } : {},
        });
      const leg1 = { home: 'a', away: 'd', score: [1, 0] };
      problem(await put(1, leg1, undefined), 428, 'if-match-required');
      problem(await put(1, leg1, 'seven'), 400, 'invalid-if-match');
      problem(await put(2, { home: 'd', away: 'a', score: [1, 0] }, '"1"'), 422, 'leg-out-of-order');
      problem(await put(1, { home: 'd', away: 'a', score: [1, 0] }, '"1"'), 422, 'first-leg-home-mismatch');
      problem(await put(1, { home: 'a', away: 'a', score: [1, 0] }, '"1"'), 422, 'same-team');
      problem(await put(1, { home: 'a', away: 'd', score: [-1, 0] }, '"1"'), 422, 'negative-goals');
      problem(await put(1, leg1, '"1"', s.tokens.outsider), 404, 'competition-not-found');
      problem(
        await call(s.base, 'PUT', `/competitions/${id}/ties/SF1/legs/1`, {
          body: leg1,
          headers: { 'if-match': '"1"' },
        }),
        401,
        'sign-in-required',
      );
      const final = (body: unknown, tie = 'F') =>
        call(s.base, 'PUT', `/competitions/${id}/ties/${tie}/legs/1`, {
          token: s.tokens.editor,
          body,
          headers: { 'if-match': '"1"' },
        });
      problem(await final({ home: 'a', away: 'b', score: [1, 0] }), 422, 'teams-not-known');
      problem(await final({ home: 'a', away: 'b', score: [1, 0] }, 'R9-9'), 404, 'tie-not-found');
      const ok1 = await put(1, leg1, '"1"');
      expect(ok1.status).toBe(200);
      expect(etag(ok1)).toBe('"2"');
      expect(ok1.body.tie).toMatchObject({ status: 'undecided', next: 'second-leg', aggregate: [1, 0] });
      const stale = await put(1, { ...leg1, score: [2, 0] }, '"1"');
      problem(stale, 412, 'version-conflict');
      expect(stale.body.currentVersion).toBe(2 as never);
      expect(etag(stale)).toBe('"2"');
      problem(
        await put(2, { home: 'd', away: 'a', score: [1, 0], penalties: [7, 1] }, '"2"'),
        422,
        'penalties-impossible',
      );
      const ok2 = await put(2, { home: 'd', away: 'a', score: [1, 0], penalties: [4, 3] }, '"2"');
      expect(ok2.body.tie).toMatchObject({ status: 'decided', winner: { id: 'd' }, decidedBy: 'penalties' });
      expect(ok2.body.tie?.summary).toBe('1–1 on aggregate. Delta won 4–3 on penalties.' as never);
      const fin = await get(`/competitions/${id}/ties/F`, s.tokens.editor);
      expect(list(fin.body.sides)[0]!.team).toMatchObject({ id: 'd' });
      // A 2–0 first leg would decide the tie on aggregate, so the shoot-out entered for leg 2 cannot stand.
      problem(await put(1, { ...leg1, score: [2, 0] }, '"3"'), 422, 'penalties-not-needed');
      const fixed = await put(2, { home: 'd', away: 'a', score: [0, 0] }, '"3"');
      expect(fixed.body.tie).toMatchObject({
        status: 'decided',
        winner: { id: 'a' },
        decidedBy: 'aggregate',
      });
      const del = (leg: number, version: string) =>
        call(s.base, 'DELETE', `/competitions/${id}/ties/SF1/legs/${leg}`, {
          token: s.tokens.editor,
          headers: { 'if-match': version },
        });
      problem(await del(1, '"4"'), 422, 'later-leg-entered');
      expect((await del(2, '"4"')).status).toBe(200);
      problem(await del(2, '"5"'), 422, 'leg-not-entered');
      problem(await get(`/competitions/${id}/ties/SF1/legs/2`, s.tokens.editor), 404, 'leg-not-found');
      const audit = await get(`/competitions/${id}/audit`, s.tokens.editor);
      const entries = list(audit.body);
      expect(entries.filter((e) => String(e.outcome) === 'applied').map((e) => e.kind)).toEqual([
        'competition-created',
        'leg-result-entered',
        'leg-result-entered',
        'leg-result-corrected',
        'leg-result-deleted',
      ]);
      expect(entries.filter((e) => String(e.outcome) === 'conflict')).toEqual([
        expect.objectContaining({
          actor: s.emails.editor,
          target: 'SF1 leg 1',
          expectedVersion: 1,
          currentVersion: 2,
        }),
      ]);
      problem(await get(`/competitions/${id}/audit`), 404, 'competition-not-found');
    });

    it('enters the legs of a round in one write or none (PATCH .../legs, the results grid)', async () => {
      const id = `batch-${dialect}`;
      await call(s.base, 'POST', '/competitions', { token: s.tokens.owner, body: fourTeams(id) });
      const patch = (results: unknown, version: string) =>
        call(s.base, 'PATCH', `/competitions/${id}/legs`, {
          token: s.tokens.owner,
          body: { results },
          headers: { 'if-match': version },
        });
      const sf1 = { tie: 'SF1', leg: 1, home: 'a', away: 'd', score: [1, 0] };
      const sf2 = { tie: 'SF2', leg: 1, home: 'b', away: 'c', score: [2, 2] };
      // the third is impossible with the first in place (1–1 on aggregate, a 6–0 shoot-out): none is stored
      const bad = await patch(
        [sf1, sf2, { tie: 'SF1', leg: 2, home: 'd', away: 'a', score: [1, 0], penalties: [6, 0] }],
        '"1"',
      );
      problem(bad, 422, 'penalties-impossible');
      expect(list(bad.body.errors)[0]!.path).toEqual(['results', 2, 'legs', 1, 'penalties']);
      expect(String(list(bad.body.errors)[0]!.message)).toMatch(/^SF1 leg 2: /);
      expect(etag(await get(`/competitions/${id}`, s.tokens.owner))).toBe('"1"');
      expect(list((await get(`/competitions/${id}/ties/SF1`, s.tokens.owner)).body.legs)).toEqual([]);
      // a tie named in the body that the competition lacks is an input error, not a missing page
      problem(await patch([{ ...sf1, tie: 'QF9' }], '"1"'), 422, 'unknown-tie');
      problem(await patch([], '"1"'), 400, 'too-small');
      const done = await patch(
        [sf1, { tie: 'SF1', leg: 2, home: 'd', away: 'a', score: [0, 0] }, sf2],
        '"1"',
      );
      expect(done.status).toBe(200);
      expect(etag(done)).toBe('"4"');
      expect((await get(`/competitions/${id}/ties/SF1`, s.tokens.owner)).body).toMatchObject({
        status: 'decided',
        winner: { id: 'a' },
      });
      problem(await patch([sf2], '"1"'), 412, 'version-conflict');
      // a slot naming a tie the file lacks is the same input error, not a missing page
      const file = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as {
        rounds: Array<{ ties: Array<{ sides: unknown[] }> }>;
      };
      file.rounds[1]!.ties[0]!.sides[0] = { winner: 'QF9' };
      const badSlot = await call(s.base, 'POST', '/competitions', {
        token: s.tokens.owner,
        body: { ...file, id: `bad-slot-${dialect}` },
      });
      problem(badSlot, 422, 'unknown-tie');
      expect(list(badSlot.body.errors)[0]!.path).toEqual(['body', 'rounds', 1, 'ties', 0, 'sides', 0]);
    });

    it('lets owners publish, manage members and record draws and schedule changes; others get 401/403', async () => {
      const id = `manage-${dialect}`;
      const file = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Record<string, unknown>;
      await call(s.base, 'POST', '/competitions', { token: s.tokens.owner, body: { ...file, id } });
      await call(s.base, 'PUT', `/competitions/${id}/members/${s.emails.editor}`, {
        token: s.tokens.owner,
        body: { role: 'editor' },
      });
      const post = (path: string, token: string | undefined, version: string, body?: unknown) =>
        call(s.base, 'POST', `/competitions/${id}${path}`, {
          ...(token ? { token } : {}),
          headers: { 'if-match': version },
          ...(body !== undefined ? { body } : {}),
        });
      problem(await post('/publish', s.tokens.editor, '"1"'), 403, 'forbidden');
      expect((await post('/publish', s.tokens.owner, '"1"')).status).toBe(200);
      problem(await post('/publish', s.tokens.owner, '"2"'), 409, 'already-published');
      expect((await get(`/competitions/${id}`)).status).toBe(200);
      problem(await post('/publish', s.tokens.outsider, '"2"'), 403, 'forbidden');
      problem(await post('/publish', undefined, '"2"'), 401, 'sign-in-required');
      problem(await get(`/competitions/${id}/audit`, s.tokens.outsider), 403, 'forbidden');
      problem(await get(`/competitions/${id}/audit`), 401, 'sign-in-required');
      const draw = { id: 'sf-draw', description: 'semi-final draw', rounds: ['semi-finals'] };
      expect((await post('/draws', s.tokens.editor, '"2"', draw)).status).toBe(201);
      problem(
        await post('/draws', s.tokens.editor, '"3"', { ...draw, rounds: ['round-of-64'] }),
        422,
        'unknown-round',
      );
      const move = {
        round: 'final',
        window: 'second-leg',
        to: { from: '2017-11-25', to: '2017-11-27' },
        reason: 'stadium',
      };
      const moved = await post('/amendments', s.tokens.editor, '"3"', move);
      expect(moved.status).toBe(201);
      const view = await get(`/competitions/${id}`);
      expect(list(view.body.rounds)[2]!.schedule).toMatchObject({
        secondLeg: { from: '2017-11-25', to: '2017-11-27' },
      });
      expect(list(view.body.amendments).at(-1)).toMatchObject({
        round: 'final',
        from: { from: '2017-11-24', to: '2017-11-26' },
      });
      problem(
        await post('/amendments', s.tokens.editor, '"4"', {
          ...move,
          to: { from: '2017-11-28', to: '2017-11-20' },
        }),
        422,
        'window-reversed',
      );
      problem(
        await post('/amendments', s.tokens.editor, '"4"', { ...move, window: 'match' }),
        422,
        'window-not-set',
      );
      problem(
        await call(s.base, 'GET', `/competitions/${id}/members`, { token: s.tokens.editor }),
        403,
        'forbidden',
      );
      const members = await call(s.base, 'GET', `/competitions/${id}/members`, { token: s.tokens.owner });
      expect(members.body).toEqual([
        { email: s.emails.editor, role: 'editor' },
        { email: s.emails.owner, role: 'owner' },
      ]);
      // An address without an account is invited, answered like an account (no enumeration).
      const invited = await call(s.base, 'PUT', `/competitions/${id}/members/nobody@example.org`, {
        token: s.tokens.owner,
        body: { role: 'editor' },
      });
      expect(invited.status).toBe(200);
      expect(list(invited.body)).toContainEqual({ email: 'nobody@example.org', role: 'editor' });
      expect(
        (
          await call(s.base, 'DELETE', `/competitions/${id}/members/nobody@example.org`, {
            token: s.tokens.owner,
          })
        ).status,
      ).toBe(200);
      problem(
        await call(s.base, 'DELETE', `/competitions/${id}/members/nobody@example.org`, {
          token: s.tokens.owner,
        }),
        404,
        'member-not-found',
      );
      problem(
        await call(s.base, 'DELETE', `/competitions/${id}/members/${s.emails.owner}`, {
          token: s.tokens.owner,
        }),
        409,
        'last-owner',
      );
      const removed = await call(s.base, 'DELETE', `/competitions/${id}/members/${s.emails.editor}`, {
        token: s.tokens.owner,
      });
      expect(removed.body).toEqual([{ email: s.emails.owner, role: 'owner' }]);
      expect((await post('/unpublish', s.tokens.owner, '"4"')).status).toBe(200);
      problem(await post('/unpublish', s.tokens.owner, '"5"'), 409, 'not-published');
      problem(await get(`/competitions/${id}`), 404, 'competition-not-found');
    });

    it('creates with windows and draw procedures, commits, runs and applies a draw, and guards played legs', async () => {
      const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
      const SEED = 'semi-final ceremony 2026-11-29 ball 7';
      const sfWindows = {
        firstLeg: { from: '2026-12-04', to: '2026-12-06' },
        secondLeg: { from: '2026-12-11', to: '2026-12-13' },
      };
      const body = {
        ...fourTeams('unused'),
        id: undefined,
        name: `Organiser Cup ${dialect}`,
        rounds: [{ schedule: sfWindows, draw: { procedure: 'leg-order' } }, {}],
      };
      const wrongRounds = await call(s.base, 'POST', '/competitions', {
        token: s.tokens.owner,
        body: { ...body, rounds: [{}, {}, {}] },
      });
      problem(wrongRounds, 422, 'too-many-rounds');
      problem(
        await call(s.base, 'POST', '/competitions', {
          token: s.tokens.owner,
          body: { ...body, rounds: [{}, { draw: { procedure: 'open' } }] },
        }),
        422,
        'open-draw-needs-teams',
      );
      const reversed = await call(s.base, 'POST', '/competitions', {
        token: s.tokens.owner,
        body: { ...body, rounds: [{ schedule: { firstLeg: { from: '2026-12-06', to: '2026-12-04' } } }] },
      });
      expect(reversed.status).toBe(422);
      expect(reversed.body.code).toBe('window-reversed' as never);
      expect(list(reversed.body.errors)[0]!.path).toEqual(['body', 'rounds', 0, 'schedule', 'firstLeg']);
      const named = await call(s.base, 'POST', '/competitions', {
        token: s.tokens.owner,
        body: {
          name: `Named Cup ${dialect}`,
          rules: 'caf-2017',
          teams: ['Club Africain', 'MC Alger', 'FUS Rabat', 'TP Mazembe'].map((name) => ({
            name,
            country: 'XXX',
          })),
        },
      });
      expect(named.status).toBe(201);
      const namedView = await get(`/competitions/named-cup-${dialect}`, s.tokens.owner);
      expect(list(namedView.body.teams).map((t) => t.id)).toEqual([
        'club-africain',
        'mc-alger',
        'fus-rabat',
        'tp-mazembe',
      ]);
      const badId = await call(s.base, 'POST', '/competitions', {
        token: s.tokens.owner,
        body: { ...body, id: 'Not An Id' },
      });
      expect(badId.status).toBe(400);
      expect(badId.body.detail).toBe(
        'The id is not valid: a competition id: lower-case letters, digits and dashes' as never,
      );
      expect(list(badId.body.errors)[0]!.path).toEqual(['body', 'id']);
      const made = await call(s.base, 'POST', '/competitions', { token: s.tokens.owner, body });
      expect(made.status).toBe(201);
      // The id is derived from the name; rounds and ties are named as articles name them.
      const id = `organiser-cup-${dialect}`;
      expect(made.body.id).toBe(id as never);
      await call(s.base, 'PUT', `/competitions/${id}/members/${s.emails.editor}`, {
        token: s.tokens.owner,
        body: { role: 'editor' },
      });
      const post = (path: string, version: string, payload: unknown) =>
        call(s.base, 'POST', `/competitions/${id}${path}`, {
          token: s.tokens.editor,
          headers: { 'if-match': version },
          body: payload,
        });
      const view = await get(`/competitions/${id}`, s.tokens.editor);
      expect(list(view.body.rounds).map((r) => [r.id, r.name, r.legOrder])).toEqual([
        ['semi-finals', 'Semi-finals', 'draw'],
        ['final', 'Final', 'fixed'],
      ]);
      expect(list(view.body.rounds)[0]!.schedule).toEqual(sfWindows);
      const finalRound = await get(`/competitions/${id}/rounds/final`, s.tokens.editor);
      expect(list(finalRound.body.ties).map((t) => list(t.sides).map((x) => x.label))).toEqual([
        ['Winner SF1', 'Winner SF2'],
      ]);

      // Windows of a round that has none yet; a set window moves only by an amendment.
      const putWindows = (round: string, version: string, payload: unknown) =>
        call(s.base, 'PUT', `/competitions/${id}/rounds/${round}/windows`, {
          token: s.tokens.editor,
          headers: { 'if-match': version },
          body: payload,
        });
      const finalWindows = {
        firstLeg: { from: '2026-12-18', to: '2026-12-20' },
        secondLeg: { from: '2026-12-25', to: '2026-12-27' },
      };
      expect((await putWindows('final', '"1"', finalWindows)).status).toBe(200);
      problem(await putWindows('final', '"2"', finalWindows), 409, 'window-already-set');
      problem(await putWindows('round-of-64', '"2"', finalWindows), 404, 'round-not-found');

      // Seeds: never empty, never short; the commitment is published before the draw.
      problem(await post('/draws/run', '"2"', { round: 'semi-finals', seed: '' }), 422, 'seed-too-short');
      const short = await post('/draws/run', '"2"', { round: 'semi-finals', seed: 'cairo' });
      problem(short, 422, 'seed-too-short');
      expect(short.body.detail).toBe(
        'The draw seed has 5 characters: give at least 16, a phrase no one can guess' as never,
      );
      problem(
        await post('/draws/commitments', '"2"', { round: 'semi-finals', commitment: sha256('') }),
        422,
        'seed-too-short',
      );
      const committed = await post('/draws/commitments', '"2"', {
        round: 'semi-finals',
        commitment: sha256(SEED),
      });
      expect(committed.status).toBe(201);
      const shown = await get(`/competitions/${id}`, s.tokens.editor);
      expect(list(shown.body.commitments)).toEqual([
        expect.objectContaining({ round: 'semi-finals', commitment: sha256(SEED) }),
      ]);
      const run = await post('/draws/run', '"3"', { round: 'semi-finals', seed: SEED });
      expect(run.status).toBe(200);
      const log = run.body as unknown as { ties: [string, string][] };
      const record = { id: 'sf-draw', description: 'Semi-final order of legs', rounds: ['semi-finals'] };
      problem(
        await post('/draws', '"3"', { ...record, rounds: ['semi-finals', 'final'], log }),
        422,
        'draw-log-one-round',
      );
      problem(await post('/draws', '"3"', { ...record, rounds: ['final'], log }), 409, 'draw-not-committed');
      const applied = await post('/draws', '"3"', { ...record, log });
      expect(applied.status).toBe(201);
      const sf = await get(`/competitions/${id}/rounds/semi-finals`, s.tokens.editor);
      expect(sf.body.legOrderDraw).toBe('sf-draw' as never);
      expect(list(sf.body.ties).map((t) => list(t.sides).map((x) => String(x.label)))).toEqual(
        log.ties.map((t) => [...t]),
      );
      const drawn = await get(`/competitions/${id}`, s.tokens.editor);
      expect(list(drawn.body.draws)[0]).toMatchObject({ seed: SEED, commitment: sha256(SEED) });
      expect(drawn.body.commitments).toBeUndefined();
      // A log for the final is not the final's draw.
      await post('/draws/commitments', '"4"', { round: 'final', commitment: sha256(SEED) });
      problem(
        await post('/draws', '"5"', { ...record, id: 'f-draw', rounds: ['final'], log }),
        422,
        'draw-spec-mismatch',
      );

      // Results: a drawn round's first leg; then no draw may change the round.
      const sf1 = list(sf.body.ties)[0]!;
      const [home, away] = list(sf1.sides).map((x) => String((x.team as Loose).id));
      const putLeg = (leg: number, version: string, payload: unknown) =>
        call(s.base, 'PUT', `/competitions/${id}/ties/SF1/legs/${leg}`, {
          token: s.tokens.editor,
          headers: { 'if-match': version },
          body: payload,
        });
      const negative = await putLeg(1, '"5"', { home, away, score: [-1, 0] });
      problem(negative, 422, 'negative-goals');
      expect(negative.body.detail).toBe('Home goals in leg 1 cannot be negative' as never);
      expect(list(negative.body.errors)[0]!.path).toEqual(['legs', 0, 'score', 0]);
      const first = {
        home,
        away,
        score: [1, 3],
        date: '2026-12-05',
        kickoff: '19:00',
        timeZone: 'Africa/Cairo',
        venue: 'Cairo International Stadium',
        city: 'Cairo',
      };
      const entered = await putLeg(1, '"5"', first);
      expect(entered.body.change).toBe('entered' as never);
      const leg = await get(`/competitions/${id}/ties/SF1/legs/1`, s.tokens.editor);
      expect(leg.body).toMatchObject({
        date: '2026-12-05',
        kickoff: '19:00',
        timeZone: 'Africa/Cairo',
        venue: 'Cairo International Stadium',
        city: 'Cairo',
      });
      await post('/draws/commitments', '"6"', { round: 'semi-finals', commitment: sha256(SEED) }).then((r) =>
        problem(r, 409, 'round-has-results'),
      );
      const corrected = await putLeg(1, '"6"', { ...first, score: [1, 2] });
      expect(corrected.body.change).toBe('corrected' as never);
      const moved = await post('/amendments', '"7"', {
        round: 'semi-finals',
        window: 'first-leg',
        to: { from: '2026-12-06', to: '2026-12-08' },
      });
      problem(moved, 409, 'window-excludes-played-legs');
      expect(String(moved.body.detail)).toContain('SF1 leg 1 was played on 5 December 2026');

      // Delete with undo: the answer holds the leg, PUT back as it was.
      const deleted = await call(s.base, 'DELETE', `/competitions/${id}/ties/SF1/legs/1`, {
        token: s.tokens.editor,
        headers: { 'if-match': '"7"' },
      });
      expect(deleted.body).toMatchObject({ change: 'deleted', removed: { ...first, score: [1, 2] } });
      const restored = await putLeg(1, '"8"', deleted.body.removed);
      expect(restored.body.change).toBe('entered' as never);
      expect((await get(`/competitions/${id}/ties/SF1/legs/1`, s.tokens.editor)).body.score).toEqual([1, 2]);

      // The audit log in words, filterable.
      const audit = await get(`/competitions/${id}/audit?kind=leg-result-corrected&tie=SF1`, s.tokens.editor);
      const entries = list(audit.body);
      expect(entries).toHaveLength(1);
      expect(String(entries[0]!.sentence)).toMatch(
        new RegExp(
          `^SF1 leg 1: 1–3 → 1–2, by ${s.emails.editor.replace('.', '\\.')}, \\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}$`,
        ),
      );
      expect(entries[0]!.before).toMatchObject({ score: [1, 3] });
      const all = list((await get(`/competitions/${id}/audit`, s.tokens.owner)).body).map((e) =>
        String(e.sentence),
      );
      expect(all).toContainEqual(expect.stringMatching(/^SF1 leg 1: 1–2 deleted, by /));
      expect(all).toContainEqual(expect.stringMatching(/^Semi-finals drawn \(Semi-final order of legs\): /));
      expect(all).toContainEqual(
        expect.stringMatching(
          /^Final windows set: first leg 18–20 December 2026, second leg 25–27 December 2026, by /,
        ),
      );
      expect(all).toContainEqual(
        expect.stringMatching(new RegExp(`^${s.emails.editor} made editor, by ${s.emails.owner}, `)),
      );
    });

    it('refuses oversized, empty, non-JSON and wrongly typed bodies with problem documents', async () => {
      const big = JSON.stringify({ ...fourTeams('big'), name: 'x'.repeat(1_100_000) });
      problem(
        await call(s.base, 'POST', '/competitions', { token: s.tokens.owner, body: big }),
        413,
        'body-too-large',
      );
      problem(
        await call(s.base, 'POST', '/competitions', {
          token: s.tokens.owner,
          body: '<cup/>',
          headers: { 'content-type': 'application/xml' },
        }),
        415,
        'unsupported-media-type',
      );
      problem(
        await call(s.base, 'POST', '/competitions', {
          token: s.tokens.owner,
          body: '',
          headers: { 'content-type': 'application/json' },
        }),
        400,
        'empty-body',
      );
      problem(
        await call(s.base, 'POST', '/competitions', { token: s.tokens.owner, body: '{"id": ' }),
        400,
        'invalid-json',
      );
      const typed = await call(s.base, 'PUT', `/competitions/${CAF}/ties/QF1/legs/1`, {
        token: s.tokens.editor,
        body: { home: 1, away: 'club-africain' },
        headers: { 'if-match': '"2"' },
      });
      problem(typed, 400, 'invalid-type');
      expect(list(typed.body.errors)[0]!.path).toEqual(['body', 'home']);
    });

    it('serves group tables, statuses and odds; organisers enter group results and the knockout slots fill from them', async () => {
      // The example with group A's matchday 6 not yet played and no knockout result entered.
      const file = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as {
        groupStage: { groups: Array<{ group: string; matches: Array<Record<string, unknown>> }> };
        rounds: Array<{ ties: Array<Record<string, unknown>> }>;
      };
      const a = file.groupStage.groups[0]!;
      a.matches = a.matches.map((m) => (m.matchday === 6 ? { ...m, score: undefined } : m));
      for (const r of file.rounds)
        for (const t of r.ties) {
          t.legs = [];
          delete t.reported;
        }
      const id = `caf-groups-${dialect}`;
      const created = await call(s.base, 'POST', '/competitions', {
        token: s.tokens.owner,
        body: { ...file, id },
      });
      expect(created.status).toBe(201);
      const groups = await get(`/competitions/${id}/groups`, s.tokens.owner);
      expect(groups.status).toBe(200);
      expect(groups.body.rules).toContain('CAF Confederation Cup 2017 Regulations III. 20 & 21');
      const ga = list(groups.body.groups)[0]!;
      expect(ga.complete).toBe(false as never);
      expect(list(ga.matches).filter((m) => m.result === ('v' as never))).toHaveLength(2);
      // Before matchday 6 every team of group A can still go through (the exact outlook): no status.
      const before = await get(`/competitions/${id}/groups/A`, s.tokens.owner);
      expect(list(before.body.table).every((r) => r.status === undefined)).toBe(true);
      const odds = await get(`/competitions/${id}/groups/A/odds`, s.tokens.owner);
      expect(odds.body.method).toBe('exact' as never);
      const qualify = list(odds.body.teams).map((t) => Number(t.qualify));
      expect(qualify.every((q) => q > 0 && q < 1)).toBe(true);
      expect(qualify.reduce((x, y) => x + y, 0)).toBeCloseTo(2, 9);
      const qf1 = await get(`/competitions/${id}/ties/QF1`, s.tokens.owner);
      expect(list(qf1.body.sides)[1]!.label).toBe('Winner Group A' as never);
      problem(await get(`/competitions/${id}/groups/Z`, s.tokens.owner), 404, 'group-not-found');
      problem(await get(`/competitions/${CAF}/groups/Z`), 404, 'group-not-found');
      // Entry: If-Match, a team of the group, goals that are goals.
      const put = (home: string, away: string, body: unknown, version: string, token = s.tokens.owner) =>
        call(s.base, 'PUT', `/competitions/${id}/groups/A/matches/${home}/${away}`, {
          token,
          body,
          headers: { 'if-match': version },
        });
      // Published, so that anyone can watch it live.
      const published = await call(s.base, 'POST', `/competitions/${id}/publish`, {
        token: s.tokens.owner,
        headers: { 'if-match': '"1"' },
      });
      expect(published.status).toBe(200);
      const live = await sseClient(`${s.base}/competitions/${id}/events`);
      await live.until('event: ready');
      const v = etag(await get(`/competitions/${id}`, s.tokens.owner));
      const negative = await put('club-africain', 'kcca', { score: [-1, 0] }, v);
      expect(negative.status).toBe(400);
      expect(JSON.stringify(negative.body)).toContain('goals cannot be negative');
      problem(await put('club-africain', 'tp-mazembe', { score: [1, 0] }, v), 422, 'team-not-in-group');
      problem(await put('club-africain', 'kcca', { score: [4, 0] }, '"7"'), 412, 'version-conflict');
      const first = await put('club-africain', 'kcca', { score: [4, 0] }, v);
      expect(first.status).toBe(200);
      expect(first.body.group?.complete).toBe(false as never);
      const second = await put('fus-rabat', 'rivers-united', { score: [2, 1] }, etag(first));
      expect(second.status).toBe(200);
      await live.until(`id: ${etag(second).replaceAll('"', '')}`);
      expect(live.text()).toContain('"kind":"group-result-entered"');
      expect(live.text()).toContain('"group":"A"');
      live.close();
      // Group A complete: the real final table, FUS Rabat second on head-to-head; the slots fill.
      expect(list(second.body.group?.table).map((r) => r.team?.id)).toEqual([
        'club-africain',
        'fus-rabat',
        'kcca',
        'rivers-united',
      ] as never);
      const filled = await get(`/competitions/${id}/ties/QF1`, s.tokens.owner);
      expect(list(filled.body.sides)[1]!.team).toEqual({
        id: 'club-africain',
        name: 'Club Africain',
        country: 'TUN',
      } as never);
      // A correction is its own event kind in the audit log, with what changed.
      const corrected = await put('fus-rabat', 'rivers-united', { score: [2, 1], matchday: 6 }, etag(second));
      expect(corrected.status).toBe(200);
      const audit = await get(`/competitions/${id}/audit`, s.tokens.owner);
      const kinds = list(audit.body).map((e) => e.kind);
      expect(kinds).toContain('group-result-entered' as never);
      expect(kinds).toContain('group-result-corrected' as never);
    });

    it('pushes committed changes to Server-Sent Events clients, and refuses clients that do not accept them', async () => {
      problem(
        await get(`/competitions/${CAF}/events`, undefined, { accept: 'application/json' }),
        406,
        'not-acceptable',
      );
      const controller = new AbortController();
      const res = await fetch(`${s.base}/competitions/${CAF}/events`, {
        signal: controller.signal,
        headers: { accept: 'text/event-stream' },
      });
      expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
      const reader = res.body!.getReader();
      let text = '';
      const until = async (needle: string): Promise<void> => {
        while (!text.includes(needle)) {
          const { value, done } = await reader.read();
          if (done) throw new Error(`stream ended before ${needle}`);
          text += new TextDecoder().decode(value);
        }
      };
      await until('event: ready');
      const current = await get(`/competitions/${CAF}`);
      const version = Number(etag(current).replaceAll('"', ''));
      const wrote = await call(s.base, 'PUT', `/competitions/${CAF}/ties/QF1/legs/1`, {
        token: s.tokens.editor,
        body: { home: 'mc-alger', away: 'club-africain', score: [1, 0] },
        headers: { 'if-match': etag(current) },
      });
      expect(wrote.status).toBe(200);
      await until(`id: ${version + 1}`);
      expect(text).toContain('event: change');
      expect(text).toContain('"kind":"leg-result-corrected","at"');
      expect(text).toContain('"tie":"QF1","leg":1');
      controller.abort();
      // a client that reconnects with Last-Event-ID first gets what it missed
      const replay = new AbortController();
      const again = await fetch(`${s.base}/competitions/${CAF}/events`, {
        signal: replay.signal,
        headers: { accept: 'text/event-stream', 'last-event-id': String(version) },
      });
      const replayReader = again.body!.getReader();
      let replayed = '';
      while (!replayed.includes(`id: ${version + 1}`)) {
        const { value, done } = await replayReader.read();
        if (done) break;
        replayed += new TextDecoder().decode(value);
      }
      expect(replayed).toContain(`id: ${version + 1}`);
      replay.abort();
    });

    it('ends a public event stream when its competition is made private again', async () => {
      const id = `private-again-${dialect}`;
      await call(s.base, 'POST', '/competitions', { token: s.tokens.owner, body: fourTeams(id) });
      await call(s.base, 'POST', `/competitions/${id}/publish`, {
        token: s.tokens.owner,
        headers: { 'if-match': '"1"' },
      });
      const client = await sseClient(`${s.base}/competitions/${id}/events`);
      await client.until('event: ready');
      const off = await call(s.base, 'POST', `/competitions/${id}/unpublish`, {
        token: s.tokens.owner,
        headers: { 'if-match': '"2"' },
      });
      expect(off.status).toBe(200);
      await client.ended();
      expect(client.text()).toContain('"kind":"unpublished"');
      problem(await get(`/competitions/${id}/events`), 404, 'competition-not-found');
    });

    it('limits sign-in attempts per client', async () => {
      let last: Reply | undefined;
      for (let i = 0; i < 8; i++)
        last = await call(s.base, 'POST', '/auth/login', {
          body: { email: 'x@example.org', password: 'nope' },
        });
      problem(last!, 429, 'too-many-requests');
    });
  });
}

describe('heavy work refused for lack of capacity', () => {
  it('answers 503 server-busy with Retry-After while the only worker is busy and no job may wait', async () => {
    const s = await startServer('sqlite', { jobs: { workers: 1, queueLimit: 0, deadlineMs: 60_000 } });
    try {
      const first = call(s.base, 'GET', `/competitions/${CAF}/export/png`);
      for (;;) {
        const jobs = (await call(s.base, 'GET', '/health')).body.jobs as unknown as { running: number };
        if (jobs.running === 1) break;
      }
      const busy = await call(s.base, 'POST', '/draws/odds', {
        body: { procedure: 'fixed', ties: [['A', 'B']] },
      });
      problem(busy, 503, 'server-busy');
      expect(Number(busy.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await first).status).toBe(200);
    } finally {
      await s.close();
    }
  }, 60_000);

  it('answers 503 deadline-exceeded when a job runs past its deadline', async () => {
    const s = await startServer('sqlite', { jobs: { workers: 1, deadlineMs: 1 } });
    try {
      const late = await call(s.base, 'GET', `/competitions/${CAF}/export/png`);
      problem(late, 503, 'deadline-exceeded');
      expect(Number(late.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await s.close();
    }
  }, 60_000);
});

describe('error codes', () => {
  it('exercises every code of the status table (but the internal-error fallbacks)', () => {
    const untested = Object.keys(STATUS_BY_CODE).filter(
      (c) => !seen.has(c) && c !== 'internal-error' && c !== 'invalid-request',
    );
    expect(untested).toEqual([]);
  });
});
