/**
 * The app's competition use cases on the real stores (SQLite and PostgreSQL), not on a fake: drafts
 * hidden from non-members, core's checks and codes, legs entered one at a time or several in one
 * write, stale versions refused and recorded, who may write and publish.
 */
import {
  type Actor,
  createCompetition,
  enterLegResult,
  enterLegResults,
  type Ports,
  setPublished,
  viewCompetition,
} from '@cupstage/app';
import { type Competition, findPreset, singleElimination, teamId, tieId } from '@cupstage/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, type TestStore } from './stores.ts';

const NOW = '2026-11-28T18:00:00.000Z';
const owner: Actor = { userId: 'o', email: 'owner@example.org' };
const stranger: Actor = { userId: 's', email: 'someone@example.org' };
const cup: Competition = singleElimination({
  id: 'cup',
  name: 'Cup',
  teams: ['a', 'b', 'c', 'd'].map((t) => ({ id: teamId(t), name: t.toUpperCase(), country: 'XXX' })),
  rules: findPreset('caf-2017')!,
});
const leg1 = { home: teamId('a'), away: teamId('d'), score: [1, 0] as const };

for (const dialect of DIALECTS) {
  describe(`the app's competition use cases on the real ${dialect.name} store`, () => {
    let t: TestStore;
    let ports: Ports;
    beforeEach(async () => {
      t = await dialect.open();
      for (const a of [owner, stranger])
        expect(
          (
            await t.store.accounts.addUser({
              id: a.userId,
              email: a.email,
              passwordHash: 'scrypt$x',
              createdAt: NOW,
            })
          ).ok,
        ).toBe(true);
      ports = {
        competitions: t.store.competitions,
        accounts: t.store.accounts,
        clock: { now: () => NOW },
        ids: { next: () => 'id' },
      };
      expect(await createCompetition(ports, owner, cup)).toEqual({ ok: true, value: { version: 1 } });
    });
    afterEach(async () => {
      await t.dispose();
    });

    it('keeps a draft from everyone but its members, as if it did not exist', async () => {
      expect((await viewCompetition(ports, owner, 'cup')).ok).toBe(true);
      for (const who of [undefined, stranger]) {
        const r = await viewCompetition(ports, who, 'cup');
        expect(r.ok ? 'ok' : r.error.code).toBe('competition-not-found');
      }
    });

    it('refuses a second competition with the same id, and a competition core finds unsound', async () => {
      const again = await createCompetition(ports, owner, cup);
      expect(again.ok ? 'ok' : again.error.code).toBe('competition-exists');
      const twice = await createCompetition(ports, owner, {
        ...cup,
        id: 'dup',
        teams: [...cup.teams, cup.teams[0]!],
      });
      expect(twice.ok ? 'ok' : twice.error.code).toBe('duplicate-team');
    });

    it('enters a result through core and refuses what core refuses, with its code and path', async () => {
      const impossible = await enterLegResult(ports, owner, {
        competitionId: 'cup',
        tie: tieId('SF1'),
        leg: 1,
        match: { home: teamId('d'), away: teamId('a'), score: [1, 0], penalties: [6, 0] },
        expectedVersion: 1,
      });
      expect(impossible.ok).toBe(false);
      // legs must come in order: leg 2 before leg 1 is refused before core is asked
      expect(impossible.ok ? undefined : impossible.error.code).toBe('leg-out-of-order');
      const entered = await enterLegResult(ports, owner, {
        competitionId: 'cup',
        tie: tieId('SF1'),
        leg: 0,
        match: leg1,
        expectedVersion: 1,
      });
      expect(entered.ok && entered.value.version).toBe(2);
      const shootout = await enterLegResult(ports, owner, {
        competitionId: 'cup',
        tie: tieId('SF1'),
        leg: 1,
        match: { home: teamId('d'), away: teamId('a'), score: [1, 0], penalties: [6, 0] },
        expectedVersion: 2,
      });
      expect(shootout.ok ? undefined : [shootout.error.code, shootout.error.path]).toEqual([
        'penalties-impossible',
        ['legs', 1, 'penalties'],
      ]);
    });

    it('enters several legs in one write, or none: a bad one names its place and nothing is stored', async () => {
      const refused = await enterLegResults(ports, owner, {
        competitionId: 'cup',
        results: [
          { tie: tieId('SF1'), leg: 0, match: leg1 },
          { tie: tieId('SF2'), leg: 0, match: { home: teamId('b'), away: teamId('c'), score: [2, 2] } },
          // checked with the first leg above in place: 1–1 on aggregate, but a 6–0 shoot-out is impossible
          {
            tie: tieId('SF1'),
            leg: 1,
            match: { home: teamId('d'), away: teamId('a'), score: [1, 0], penalties: [6, 0] },
          },
        ],
        expectedVersion: 1,
      });
      expect(refused.ok ? undefined : [refused.error.code, refused.error.path]).toEqual([
        'penalties-impossible',
        ['results', 2, 'legs', 1, 'penalties'],
      ]);
      expect(refused.ok ? '' : refused.error.message).toMatch(/^SF1 leg 2: /);
      expect(await ports.competitions.version('cup')).toBe(1);

      const entered = await enterLegResults(ports, owner, {
        competitionId: 'cup',
        results: [
          { tie: tieId('SF1'), leg: 0, match: leg1 },
          // leg 2 of SF1 may follow its leg 1 in the same batch
          { tie: tieId('SF1'), leg: 1, match: { home: teamId('d'), away: teamId('a'), score: [0, 0] } },
          { tie: tieId('SF2'), leg: 0, match: { home: teamId('b'), away: teamId('c'), score: [2, 2] } },
        ],
        expectedVersion: 1,
      });
      expect(entered.ok && entered.value.events.map((e) => e.kind)).toEqual([
        'leg-result-entered',
        'leg-result-entered',
        'leg-result-entered',
      ]);
      expect(entered.ok && entered.value.version).toBe(4);
      const sf1 = entered.ok ? entered.value.state.competition.rounds[0]!.ties[0]! : undefined;
      expect(sf1?.legs.map((l) => l.score)).toEqual([
        [1, 0],
        [0, 0],
      ]);
    });

    it('refuses a stale version with the current one and keeps the refused attempt', async () => {
      await enterLegResult(ports, owner, {
        competitionId: 'cup',
        tie: tieId('SF1'),
        leg: 0,
        match: leg1,
        expectedVersion: 1,
      });
      const stale = await enterLegResult(ports, owner, {
        competitionId: 'cup',
        tie: tieId('SF1'),
        leg: 0,
        match: { ...leg1, score: [2, 0] },
        expectedVersion: 1,
      });
      expect(stale.ok ? undefined : [stale.error.code, stale.error.currentVersion]).toEqual([
        'version-conflict',
        2,
      ]);
      expect(await t.store.competitions.attempts('cup')).toEqual([
        {
          competitionId: 'cup',
          at: NOW,
          actor: 'owner@example.org',
          action: 'leg-result-corrected',
          target: 'SF1 leg 1',
          expectedVersion: 1,
          currentVersion: 2,
          // refused attempts are kept one per actor, kind and minute, with a count
          count: 1,
        },
      ]);
    });

    it('lets only members write and only owners publish, once', async () => {
      const anonymous = await enterLegResult(ports, undefined, {
        competitionId: 'cup',
        tie: tieId('SF1'),
        leg: 0,
        match: leg1,
        expectedVersion: 1,
      });
      expect(anonymous.ok ? undefined : anonymous.error.code).toBe('sign-in-required');
      expect((await setPublished(ports, owner, 'cup', true, 1)).ok).toBe(true);
      const outsider = await enterLegResult(ports, stranger, {
        competitionId: 'cup',
        tie: tieId('SF1'),
        leg: 0,
        match: leg1,
        expectedVersion: 2,
      });
      expect(outsider.ok ? undefined : outsider.error.code).toBe('forbidden');
      const again = await setPublished(ports, owner, 'cup', true, 2);
      expect(again.ok ? undefined : again.error.code).toBe('already-published');
    });
  });
}
