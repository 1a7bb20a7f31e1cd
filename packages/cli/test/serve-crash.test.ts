import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteStore } from '@cupstage/store';
import { afterAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../../server/src/index.ts';
import { serve } from '../../server/test/process.ts';

const TEAMS = Array.from({ length: 16 }, (_, i) => ({
  id: `t${i + 1}`,
  name: `Team ${i + 1}`,
  country: 'XXX',
}));

describe('crash safety: SIGKILL in the middle of concurrent writes (SQLite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cupstage-crash-'));
  const db = join(dir, 'crash.db');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every write acknowledged with 2xx, and the database passes its integrity check', async () => {
    const token = `cs_test_${randomUUID()}`;
    const store = await createSqliteStore(db);
    const userId = randomUUID();
    await store.accounts.addUser({
      id: userId,
      email: 'ed@example.org',
      passwordHash: 'locked',
      createdAt: new Date().toISOString(),
    });
    await store.accounts.addToken({
      id: randomUUID(),
      userId,
      name: 'crash',
      tokenHash: hashSecret(token),
      createdAt: new Date().toISOString(),
    });
    await store.close();
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };

    const first = await serve(['--db', db]);
    const cups = ['cup-1', 'cup-2', 'cup-3', 'cup-4'];
    for (const id of cups) {
      const r = await fetch(`${first.base}/competitions`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ id, name: id, rules: 'caf-2017', teams: TEAMS }),
      });
      expect(r.status).toBe(201);
    }
    /** competition -> version -> the score acknowledged at that version */
    const acknowledged = new Map<string, Map<number, number>>(cups.map((c) => [c, new Map()]));
    let count = 0;
    let killed = false;
    const writer = async (id: string): Promise<void> => {
      let version = 1;
      for (let i = 0; !killed; i++) {
        const goals = i % 50;
        try {
          const r = await fetch(`${first.base}/competitions/${id}/ties/R16-1/legs/1`, {
            method: 'PUT',
            headers: { ...headers, 'if-match': `"${version}"` },
            body: JSON.stringify({ home: 't1', away: 't16', score: [goals, 0] }),
          });
          if (r.status !== 200) throw new Error(`write answered ${r.status}: ${await r.text()}`);
          version = Number((r.headers.get('etag') ?? '').replaceAll('"', ''));
          acknowledged.get(id)!.set(version, goals);
          count++;
        } catch (e) {
          if (killed) return;
          throw e;
        }
      }
    };
    const writers = cups.map(writer);
    while (count < 80) await new Promise((r) => setTimeout(r, 5));
    killed = true;
    first.child.kill('SIGKILL');
    await Promise.all(writers);
    await first.stop();
    expect(count).toBeGreaterThanOrEqual(80);

    const second = await serve(['--db', db]);
    try {
      for (const id of cups) {
        const audit = await fetch(`${second.base}/competitions/${id}/audit`, { headers });
        const entries = (await audit.json()) as Array<{
          outcome: string;
          version?: number;
          detail?: { score?: number[] };
        }>;
        const stored = new Map(
          entries.filter((e) => e.outcome === 'applied').map((e) => [e.version, e.detail?.score?.[0]]),
        );
        for (const [version, goals] of acknowledged.get(id)!) expect(stored.get(version)).toBe(goals);
        const leg = await fetch(`${second.base}/competitions/${id}/ties/R16-1/legs/1`, { headers });
        expect(leg.status).toBe(200);
      }
    } finally {
      await second.stop();
    }
    const reopened = await createSqliteStore(db);
    expect(await reopened.integrityCheck()).toBe('ok');
    await reopened.close();
  }, 90_000);
});
