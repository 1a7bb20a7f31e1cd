import { applyEvent, type CompetitionState, type CompetitionStore } from '@cupstage/app';
import { createKnockout, type Knockout } from '@cupstage/core';
import { ViewBuilder } from './dto/competition-view.ts';

/** The most bytes of rendered representations one snapshot keeps. */
export const SNAPSHOT_BYTES = 4 * 1024 * 1024;

/**
 * A competition at one version, with its derived knockout and its representations, each rendered
 * once (the read model). Immutable once built: a new version is a new snapshot.
 *
 * @example const body = snap.rendered('bracket', () => JSON.stringify(bracketModel(...)));
 */
export class Snapshot {
  readonly ko: Knockout;
  readonly views: ViewBuilder;
  /** The strong validator of every representation of this version: `"<version>"`. */
  readonly etag: string;
  private readonly bodies = new Map<string, Buffer>();
  private readonly values = new Map<string, unknown>();
  private bytes = 0;

  constructor(readonly state: CompetitionState) {
    this.ko = createKnockout(state.competition);
    this.views = new ViewBuilder(state.competition, this.ko);
    this.etag = `"${state.version}"`;
  }

  get version(): number {
    return this.state.version;
  }

  /** The bytes of the representations rendered so far. */
  get renderedBytes(): number {
    return this.bytes;
  }

  /**
   * The UTF-8 bytes of representation `key` of this version (`bracket`, `report:markdown`, an HTML
   * page...), rendered on the first call and kept with the snapshot.
   */
  rendered(key: string, render: () => string | Uint8Array): Buffer {
    let body = this.bodies.get(key);
    if (body === undefined) {
      const made = render();
      body =
        typeof made === 'string'
          ? Buffer.from(made)
          : Buffer.from(made.buffer, made.byteOffset, made.byteLength);
      // bounded: past SNAPSHOT_BYTES a representation is rendered for each request instead
      if (this.bytes + body.byteLength <= SNAPSHOT_BYTES) {
        this.bodies.set(key, body);
        this.bytes += body.byteLength;
      }
    }
    return body;
  }

  /** Any value derived from this version (a DTO object shared by JSON and HTML), made once. */
  memo<T>(key: string, make: () => T): T {
    if (this.values.has(key)) return this.values.get(key) as T;
    const value = make();
    this.values.set(key, value);
    return value;
  }
}

/** Options of a `Reader`. */
export interface ReaderOptions {
  /** Competitions kept in memory, least recently read evicted first (default 512). */
  readonly maxCompetitions?: number;
  /** Rendered bytes kept over all competitions, least recently read evicted first (default 256 MiB). */
  readonly maxBytes?: number;
  /**
   * How often to look for commits by other processes when no read asks (ms, default 1000; 0: never).
   * Only stores with a change mark (SQLite) are polled; PostgreSQL announces commits by NOTIFY.
   */
  readonly pollMs?: number;
}

interface Entry {
  snap: Snapshot;
  /** The epoch at which the snapshot was last known to be the latest version in the database. */
  verified: number;
}

/**
 * The read model: each competition's current snapshot held in memory and served without touching the
 * database, invalidated by the event log. Never stale: a read that arrives after a write's commit has
 * returned (in this process or any other) gets that write's version or a later one.
 *
 * - Writes through this process are announced by the store's own write path (`watch`) before the
 *   write's response is sent: the next read rebuilds from the events after the cached version.
 * - Commits by other processes: the store's change mark (SQLite `PRAGMA data_version`, a read of the
 *   WAL index with no I/O but a few µs of locking) is looked at once per turn of the event loop: every
 *   read that arrived in the loop's I/O phase waits for one look taken in the check phase that
 *   follows (`setImmediate`), after all of them arrived, so none is served from before its arrival;
 *   when the mark moved, every cached competition is checked again (one query per batch of reads)
 *   before being served.
 * - A store without a change mark (PostgreSQL) cannot tell locally whether another process has
 *   committed: NOTIFY is asynchronous, and a read may arrive after another process's commit returned
 *   but before its notification is delivered. So every read waits for a version check that started
 *   after it arrived; the checks are shared: one `select id, version ... where id in (...)` serves
 *   every read that arrived while the previous check was running. NOTIFY still invalidates at once
 *   and feeds live streams; on a LISTEN reconnect the whole cache is dropped.
 *
 * @example
 * const snap = await reader.current('caf-confederation-cup-2017');
 * if (snap) reply.header('etag', snap.etag).send(snap.rendered('bracket', () => render(snap)));
 */
export class Reader {
  private readonly cache = new Map<string, Entry>();
  /** The highest version announced or checked, per competition. */
  private readonly known = new Map<string, number>();
  private readonly loading = new Map<string, Promise<Snapshot | undefined>>();
  private readonly changeListeners = new Set<(id: string, version: number) => void>();
  private readonly resetListeners = new Set<() => void>();
  private readonly unwatch: () => void;
  private readonly maxCompetitions: number;
  private readonly maxBytes: number;
  private readonly timer: NodeJS.Timeout | undefined;
  private mark: number | undefined;
  private epoch = 0;
  private waiting = new Map<string, Array<{ resolve: () => void; reject: (e: unknown) => void }>>();
  private checking = false;
  /** The change-mark look shared by the reads of this turn of the event loop (see `observeShared`). */
  private observing: Promise<number> | undefined;

  constructor(
    private readonly store: CompetitionStore,
    options: ReaderOptions = {},
  ) {
    this.maxCompetitions = options.maxCompetitions ?? 512;
    this.maxBytes = options.maxBytes ?? 256 * 1024 * 1024;
    this.mark = store.changeMark();
    this.unwatch = store.watch(
      (id, version) => this.learn(id, version),
      () => this.reset(),
    );
    const pollMs = options.pollMs ?? 1000;
    if (pollMs > 0 && this.mark !== undefined) {
      this.timer = setInterval(() => void this.poll().catch(() => {}), pollMs);
      this.timer.unref();
    }
  }

  /**
   * The current snapshot of a competition, or `undefined` when there is none. Served from memory when
   * nothing can have changed; otherwise only the events after the cached version are read and folded.
   */
  async current(id: string): Promise<Snapshot | undefined> {
    const epoch = this.mark === undefined ? ++this.epoch : await this.observeShared();
    const entry = this.cache.get(id);
    if (entry && entry.verified >= epoch && entry.snap.version >= (this.known.get(id) ?? 0)) {
      // least recently used last
      this.cache.delete(id);
      this.cache.set(id, entry);
      return entry.snap;
    }
    if (!entry || entry.verified < epoch) await this.check(id);
    const need = this.known.get(id);
    if (need === undefined) return undefined;
    return this.load(id, need, epoch);
  }

  /** Calls `listener` with every new version this reader learns of, from any process. */
  onChange(listener: (id: string, version: number) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** Calls `listener` when announcements may have been lost and everything was dropped. */
  onReset(listener: () => void): () => void {
    this.resetListeners.add(listener);
    return () => this.resetListeners.delete(listener);
  }

  /** How much is held: competitions and rendered bytes. */
  stats(): { competitions: number; renderedBytes: number } {
    let renderedBytes = 0;
    for (const e of this.cache.values()) renderedBytes += e.snap.renderedBytes;
    return { competitions: this.cache.size, renderedBytes };
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.unwatch();
    this.changeListeners.clear();
    this.resetListeners.clear();
  }

  /**
   * `observe()` for every read that arrived in this turn of the event loop, taken once in the check
   * phase after them (reads arrive in the I/O phase; `setImmediate` runs after it in the same turn).
   */
  private observeShared(): Promise<number> {
    if (this.observing === undefined) {
      this.observing = new Promise((resolve, reject) => {
        setImmediate(() => {
          this.observing = undefined;
          try {
            resolve(this.observe());
          } catch (e) {
            reject(e);
          }
        });
      });
    }
    return this.observing;
  }

  /** The epoch a cached snapshot must have been checked at to be served to a read arriving now. */
  private observe(): number {
    const mark = this.store.changeMark();
    if (mark === undefined) return ++this.epoch;
    if (mark !== this.mark) {
      this.mark = mark;
      this.epoch++;
    }
    return this.epoch;
  }

  /** Looks for commits by other processes (SQLite) and announces them to live streams. */
  private async poll(): Promise<void> {
    const before = this.epoch;
    if (this.observe() === before) return;
    await Promise.all([...this.cache.keys()].map((id) => this.check(id)));
  }

  private learn(id: string, version: number): void {
    const had = this.known.get(id) ?? 0;
    if (version <= had) return;
    this.known.set(id, version);
    for (const l of [...this.changeListeners]) l(id, version);
  }

  private reset(): void {
    this.cache.clear();
    this.known.clear();
    this.epoch++;
    for (const l of [...this.resetListeners]) l();
  }

  /** Resolves once a version check of `id` that started after this call has finished. */
  private check(id: string): Promise<void> {
    return new Promise((resolve, reject) => {
      let list = this.waiting.get(id);
      if (!list) {
        list = [];
        this.waiting.set(id, list);
      }
      list.push({ resolve, reject });
      // started in the check phase of this turn of the event loop, so that every read that arrived
      // in its I/O phase shares the one query
      if (!this.checking) {
        this.checking = true;
        setImmediate(() => void this.runChecks());
      }
    });
  }

  /**
   * One version check for every read waiting now; the reads that arrive while it runs wait for the
   * next, which starts in the check phase after it ends (they all arrived before it starts).
   */
  private async runChecks(): Promise<void> {
    const batch = this.waiting;
    this.waiting = new Map();
    const startedAt = this.epoch;
    try {
      const versions = await this.store.versions([...batch.keys()]);
      for (const id of batch.keys()) {
        const version = versions.get(id);
        if (version === undefined) {
          this.known.delete(id);
          this.cache.delete(id);
          continue;
        }
        this.learn(id, version);
        const entry = this.cache.get(id);
        if (entry && entry.verified < startedAt) entry.verified = startedAt;
      }
      for (const list of batch.values()) for (const w of list) w.resolve();
    } catch (e) {
      for (const list of batch.values()) for (const w of list) w.reject(e);
    } finally {
      if (this.waiting.size > 0) setImmediate(() => void this.runChecks());
      else this.checking = false;
    }
  }

  /** A snapshot of at least version `need`, sharing a load already under way when it is recent enough. */
  private async load(id: string, need: number, epoch: number): Promise<Snapshot | undefined> {
    const running = this.loading.get(id);
    if (running) {
      const snap = await running;
      if (snap && snap.version >= need) return snap;
    }
    const cached = this.cache.get(id);
    if (cached && cached.snap.version >= need) {
      if (cached.verified < epoch) cached.verified = epoch;
      return cached.snap;
    }
    const work = this.build(id, epoch);
    this.loading.set(id, work);
    try {
      return await work;
    } finally {
      if (this.loading.get(id) === work) this.loading.delete(id);
    }
  }

  /** Reads the events after the cached version, folds them, and caches the new snapshot. */
  private async build(id: string, epoch: number): Promise<Snapshot | undefined> {
    const base = this.cache.get(id)?.snap;
    const stream = await this.store.load(id, base?.version ?? 0);
    if (!stream) return undefined;
    let snap = base;
    if (!base || stream.events.length > 0) {
      let state = base?.state;
      for (const e of stream.events) state = applyEvent(state, e.event);
      if (!state) return undefined;
      snap = new Snapshot(state);
    }
    if (!snap) return undefined;
    this.learn(id, snap.version);
    const now = this.cache.get(id);
    if (!now || now.snap.version <= snap.version) {
      this.cache.delete(id);
      this.cache.set(id, { snap, verified: Math.max(epoch, now?.snap === snap ? now.verified : 0) });
      this.evict();
    }
    return snap;
  }

  /** Drops the least recently read competitions past the count or byte bound (never the newest). */
  private evict(): void {
    let bytes = this.stats().renderedBytes;
    for (const [id, entry] of this.cache) {
      if (this.cache.size <= 1 || (this.cache.size <= this.maxCompetitions && bytes <= this.maxBytes)) break;
      this.cache.delete(id);
      bytes -= entry.snap.renderedBytes;
    }
  }
}
