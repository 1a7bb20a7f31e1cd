import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditSentence, foldEvents } from '@cupstage/app';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createSqliteStore, type Store } from '../src/index.ts';

/** A database written before stored events had a schema version (see fixtures/README.md). */
const FIXTURE = new URL('./fixtures/events-v1.sqlite', import.meta.url).pathname;
const expected = JSON.parse(
  readFileSync(new URL('./fixtures/events-v1.expected.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

describe('a database of stored-event format version 1 (no schema version in the rows)', () => {
  let dir: string | undefined;
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    store = undefined;
    dir = undefined;
  });

  /** Opens a copy: opening migrates, and the fixture must stay as it was made. */
  const open = async (): Promise<{ store: Store; path: string }> => {
    dir = mkdtempSync(join(tmpdir(), 'cupstage-fixture-'));
    const path = join(dir, 'events-v1.sqlite');
    copyFileSync(FIXTURE, path);
    store = await createSqliteStore(path);
    return { store, path };
  };

  it('holds rows without a schema version', () => {
    const db = new BetterSqlite3(FIXTURE, { readonly: true });
    const rows = db.prepare('select payload from events').all() as Array<{ payload: string }>;
    db.close();
    expect(rows).toHaveLength(14);
    for (const r of rows) expect(Object.keys(JSON.parse(r.payload))[0]).toBe('kind');
  });

  it('loads every competition to the state the code that wrote it folded', async () => {
    const { store } = await open();
    const ids = (await store.competitions.list()).map((c) => c.id).sort();
    expect(ids).toEqual(Object.keys(expected).sort());
    for (const id of ids) {
      const stream = await store.competitions.load(id);
      // Draw commitments came with schema version 4: a database written before has none.
      const { commitments, ...state } = foldEvents(stream!.events)!;
      expect(commitments).toEqual([]);
      expect(JSON.parse(JSON.stringify(state))).toEqual(expected[id]);
    }
  });

  it('keeps loading to the same state after new events are appended in the current format', async () => {
    const { store } = await open();
    const id = 'caf-confederation-cup-2017';
    const before = (await store.competitions.load(id))!;
    const appended = await store.competitions.append(id, [{ kind: 'unpublished' }], before.version, {
      actor: 'owner@example.org',
      at: '2026-11-29T20:00:00.000Z',
    });
    expect(appended).toEqual({ ok: true, value: 10 });
    const after = (await store.competitions.load(id))!;
    const state = foldEvents(after.events)!;
    expect(state.published).toBe(false);
    expect(JSON.parse(JSON.stringify(state.competition))).toEqual(
      (expected[id] as { competition: unknown }).competition,
    );
  });

  it('derives the leg a correction or deletion replaced for events stored without it (audit before/after)', async () => {
    const { store } = await open();
    const ucl = foldEvents((await store.competitions.load('ucl-2022-semis'))!.events)!;
    const page = await store.audit.page('ucl-2022-semis', { limit: 100 });
    const sentences = page.entries.map((e) => auditSentence(e, ucl.competition));
    // Manchester City 4–3 Real Madrid, 26 April 2022: first entered as 4–2, then corrected.
    expect(sentences).toContainEqual(expect.stringMatching(/^R1-1 leg 1: 4–2 → 4–3, by /));
    const caf = foldEvents((await store.competitions.load('caf-confederation-cup-2017'))!.events)!;
    const cafPage = await store.audit.page('caf-confederation-cup-2017', { limit: 100 });
    const deleted = cafPage.entries.find(
      (e) => e.source === 'event' && e.stored.event.kind === 'leg-result-deleted',
    );
    expect(deleted && auditSentence(deleted, caf.competition)).toMatch(/^F leg 2: .+ deleted, by /);
  });
});
