import { readFileSync } from 'node:fs';
import { type Actor, changeMember, type Ports, setMemberRole } from '@cupstage/app';
import type { Competition } from '@cupstage/core';
import { parseCompetition } from '@cupstage/formats';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../src/index.ts';
import { DIALECTS, type TestStore } from './stores.ts';

const example = (): Competition => {
  const parsed = parseCompetition(readFileSync('examples/caf-confederation-cup-2017.json', 'utf8'));
  if (!parsed.ok) throw new Error('example does not parse');
  return parsed.value;
};

const AT = '2026-11-28T18:00:00.000Z';
let seq = 0;
const portsOf = (store: Store, now = AT): Ports => ({
  competitions: store.competitions,
  accounts: store.accounts,
  clock: { now: () => now },
  ids: { next: () => `id-${String(++seq).padStart(6, '0')}` },
});
const user = (id: string, email: string) => ({ id, email, passwordHash: 'x', createdAt: AT });

for (const dialect of DIALECTS) {
  describe(`accounts and members on ${dialect.name}`, () => {
    let t: TestStore;
    const a: Actor = { userId: 'ua', email: 'a@example.org' };
    const b: Actor = { userId: 'ub', email: 'b@example.org' };
    beforeEach(async () => {
      t = await dialect.open();
      await t.store.accounts.addUser(user('ua', a.email));
      await t.store.accounts.addUser(user('ub', b.email));
      await t.store.competitions.create(
        'caf',
        { kind: 'competition-created', competition: example() },
        'ua',
        { actor: a.email, at: AT },
      );
    });
    afterEach(async () => {
      await t.dispose();
    });

    it('never leaves a competition without an owner when two owners remove each other at once (20 tries)', async () => {
      // PostgreSQL: two pools, as two server processes would have. SQLite: one connection (better-sqlite3
      // waits for a lock synchronously, so two connections in one process would wait on each other).
      const other = dialect.name === 'postgres' ? await t.reopen() : t.store;
      for (let i = 0; i < 20; i++) {
        await t.store.accounts.setRole('caf', 'ua', 'owner');
        await t.store.accounts.setRole('caf', 'ub', 'owner');
        const [x, y] = await Promise.all([
          setMemberRole(portsOf(t.store), a, 'caf', b.email, undefined),
          setMemberRole(portsOf(other), b, 'caf', a.email, undefined),
        ]);
        const owners = (await t.store.accounts.members('caf')).filter((m) => m.role === 'owner');
        expect(owners.length).toBe(1);
        // exactly one removal went through; the other was refused (no longer an owner, or the last one)
        expect([x.ok, y.ok].filter(Boolean).length).toBe(1);
        const refused = x.ok ? y : x;
        expect(refused.ok ? '' : refused.error.code).toMatch(/^(forbidden|last-owner)$/);
      }
    });

    it('keeps a role for an address without an account and gives it when the account is created', async () => {
      const ports = portsOf(t.store);
      const listed = await setMemberRole(ports, a, 'caf', 'New@Example.org', 'editor');
      expect(listed).toEqual({
        ok: true,
        value: [
          { email: a.email, role: 'owner' },
          { email: 'new@example.org', role: 'editor' },
        ],
      });
      expect(await t.store.accounts.invitations('caf')).toEqual([
        { email: 'new@example.org', role: 'editor' },
      ]);
      expect((await t.store.accounts.addUser(user('un', 'new@example.org'))).ok).toBe(true);
      expect(await t.store.accounts.roleOf('caf', 'un')).toBe('editor');
      expect(await t.store.accounts.invitations('caf')).toEqual([]);
      expect(await t.store.accounts.memberOf('un')).toEqual(['caf']);
    });

    it('writes every membership change to the audit log with who and when, and nothing for a repeat', async () => {
      const ports = portsOf(t.store, '2026-11-28T18:01:00.000Z');
      await setMemberRole(ports, a, 'caf', b.email, 'editor');
      await setMemberRole(ports, a, 'caf', b.email, 'editor');
      await setMemberRole(ports, a, 'caf', b.email, 'owner');
      await setMemberRole(ports, a, 'caf', 'nobody@example.org', 'editor');
      await changeMember(ports, 'cli', 'caf', b.email, undefined);
      const removedNobody = await setMemberRole(ports, a, 'caf', 'nobody@example.org', undefined);
      expect(removedNobody.ok).toBe(true);
      const again = await setMemberRole(ports, a, 'caf', 'nobody@example.org', undefined);
      expect(again.ok ? 'ok' : again.error.code).toBe('member-not-found');
      const changes = await t.store.accounts.memberChanges('caf');
      expect(changes.map((c) => [c.actor, c.action, c.email, c.role ?? '-'])).toEqual([
        [a.email, 'member-granted', b.email, 'editor'],
        [a.email, 'member-role-changed', b.email, 'owner'],
        [a.email, 'member-granted', 'nobody@example.org', 'editor'],
        ['cli', 'member-removed', b.email, '-'],
        [a.email, 'member-removed', 'nobody@example.org', '-'],
      ]);
      expect(changes.every((c) => c.at === '2026-11-28T18:01:00.000Z')).toBe(true);
    });

    it('ends every other session of an account when its password changes', async () => {
      const { accounts } = t.store;
      for (const h of ['s1', 's2', 's3'])
        await accounts.addSession({
          tokenHash: h,
          userId: 'ua',
          csrf: 'c',
          expiresAt: '2030-01-01T00:00:00Z',
        });
      await accounts.addSession({
        tokenHash: 'sb',
        userId: 'ub',
        csrf: 'c',
        expiresAt: '2030-01-01T00:00:00Z',
      });
      await accounts.setPassword('ua', 'new-hash', 's2');
      expect((await accounts.userById('ua'))?.passwordHash).toBe('new-hash');
      expect(await accounts.session('s1')).toBeUndefined();
      expect(await accounts.session('s3')).toBeUndefined();
      expect((await accounts.session('s2'))?.userId).toBe('ua');
      expect((await accounts.session('sb'))?.userId).toBe('ub');
      await accounts.setPassword('ua', 'newer-hash');
      expect(await accounts.session('s2')).toBeUndefined();
    });

    it('keeps one refused-attempt row per actor, action and minute, with a count and the latest versions', async () => {
      const attempt = (at: string, expectedVersion: number) => ({
        competitionId: 'caf',
        at,
        actor: 'editor@example.org',
        action: 'leg-result-corrected',
        target: 'QF1 leg 1',
        expectedVersion,
        currentVersion: 9,
      });
      for (let i = 0; i < 50; i++)
        await t.store.competitions.recordAttempt(
          attempt(`2026-11-28T18:00:${String(i).padStart(2, '0')}.000Z`, i),
        );
      await t.store.competitions.recordAttempt(attempt('2026-11-28T18:01:00.000Z', 3));
      await t.store.competitions.recordAttempt({
        ...attempt('2026-11-28T18:01:01.000Z', 4),
        action: 'published',
      });
      expect(await t.store.competitions.attempts('caf')).toEqual([
        { ...attempt('2026-11-28T18:00:00.000Z', 49), count: 50 },
        { ...attempt('2026-11-28T18:01:00.000Z', 3), count: 1 },
        { ...attempt('2026-11-28T18:01:01.000Z', 4), action: 'published', count: 1 },
      ]);
    });

    it('counts sign-in attempts per key in the database, shared by every process, per window', async () => {
      const other = await t.reopen();
      const at = '2026-11-28T18:00:10.000Z';
      expect((await t.store.limits.hit('sign-in 203.0.113.9', 60_000, at)).count).toBe(1);
      expect((await other.limits.hit('sign-in 203.0.113.9', 60_000, at)).count).toBe(2);
      const third = await t.store.limits.hit('sign-in 203.0.113.9', 60_000, '2026-11-28T18:00:59.999Z');
      expect(third).toEqual({ count: 3, resetAt: '2026-11-28T18:01:00.000Z' });
      expect((await other.limits.hit('sign-in 198.51.100.7', 60_000, at)).count).toBe(1);
      expect(
        (await t.store.limits.hit('sign-in 203.0.113.9', 60_000, '2026-11-28T18:01:00.000Z')).count,
      ).toBe(1);
    });

    it('reads the audit log a page at a time, newest page first, each page oldest first', async () => {
      const ports = portsOf(t.store, '2026-11-28T18:05:00.000Z');
      await t.store.competitions.append('caf', [{ kind: 'published' }], 1, {
        actor: a.email,
        at: '2026-11-28T18:02:00.000Z',
      });
      await t.store.competitions.recordAttempt({
        competitionId: 'caf',
        at: '2026-11-28T18:03:00.000Z',
        actor: b.email,
        action: 'unpublished',
        target: 'caf',
        expectedVersion: 1,
        currentVersion: 2,
      });
      await t.store.competitions.append('caf', [{ kind: 'unpublished' }], 2, {
        actor: a.email,
        at: '2026-11-28T18:05:00.000Z',
      });
      await setMemberRole(ports, a, 'caf', b.email, 'editor');
      const describe = (r: { source: string; position: { at: string } }) =>
        `${r.source} ${r.position.at.slice(11, 16)}`;
      const all = await t.store.audit.page('caf', { limit: 10 });
      expect(all.more).toBe(false);
      expect(all.entries.map(describe)).toEqual([
        'event 18:00',
        'event 18:02',
        'attempt 18:03',
        'event 18:05',
        'member 18:05',
      ]);
      const first = await t.store.audit.page('caf', { limit: 2 });
      expect(first.entries.map(describe)).toEqual(['event 18:05', 'member 18:05']);
      expect(first.more).toBe(true);
      const second = await t.store.audit.page('caf', { limit: 2, before: first.entries[0]!.position });
      expect(second.entries.map(describe)).toEqual(['event 18:02', 'attempt 18:03']);
      const third = await t.store.audit.page('caf', { limit: 2, before: second.entries[0]!.position });
      expect(third).toMatchObject({ more: false });
      expect(third.entries.map(describe)).toEqual(['event 18:00']);
    });
  });
}
