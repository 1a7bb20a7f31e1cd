import { PassThrough } from 'node:stream';
import { createCompetition, setPublished } from '@cupstage/app';
import { findPreset, singleElimination, teamId } from '@cupstage/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerOptions } from '../src/index.ts';
import { call, type Loose, list, type Reply, type Running, startServer } from './harness.ts';

/**
 * Issue 11's findings about expensive requests, each held by a test on a real server on loopback: one
 * anonymous request must not take the process down or hold it for everyone else.
 */

/** Publishes a generated single-elimination competition of `n` teams owned by the test owner. */
async function publishGenerated(s: Running, id: string, n: number): Promise<void> {
  const owner = await s.t.store.accounts.userByEmail(s.emails.owner);
  const actor = { userId: owner!.id, email: owner!.email };
  const ports = {
    competitions: s.t.store.competitions,
    accounts: s.t.store.accounts,
    clock: { now: () => '2026-11-29T00:00:00.000Z' },
    ids: { next: () => `${id}-${Math.random()}` },
  };
  const competition = singleElimination({
    id,
    name: `Generated cup of ${n}`,
    teams: Array.from({ length: n }, (_, i) => ({
      id: teamId(`t${i + 1}`),
      name: `Team ${i + 1}`,
      country: 'XXX',
    })),
    rules: findPreset('uefa-2021')!,
  });
  const created = await createCompetition(ports, actor, competition);
  if (!created.ok) throw new Error(created.error.message);
  const published = await setPublished(ports, actor, id, true, created.value.version);
  if (!published.ok) throw new Error(published.error.message);
}

const health = async (s: Running): Promise<Loose> => (await call(s.base, 'GET', '/health')).body;

function expectProblem(r: Reply, status: number, code: string): void {
  expect(r.status, r.text.slice(0, 300)).toBe(status);
  expect(r.headers.get('content-type')).toContain('application/problem+json');
  expect(r.body.code as unknown).toBe(code);
}

for (const dialect of ['sqlite', 'postgres'] as const) {
  describe(`expensive requests on ${dialect}`, () => {
    let s: Running;
    beforeAll(async () => {
      // A long deadline: these tests check where the work runs and what it answers, not how fast a
      // loaded test machine is (bench:hostile measures that).
      s = await startServer(dialect, {
        anonymousRateLimit: 100_000,
        jobs: { deadlineMs: 120_000 },
      } satisfies Partial<ServerOptions>);
      await publishGenerated(s, 'cup-32', 32);
      await publishGenerated(s, 'cup-256', 256);
      await publishGenerated(s, 'cup-2048', 2048);
    }, 120_000);
    afterAll(async () => {
      await s.close();
    });

    it('refuses the 8,000-pair fixed draw with a 422 naming the limit, and stays up', async () => {
      const ties = Array.from({ length: 8000 }, (_, i) => [`Home ${i}`, `Away ${i}`]);
      const r = await call(s.base, 'POST', '/draws/odds', { body: { procedure: 'fixed', ties } });
      expectProblem(r, 422, 'pot-too-large');
      expect(r.body.detail as unknown).toMatch(/up to 128 ties/);
      expect((await call(s.base, 'GET', '/health')).status).toBe(200);
      // A fixed draw within the limit still gets its (trivial) odds.
      const small = await call(s.base, 'POST', '/draws/odds', {
        body: { procedure: 'fixed', ties: ties.slice(0, 100) },
      });
      expect(small.status, small.text.slice(0, 200)).toBe(200);
      expect(small.body.probabilities?.['Home 7']?.['Away 7'] as unknown).toBe(1);
      expect(small.body.probabilities?.['Home 7']?.['Away 8'] as unknown).toBe(0);
    });

    it('answers predictions of a 256-team competition off the event loop: bracket reads go on meanwhile', async () => {
      const pending = call(
        s.base,
        'GET',
        '/competitions/cup-256/predictions?method=monte-carlo&runs=2000&seed=a',
      );
      let settled = false;
      void pending.then(() => {
        settled = true;
      });
      let readsMeanwhile = 0;
      while (!settled) {
        const r = await call(s.base, 'GET', '/competitions/cup-256/bracket');
        expect(r.status).toBe(200);
        if (!settled) readsMeanwhile++;
      }
      const odds = await pending;
      expect(odds.status, odds.text.slice(0, 300)).toBe(200);
      const champion = Object.values(odds.body.champion as unknown as Record<string, number>);
      expect(champion).toHaveLength(256);
      expect(champion.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
      expect(readsMeanwhile).toBeGreaterThan(0);
    }, 60_000);

    it('answers a 2,048-team competition with a 422 naming the team limit, never a 500', async () => {
      for (const path of [
        '/competitions/cup-2048/predictions',
        '/competitions/cup-2048/predictions?runs=1',
      ]) {
        const r = await call(s.base, 'GET', path);
        expectProblem(r, 422, 'too-many-teams');
        expect(r.body.detail as unknown).toMatch(/up to 256 teams/);
      }
      // A member may ask for more, within the member limits.
      const member = await call(s.base, 'GET', '/competitions/cup-2048/predictions', {
        token: s.tokens.outsider,
      });
      expectProblem(member, 422, 'too-many-teams');
      expect(member.body.detail as unknown).toMatch(/up to 1024 teams/);
    });

    it('refuses Monte Carlo runs past the cost budget, naming the most runs allowed', async () => {
      const r = await call(s.base, 'GET', '/competitions/cup-256/predictions?runs=1000000');
      expectProblem(r, 422, 'too-many-runs');
      expect(r.body.errors?.[0]?.path as unknown).toEqual(['query', 'runs']);
      expect(r.body.detail as unknown).toMatch(/requests may use 5\.0 s: at most [\d,]+ runs for this stage/);
    });

    it("refuses an anonymous import over 256 KiB with a 422, and imports a member's 1 MB CSV off the event loop", async () => {
      const header = 'round,tie,leg,home,home_country,away,away_country,home_goals,away_goals,rules\n';
      const lines: string[] = [];
      let bytes = header.length;
      for (let k = 0; bytes < 1_000_000; k++) {
        const line = `Round 1,T${k},1,Home ${k},ESP,Away ${k},ITA,1,0,single-match\n`;
        lines.push(line);
        bytes += line.length;
      }
      const csv = header + lines.join('');
      const anonymous = await call(s.base, 'POST', '/import?from=csv', {
        body: csv,
        headers: { 'content-type': 'text/plain' },
      });
      expectProblem(anonymous, 422, 'import-too-large');
      expect(anonymous.body.detail as unknown).toMatch(/up to 262,144 bytes/);

      const pending = call(s.base, 'POST', '/import?from=csv', {
        body: csv,
        token: s.tokens.outsider,
        headers: { 'content-type': 'text/plain' },
      });
      let settled = false;
      void pending.then(() => {
        settled = true;
      });
      let answeredMeanwhile = 0;
      while (!settled) {
        expect((await call(s.base, 'GET', '/health')).status).toBe(200);
        if (!settled) answeredMeanwhile++;
      }
      const r = await pending;
      expect(r.status, r.text.slice(0, 300)).toBe(200);
      expect(list(r.body.competition?.rounds)[0]?.ties as unknown).toHaveLength(lines.length);
      expect(answeredMeanwhile).toBeGreaterThan(0);
    }, 60_000);

    it('renders a PNG once per version: a second request is served from memory, If-None-Match gives 304', async () => {
      const before = (await health(s)).jobs?.done as unknown as number;
      const first = await fetch(`${s.base}/competitions/cup-32/export/png`);
      expect(first.status).toBe(200);
      const bytes = Buffer.from(await first.arrayBuffer());
      expect(bytes.subarray(1, 4).toString()).toBe('PNG');
      const second = await fetch(`${s.base}/competitions/cup-32/export/png`);
      expect(Buffer.from(await second.arrayBuffer()).equals(bytes)).toBe(true);
      expect((await health(s)).jobs?.done as unknown).toBe(before + 1);
      const etag = first.headers.get('etag')!;
      const again = await fetch(`${s.base}/competitions/cup-32/export/png`, {
        headers: { 'if-none-match': etag },
      });
      expect(again.status).toBe(304);
    }, 60_000);
  });
}

describe('memory of computed answers', () => {
  let s: Running;
  beforeAll(async () => {
    s = await startServer('sqlite', { anonymousRateLimit: 100_000, cacheBytes: 256 * 1024 });
  }, 60_000);
  afterAll(async () => {
    await s.close();
  });

  it('keeps the cache of distinct prediction queries within its byte bound', async () => {
    const bodies = new Set<string>();
    for (let i = 0; i < 600; i++) {
      const r = await call(
        s.base,
        'GET',
        `/competitions/caf-confederation-cup-2017/predictions?method=monte-carlo&runs=1000&seed=q${i}`,
      );
      expect(r.status).toBe(200);
      bodies.add(r.text);
      const cache = (await health(s)).cache as unknown as { bytes: number; maxBytes: number };
      expect(cache.bytes).toBeLessThanOrEqual(cache.maxBytes);
    }
    const cache = (await health(s)).cache as unknown as { entries: number; bytes: number };
    expect(cache.entries).toBeGreaterThan(10);
    expect(cache.entries).toBeLessThan(600);
  }, 120_000);
});

describe('a full pool and a job past its deadline', () => {
  it('answers 503 with Retry-After when every worker is busy and the queue is full', async () => {
    const s = await startServer('sqlite', {
      anonymousRateLimit: 100_000,
      jobs: { workers: 1, queueLimit: 0, deadlineMs: 120_000 },
    });
    try {
      await publishGenerated(s, 'cup-256', 256);
      const seeds = ['x1', 'x2', 'x3'];
      const replies = await Promise.all(
        seeds.map((seed) =>
          call(s.base, 'GET', `/competitions/cup-256/predictions?method=monte-carlo&runs=20000&seed=${seed}`),
        ),
      );
      const busy = replies.filter((r) => r.status === 503);
      expect(busy.length).toBeGreaterThan(0);
      for (const r of busy) {
        expectProblem(r, 503, 'server-busy');
        expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
      }
      expect(replies.some((r) => r.status === 200)).toBe(true);
    } finally {
      await s.close();
    }
  }, 120_000);

  it('stops a job past its deadline with a 503, and the next job runs on a fresh worker', async () => {
    const s = await startServer('sqlite', {
      anonymousRateLimit: 100_000,
      jobs: { workers: 1, deadlineMs: 50 },
    });
    try {
      await publishGenerated(s, 'cup-256', 256);
      const slow = await call(s.base, 'GET', '/competitions/cup-256/export/png');
      expectProblem(slow, 503, 'deadline-exceeded');
      expect(Number(slow.headers.get('retry-after'))).toBeGreaterThan(0);
      const stats = (await health(s)).jobs as unknown as { timedOut: number; workers: number };
      expect(stats.timedOut).toBe(1);
      expect(stats.workers).toBe(1);
      const quick = await call(s.base, 'POST', '/draws/odds', {
        body: { procedure: 'fixed', ties: [['A', 'B']] },
      });
      expect([200, 503]).toContain(quick.status);
    } finally {
      await s.close();
    }
  }, 120_000);
});

describe('anonymous rate limit and proxies', () => {
  const odds = { procedure: 'fixed', ties: [['A', 'B']] };

  it('limits anonymous heavy requests per client with a 429 naming the limit; signed-in callers go on', async () => {
    const s = await startServer('sqlite', { anonymousRateLimit: 3 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++)
        statuses.push((await call(s.base, 'POST', '/draws/odds', { body: odds })).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const limited = await call(s.base, 'POST', '/draws/odds', { body: odds });
      expectProblem(limited, 429, 'too-many-requests');
      expect(limited.body.detail as unknown).toMatch(/3 such requests a minute/);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      // Cheap reads are not limited, and neither are signed-in callers.
      expect((await call(s.base, 'GET', '/competitions/caf-confederation-cup-2017/bracket')).status).toBe(
        200,
      );
      expect(
        (await call(s.base, 'POST', '/draws/odds', { body: odds, token: s.tokens.outsider })).status,
      ).toBe(200);
      // Without --trust-proxy, X-Forwarded-For changes nothing.
      const spoofed = await call(s.base, 'POST', '/draws/odds', {
        body: odds,
        headers: { 'x-forwarded-for': '203.0.113.9' },
      });
      expect(spoofed.status).toBe(429);
    } finally {
      await s.close();
    }
  });

  it('keys the limit on the client named by the proxy with trustProxy', async () => {
    const s = await startServer('sqlite', { anonymousRateLimit: 2, trustProxy: ['127.0.0.1'] });
    try {
      const from = (ip: string) =>
        call(s.base, 'POST', '/draws/odds', { body: odds, headers: { 'x-forwarded-for': ip } });
      expect((await from('203.0.113.1')).status).toBe(200);
      expect((await from('203.0.113.1')).status).toBe(200);
      expect((await from('203.0.113.1')).status).toBe(429);
      expect((await from('203.0.113.2')).status).toBe(200);
    } finally {
      await s.app.close();
      await s.t.dispose().catch(() => undefined);
    }
  });
});

describe('errors in the log', () => {
  it('logs a 500 to the log stream with the request id that the problem document carries', async () => {
    const lines: string[] = [];
    const stream = new PassThrough();
    stream.on('data', (d: Buffer) =>
      lines.push(
        ...d
          .toString()
          .split('\n')
          .filter((l) => l !== ''),
      ),
    );
    const s = await startServer('sqlite', { logStream: stream });
    try {
      // The database goes away under the server: a read becomes a 500.
      await s.t.store.close();
      const r = await call(s.base, 'GET', '/competitions/caf-confederation-cup-2017/bracket');
      expectProblem(r, 500, 'internal-error');
      const id = r.body.requestId as unknown as string;
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(r.headers.get('x-request-id')).toBe(id);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const logged = lines.map((l) => JSON.parse(l) as { reqId?: string; err?: { message?: string } });
      const entry = logged.find((l) => l.reqId === id);
      expect(entry?.err?.message).toBeTruthy();
      expect(JSON.stringify(r.body)).not.toContain(entry!.err!.message!);
      expect(list(r.body.errors)).toHaveLength(1);
    } finally {
      await s.app.close();
      await s.t.dispose().catch(() => undefined);
    }
  });
});
