import { type CupError, invariant, ok, type Result } from '../result.ts';
import { type Fraction, fraction, lcmUpTo } from './fraction.ts';
import { bits, popcount } from './matching.ts';
import { type PreparedDraw, prepareDraw } from './prepare-draw.ts';
import type { DrawSpec } from './types.ts';

/**
 * The exact probability of every pairing under a draw's procedure. `rows` are the group winners
 * (UEFA round of 16), the first sides (fixed and leg-order draws) or every team (open draws, where the
 * matrix is symmetric); `cols` the runners-up, second sides, or every team.
 */
export interface DrawOdds {
  readonly validDraws: bigint;
  readonly rows: ReadonlyArray<string>;
  readonly cols: ReadonlyArray<string>;
  /** probabilities[i][j]: the probability that rows[i] meets cols[j]. */
  readonly probabilities: ReadonlyArray<ReadonlyArray<Fraction>>;
}

function product(from: number, to: number, step: number, f: (m: number) => bigint): bigint {
  let p = 1n;
  for (let m = from; m <= to; m += step) p *= f(m);
  return p;
}

/**
 * Exact odds of a prepared draw by dynamic programming over the sets of teams still in the bowls
 * (each set reached is expanded once, whatever the order of the balls that led to it). All
 * probabilities are integers over one common denominator D, a multiple of every path's denominator, so
 * the arithmetic is exact BigInt integer arithmetic without fractions until the end.
 *
 * @example exactOddsOf(prepared).probabilities[0][1] // { num: 1n, den: 3n }
 */
export function exactOddsOf(draw: PreparedDraw): DrawOdds {
  switch (draw.kind) {
    case 'fixed':
    case 'leg-order': {
      const rows = draw.ties.map((t) => t[0]);
      const cols = draw.ties.map((t) => t[1]);
      const probabilities = rows.map((_, i) => cols.map((_, j) => fraction(i === j ? 1n : 0n, 1n)));
      return { validDraws: 1n, rows, cols, probabilities };
    }
    case 'uefa-round-of-16': {
      const n = draw.runnersUp.length;
      // Step with m runners-up left: one of m, then one of at most m allowed winners.
      const D = product(1, n, 1, (m) => BigInt(m) * lcmUpTo(m));
      const pair: bigint[][] = draw.winners.map(() => draw.runnersUp.map(() => 0n));
      let level = new Map<number, bigint>([[(2 ** n - 1) * 65536 + (2 ** n - 1), D]]);
      for (let m = n; m > 0; m--) {
        const next = new Map<number, bigint>();
        for (const [key, weight] of level) {
          const rows = Math.floor(key / 65536);
          const cols = key % 65536;
          invariant(weight % BigInt(m) === 0n, 'odds: weight not divisible by the bowl size');
          const perBall = weight / BigInt(m);
          for (const r of bits(rows)) {
            const restRows = rows & ~(1 << r);
            const options = bits((draw.allowed[r] ?? 0) & cols).filter((w) =>
              draw.feasible(restRows, cols & ~(1 << w)),
            );
            invariant(options.length > 0, 'odds: dead end in a feasible state');
            const size = BigInt(options.length);
            invariant(perBall % size === 0n, 'odds: weight not divisible by the list size');
            const share = perBall / size;
            for (const w of options) {
              pair[w]![r]! += share;
              const to = restRows * 65536 + (cols & ~(1 << w));
              next.set(to, (next.get(to) ?? 0n) + share);
            }
          }
        }
        level = next;
      }
      return {
        validDraws: draw.validDraws,
        rows: draw.winners,
        cols: draw.runnersUp,
        probabilities: pair.map((row) => row.map((x) => fraction(x, D))),
      };
    }
    case 'bracket-positions':
      return bracketPositionOdds(draw);
    case 'open': {
      const n = draw.names.length;
      // Step with m teams left: one of m, then one of at most m - 1 opponents.
      const D = product(2, n, 2, (m) => BigInt(m) * lcmUpTo(m - 1));
      const pair: bigint[][] = draw.names.map(() => draw.names.map(() => 0n));
      let level = new Map<number, bigint>([[2 ** n - 1, D]]);
      while (level.size > 0) {
        const next = new Map<number, bigint>();
        for (const [left, weight] of level) {
          if (left === 0) continue;
          const m = BigInt(popcount(left));
          invariant(weight % m === 0n, 'odds: weight not divisible by the bowl size');
          const perBall = weight / m;
          for (const a of bits(left)) {
            const rest = left & ~(1 << a);
            const options = bits((draw.allowed[a] ?? 0) & rest).filter((b) =>
              draw.feasible(rest & ~(1 << b)),
            );
            invariant(options.length > 0, 'odds: dead end in a feasible state');
            const size = BigInt(options.length);
            invariant(perBall % size === 0n, 'odds: weight not divisible by the list size');
            const share = perBall / size;
            for (const b of options) {
              pair[a]![b]! += share;
              pair[b]![a]! += share;
              const to = rest & ~(1 << b);
              next.set(to, (next.get(to) ?? 0n) + share);
            }
          }
        }
        level = next;
      }
      return {
        validDraws: draw.validDraws,
        rows: draw.names,
        cols: draw.names,
        probabilities: pair.map((row) => row.map((x) => fraction(x, D))),
      };
    }
    default: {
      const never: never = draw;
      return never;
    }
  }
}

/**
 * A bracket-positions draw: every order of each bowl is equally likely and the bowls are
 * independent, so a team of a bowl of k teams is at each of its positions with probability 1/k, and
 * two teams of one bowl at two given positions with 1/(k(k−1)). `rows` are the teams that may be on
 * the first side of a tie, `cols` those on the second; a team placed before the draw is at its place.
 */
function bracketPositionOdds(draw: Extract<PreparedDraw, { kind: 'bracket-positions' }>): DrawOdds {
  const bowlOf = new Map<string, { bowl: number; size: number }>();
  draw.bowls.forEach((b, i) => {
    for (const p of b.positions) bowlOf.set(p, { bowl: i, size: b.teams.length });
  });
  const teamsAt = (side: string): ReadonlyArray<string> => {
    const at = bowlOf.get(side);
    return at === undefined ? [side] : draw.bowls[at.bowl]!.teams;
  };
  const unique = (xs: string[]): string[] => [...new Set(xs)];
  const rows = unique(draw.ties.flatMap(([a]) => teamsAt(a)));
  const cols = unique(draw.ties.flatMap(([, b]) => teamsAt(b)));
  // Every probability is an integer over D = the product over bowls of k(k-1) (or k for k = 1).
  const D = draw.bowls.reduce((d, b) => d * BigInt(b.teams.length * Math.max(1, b.teams.length - 1)), 1n);
  const pair: bigint[][] = rows.map(() => cols.map(() => 0n));
  for (const [a, b] of draw.ties) {
    const A = bowlOf.get(a);
    const B = bowlOf.get(b);
    for (const x of teamsAt(a)) {
      for (const y of teamsAt(b)) {
        if (x === y) continue;
        let p: bigint;
        if (A !== undefined && B !== undefined && A.bowl === B.bowl) {
          p = D / BigInt(A.size * (A.size - 1));
        } else {
          const pa = A === undefined ? 1n : BigInt(A.size);
          const pb = B === undefined ? 1n : BigInt(B.size);
          p = D / (pa * pb);
        }
        pair[rows.indexOf(x)]![cols.indexOf(y)]! += p;
      }
    }
  }
  return {
    validDraws: draw.validDraws,
    rows,
    cols,
    probabilities: pair.map((row) => row.map((x) => fraction(x, D))),
  };
}

/**
 * The exact probability of every pairing under the draw's procedure, and the number of valid
 * complete draws; fails on the same bad input as `prepareDraw`.
 *
 * @example
 * const odds = exactOdds({ kind: 'uefa-round-of-16', winners, runnersUp, rules });
 * if (odds.ok) odds.value.validDraws; // 9n for a CAF-style four-group quarter-final draw
 */
export function exactOdds(spec: DrawSpec): Result<DrawOdds, CupError[]> {
  const prepared = prepareDraw(spec);
  if (!prepared.ok) return prepared;
  return ok(exactOddsOf(prepared.value));
}
