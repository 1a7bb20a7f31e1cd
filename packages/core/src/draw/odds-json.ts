import type { DrawOdds } from './exact-odds.ts';
import { fractionText, fractionValue } from './fraction.ts';

/** The odds of a draw as `cupstage draw odds` prints them and the API serves them. */
export interface DrawOddsJson {
  readonly validDraws: number;
  readonly probabilities: Record<string, Record<string, number | string>>;
}

/**
 * `{"validDraws": N, "probabilities": {"<row>": {"<col>": p, ...}, ...}}`: every pairing but a team with
 * itself; with `exact`, each p as a fraction such as "1/3".
 *
 * @example drawOddsJson(odds, false).probabilities['Club Africain']['MC Alger'] // 0.3333333333333333
 */
export function drawOddsJson(odds: DrawOdds, exact: boolean): DrawOddsJson {
  const probabilities: Record<string, Record<string, number | string>> = {};
  odds.rows.forEach((row, i) => {
    const line: Record<string, number | string> = {};
    odds.cols.forEach((col, j) => {
      if (row === col) return;
      const p = odds.probabilities[i]![j]!;
      line[col] = exact ? fractionText(p) : fractionValue(p);
    });
    probabilities[row] = line;
  });
  return { validDraws: Number(odds.validDraws), probabilities };
}
