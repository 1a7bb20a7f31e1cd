import { changeMember } from '@cupstage/app';
import { storePorts } from '@cupstage/store';
import { describe, expect, it } from 'vitest';
import { hashSecret } from '../../server/src/index.ts';
import { CAF } from '../../server/test/harness.ts';
import { DIALECTS } from '../../store/test/stores.ts';
import { exampleDatabase } from './example-database.ts';
import { run } from './helpers.ts';

/** `cupstage user` on both stores: the same account rules as the API (app use cases). */
for (const dialect of DIALECTS) {
  describe(`cupstage user on ${dialect.name}`, () => {
    const d = exampleDatabase(dialect);

    it('ends every session of the account when its password is changed from the command line', async () => {
      expect(
        (await run(['user', 'add', 'Organiser@example.org', '--password-stdin', ...d.db], 'first password\n'))
          .code,
      ).toBe(0);
      const user = await d.t.store.accounts.userByEmail('organiser@example.org');
      expect(user).toBeDefined();
      for (const h of ['s1', 's2'])
        await d.t.store.accounts.addSession({
          tokenHash: h,
          userId: user!.id,
          csrf: 'c',
          expiresAt: '2099-01-01T00:00:00.000Z',
        });
      const changed = await run(
        ['user', 'passwd', 'organiser@example.org', '--password-stdin', ...d.db],
        'second password\n',
      );
      expect(changed).toMatchObject({ code: 0 });
      expect(changed.stdout).toMatch(/every session of the account ended/);
      expect(await d.t.store.accounts.session('s1')).toBeUndefined();
      expect(await d.t.store.accounts.session('s2')).toBeUndefined();
      expect((await d.t.store.accounts.userByEmail('organiser@example.org'))?.passwordHash).not.toBe(
        user!.passwordHash,
      );
      const short = await run(
        ['user', 'passwd', 'organiser@example.org', '--password-stdin', ...d.db],
        'short\n',
      );
      expect(short.code).toBe(2);
      expect(short.stderr).toMatch(/at least 8 characters/);
    });

    it('turns an invitation into a role when the account is added, and audits grants made from the command line', async () => {
      const invited = await changeMember(storePorts(d.t.store), 'cli', CAF, 'later@example.org', 'editor');
      expect(invited.ok).toBe(true);
      expect(
        (await run(['user', 'add', 'later@example.org', '--password-stdin', ...d.db], 'a password\n')).code,
      ).toBe(0);
      const later = await d.t.store.accounts.userByEmail('later@example.org');
      expect(await d.t.store.accounts.roleOf(CAF, later!.id)).toBe('editor');
      expect((await run(['user', 'grant', 'later@example.org', CAF, 'owner', ...d.db])).code).toBe(0);
      expect(await d.t.store.accounts.roleOf(CAF, later!.id)).toBe('owner');
      const changes = await d.t.store.accounts.memberChanges(CAF);
      expect(changes.map((c) => [c.actor, c.action, c.email, c.role])).toEqual([
        ['cli', 'member-granted', 'later@example.org', 'editor'],
        ['cli', 'member-role-changed', 'later@example.org', 'owner'],
      ]);
    });

    it('prints a new API token once, stored only as its hash', async () => {
      await run(['user', 'add', 'script@example.org', '--password-stdin', ...d.db], 'a password\n');
      const made = await run(['user', 'token', 'script@example.org', '--name', 'results-script', ...d.db]);
      expect(made.code).toBe(0);
      const secret = made.stdout.trim();
      expect(secret).toMatch(/^cs_[A-Za-z0-9_-]{43}$/);
      const token = await d.t.store.accounts.tokenByHash(hashSecret(secret));
      expect(token).toMatchObject({ name: 'results-script' });
      expect(JSON.stringify(await d.t.store.snapshot())).not.toContain(secret);
    });
  });
}
