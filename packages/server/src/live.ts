import type { CompetitionStore, StoredEvent } from '@cupstage/app';
import type { ChangeEventDto } from './dto/types.ts';
import type { Reader } from './reader.ts';

/** The public part of an event: what changed, never who (the audit log is for members). */
export function changeOf(e: StoredEvent): ChangeEventDto {
  const ev = e.event;
  return {
    version: e.version,
    kind: ev.kind,
    at: e.at,
    ...('tie' in ev ? { tie: ev.tie, leg: ev.leg + 1 } : {}),
    ...('group' in ev ? { group: ev.group } : {}),
  };
}

/** A Server-Sent Events `change` message for one stored event, as bytes. */
export function changeFrame(e: StoredEvent): Buffer {
  return Buffer.from(`id: ${e.version}\nevent: change\ndata: ${JSON.stringify(changeOf(e))}\n\n`);
}

/**
 * One committed event as live streams send it: serialised once, the same bytes for every stream;
 * `chunk` is the frame in HTTP/1.1 chunked transfer coding, ready to be written to a socket.
 */
export interface LiveChange {
  readonly event: StoredEvent;
  readonly frame: Buffer;
  readonly chunk: Buffer;
}

/** A stored event as a live change (serialised once). */
export function liveChange(event: StoredEvent): LiveChange {
  const frame = changeFrame(event);
  const chunk = Buffer.concat([
    Buffer.from(`${frame.byteLength.toString(16)}\r\n`),
    frame,
    Buffer.from('\r\n'),
  ]);
  return { event, frame, chunk };
}

type Subscriber = (change: LiveChange) => void;

/**
 * Pushes committed events to live subscribers. Fed by the read model's invalidation (the reader
 * learns of every new version: this process's writes, NOTIFY from other processes on PostgreSQL,
 * the change mark on SQLite), it reads the new events once per competition, serialises each once, and
 * hands the same bytes, in order, to every subscriber of that competition.
 *
 * @example const stop = hub.subscribe('cup', 4, (c) => socket.write(c.frame));
 */
export class LiveHub {
  private readonly subscribers = new Map<string, Set<Subscriber>>();
  private readonly pushed = new Map<string, number>();
  private readonly queues = new Map<string, Promise<void>>();
  private readonly stops: Array<() => void>;

  constructor(
    reader: Reader,
    private readonly store: CompetitionStore,
  ) {
    this.stops = [
      reader.onChange((id, version) => this.changed(id, version)),
      // Announcements were lost (PostgreSQL LISTEN reconnected): ask where each stream's competition is.
      reader.onReset(() => {
        for (const id of this.subscribers.keys())
          void store.version(id).then(
            (v) => this.changed(id, v),
            () => {},
          );
      }),
    ];
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
      if (set.size === 0 && this.subscribers.get(id) === set) {
        this.subscribers.delete(id);
        this.pushed.delete(id);
      }
    };
  }

  /** Streams open now. */
  get streams(): number {
    let n = 0;
    for (const s of this.subscribers.values()) n += s.size;
    return n;
  }

  /**
   * Streams open now, and the last change handed out: to how many streams, in how many ms of wall
   * time and of this process's CPU time (the difference is time the machine gave to others).
   */
  stats(): { streams: number; lastFanOut?: { streams: number; ms: number; cpuMs: number } } {
    return { streams: this.streams, ...(this.lastFanOut ? { lastFanOut: this.lastFanOut } : {}) };
  }

  private lastFanOut: { streams: number; ms: number; cpuMs: number } | undefined;

  private changed(id: string, version: number): void {
    if (!this.subscribers.has(id)) return;
    const previous = this.queues.get(id) ?? Promise.resolve();
    const next = previous.then(() => this.push(id, version)).catch(() => {});
    this.queues.set(id, next);
    void next.then(() => {
      if (this.queues.get(id) === next) this.queues.delete(id);
    });
  }

  private async push(id: string, version: number): Promise<void> {
    const after = this.pushed.get(id) ?? version - 1;
    if (after >= version) return;
    const stream = await this.store.load(id, after);
    const set = this.subscribers.get(id);
    if (!stream || !set) return;
    for (const event of stream.events) {
      if (event.version <= (this.pushed.get(id) ?? 0)) continue;
      this.pushed.set(id, event.version);
      const change = liveChange(event);
      const started = performance.now();
      const cpu = process.cpuUsage();
      for (const s of set) s(change);
      const used = process.cpuUsage(cpu);
      this.lastFanOut = {
        streams: set.size,
        ms: Math.round((performance.now() - started) * 10) / 10,
        cpuMs: Math.round((used.user + used.system) / 100) / 10,
      };
    }
  }

  close(): void {
    for (const stop of this.stops) stop();
    this.subscribers.clear();
  }
}
