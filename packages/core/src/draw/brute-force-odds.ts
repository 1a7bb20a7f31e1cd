import { type CupError, ok, type Result } from '../result.ts';
import { canMeet } from './can-meet.ts';
import { exactOdds } from './exact-odds.ts';
import { prepareDraw } from './prepare-draw.ts';
import type { DrawSpec } from './types.ts';

/** Odds found by enumeration, in floating point. */
export interface EnumeratedOdds {
  readonly validDraws: number;
  readonly rows: ReadonlyArray<string>;
  readonly cols: ReadonlyArray<string>;
  readonly probabilities: ReadonlyArray<ReadonlyArray<number>>;
}

/**
 * The reference for `exactOdds`, sharing none of its machinery: lists every valid complete draw by
 * trying every assignment, then walks every path of the sequential procedure (every order of balls,
 * every allowed opponent), an opponent being allowed when some valid complete draw still agrees with
 * every tie made so far. Once a single complete draw agrees, the rest of the path is forced and is
 * added at once. Exponential: for tests and benchmarks on pots up to 8 + 8 teams.
 *
 * @example bruteForceOdds(spec).value.probabilities // ≈ exactOdds(spec) as numbers
 */
export function bruteForceOdds(spec: DrawSpec): Result<EnumeratedOdds, CupError[]> {
  const prepared = prepareDraw(spec);
  if (!prepared.ok) return prepared;
  switch (spec.kind) {
    case 'fixed':
    case 'leg-order': {
      const rows = spec.ties.map((t) => t[0]);
      const cols = spec.ties.map((t) => t[1]);
      return ok({
        validDraws: 1,
        rows,
        cols,
        probabilities: rows.map((_, i) => cols.map((_, j) => (i === j ? 1 : 0))),
      });
    }
    case 'uefa-round-of-16': {
      const n = spec.runnersUp.length;
      // Every complete draw: opponent[r] = the winner runner-up r meets.
      const draws: number[][] = [];
      const assign = (r: number, used: boolean[], opponent: number[]): void => {
        if (r === n) {
          draws.push([...opponent]);
          return;
        }
        for (let w = 0; w < n; w++) {
          if (used[w] || !canMeet(spec.runnersUp[r]!, spec.winners[w]!, spec.rules)) continue;
          used[w] = true;
          opponent.push(w);
          assign(r + 1, used, opponent);
          opponent.pop();
          used[w] = false;
        }
      };
      assign(0, new Array<boolean>(n).fill(false), []);
      const flat = Int8Array.from(draws.flat());
      const acc = new Accumulator(n * n);
      // Paths of the procedure: every runner-up left may be the next ball, then every winner that some
      // complete draw agreeing with the ties so far gives it.
      const walk = (left: number, agreeing: ReadonlyArray<number>, prob: number): void => {
        if (agreeing.length === 1) {
          // One complete draw still agrees: every ball left meets its opponent in it, in any order.
          const d = agreeing[0]!;
          for (let r = 0; r < n; r++) if (left & (1 << r)) acc.add(flat[d * n + r]! * n + r, prob);
          return;
        }
        const perBall = prob / popcountOf(left);
        for (let r = 0; r < n; r++) {
          if (!(left & (1 << r))) continue;
          const allowed = opponents(agreeing, flat, n, r);
          const share = perBall / allowed.length;
          for (const w of allowed) {
            acc.add(w * n + r, share);
            walk(
              left & ~(1 << r),
              agreeing.filter((d) => flat[d * n + r] === w),
              share,
            );
          }
        }
      };
      walk(2 ** n - 1, [...draws.keys()], 1);
      const p = spec.winners.map((_, w) => spec.runnersUp.map((_, r) => acc.value(w * n + r)));
      return ok({
        validDraws: draws.length,
        rows: spec.winners.map((t) => t.name),
        cols: spec.runnersUp.map((t) => t.name),
        probabilities: p,
      });
    }
    case 'bracket-positions': {
      // Every complete draw: one order of every bowl, all of them equally likely.
      const orders = spec.bowls.map((b) => permutations([...b.teams]));
      const count = new Map<string, number>();
      let total = 0;
      const place = (i: number, at: Map<string, string>): void => {
        if (i === spec.bowls.length) {
          total++;
          for (const [a, b] of spec.ties) {
            const key = `${at.get(a) ?? a}\u0000${at.get(b) ?? b}`;
            count.set(key, (count.get(key) ?? 0) + 1);
          }
          return;
        }
        for (const order of orders[i]!) {
          const next = new Map(at);
          spec.bowls[i]!.positions.forEach((p, k) => {
            next.set(p, order[k]!);
          });
          place(i + 1, next);
        }
      };
      place(0, new Map());
      const odds = exactOdds(spec);
      const rows = odds.ok ? odds.value.rows : [];
      const cols = odds.ok ? odds.value.cols : [];
      return ok({
        validDraws: total,
        rows,
        cols,
        probabilities: rows.map((r) => cols.map((c) => (count.get(`${r}\u0000${c}`) ?? 0) / total)),
      });
    }
    case 'open': {
      const n = spec.teams.length;
      // Every complete draw: partner[i] = the team i meets.
      const draws: number[][] = [];
      const pairOff = (partner: number[]): void => {
        const i = partner.indexOf(-1);
        if (i === -1) {
          draws.push([...partner]);
          return;
        }
        for (let j = i + 1; j < n; j++) {
          if (partner[j] !== -1 || !canMeet(spec.teams[i]!, spec.teams[j]!, spec.rules)) continue;
          partner[i] = j;
          partner[j] = i;
          pairOff(partner);
          partner[i] = -1;
          partner[j] = -1;
        }
      };
      pairOff(new Array<number>(n).fill(-1));
      const flat = Int8Array.from(draws.flat());
      const acc = new Accumulator(n * n);
      const walk = (left: number, agreeing: ReadonlyArray<number>, prob: number): void => {
        if (left === 0) return;
        if (agreeing.length === 1) {
          // One complete draw still agrees: every team left meets its partner in it, in any order.
          const d = agreeing[0]!;
          for (let a = 0; a < n; a++) if (left & (1 << a)) acc.add(a * n + flat[d * n + a]!, prob);
          return;
        }
        const perBall = prob / popcountOf(left);
        for (let a = 0; a < n; a++) {
          if (!(left & (1 << a))) continue;
          const allowed = opponents(agreeing, flat, n, a);
          const share = perBall / allowed.length;
          for (const b of allowed) {
            acc.add(a * n + b, share);
            acc.add(b * n + a, share);
            walk(
              left & ~(1 << a) & ~(1 << b),
              agreeing.filter((d) => flat[d * n + a] === b),
              share,
            );
          }
        }
      };
      walk(2 ** n - 1, [...draws.keys()], 1);
      const p = spec.teams.map((_, a) => spec.teams.map((_, b) => acc.value(a * n + b)));
      const names = spec.teams.map((t) => t.name);
      return ok({ validDraws: draws.length, rows: names, cols: names, probabilities: p });
    }
    default: {
      const never: never = spec;
      return never;
    }
  }
}

function permutations<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}

function popcountOf(mask: number): number {
  let k = 0;
  for (let m = mask; m !== 0; m &= m - 1) k++;
  return k;
}

/** The distinct opponents of team `at` over the draws in `agreeing` (`flat[d * n + at]`). */
function opponents(agreeing: ReadonlyArray<number>, flat: Int8Array, n: number, at: number): number[] {
  let seen = 0;
  for (const d of agreeing) seen |= 1 << flat[d * n + at]!;
  const out: number[] = [];
  for (let o = 0; o < n; o++) if (seen & (1 << o)) out.push(o);
  return out;
}

/** Sums of many small doubles with Neumaier compensation (error independent of the number of terms). */
class Accumulator {
  private readonly sum: Float64Array;
  private readonly comp: Float64Array;
  constructor(size: number) {
    this.sum = new Float64Array(size);
    this.comp = new Float64Array(size);
  }
  add(i: number, x: number): void {
    const s = this.sum[i]!;
    const t = s + x;
    this.comp[i]! += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
    this.sum[i] = t;
  }
  value(i: number): number {
    return this.sum[i]! + this.comp[i]!;
  }
}
