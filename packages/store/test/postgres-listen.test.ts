import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS, POSTGRES_URL, type TestStore } from './stores.ts';

const META = { actor: 'a@example.org', at: '2026-11-28T18:00:00.000Z' };

describe('PostgreSQL live updates', () => {
  let t: TestStore;
  afterEach(async () => {
    await t.dispose();
  });

  it('listens again after the listening connection is killed, announces a reset, and then misses nothing new', async () => {
    t = await DIALECTS.find((d) => d.name === 'postgres')!.open();
    const schema = new URL(t.url!).searchParams.get('schema')!;
    await t.store.accounts.addUser({
      id: 'u',
      email: 'a@example.org',
      passwordHash: 'x',
      createdAt: META.at,
    });
    const { singleElimination, findPreset, teamId } = await import('@cupstage/core');
    const competition = singleElimination({
      id: 'cup',
      name: 'Cup',
      teams: ['a', 'b'].map((x) => ({ id: teamId(x), name: x, country: 'XXX' })),
      rules: findPreset('single-match')!,
    });
    await t.store.competitions.create('cup', { kind: 'competition-created', competition }, 'u', META);
    const seen: number[] = [];
    let resets = 0;
    t.store.competitions.watch(
      (_id, version) => seen.push(version),
      () => resets++,
    );
    await new Promise((r) => setTimeout(r, 300));
    const admin = new pg.Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    const killed = await admin.query(
      'select pg_terminate_backend(pid) as done from pg_stat_activity where query = $1',
      [`listen "cupstage_${schema}"`],
    );
    await admin.end();
    expect(killed.rows).toEqual([{ done: true }]);
    await new Promise((r) => setTimeout(r, 1800));
    await t.store.competitions.append('cup', [{ kind: 'published' }], 1, META);
    for (let i = 0; i < 40 && !seen.includes(2); i++) await new Promise((r) => setTimeout(r, 50));
    expect(seen).toContain(2);
    // commits made while it was away were never announced: watchers are told to check again
    expect(resets).toBe(1);
  }, 20_000);
});
