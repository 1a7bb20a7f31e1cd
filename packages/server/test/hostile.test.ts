import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAF, type Running, startServer } from './harness.ts';

/**
 * Bad input is a feature: thousands of generated malformed or hostile requests, each bad by
 * construction (wrong types, huge numbers, unknown teams, impossible scores, SQL and HTML fragments,
 * oversized bodies, wrong roles, stale versions). Every answer must be a 4xx problem document and the
 * stored facts must be byte-for-byte what they were.
 */

const DRAFT = 'private-draft';

const hostileText = fc.oneof(
  fc.constantFrom(
    "'; DROP TABLE events; --",
    '" OR 1=1 --',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '../../etc/passwd',
    '%00',
    '\u0000',
    `\${7*7}`,
    '{{constructor.constructor("return process")()}}',
    '__proto__',
    'constructor',
    'NaN',
    '-1',
    '1e308',
    'QF1 OR 1=1',
    '🏆'.repeat(50),
    'a'.repeat(300),
  ),
  fc.string({ maxLength: 40 }),
);

/** Names that exist in the example: a hostile string must never be one of them by chance. */
const REAL = new Set([
  'quarter-finals',
  'semi-finals',
  'final',
  'first-leg',
  'second-leg',
  'match',
  'owner',
  'editor',
  'QF1',
  'QF2',
  'QF3',
  'QF4',
  'SF1',
  'SF2',
  'F',
]);
const notReal = hostileText.filter((t) => !REAL.has(t.trim()));

const hugeNumber = fc.oneof(
  fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER, -1, -0.5, 1.5, 1000, 2 ** 31, 1e21),
  fc.double({ noNaN: true }).filter((n) => !Number.isInteger(n) || n < 0 || n > 999),
);
const anyJson = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  hugeNumber,
  hostileText,
  fc.array(fc.integer(), { maxLength: 3 }),
);

/** A goals pair that core must refuse. */
const badGoals = fc.oneof(
  fc.tuple(hugeNumber, fc.nat(9)),
  fc.tuple(fc.nat(9), hugeNumber),
  fc.array(fc.nat(9), { minLength: 0, maxLength: 5 }).filter((a) => a.length !== 2),
  anyJson,
);

/** A leg body that is wrong in at least one way, for the caller to send with a valid version. */
const badLeg = fc.oneof(
  // unknown or hostile teams
  fc.record({ home: hostileText, away: fc.constant('club-africain'), score: fc.constant([1, 0]) }),
  fc.record({ home: fc.constant('mc-alger'), away: hostileText, score: fc.constant([1, 0]) }),
  // impossible numbers
  fc.record({ home: fc.constant('mc-alger'), away: fc.constant('club-africain'), score: badGoals }),
  fc.record({
    home: fc.constant('mc-alger'),
    away: fc.constant('club-africain'),
    score: fc.constant([1, 0]),
    penalties: fc.oneof(badGoals, fc.tuple(fc.nat(20), fc.nat(20))),
  }),
  // extra time under CAF 2017 rules (none), wrong home side, a team playing itself
  fc.record({
    home: fc.constant('mc-alger'),
    away: fc.constant('club-africain'),
    score: fc.constant([1, 0]),
    extraTime: fc.constant([1, 0]),
  }),
  fc.constant({ home: 'club-africain', away: 'mc-alger', score: [1, 0] }),
  fc.constant({ home: 'mc-alger', away: 'mc-alger', score: [1, 0] }),
  // wrong types, unknown fields, not an object
  fc.record({ home: anyJson, away: anyJson, score: anyJson }),
  fc.record({
    home: fc.constant('mc-alger'),
    away: fc.constant('club-africain'),
    score: fc.constant([1, 0]),
    unknownField: hostileText,
  }),
  fc.record({
    home: fc.constant('mc-alger'),
    away: fc.constant('club-africain'),
    date: hostileText,
    score: fc.constant([1, 0]),
  }),
  anyJson,
);

const goodLeg = fc.constantFrom(
  { home: 'mc-alger', away: 'club-africain', score: [3, 0] },
  { home: 'mc-alger', away: 'club-africain', score: [0, 0], venue: 'Stade 5 Juillet' },
);

type Who = 'anonymous' | 'outsider' | 'editor' | 'owner' | 'bogus-token' | 'bogus-cookie';

interface Bad {
  readonly method: 'GET' | 'PUT' | 'POST' | 'DELETE';
  readonly url: string;
  readonly who: Who;
  readonly headers?: Record<string, string>;
  readonly payload?: unknown;
  readonly raw?: string;
}

const path = (s: string): string => encodeURIComponent(s);
const CURRENT = '"2"';
const staleVersion = fc.oneof(
  fc.constantFrom('"1"', '"3"', '"0"', '"999999999"'),
  fc
    .nat(100)
    .filter((n) => n !== 2)
    .map((n) => `"${n}"`),
);
const badVersion = fc.oneof(
  staleVersion,
  hostileText.map((t) => `"${t}x"`),
  fc.constant('*'),
);

const legWrites: fc.Arbitrary<Bad> = fc.oneof(
  // a bad body with the right version and role
  fc.record({ tie: fc.constantFrom('QF1'), leg: fc.constant(1), body: badLeg }).map(
    ({ tie, leg, body }): Bad => ({
      method: 'PUT',
      url: `/competitions/${CAF}/ties/${tie}/legs/${leg}`,
      who: 'editor',
      headers: { 'if-match': CURRENT },
      payload: body,
    }),
  ),
  // a good body, but a stale or malformed version, or none
  fc.record({ body: goodLeg, version: fc.option(badVersion, { nil: undefined }) }).map(
    ({ body, version }): Bad => ({
      method: 'PUT',
      url: `/competitions/${CAF}/ties/QF1/legs/1`,
      who: 'editor',
      headers: version === undefined ? {} : { 'if-match': version },
      payload: body,
    }),
  ),
  // a good body and version, but the wrong role
  fc
    .record({
      body: goodLeg,
      who: fc.constantFrom<Who>('anonymous', 'outsider', 'bogus-token', 'bogus-cookie'),
    })
    .map(
      ({ body, who }): Bad => ({
        method: 'PUT',
        url: `/competitions/${CAF}/ties/QF1/legs/1`,
        who,
        headers: { 'if-match': CURRENT },
        payload: body,
      }),
    ),
  // the right role, a hostile address
  fc
    .record({
      tie: notReal,
      leg: fc.oneof(fc.constantFrom('0', '3', '-1', '1.5', '99999999999', 'x'), hostileText),
    })
    .map(
      ({ tie, leg }): Bad => ({
        method: 'PUT',
        url: `/competitions/${CAF}/ties/${path(tie)}/legs/${path(leg)}`,
        who: 'editor',
        headers: { 'if-match': CURRENT },
        payload: { home: 'mc-alger', away: 'club-africain', score: [1, 0] },
      }),
    ),
  // deletes: wrong role, stale version, earlier leg while a later one stands
  fc
    .record({
      who: fc.constantFrom<Who>('anonymous', 'outsider', 'editor'),
      version: fc.oneof(staleVersion, fc.constant(CURRENT)),
    })
    .filter(({ who, version }) => who !== 'editor' || version !== CURRENT)
    .map(
      ({ who, version }): Bad => ({
        method: 'DELETE',
        url: `/competitions/${CAF}/ties/QF1/legs/2`,
        who,
        headers: { 'if-match': version },
      }),
    ),
  fc.constant<Bad>({
    method: 'DELETE',
    url: `/competitions/${CAF}/ties/QF1/legs/1`,
    who: 'editor',
    headers: { 'if-match': CURRENT },
  }),
  // the private draft, for someone who is not a member of it
  fc.record({ body: goodLeg, who: fc.constantFrom<Who>('editor', 'outsider', 'anonymous') }).map(
    ({ body, who }): Bad => ({
      method: 'PUT',
      url: `/competitions/${DRAFT}/ties/SF1/legs/1`,
      who,
      headers: { 'if-match': '"1"' },
      payload: body,
    }),
  ),
);

const otherWrites: fc.Arbitrary<Bad> = fc.oneof(
  // creating: anonymous, taken id, or a body that is no competition
  fc
    .record({ who: fc.constantFrom<Who>('anonymous', 'bogus-token'), body: anyJson })
    .map(({ who, body }): Bad => ({ method: 'POST', url: '/competitions', who, payload: body })),
  fc
    .dictionary(
      fc.constantFrom('id', 'name', 'rules', 'teams', 'format', 'bracket', 'rounds', hostileText.toString()),
      anyJson,
      { maxKeys: 5 },
    )
    .map((body): Bad => ({ method: 'POST', url: '/competitions', who: 'outsider', payload: body })),
  fc.constantFrom('caf-2017', 'uefa-2021').map(
    (rules): Bad => ({
      method: 'POST',
      url: '/competitions',
      who: 'outsider',
      payload: {
        id: CAF,
        name: 'Taken',
        rules,
        teams: [
          { id: 'a', name: 'A', country: 'AAA' },
          { id: 'b', name: 'B', country: 'BBB' },
        ],
      },
    }),
  ),
  // publishing and members: editors, outsiders and the public may not; owners may not repeat
  fc
    .record({
      who: fc.constantFrom<Who>('editor', 'outsider', 'anonymous', 'owner'),
      action: fc.constantFrom('publish', 'unpublish'),
    })
    .filter(({ who, action }) => who !== 'owner' || action === 'publish')
    .map(
      ({ who, action }): Bad => ({
        method: 'POST',
        url: `/competitions/${CAF}/${action}`,
        who,
        headers: { 'if-match': CURRENT },
      }),
    ),
  fc
    .record({
      who: fc.constantFrom<Who>('editor', 'outsider', 'anonymous'),
      role: fc.oneof(fc.constantFrom('owner', 'editor'), notReal),
    })
    .map(
      ({ who, role }): Bad => ({
        method: 'PUT',
        url: `/competitions/${CAF}/members/outsider@example.org`,
        who,
        payload: { role },
      }),
    ),
  fc.record({ email: hostileText, role: anyJson }).map(
    ({ email, role }): Bad => ({
      method: 'PUT',
      url: `/competitions/${CAF}/members/${path(email)}`,
      who: 'owner',
      payload: { role },
    }),
  ),
  // draws and schedule changes with bad bodies or stale versions
  fc
    .record({
      body: fc.oneof(
        anyJson,
        fc.record({
          id: hostileText,
          description: anyJson,
          rounds: fc.array(notReal, { minLength: 1, maxLength: 3 }),
        }),
      ),
      version: fc.oneof(staleVersion, fc.constant(CURRENT)),
    })
    .map(
      ({ body, version }): Bad => ({
        method: 'POST',
        url: `/competitions/${CAF}/draws`,
        who: 'editor',
        headers: { 'if-match': version },
        payload: body,
      }),
    ),
  fc
    .record({
      round: fc.oneof(notReal, fc.constant('final')),
      window: fc.oneof(notReal, fc.constant('match')),
      to: fc.oneof(anyJson, fc.constant({ from: '2017-12-01', to: '2017-11-01' })),
    })
    .map(
      (body): Bad => ({
        method: 'POST',
        url: `/competitions/${CAF}/amendments`,
        who: 'editor',
        headers: { 'if-match': CURRENT },
        payload: body,
      }),
    ),
  // sign-in with wrong passwords (and, after a few, the rate limit)
  fc
    .record({
      email: fc.oneof(fc.constant('owner@example.org'), hostileText),
      password: fc.oneof(hostileText, anyJson),
    })
    .map((body): Bad => ({ method: 'POST', url: '/auth/login', who: 'anonymous', payload: body })),
  // tokens without a session
  fc.constantFrom<Bad>(
    { method: 'POST', url: '/auth/tokens', who: 'anonymous', payload: { name: 'x' } },
    { method: 'DELETE', url: '/auth/tokens/00000000-0000-4000-8000-000000000000', who: 'owner' },
    { method: 'GET', url: '/auth/me', who: 'bogus-cookie' },
  ),
  // raw bodies: not JSON, wrong media type, oversized
  fc.oneof(
    hostileText.map(
      (raw): Bad => ({
        method: 'PUT',
        url: `/competitions/${CAF}/ties/QF1/legs/1`,
        who: 'editor',
        headers: { 'if-match': CURRENT, 'content-type': 'application/json' },
        raw: `{${raw}`,
      }),
    ),
    hostileText.map(
      (raw): Bad => ({
        method: 'POST',
        url: '/competitions',
        who: 'owner',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        raw,
      }),
    ),
    fc.constantFrom(70_000, 100_000).map(
      (n): Bad => ({
        method: 'POST',
        url: '/competitions',
        who: 'owner',
        headers: { 'content-type': 'application/json' },
        raw: `{"name":"${'x'.repeat(n)}"}`,
      }),
    ),
  ),
);

const reads: fc.Arbitrary<Bad> = fc.oneof(
  fc
    .record({
      who: fc.constantFrom<Who>('anonymous', 'outsider', 'editor'),
      what: fc.constantFrom('', '/bracket', '/ties', '/report', '/audit', '/file', '/ties/SF1/legs/1'),
    })
    .map(({ who, what }): Bad => ({ method: 'GET', url: `/competitions/${DRAFT}${what}`, who })),
  fc
    .record({ id: hostileText, rest: fc.constantFrom('', '/bracket', '/ties/QF1', '/events') })
    .map(
      ({ id, rest }): Bad => ({ method: 'GET', url: `/competitions/${path(id)}${rest}`, who: 'anonymous' }),
    ),
  fc.record({ tie: hostileText, leg: fc.constantFrom('1', '3', 'x') }).map(
    ({ tie, leg }): Bad => ({
      method: 'GET',
      url: `/competitions/${CAF}/ties/${path(tie)}x/legs/${leg}`,
      who: 'anonymous',
    }),
  ),
  fc.constantFrom<Bad>(
    { method: 'GET', url: `/competitions/${CAF}/ties/QF1/legs/3`, who: 'anonymous' },
    { method: 'GET', url: `/competitions/${CAF}/report?format=html`, who: 'anonymous' },
    { method: 'GET', url: `/competitions/${CAF}/audit`, who: 'outsider' },
    { method: 'GET', url: `/competitions/${CAF}/audit`, who: 'anonymous' },
    {
      method: 'GET',
      url: `/competitions/${CAF}/events`,
      who: 'anonymous',
      headers: { accept: 'application/json' },
    },
    { method: 'GET', url: `/competitions/${CAF}/members`, who: 'editor' },
  ),
  hostileText.map((p): Bad => ({ method: 'GET', url: `/${path(p)}x/y`, who: 'anonymous' })),
);

export const hostileRequest = fc.oneof(legWrites, otherWrites, reads);

function credentials(s: Running, who: Who): Record<string, string> {
  switch (who) {
    case 'anonymous':
      return {};
    case 'bogus-token':
      return { authorization: 'Bearer cs_not-a-real-token' };
    case 'bogus-cookie':
      return { cookie: 'cupstage_session=forged-session' };
    default:
      return { authorization: `Bearer ${s.tokens[who]}` };
  }
}

function checkProblem(status: number, type: string | undefined, body: string, what: string): void {
  if (status < 400 || status > 499 || !String(type).startsWith('application/problem+json')) {
    throw new Error(`${what} -> ${status} ${type}: ${body.slice(0, 300)}`);
  }
  const doc = JSON.parse(body) as {
    status: number;
    errors: Array<{ path: unknown[]; code: string; message: string }>;
  };
  expect(doc.status).toBe(status);
  expect(doc.errors.length).toBeGreaterThan(0);
  for (const e of doc.errors) {
    expect(Array.isArray(e.path)).toBe(true);
    expect(e.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(e.message.length).toBeGreaterThan(0);
  }
}

const RUNS = { sqlite: 10_000, postgres: 1_500 } as const;

for (const dialect of ['sqlite', 'postgres'] as const) {
  describe(`hostile requests on ${dialect}`, () => {
    let s: Running;
    let before: string;
    /** 412 answers so far: each counts once in the refused-attempts log, and nothing else may change. */
    let conflicts = 0;
    const counted = async (id: string): Promise<number> =>
      (await s.t.store.competitions.attempts(id)).reduce((n, a) => n + (a.count ?? 1), 0);
    const refused = async (): Promise<number> => (await counted(CAF)) + (await counted(DRAFT));
    beforeAll(async () => {
      s = await startServer(dialect, {
        bodyLimit: 64 * 1024,
        loginRateLimit: { max: 5, timeWindow: 3_600_000 },
      });
      const owner = await s.t.store.accounts.userByEmail(s.emails.owner);
      const { singleElimination, findPreset, teamId } = await import('@cupstage/core');
      const { createCompetition } = await import('@cupstage/app');
      const draft = singleElimination({
        id: DRAFT,
        name: 'Private draft',
        teams: ['a', 'b', 'c', 'd'].map((t) => ({ id: teamId(t), name: t.toUpperCase(), country: 'XXX' })),
        rules: findPreset('caf-2017')!,
      });
      const ports = {
        competitions: s.t.store.competitions,
        accounts: s.t.store.accounts,
        clock: { now: () => '2026-11-28T00:00:00.000Z' },
        ids: { next: () => 'id' },
      };
      await createCompetition(ports, { userId: owner!.id, email: owner!.email }, draft);
      before = await s.t.store.snapshot();
    }, 60_000);
    afterAll(async () => {
      await s.close();
    });

    it(`answers ${RUNS[dialect]} generated hostile requests (in-process) with 4xx problem documents and changes nothing`, async () => {
      await fc.assert(
        fc.asyncProperty(hostileRequest, async (bad) => {
          const headers = { ...credentials(s, bad.who), ...bad.headers };
          const options: InjectOptions = { method: bad.method, url: bad.url, headers };
          if (bad.raw !== undefined) options.payload = bad.raw;
          else if (bad.payload !== undefined) {
            options.payload = JSON.stringify(bad.payload) ?? 'null';
            headers['content-type'] ??= 'application/json';
          }
          const res = await s.app.inject(options);
          if (res.statusCode === 412) conflicts++;
          checkProblem(
            res.statusCode,
            res.headers['content-type'] as string | undefined,
            res.body,
            `${bad.method} ${bad.url}`,
          );
        }),
        { numRuns: RUNS[dialect] },
      );
      expect(conflicts).toBeGreaterThan(0);
      expect(await s.t.store.snapshot()).toBe(before);
      expect(await refused()).toBe(conflicts);
    }, 170_000);

    it('answers hostile requests over real sockets the same way', async () => {
      await fc.assert(
        fc.asyncProperty(hostileRequest, async (bad) => {
          const headers: Record<string, string> = { ...credentials(s, bad.who), ...bad.headers };
          let body: string | undefined = bad.raw;
          if (body === undefined && bad.payload !== undefined) {
            body = JSON.stringify(bad.payload) ?? 'null';
            headers['content-type'] ??= 'application/json';
          }
          // fetch sends only Latin-1 header values (the in-process run above covers the others).
          fc.pre(Object.values(headers).every((v) => /^[\x20-\xff]*$/.test(v)));
          const res = await fetch(`${s.base}${bad.url}`, {
            method: bad.method,
            headers,
            ...(body !== undefined ? { body } : {}),
          });
          if (res.status === 412) conflicts++;
          checkProblem(
            res.status,
            res.headers.get('content-type') ?? undefined,
            await res.text(),
            `${bad.method} ${bad.url}`,
          );
        }),
        { numRuns: 300 },
      );
      expect(await s.t.store.snapshot()).toBe(before);
      expect(await refused()).toBe(conflicts);
    }, 60_000);
  });
}
