import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAF, call, type Running, startServer } from './harness.ts';

const TEAMS = Array.from({ length: 4 }, (_, i) => ({
  id: `t${i + 1}`,
  name: `Team ${i + 1}`,
  country: 'XXX',
}));

describe('HTTP caching: ETags, 304 and Cache-Control', () => {
  let s: Running;
  beforeAll(async () => {
    s = await startServer('sqlite');
  }, 60_000);
  afterAll(async () => {
    await s?.close();
  });

  it('lets a CDN keep a published competition briefly, and answers 304 to a client that has it', async () => {
    const first = await call(s.base, 'GET', `/competitions/${CAF}/bracket`);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"\d+"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=5, stale-while-revalidate=60');
    for (const sent of [etag, `W/${etag}`, `"0", ${etag}`, '*']) {
      const again = await call(s.base, 'GET', `/competitions/${CAF}/bracket`, {
        headers: { 'if-none-match': sent },
      });
      expect(again.status).toBe(304);
      expect(again.text).toBe('');
      expect(again.headers.get('etag')).toBe(etag);
    }
    const other = await call(s.base, 'GET', `/competitions/${CAF}/bracket`, {
      headers: { 'if-none-match': '"0"' },
    });
    expect(other.status).toBe(200);
    expect(other.text).toBe(first.text);
  });

  it('keeps members’ reads and drafts out of shared caches', async () => {
    const member = await call(s.base, 'GET', `/competitions/${CAF}/ties/QF1`, { token: s.tokens.editor });
    expect(member.status).toBe(200);
    expect(member.headers.get('cache-control')).toBe('private, no-cache');
    const created = await call(s.base, 'POST', '/competitions', {
      token: s.tokens.owner,
      body: { id: 'draft-cup', name: 'Draft Cup', rules: 'caf-2017', teams: TEAMS },
    });
    expect(created.status).toBe(201);
    const draft = await call(s.base, 'GET', '/competitions/draft-cup/bracket', { token: s.tokens.owner });
    expect(draft.status).toBe(200);
    expect(draft.headers.get('cache-control')).toBe('private, no-cache');
    expect(draft.headers.get('etag')).toBe('"1"');
  });

  it('gives a new ETag and the new bytes after a change', async () => {
    const before = await call(s.base, 'GET', `/competitions/${CAF}/ties/QF1`);
    const etag = before.headers.get('etag')!;
    const put = await call(s.base, 'PUT', `/competitions/${CAF}/ties/QF1/legs/1`, {
      token: s.tokens.editor,
      headers: { 'if-match': etag },
      body: { home: 'mc-alger', away: 'club-africain', score: [3, 1] },
    });
    expect(put.status).toBe(200);
    const after = await call(s.base, 'GET', `/competitions/${CAF}/ties/QF1`, {
      headers: { 'if-none-match': etag },
    });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).toBe(`"${Number(etag.replaceAll('"', '')) + 1}"`);
    expect(after.text).toContain('3–1');
  });

  it('answers the calendar with the same bytes for the same version, and 304 to its ETag', async () => {
    const a = await call(s.base, 'GET', `/competitions/${CAF}/calendar.ics`);
    await new Promise((r) => setTimeout(r, 1100)); // a DTSTAMP taken per request would differ now
    const b = await call(s.base, 'GET', `/competitions/${CAF}/calendar.ics`);
    expect(a.status).toBe(200);
    expect(b.text).toBe(a.text);
    const c = await call(s.base, 'GET', `/competitions/${CAF}/calendar.ics`, {
      headers: { 'if-none-match': a.headers.get('etag')! },
    });
    expect(c.status).toBe(304);
  });

  it('gives answers without a version of their own an ETag from their bytes', async () => {
    const list = await call(s.base, 'GET', '/competitions');
    expect(list.status).toBe(200);
    const etag = list.headers.get('etag')!;
    expect(etag).toMatch(/^"h[\w-]{22}"$/);
    expect(list.headers.get('cache-control')).toBe('private, no-cache');
    const again = await call(s.base, 'GET', '/competitions', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    const mine = await call(s.base, 'GET', '/competitions', {
      token: s.tokens.owner,
      headers: { 'if-none-match': etag },
    });
    // the owner also sees a draft: other bytes, another ETag
    expect(mine.status).toBe(200);
    expect(mine.headers.get('etag')).not.toBe(etag);
  });
});
