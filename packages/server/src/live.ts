import type { CompetitionStore, StoredEvent } from '@cupstage/app';

type Subscriber = (event: StoredEvent) => void;

/**
 * Pushes committed events to live subscribers. The store tells it about every commit (on PostgreSQL,
 * from any process, through LISTEN/NOTIFY); it reads the new events once per competition and hands
 * them, in order, to every subscriber of that competition.
 *
 * @example const stop = hub.subscribe('cup', 4, (e) => send(e));
 */
export class LiveHub {
  private readonly subscribers = new Map<string, Set<Subscriber>>();
  private readonly pushed = new Map<string, number>();
  private readonly queues = new Map<string, Promise<void>>();
  private readonly unwatch: () => void;

  constructor(private readonly store: CompetitionStore) {
    this.unwatch = store.watch((id, version) => this.changed(id, version));
  }

  /** Subscribes to a competition's events after `afterVersion`. Returns the unsubscribe function. */
  subscribe(id: string, afterVersion: number, subscriber: Subscriber): () => void {
    let set = this.subscribers.get(id);
    if (!set) {
      set = new Set();
      this.subscribers.set(id, set);
    }
    const pushed = this.pushed.get(id);
    if (pushed === undefined || pushed < afterVersion) this.pushed.set(id, afterVersion);
    set.add(subscriber);
    return () => {
      set.delete(subscriber);
      if (set.size === 0) {
        this.subscribers.delete(id);
        this.pushed.delete(id);
      }
    };
  }

  private changed(id: string, version: number): void {
    if (!this.subscribers.has(id)) return;
    const previous = this.queues.get(id) ?? Promise.resolve();
    const next = previous.then(() => this.push(id, version)).catch(() => {});
    this.queues.set(id, next);
  }

  private async push(id: string, version: number): Promise<void> {
    const after = this.pushed.get(id) ?? version - 1;
    if (after >= version) return;
    const stream = await this.store.load(id, after);
    const set = this.subscribers.get(id);
    if (!stream || !set) return;
    for (const e of stream.events) {
      if (e.version <= (this.pushed.get(id) ?? 0)) continue;
      this.pushed.set(id, e.version);
      for (const s of [...set]) s(e);
    }
  }

  close(): void {
    this.unwatch();
    this.subscribers.clear();
  }
}
