/**
 * Perfect-matching feasibility and counting over small sets given as bit masks (at most 16 teams per
 * pot for two pots, 30 for one). These are the checks a draw makes after every ball: "can the rest of
 * the draw still be completed?".
 */

/** Bits set in a mask, lowest first. */
export function bits(mask: number): number[] {
  const out: number[] = [];
  for (let m = mask, i = 0; m !== 0; m >>>= 1, i++) if (m & 1) out.push(i);
  return out;
}

/** Number of bits set. */
export function popcount(mask: number): number {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n++;
  return n;
}

/** Feasibility of a two-pot draw: can runners-up `rows` each be paired with a distinct winner of `cols`? */
export type BipartiteFeasibility = (rows: number, cols: number) => boolean;

/**
 * A memoised test of whether a perfect matching exists between the rows in one mask and the columns
 * in another, `allowed[row]` being the mask of columns that row may meet.
 *
 * @example
 * const feasible = bipartiteFeasibility([0b10, 0b01]);
 * feasible(0b11, 0b11); // true: row 0 with column 1, row 1 with column 0
 */
export function bipartiteFeasibility(allowed: ReadonlyArray<number>): BipartiteFeasibility {
  const memo = new Map<number, boolean>();
  const solve = (rows: number, cols: number): boolean => {
    if (rows === 0) return cols === 0;
    const key = rows * 65536 + cols;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const r = 31 - Math.clz32(rows & -rows);
    const rest = rows & ~(1 << r);
    let found = false;
    for (let options = (allowed[r] ?? 0) & cols; options !== 0 && !found; options &= options - 1) {
      const c = options & -options;
      found = solve(rest, cols & ~c);
    }
    memo.set(key, found);
    return found;
  };
  return solve;
}

/**
 * The number of perfect matchings between all rows and all columns (the number of valid complete
 * draws of a two-pot draw).
 *
 * @example countBipartiteMatchings([0b110, 0b101, 0b011]) // 2n (the derangements of three)
 */
export function countBipartiteMatchings(allowed: ReadonlyArray<number>): bigint {
  const n = allowed.length;
  // ways[mask] = number of ways to pair rows 0..popcount(mask)-1 with exactly the columns in mask
  let ways = new Map<number, bigint>([[0, 1n]]);
  for (let r = 0; r < n; r++) {
    const next = new Map<number, bigint>();
    for (const [mask, w] of ways) {
      for (let options = (allowed[r] ?? 0) & ~mask; options !== 0; options &= options - 1) {
        const c = options & -options;
        const to = mask | c;
        next.set(to, (next.get(to) ?? 0n) + w);
      }
    }
    ways = next;
  }
  let total = 0n;
  for (const w of ways.values()) total += w;
  return total;
}

/** Feasibility of a one-pot draw: can the teams in `mask` all be paired off? */
export type PotFeasibility = (mask: number) => boolean;

/**
 * A memoised test of whether the teams in a mask can all be paired off, `allowed[i]` being the mask of
 * teams team `i` may meet (symmetric).
 *
 * @example potFeasibility([0b0010, 0b0001, 0b1000, 0b0100])(0b1111) // true: 0–1 and 2–3
 */
export function potFeasibility(allowed: ReadonlyArray<number>): PotFeasibility {
  const memo = new Map<number, boolean>();
  const solve = (mask: number): boolean => {
    if (mask === 0) return true;
    const known = memo.get(mask);
    if (known !== undefined) return known;
    const low = mask & -mask;
    const i = 31 - Math.clz32(low);
    const rest = mask & ~low;
    let found = false;
    for (let options = (allowed[i] ?? 0) & rest; options !== 0 && !found; options &= options - 1) {
      found = solve(rest & ~(options & -options));
    }
    memo.set(mask, found);
    return found;
  };
  return solve;
}

/**
 * The number of ways to pair off every team of one pot.
 *
 * @example countPotMatchings([0b1110, 0b1101, 0b1011, 0b0111]) // 3n
 */
export function countPotMatchings(allowed: ReadonlyArray<number>): bigint {
  const memo = new Map<number, bigint>();
  const count = (mask: number): bigint => {
    if (mask === 0) return 1n;
    const known = memo.get(mask);
    if (known !== undefined) return known;
    const low = mask & -mask;
    const i = 31 - Math.clz32(low);
    const rest = mask & ~low;
    let total = 0n;
    for (let options = (allowed[i] ?? 0) & rest; options !== 0; options &= options - 1) {
      total += count(rest & ~(options & -options));
    }
    memo.set(mask, total);
    return total;
  };
  return count(2 ** allowed.length - 1);
}
