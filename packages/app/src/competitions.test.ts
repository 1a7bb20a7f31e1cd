import { type Competition, err, findPreset, ok, singleElimination, teamId, tieId } from '@cupstage/core';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  createCompetition,
  enterLegResult,
  enterLegResults,
  setPublished,
  viewCompetition,
} from './competitions.ts';
import type { StoredEvent } from './events.ts';
import type { AccountStore, Actor, CompetitionStore, Ports, RejectedAttempt, Role } from './ports.ts';

/** The smallest store that keeps the port's promises, in memory (the real ones are tested in packages/store). */
function memoryPorts(): Ports & { attempts: RejectedAttempt[] } {
  const logs = new Map<string, StoredEvent[]>();
  const roles = new Map<string, Role>();
  const attempts: RejectedAttempt[] = [];
  const competitions: CompetitionStore = {
    async create(id, created, ownerId, meta) {
      if (logs.has(id)) return err({ code: 'version-conflict', currentVersion: logs.get(id)!.length });
      logs.set(id, [{ version: 1, event: created, ...meta }]);
      roles.set(`${id}/${ownerId}`, 'owner');
      return ok(1);
    },
    async load(id, after = 0) {
      const log = logs.get(id);
      return log ? { version: log.length, events: log.filter((e) => e.version > after) } : undefined;
    },
    async version(id) {
      return logs.get(id)?.length ?? 0;
    },
    async append(id, events, expected, meta) {
      const log = logs.get(id)!;
      if (log.length !== expected) return err({ code: 'version-conflict', currentVersion: log.length });
      for (const event of events) log.push({ version: log.length + 1, event, ...meta });
      return ok(log.length);
    },
    async list() {
      return [];
    },
    async recordAttempt(a) {
      attempts.push(a);
    },
    async attempts() {
      return attempts;
    },
    async versions() {
      return new Map();
    },
    watch: () => () => {},
    changeMark: () => undefined,
  };
  const accounts = {
    roleOf: async (c: string, u: string) => roles.get(`${c}/${u}`),
  } as unknown as AccountStore;
  return {
    competitions,
    accounts,
    clock: { now: () => '2026-11-28T18:00:00.000Z' },
    ids: { next: () => 'id' },
    attempts,
  };
}

const owner: Actor = { userId: 'o', email: 'owner@example.org' };
const stranger: Actor = { userId: 's', email: 'someone@example.org' };
const cup: Competition = singleElimination({
  id: 'cup',
  name: 'Cup',
  teams: ['a', 'b', 'c', 'd'].map((t) => ({ id: teamId(t), name: t.toUpperCase(), country: 'XXX' })),
  rules: findPreset('caf-2017')!,
});
const leg1 = { home: teamId('a'), away: teamId('d'), score: [1, 0] as const };

describe('competition use cases', () => {
  let ports: ReturnType<typeof memoryPorts>;
  beforeEach(async () => {
    ports = memoryPorts();
    expect(await createCompetition(ports, owner, cup)).toEqual({ ok: true, value: { version: 1 } });
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
    expect(ports.attempts).toEqual([
      {
        competitionId: 'cup',
        at: '2026-11-28T18:00:00.000Z',
        actor: 'owner@example.org',
        action: 'leg-result-corrected',
        target: 'SF1 leg 1',
        expectedVersion: 1,
        currentVersion: 2,
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
