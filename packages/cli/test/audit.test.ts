import { enterLegResult } from '@cupstage/app';
import { teamId, tieId } from '@cupstage/core';
import { storePorts } from '@cupstage/store';
import { describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/src/index.ts';
import { addAccount, CAF } from '../../server/test/harness.ts';
import { DIALECTS } from '../../store/test/stores.ts';
import { exampleDatabase } from './example-database.ts';
import { run } from './helpers.ts';

/** `cupstage audit`: the audit log in the same words as the API's `sentence`. */
for (const dialect of DIALECTS) {
  describe(`cupstage audit on ${dialect.name}`, () => {
    const d = exampleDatabase(dialect);

    it('prints a correction with the score before and after, filtered by kind and tie', async () => {
      const ports = storePorts(d.t.store, { clock: { now: () => '2017-10-20T19:02:00.000Z' } });
      const editor = await addAccount(d.t, 'editor@example.org', await hashPassword('correct horse battery'));
      await d.t.store.accounts.setRole(CAF, editor.id, 'editor');
      const actor = { userId: editor.id, email: 'editor@example.org' };
      const version = (await d.t.store.competitions.load(CAF))!.version;
      // The final's second leg (SuperSport United 0–0 TP Mazembe, 25 November 2017) corrected to 1–0.
      const r = await enterLegResult(ports, actor, {
        competitionId: CAF,
        tie: tieId('F'),
        leg: 1,
        match: {
          home: teamId('supersport-united'),
          away: teamId('tp-mazembe'),
          score: [1, 0],
          date: '2017-11-25',
          city: 'Atteridgeville, Pretoria',
          timeZone: 'Africa/Johannesburg',
        },
        expectedVersion: version,
      });
      expect(r.ok).toBe(true);
      const out = await run(['audit', CAF, '--kind', 'leg-result-corrected', '--tie', 'F', ...d.db]);
      expect(out.stderr).toBe('');
      expect(out.stdout).toBe('F leg 2: 0–0 → 1–0, by editor@example.org, 20 Oct 2017 19:02\n');
    });
  });
}
