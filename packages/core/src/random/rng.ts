/**
 * A seeded pseudo-random generator (xoshiro128**, 32-bit state words), pure and reproducible:
 * the same seed gives the same sequence on every machine. Core never calls Math.random.
 */
export interface Rng {
  /** A uniform integer in [0, 2^32). */
  nextUint32(): number;
  /** A uniform float in [0, 1) with 32 bits of randomness. */
  nextFloat(): number;
  /** A uniform integer in [0, n), without modulo bias. n must be a positive integer below 2^32. */
  nextInt(n: number): number;
  /** The current state, to save and resume a sequence. */
  state(): readonly [number, number, number, number];
}

/** SplitMix32: spreads a seed over the 128-bit state. */
function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** FNV-1a hash of a string seed to 32 bits (for seeds given as text, e.g. a draw's published seed). */
export function hashSeed(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * A seed for sub-stream `index` of `seed`: stream k of a simulation is the same whichever worker
 * runs it, so the answer does not depend on the number of cores.
 *
 * @example createRng(deriveSeed(42, 3))
 */
export function deriveSeed(seed: number | string, index: number): number {
  const base = typeof seed === 'string' ? hashSeed(seed) : seed >>> 0;
  const mix = splitmix32((base ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  mix();
  return mix();
}

/**
 * Creates a generator from a seed (a number, or a string hashed with FNV-1a).
 *
 * @example
 * const rng = createRng(2017);
 * rng.nextInt(6); // the same value on every run
 */
export function createRng(seed: number | string, state?: readonly [number, number, number, number]): Rng {
  let a: number;
  let b: number;
  let c: number;
  let d: number;
  if (state) {
    [a, b, c, d] = state;
  } else {
    const mix = splitmix32(typeof seed === 'string' ? hashSeed(seed) : seed);
    a = mix();
    b = mix();
    c = mix();
    d = mix();
    if ((a | b | c | d) === 0) a = 1;
  }
  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  };
  return {
    nextUint32,
    nextFloat: () => nextUint32() / 4294967296,
    nextInt: (n: number): number => {
      if (!Number.isInteger(n) || n <= 0 || n > 4294967296)
        throw new RangeError(`nextInt: n must be a positive integer (got ${n})`);
      const limit = 4294967296 - (4294967296 % n);
      for (;;) {
        const x = nextUint32();
        if (x < limit) return x % n;
      }
    },
    state: () => [a >>> 0, b >>> 0, c >>> 0, d >>> 0] as const,
  };
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
