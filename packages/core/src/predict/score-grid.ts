import { type CupError, cupError, err, ok, type Result } from '../result.ts';

/**
 * The probability of every score of one match that matters, home side first, as parallel arrays
 * sorted by probability (largest first) so that enumerations can stop once products get negligible.
 */
export interface ScoreGrid {
  readonly home: Int32Array;
  readonly away: Int32Array;
  readonly p: Float64Array;
  readonly length: number;
}

/** Scores whose probability is below this are left out of a grid (their total is about 1e-13). */
const CELL_FLOOR = 1e-15;
/** A goal count is enumerated until the Poisson tail beyond it is below this. */
const TAIL = 1e-15;
const MAX_GOALS = 60;

/**
 * Poisson probabilities P(X = 0..n) where the tail beyond n is below 1e-15.
 *
 * @example poissonPmf(1)[0] // Math.exp(-1)
 */
export function poissonPmf(lambda: number): Float64Array {
  const out: number[] = [];
  let p = Math.exp(-lambda);
  let cumulative = 0;
  for (let k = 0; k <= MAX_GOALS; k++) {
    out.push(p);
    cumulative += p;
    if (1 - cumulative < TAIL && k >= lambda) break;
    p = (p * lambda) / (k + 1);
  }
  return Float64Array.from(out);
}

/**
 * Checks a Dixon–Coles ρ against two expected-goal rates: the corrected probabilities of 0–0, 1–0,
 * 0–1 and 1–1 must stay non-negative (Dixon & Coles 1997, "Modelling association football scores
 * and inefficiencies in the football betting market", eq. 4.2).
 */
export function checkDixonColes(rho: number, home: number, away: number): CupError | undefined {
  const lo = Math.max(-1 / Math.max(home, 1e-300), -1 / Math.max(away, 1e-300));
  const hi = Math.min(1 / Math.max(home * away, 1e-300), 1);
  if (!Number.isFinite(rho) || rho < lo || rho > hi) {
    return cupError(
      'dixon-coles-out-of-range',
      ['dixonColes'],
      `dixonColes must lie in [${lo.toFixed(3)}, ${hi.toFixed(3)}] for expected goals ${home.toFixed(3)} and ${away.toFixed(3)} (got ${rho})`,
    );
  }
  return undefined;
}

/**
 * The score grid of a match with independent Poisson goals (rates `home` and `away`), optionally
 * with the Dixon–Coles low-score correction ρ (τ(0,0) = 1 − λμρ, τ(0,1) = 1 + λρ, τ(1,0) = 1 + μρ,
 * τ(1,1) = 1 − ρ; Dixon & Coles 1997). ρ = 0 is plain independent Poisson.
 *
 * @example scoreGrid(1.2, 0.8).p[0] // the most likely score's probability
 */
export function scoreGrid(home: number, away: number, rho = 0): Result<ScoreGrid> {
  for (const [name, rate] of [
    ['home', home],
    ['away', away],
  ] as const) {
    if (!Number.isFinite(rate) || rate < 0 || rate > 20) {
      return err(
        cupError(
          'expected-goals-out-of-range',
          ['expectedGoals', name],
          `expected goals must be a number from 0 to 20 (got ${rate})`,
        ),
      );
    }
  }
  if (rho !== 0) {
    const bad = checkDixonColes(rho, home, away);
    if (bad) return err(bad);
  }
  const ph = poissonPmf(home);
  const pa = poissonPmf(away);
  const cells: Array<[number, number, number]> = [];
  for (let h = 0; h < ph.length; h++) {
    for (let a = 0; a < pa.length; a++) {
      let p = ph[h]! * pa[a]!;
      if (rho !== 0 && h <= 1 && a <= 1) p *= tau(h, a, home, away, rho);
      if (p >= CELL_FLOOR) cells.push([h, a, p]);
    }
  }
  cells.sort((x, y) => y[2] - x[2]);
  return ok(gridOf(cells));
}

/**
 * A grid with one certain score (a result already entered).
 *
 * @example pointGrid(2, 1).p[0] // 1
 */
export function pointGrid(home: number, away: number): ScoreGrid {
  return gridOf([[home, away, 1]]);
}

function tau(h: number, a: number, lambda: number, mu: number, rho: number): number {
  if (h === 0 && a === 0) return 1 - lambda * mu * rho;
  if (h === 0 && a === 1) return 1 + lambda * rho;
  if (h === 1 && a === 0) return 1 + mu * rho;
  return 1 - rho;
}

function gridOf(cells: ReadonlyArray<readonly [number, number, number]>): ScoreGrid {
  const n = cells.length;
  const home = new Int32Array(n);
  const away = new Int32Array(n);
  const p = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = cells[i]!;
    home[i] = c[0];
    away[i] = c[1];
    p[i] = c[2];
  }
  return { home, away, p, length: n };
}
