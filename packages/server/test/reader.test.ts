import type { CompetitionEvent, CompetitionStore } from '@cupstage/app';
import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS, type TestStore } from '../../store/test/stores.ts';
import { loadExample } from '../src/index.ts';
import { Reader } from '../src/reader.ts';
import { CAF, EXAMPLE } from './harness.ts';

const META = { actor: 'editor@example.org', at: '2026-11-29T20:00:00.000Z' };

/** The store port with a count of the calls that reach the database. */
function counted(store: CompetitionStore): {
  store: CompetitionStore;
  calls: { load: number; versions: number };
} {
  const calls = { load: 0, versions: 0 };
  return {
    calls,
    store: {
      ...store,
      load: (id, after) => {
        calls.load++;
        return store.load(id, after);
      },
      versions: (ids) => {
        calls.versions++;
        return store.versions(ids);
      },
      version: (id) => store.version(id),
      watch: (listener, onReset) => store.watch(listener, onReset),
      changeMark: () => store.changeMark(),
    },
  };
}

/** Publishes or unpublishes the example: a change any process can make, one version each. */
const toggle = (version: number): CompetitionEvent[] => [
  { kind: version % 2 === 0 ? 'unpublished' : 'published' },
];

for (const dialect of DIALECTS) {
  describe(`the read model on ${dialect.name}`, () => {
    let t: TestStore;
    let reader: Reader | undefined;
    afterEach(async () => {
      reader?.close();
      reader = undefined;
      await t.dispose();
    });

    it('never serves an older version after another process committed a newer one', async () => {
      t = await dialect.open();
      await loadExample(t.store, EXAMPLE);
      const other = await t.reopen(); // another connection, as another process would have
      reader = new Reader(t.store.competitions, { pollMs: 0 });
      let version = (await reader.current(CAF))!.version;
      for (let i = 0; i < 40; i++) {
        const written = await other.competitions.append(CAF, toggle(version), version, META);
        expect(written.ok).toBe(true);
        version++;
        // read at once: on PostgreSQL the NOTIFY has most likely not arrived yet
        const snap = await reader.current(CAF);
        expect(snap?.version).toBe(version);
        expect(snap?.state.published).toBe(version % 2 === 0);
      }
    }, 60_000);

    it('serves reads from memory while nothing changes, and renders each representation once', async () => {
      t = await dialect.open();
      await loadExample(t.store, EXAMPLE);
      const { store, calls } = counted(t.store.competitions);
      reader = new Reader(store, { pollMs: 0 });
      let renders = 0;
      const bodies = await Promise.all(
        Array.from({ length: 50 }, async () => {
          const snap = await reader!.current(CAF);
          return snap!.rendered('bracket', () => {
            renders++;
            return 'the bracket';
          });
        }),
      );
      expect(new Set(bodies.map((b) => b.toString())).size).toBe(1);
      expect(renders).toBe(1);
      expect(calls.load).toBe(1);
      // 50 reads at once share their version checks (PostgreSQL cannot skip them)
      expect(calls.versions).toBeLessThanOrEqual(2);
      const before = { ...calls };
      for (let i = 0; i < 20; i++) await reader.current(CAF);
      if (dialect.name === 'sqlite') expect(calls).toEqual(before);
      else expect(calls.versions).toBe(before.versions + 20);
      expect(calls.load).toBe(before.load);
    });

    it('reads only the new events after a write through this process', async () => {
      t = await dialect.open();
      await loadExample(t.store, EXAMPLE);
      const { store, calls } = counted(t.store.competitions);
      reader = new Reader(store, { pollMs: 0 });
      const first = await reader.current(CAF);
      const seen: number[] = [];
      reader.onChange((_id, v) => seen.push(v));
      const written = await t.store.competitions.append(CAF, toggle(first!.version), first!.version, META);
      expect(written.ok).toBe(true);
      const next = await reader.current(CAF);
      expect(next?.version).toBe(first!.version + 1);
      expect(next).not.toBe(first);
      expect(calls.load).toBe(2);
      expect(seen).toContain(first!.version + 1);
    });

    it('answers undefined for a competition that does not exist', async () => {
      t = await dialect.open();
      reader = new Reader(t.store.competitions, { pollMs: 0 });
      expect(await reader.current('no-such-cup')).toBeUndefined();
    });
  });
}

describe('the read model on SQLite, between reads', () => {
  let t: TestStore;
  let reader: Reader | undefined;
  afterEach(async () => {
    reader?.close();
    await t.dispose();
  });

  it('tells live streams of a commit by another process without waiting for a read', async () => {
    t = await DIALECTS.find((d) => d.name === 'sqlite')!.open();
    await loadExample(t.store, EXAMPLE);
    const other = await t.reopen();
    reader = new Reader(t.store.competitions, { pollMs: 20 });
    const version = (await reader.current(CAF))!.version;
    const heard = new Promise<number>((resolve) => reader!.onChange((_id, v) => resolve(v)));
    await other.competitions.append(CAF, toggle(version), version, META);
    expect(await heard).toBe(version + 1);
  });
});

describe('the read model after lost announcements', () => {
  it('drops everything it holds and tells its listeners', async () => {
    const t = await DIALECTS.find((d) => d.name === 'sqlite')!.open();
    try {
      await loadExample(t.store, EXAMPLE);
      let reset: (() => void) | undefined;
      const { store, calls } = counted(t.store.competitions);
      const reader = new Reader(
        {
          ...store,
          watch: (listener, onReset) => {
            reset = onReset;
            return store.watch(listener);
          },
        },
        { pollMs: 0 },
      );
      await reader.current(CAF);
      let told = 0;
      reader.onReset(() => told++);
      reset?.();
      expect(told).toBe(1);
      expect(reader.stats().competitions).toBe(0);
      await reader.current(CAF);
      expect(calls.load).toBe(2);
      reader.close();
    } finally {
      await t.dispose();
    }
  });
});
