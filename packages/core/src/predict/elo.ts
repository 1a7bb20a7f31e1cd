import type { TeamId } from '../ids.ts';

/**
 * Elo ratings in the World Football Elo Ratings form (eloratings.net, "About the ratings"):
 * expected result We = 1 / (10^(−dr/400) + 1), where dr is the rating difference plus the home
 * advantage (100 points) for the home team; after a match Rn = Ro + K·G·(W − We), with W = 1, ½, 0
 * for a win, draw, loss and the goal-difference index G = 1 (margin 0 or 1), 1.5 (2), 1.75 (3),
 * 1.75 + (N − 3)/8 (N ≥ 4).
 */

/** eloratings.net's home advantage, in rating points. */
export const ELO_HOME_ADVANTAGE = 100;
/** The rating of a team seen for the first time. */
export const ELO_INITIAL_RATING = 1500;

/**
 * The expected result (win = 1, draw = ½) of a side rated `dr` points above its opponent, home
 * advantage included.
 *
 * @example eloExpected(0) // 0.5
 */
export function eloExpected(dr: number): number {
  return 1 / (10 ** (-dr / 400) + 1);
}

/**
 * eloratings.net's goal-difference index G.
 *
 * @example goalDifferenceIndex(3) // 1.75
 */
export function goalDifferenceIndex(margin: number): number {
  const n = Math.abs(margin);
  if (n <= 1) return 1;
  if (n === 2) return 1.5;
  if (n === 3) return 1.75;
  return 1.75 + (n - 3) / 8;
}

/** One played match for rating purposes. */
export interface RatedMatch {
  readonly home: TeamId;
  readonly away: TeamId;
  /** Goals home first (after extra time; shoot-outs count as draws, as on eloratings.net). */
  readonly score: readonly [number, number];
  readonly neutral?: boolean;
  /** The weight K of this match (eloratings.net: 60 World Cup finals … 20 friendlies). */
  readonly k?: number;
}

export interface EloOptions {
  /** Ratings before the first match; teams not listed start at 1500. */
  readonly initial?: Readonly<Record<string, number>>;
  /** K for matches that give none (default 30, eloratings.net's weight for other tournaments). */
  readonly k?: number;
  /** Home advantage in rating points (default 100). */
  readonly homeAdvantage?: number;
}

/**
 * Rates teams from a list of results in playing order, eloratings.net style.
 *
 * @example
 * eloRatings([{ home: teamId('A'), away: teamId('B'), score: [2, 0] }])
 * // { A: 1500 + 30·1.5·(1 − We(100)), B: 1500 − the same }
 */
export function eloRatings(
  matches: ReadonlyArray<RatedMatch>,
  options: EloOptions = {},
): Record<string, number> {
  const ratings: Record<string, number> = { ...(options.initial ?? {}) };
  const home = options.homeAdvantage ?? ELO_HOME_ADVANTAGE;
  const rating = (t: string): number => ratings[t] ?? ELO_INITIAL_RATING;
  for (const m of matches) {
    const rh = rating(m.home);
    const ra = rating(m.away);
    const we = eloExpected(rh - ra + (m.neutral ? 0 : home));
    const margin = m.score[0] - m.score[1];
    const w = margin > 0 ? 1 : margin < 0 ? 0 : 0.5;
    const change = (m.k ?? options.k ?? 30) * goalDifferenceIndex(margin) * (w - we);
    ratings[m.home] = rh + change;
    ratings[m.away] = ra - change;
  }
  return ratings;
}
