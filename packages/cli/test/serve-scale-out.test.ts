import { randomUUID } from 'node:crypto';
import { createPostgresStore, dropPostgresSchema } from '@cupstage/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret, loadExample } from '../../server/src/index.ts';
import { CAF, EXAMPLE } from '../../server/test/harness.ts';
import { type Served, serve, sseClient } from '../../server/test/process.ts';
import { freshSchema, POSTGRES_URL } from '../../store/test/stores.ts';

describe('scale-out: two cupstage serve processes on one PostgreSQL', () => {
  const schema = freshSchema();
  const url = `${POSTGRES_URL}?schema=${schema}`;
  const token = `cs_test_${randomUUID()}`;
  let a: Served;
  let b: Served;

  beforeAll(async () => {
    const store = await createPostgresStore(url);
    await loadExample(store, EXAMPLE);
    const userId = randomUUID();
    await store.accounts.addUser({
      id: userId,
      email: 'editor@example.org',
      passwordHash: 'locked',
      createdAt: new Date().toISOString(),
    });
    await store.accounts.addToken({
      id: randomUUID(),
      userId,
      name: 'test',
      tokenHash: hashSecret(token),
      createdAt: new Date().toISOString(),
    });
    await store.accounts.setRole(CAF, userId, 'editor');
    await store.close();
    [a, b] = await Promise.all([serve([], { DATABASE_URL: url }), serve([], { DATABASE_URL: url })]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await dropPostgresSchema(POSTGRES_URL, schema);
  });

  it('pushes a result written through one process to an SSE client of the other within one second', async () => {
    const client = await sseClient(`${b.base}/competitions/${CAF}/events`);
    await client.until('event: ready');
    const delays: number[] = [];
    for (let i = 0; i < 3; i++) {
      const version = 2 + i;
      const sent = performance.now();
      const put = await fetch(`${a.base}/competitions/${CAF}/ties/QF1/legs/1`, {
        method: 'PUT',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'if-match': `"${version}"`,
        },
        body: JSON.stringify({ home: 'mc-alger', away: 'club-africain', score: [i + 2, 0] }),
      });
      expect(put.status).toBe(200);
      const arrived = await client.until(`id: ${version + 1}`);
      delays.push(arrived - sent);
    }
    client.close();
    expect(client.text()).toContain('"kind":"leg-result-corrected"');
    expect(Math.max(...delays)).toBeLessThan(1000);
    const read = await fetch(`${b.base}/competitions/${CAF}/ties/QF1/legs/1`);
    expect(((await read.json()) as { score: number[] }).score).toEqual([4, 0]);
  }, 30_000);

  it('never answers a read on one process with a version older than a write just acknowledged by the other', async () => {
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const tie = async (base: string, etag?: string) => {
      const r = await fetch(`${base}/competitions/${CAF}/ties/QF1`, {
        headers: etag ? { 'if-none-match': etag } : {},
      });
      return { status: r.status, etag: r.headers.get('etag'), text: await r.text() };
    };
    const first = await tie(a.base);
    let version = Number(first.etag?.replaceAll('"', ''));
    for (let i = 0; i < 40; i++) {
      const [writer, reader] = i % 2 === 0 ? [a, b] : [b, a];
      // the reader holds the current version in memory, and its client the ETag
      const before = await tie(reader.base);
      expect(before.etag).toBe(`"${version}"`);
      const score = [i % 7, (i + 3) % 5];
      const put = await fetch(`${writer.base}/competitions/${CAF}/ties/QF1/legs/1`, {
        method: 'PUT',
        headers: { ...headers, 'if-match': `"${version}"` },
        body: JSON.stringify({ home: 'mc-alger', away: 'club-africain', score }),
      });
      expect(put.status).toBe(200);
      version++;
      // at once, on the other process: a conditional read must not get 304, nor a 200 of the old version
      const after = await tie(reader.base, before.etag ?? undefined);
      expect(after.status).toBe(200);
      expect(after.etag).toBe(`"${version}"`);
      expect((JSON.parse(after.text) as { legs: Array<{ score: number[] }> }).legs[0]?.score).toEqual(score);
    }
  }, 60_000);
});
