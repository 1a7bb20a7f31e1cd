import { readFileSync } from 'node:fs';
import type { CompetitionEvent } from '@cupstage/app';
import type { Competition } from '@cupstage/core';
import { parseCompetition } from '@cupstage/formats';
import BetterSqlite3 from 'better-sqlite3';
import fc from 'fast-check';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDatabaseUrl, StoredEventError } from '../src/index.ts';
import { anyEvent } from './event-arbitraries.ts';
import { DIALECTS, type TestStore } from './stores.ts';

const example = (): Competition => {
  const parsed = parseCompetition(readFileSync('examples/caf-confederation-cup-2017.json', 'utf8'));
  if (!parsed.ok) throw new Error('example does not parse');
  return parsed.value;
};

const META = { actor: 'owner@example.org', at: '2026-11-29T20:00:00.000Z' };

/** Runs one SQL statement on the test's database directly, as a damaged or hand-edited database would be. */
async function rawSql(t: TestStore, text: string, values: unknown[]): Promise<void> {
  if (t.path) {
    const db = new BetterSqlite3(t.path);
    db.prepare(text.replaceAll(/\$\d/g, '?')).run(...values);
    db.close();
    return;
  }
  const { connectionString, schema } = parseDatabaseUrl(t.url!);
  const client = new pg.Client({ connectionString, options: `-c search_path="${schema}"` });
  await client.connect();
  try {
    await client.query(text, values);
  } finally {
    await client.end();
  }
}

for (const dialect of DIALECTS) {
  describe(`stored events on ${dialect.name}`, () => {
    let t: TestStore;
    beforeEach(async () => {
      t = await dialect.open();
      await t.store.accounts.addUser({ id: 'u1', email: META.actor, passwordHash: 'x', createdAt: META.at });
    });
    afterEach(async () => {
      await t.dispose();
    });

    it('reads back every event written, equal', async () => {
      let n = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(anyEvent, { minLength: 1, maxLength: 4 }), async (events) => {
          const id = `c${++n}`;
          const created: CompetitionEvent = { kind: 'competition-created', competition: example() };
          expect(await t.store.competitions.create(id, created, 'u1', META)).toEqual({ ok: true, value: 1 });
          expect(await t.store.competitions.append(id, events, 1, META)).toEqual({
            ok: true,
            value: 1 + events.length,
          });
          const stream = (await t.store.competitions.load(id))!;
          expect(stream.events.map((e) => e.event)).toEqual([created, ...events]);
        }),
        { numRuns: 25 },
      );
    });

    it('refuses a stored row that does not fit, naming the competition, the event and the field', async () => {
      const created: CompetitionEvent = { kind: 'competition-created', competition: example() };
      await t.store.competitions.create('caf', created, 'u1', META);
      await t.store.competitions.append('caf', [{ kind: 'published' }], 1, META);
      await rawSql(t, 'update events set payload = $1 where competition_id = $2 and version = $3', [
        '{"schema":2,"event":{"kind":"published","by":"someone"}}',
        'caf',
        2,
      ]);
      const error = await t.store.competitions.load('caf').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoredEventError);
      expect((error as StoredEventError).message).toBe(
        'competition "caf", stored event 2 (published): Unrecognized key: "by"',
      );
      await rawSql(t, 'update events set payload = $1 where competition_id = $2 and version = $3', [
        JSON.stringify({ ...created, competition: { ...example(), teams: [{ id: 'x', name: 'X' }] } }),
        'caf',
        1,
      ]);
      const first = await t.store.competitions.load('caf').catch((e: unknown) => e);
      expect(first).toMatchObject({
        competitionId: 'caf',
        version: 1,
        path: ['competition', 'teams', 0, 'country'],
      });
    });
  });
}
