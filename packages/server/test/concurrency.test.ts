import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount, CAF, call, list, type Running, startServer } from './harness.ts';

for (const dialect of ['sqlite', 'postgres'] as const) {
  describe(`two editors correcting one leg at once on ${dialect}`, () => {
    let s: Running;
    let second: string;
    beforeAll(async () => {
      s = await startServer(dialect);
      const other = await addAccount(s.t, 'second-editor@example.org', 'locked');
      await s.t.store.accounts.setRole(CAF, other.id, 'editor');
      second = other.token;
    });
    afterAll(async () => {
      await s.close();
    });

    it('lets exactly one win; the other gets 412 with the current version, and the audit log shows both', async () => {
      for (let round = 0; round < 5; round++) {
        const before = await call(s.base, 'GET', `/competitions/${CAF}`);
        const version = Number((before.headers.get('etag') ?? '').replaceAll('"', ''));
        const leg = (score: number) => ({ home: 'mc-alger', away: 'club-africain', score: [score, 0] });
        const [a, b] = await Promise.all([
          call(s.base, 'PUT', `/competitions/${CAF}/ties/QF1/legs/1`, {
            token: s.tokens.editor,
            body: leg(round + 2),
            headers: { 'if-match': `"${version}"` },
          }),
          call(s.base, 'PUT', `/competitions/${CAF}/ties/QF1/legs/1`, {
            token: second,
            body: leg(round + 10),
            headers: { 'if-match': `"${version}"` },
          }),
        ]);
        const statuses = [a.status, b.status].sort();
        expect(statuses).toEqual([200, 412]);
        const loser = a.status === 412 ? a : b;
        const winner = a.status === 200 ? a : b;
        expect(loser.body.currentVersion).toBe((version + 1) as never);
        expect(loser.headers.get('etag')).toBe(`"${version + 1}"`);
        const now = await call(s.base, 'GET', `/competitions/${CAF}/ties/QF1/legs/1`);
        const winningScore = winner === a ? round + 2 : round + 10;
        expect(now.body.score).toEqual([winningScore, 0]);
        const audit = await call(s.base, 'GET', `/competitions/${CAF}/audit`, { token: s.tokens.editor });
        const entries = list(audit.body);
        const applied = entries.find((e) => Number(e.version) === version + 1);
        const winnerEmail = winner === a ? s.emails.editor : 'second-editor@example.org';
        const loserEmail = winner === a ? 'second-editor@example.org' : s.emails.editor;
        expect(applied).toMatchObject({
          outcome: 'applied',
          kind: 'leg-result-corrected',
          actor: winnerEmail,
        });
        expect(
          entries.filter((e) => String(e.outcome) === 'conflict' && Number(e.expectedVersion) === version),
        ).toEqual([
          expect.objectContaining({
            actor: loserEmail,
            kind: 'leg-result-corrected',
            target: 'QF1 leg 1',
            currentVersion: version + 1,
          }),
        ]);
      }
    });
  });
}
