/** A cached body: text or bytes. */
export type Body = string | Uint8Array;

/** The bytes a body holds in memory (a JavaScript string of n UTF-16 units is about 2n bytes). */
export function bodyBytes(body: Body): number {
  return typeof body === 'string' ? body.length * 2 : body.byteLength;
}

/**
 * A least-recently-used cache bounded by the bytes of its values (keys count too), with the work in
 * flight shared: two requests for the same missing key run the work once. A value larger than a
 * quarter of the cache is returned but not kept.
 *
 * @example
 * const cache = new ByteCache(32 * 1024 * 1024);
 * const body = await cache.get(`predictions:${id}:${version}:${seed}`, () => compute());
 */
export class ByteCache {
  private readonly entries = new Map<string, Body>();
  private readonly inFlight = new Map<string, Promise<unknown>>();
  private used = 0;

  constructor(readonly maxBytes: number) {}

  /** The bytes held now. */
  get bytes(): number {
    return this.used;
  }

  get size(): number {
    return this.entries.size;
  }

  peek(key: string): Body | undefined {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, body: Body): void {
    const cost = bodyBytes(body) + key.length * 2;
    if (cost > this.maxBytes / 4) return;
    const old = this.entries.get(key);
    if (old !== undefined) {
      this.entries.delete(key);
      this.used -= bodyBytes(old) + key.length * 2;
    }
    this.entries.set(key, body);
    this.used += cost;
    for (const [k, v] of this.entries) {
      if (this.used <= this.maxBytes) break;
      this.entries.delete(k);
      this.used -= bodyBytes(v) + k.length * 2;
    }
  }

  /**
   * The cached body of `key`, or the body `make` produces (kept when `make` gives one). `make` may
   * answer something else (a refusal): that is returned to every waiter and not kept.
   */
  async get<R>(key: string, make: () => Promise<Body | R>): Promise<Body | R> {
    const hit = this.peek(key);
    if (hit !== undefined) return hit;
    const pending = this.inFlight.get(key) as Promise<Body | R> | undefined;
    if (pending) return pending;
    const work = make().then((value) => {
      if (typeof value === 'string' || value instanceof Uint8Array) this.set(key, value);
      return value;
    });
    this.inFlight.set(key, work);
    try {
      return await work;
    } finally {
      this.inFlight.delete(key);
    }
  }
}
