import { readFileSync } from 'node:fs';
import type { CompetitionEvent } from '@cupstage/app';
import { type Competition, teamId, tieId } from '@cupstage/core';
import { parseCompetition } from '@cupstage/formats';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, type TestStore } from './stores.ts';

const example = (): Competition => {
  const parsed = parseCompetition(readFileSync('examples/caf-confederation-cup-2017.json', 'utf8'));
  if (!parsed.ok) throw new Error('example does not parse');
  return parsed.value;
};

const META = { actor: 'owner@example.org', at: '2026-11-28T18:00:00.000Z' };
const USER = { id: 'u1', email: 'owner@example.org', passwordHash: 'scrypt$x', createdAt: META.at };
const corrected: CompetitionEvent = {
  kind: 'leg-result-corrected',
  tie: tieId('QF1'),
  leg: 0,
  match: { home: teamId('mc-alger'), away: teamId('club-africain'), score: [2, 0] },
};

for (const dialect of DIALECTS) {
  describe(`store contract on ${dialect.name}`, () => {
    let t: TestStore;
    beforeEach(async () => {
      t = await dialect.open();
      const added = await t.store.accounts.addUser(USER);
      expect(added.ok).toBe(true);
    });
    afterEach(async () => {
      await t.dispose();
    });

    const create = () =>
      t.store.competitions.create('caf', { kind: 'competition-created', competition: example() }, 'u1', META);

    it('creates a competition at version 1 with its owner, and refuses the same id twice', async () => {
      expect(await create()).toEqual({ ok: true, value: 1 });
      expect(await create()).toEqual({ ok: false, error: { code: 'version-conflict', currentVersion: 1 } });
      expect(await t.store.accounts.roleOf('caf', 'u1')).toBe('owner');
      const stream = await t.store.competitions.load('caf');
      expect(stream?.version).toBe(1);
      expect(stream?.events[0]?.event).toEqual({ kind: 'competition-created', competition: example() });
      expect(stream?.events[0]?.actor).toBe('owner@example.org');
      expect(await t.store.competitions.load('nope')).toBeUndefined();
    });

    it('appends at the expected version and refuses a stale one without changing anything', async () => {
      await create();
      expect(await t.store.competitions.append('caf', [corrected], 1, META)).toEqual({ ok: true, value: 2 });
      const before = await t.store.snapshot();
      expect(await t.store.competitions.append('caf', [{ kind: 'published' }], 1, META)).toEqual({
        ok: false,
        error: { code: 'version-conflict', currentVersion: 2 },
      });
      expect(await t.store.snapshot()).toBe(before);
      const after = await t.store.competitions.load('caf', 1);
      expect(after?.events.map((e) => e.event)).toEqual([corrected]);
    });

    it('lets exactly one of two concurrent appends at one version win', async () => {
      await create();
      // SQLite: one connection per process (better-sqlite3 blocks the thread while it waits for a lock),
      // so the two writes race on one connection; PostgreSQL: two pools, as two processes would.
      const other = dialect.name === 'postgres' ? await t.reopen() : t.store;
      const results = await Promise.all([
        t.store.competitions.append('caf', [corrected], 1, META),
        other.competitions.append('caf', [{ kind: 'published' }], 1, META),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok)).toEqual([
        { ok: false, error: { code: 'version-conflict', currentVersion: 2 } },
      ]);
      expect((await t.store.competitions.load('caf'))?.events).toHaveLength(2);
    });

    it('lists competitions with their name, version and published flag', async () => {
      await create();
      await t.store.competitions.append('caf', [{ kind: 'published' }], 1, META);
      expect(await t.store.competitions.list()).toEqual([
        { id: 'caf', name: '2017 CAF Confederation Cup', version: 2, published: true, createdAt: META.at },
      ]);
    });

    it('keeps refused attempts for the audit log', async () => {
      await create();
      const attempt = {
        competitionId: 'caf',
        at: META.at,
        actor: 'editor@example.org',
        action: 'leg-result-corrected',
        target: 'QF1 leg 1',
        expectedVersion: 1,
        currentVersion: 2,
      };
      await t.store.competitions.recordAttempt(attempt);
      expect(await t.store.competitions.attempts('caf')).toEqual([{ ...attempt, count: 1 }]);
    });

    it('keeps accounts, sessions, tokens and roles', async () => {
      const { accounts } = t.store;
      expect((await accounts.addUser({ ...USER, id: 'u9' })).ok).toBe(false);
      expect(await accounts.userByEmail('owner@example.org')).toEqual(USER);
      await accounts.addUser({ ...USER, id: 'u2', email: 'editor@example.org' });
      await accounts.addSession({
        tokenHash: 'h',
        userId: 'u1',
        csrf: 'c',
        expiresAt: '2030-01-01T00:00:00Z',
      });
      expect((await accounts.session('h'))?.csrf).toBe('c');
      await accounts.deleteSession('h');
      expect(await accounts.session('h')).toBeUndefined();
      await accounts.addToken({
        id: 'k1',
        userId: 'u2',
        name: 'script',
        tokenHash: 'th',
        createdAt: META.at,
      });
      expect((await accounts.tokenByHash('th'))?.userId).toBe('u2');
      expect(await accounts.deleteToken('u1', 'k1')).toBe(false);
      expect(await accounts.deleteToken('u2', 'k1')).toBe(true);
      await create();
      await accounts.setRole('caf', 'u2', 'editor');
      expect(await accounts.members('caf')).toEqual([
        { userId: 'u2', email: 'editor@example.org', role: 'editor' },
        { userId: 'u1', email: 'owner@example.org', role: 'owner' },
      ]);
      expect(await accounts.memberOf('u2')).toEqual(['caf']);
      await accounts.setRole('caf', 'u2', undefined);
      expect(await accounts.roleOf('caf', 'u2')).toBeUndefined();
    });

    it('tells watchers of every committed append', async () => {
      await create();
      const seen: Array<[string, number]> = [];
      const got = new Promise<void>((resolve) => {
        t.store.competitions.watch((id, version) => {
          seen.push([id, version]);
          if (version === 2) resolve();
        });
      });
      // PostgreSQL listens on its own connection: give LISTEN a moment to be in place.
      await new Promise((r) => setTimeout(r, dialect.name === 'postgres' ? 200 : 0));
      await t.store.competitions.append('caf', [{ kind: 'published' }], 1, META);
      await got;
      expect(seen).toContainEqual(['caf', 2]);
    });

    it('reads the versions of several competitions in one call', async () => {
      await create();
      await t.store.competitions.append('caf', [{ kind: 'published' }], 1, META);
      const versions = await t.store.competitions.versions(['caf', 'nothing-here']);
      expect([...versions]).toEqual([['caf', 2]]);
      expect((await t.store.competitions.versions([])).size).toBe(0);
    });

    it('changes its change mark when another connection commits, and only then', async () => {
      await create();
      const other = await t.reopen();
      const before = t.store.competitions.changeMark();
      if (dialect.name === 'postgres') {
        // no cheap local answer: undefined means "ask the database"
        expect(before).toBeUndefined();
        return;
      }
      await t.store.competitions.append('caf', [{ kind: 'published' }], 1, META);
      expect(t.store.competitions.changeMark()).toBe(before);
      await other.competitions.append('caf', [{ kind: 'unpublished' }], 2, META);
      const after = t.store.competitions.changeMark();
      expect(after).not.toBe(before);
      expect(t.store.competitions.changeMark()).toBe(after);
    });

    it('keeps what was written across a reopen and passes its integrity check', async () => {
      await create();
      await t.store.competitions.append('caf', [corrected], 1, META);
      const again = await t.reopen();
      expect((await again.competitions.load('caf'))?.version).toBe(2);
      expect(await again.integrityCheck()).toBe('ok');
    });
  });
}
