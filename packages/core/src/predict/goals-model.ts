import type { CoreErrorCode } from '../error-codes.ts';
import type { TeamId } from '../ids.ts';
import { cupError, err, ok, type Result } from '../result.ts';
import { ELO_HOME_ADVANTAGE, ELO_INITIAL_RATING, eloExpected } from './elo.ts';
import { poissonPmf } from './score-grid.ts';

/** What every goals model shares: the low-score correction, extra time and shoot-outs. */
export interface ModelExtras {
  /** Dixon–Coles ρ for 90-minute scores (0 or absent: independent Poisson). */
  readonly dixonColes?: number;
  /** Goal rate of extra time relative to 90 minutes (default 1/3: 30 minutes at the same pace). */
  readonly extraTimeRate?: number;
  /** Probability that the home side of the match in which a shoot-out is held wins it (default ½). */
  readonly shootout?: number;
}

/**
 * How two teams and a venue become expected goals.
 * - `strength` (the benchmark model of shared/bench/monte-carlo): a side's expected goals are
 *   baseRate · (own strength / opponent's) · homeFactor at home, or / homeFactor away.
 * - `elo`: ratings in the eloratings.net form; the two rates have geometric mean `baseRate` and a
 *   ratio chosen so that the Poisson expected result P(win) + ½P(draw) equals Elo's expected result.
 */
export type GoalsModel =
  | (ModelExtras & {
      readonly kind: 'strength';
      readonly baseRate: number;
      readonly homeFactor: number;
      readonly strengths: Readonly<Record<string, number>>;
    })
  | (ModelExtras & {
      readonly kind: 'elo';
      readonly ratings: Readonly<Record<string, number>>;
      /** Goals per side per match between equal teams on neutral ground (default 1.3). */
      readonly baseRate?: number;
      /** Home advantage in rating points (default 100, as eloratings.net). */
      readonly homeAdvantage?: number;
    });

/** The default Elo model: every team rated alike, so only the venue and the score so far matter. */
export const DEFAULT_MODEL: GoalsModel = { kind: 'elo', ratings: {} };

/**
 * The expected 90-minute goals of a match, home side first.
 *
 * @example expectedGoals(benchModel, teamId('MC Alger'), teamId('Club Africain'), false) // [0.45, 0.8]
 */
export function expectedGoals(
  model: GoalsModel,
  home: TeamId,
  away: TeamId,
  neutral: boolean,
): Result<readonly [number, number]> {
  switch (model.kind) {
    case 'strength': {
      const sh = model.strengths[home];
      const sa = model.strengths[away];
      if (sh === undefined || sa === undefined) {
        const missing = sh === undefined ? home : away;
        return err(
          cupError('team-not-rated', ['strengths', missing], `the model gives no strength for ${missing}`),
        );
      }
      const ratio = sh / sa;
      const f = neutral ? 1 : model.homeFactor;
      return ok([model.baseRate * ratio * f, model.baseRate / ratio / f]);
    }
    case 'elo': {
      const rh = model.ratings[home] ?? ELO_INITIAL_RATING;
      const ra = model.ratings[away] ?? ELO_INITIAL_RATING;
      const dr = rh - ra + (neutral ? 0 : (model.homeAdvantage ?? ELO_HOME_ADVANTAGE));
      return ok(eloGoals(dr, model.baseRate ?? 1.3));
    }
    default: {
      const never: never = model;
      return never;
    }
  }
}

const eloCache = new Map<string, readonly [number, number]>();

/**
 * Expected goals for a rating difference `dr` (home advantage included): rates base·e^(x/2) and
 * base·e^(−x/2) with x found by bisection so that P(win) + ½P(draw) = 1/(10^(−dr/400) + 1).
 *
 * @example eloGoals(0, 1.3) // [1.3, 1.3]
 */
export function eloGoals(dr: number, base: number): readonly [number, number] {
  const key = `${dr}:${base}`;
  const cached = eloCache.get(key);
  if (cached) return cached;
  const target = eloExpected(dr);
  let lo = -12;
  let hi = 12;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (expectedResult(base * Math.exp(mid / 2), base * Math.exp(-mid / 2)) < target) lo = mid;
    else hi = mid;
  }
  const x = (lo + hi) / 2;
  const out = [base * Math.exp(x / 2), base * Math.exp(-x / 2)] as const;
  eloCache.set(key, out);
  return out;
}

/** P(home wins) + ½ P(draw) with independent Poisson goals. */
function expectedResult(home: number, away: number): number {
  const ph = poissonPmf(home);
  const pa = poissonPmf(away);
  let cumAway = 0;
  let e = 0;
  for (let h = 0; h < ph.length; h++) {
    const below = cumAway; // P(away < h) accumulated so far
    const same = h < pa.length ? pa[h]! : 0;
    e += ph[h]! * (below + same / 2);
    cumAway += same;
  }
  return e;
}

/** Checks a model's numbers: positive rates, a shoot-out probability in [0, 1], and so on. */
export function checkModel(model: GoalsModel): Result<GoalsModel> {
  const bad = (field: string, message: string, code: CoreErrorCode = 'model-value-out-of-range') =>
    err(cupError(code, [field], `${field} ${message}`));
  const positive = (v: number | undefined): boolean => v === undefined || (Number.isFinite(v) && v > 0);
  if (model.shootout !== undefined && !(model.shootout >= 0 && model.shootout <= 1))
    return bad('shootout', `must be a probability from 0 to 1 (got ${model.shootout})`);
  if (model.extraTimeRate !== undefined && !(model.extraTimeRate >= 0 && model.extraTimeRate <= 1))
    return bad('extraTimeRate', `must be from 0 to 1 (got ${model.extraTimeRate})`);
  if (model.dixonColes !== undefined && !(Math.abs(model.dixonColes) < 1))
    return bad('dixonColes', `must lie strictly between −1 and 1 (got ${model.dixonColes})`);
  switch (model.kind) {
    case 'strength':
      if (!positive(model.baseRate))
        return bad('baseRate', `must be a positive number (got ${model.baseRate})`);
      if (!positive(model.homeFactor))
        return bad('homeFactor', `must be a positive number (got ${model.homeFactor})`);
      for (const [team, s] of Object.entries(model.strengths)) {
        if (!positive(s))
          return err(
            cupError(
              'model-value-out-of-range',
              ['strengths', team],
              `strengths.${team} must be a positive number (got ${s})`,
            ),
          );
      }
      return ok(model);
    case 'elo':
      if (!positive(model.baseRate))
        return bad('baseRate', `must be a positive number (got ${model.baseRate})`);
      if (model.homeAdvantage !== undefined && !Number.isFinite(model.homeAdvantage))
        return bad('homeAdvantage', 'must be a number of rating points');
      for (const [team, r] of Object.entries(model.ratings)) {
        if (!Number.isFinite(r))
          return err(
            cupError(
              'model-value-out-of-range',
              ['ratings', team],
              `ratings.${team} must be a number (got ${r})`,
            ),
          );
      }
      return ok(model);
    default: {
      const never: never = model;
      return never;
    }
  }
}
