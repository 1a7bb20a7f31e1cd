import type { DecidedBy, Goals, TieTotals } from '../tie/types.ts';

/** An en dash score, winner's (or first side's) goals first: `2–1`. */
export function scoreText(a: number, b: number): string {
  return `${a}–${b}`;
}

/** What a result line needs to know about a decided tie. */
export interface SummaryInput {
  readonly winnerName: string;
  readonly winnerSide: 0 | 1;
  readonly decidedBy: DecidedBy;
  readonly totals: TieTotals;
  readonly legs: 1 | 2;
}

const bySide = (g: Goals, side: 0 | 1): readonly [number, number] =>
  side === 0 ? [g[0], g[1]] : [g[1], g[0]];

/**
 * The result line of a decided tie in Wikipedia's wording, en dashes included.
 *
 * @example
 * // "2–2 on aggregate. SuperSport United won on away goals."
 * summaryLine({ winnerName: 'SuperSport United', winnerSide: 0, decidedBy: 'away-goals', legs: 2,
 *   totals: { aggregate: [2, 2], awayGoals: [2, 0], extraTime: false } });
 */
export function summaryLine(input: SummaryInput): string {
  const { winnerName: w, winnerSide, decidedBy, totals, legs } = input;
  const [win, lose] = bySide(totals.aggregate, winnerSide);
  const level = scoreText(win, win);
  const onAggregate = legs === 2 ? ' on aggregate' : '';
  // Under the points rules (CONMEBOL until 2004) a tie level on points went on although one side
  // had more goals: 1–0 and 1–3 is "Level on points, 2–3 on aggregate."
  const levelText =
    win !== lose
      ? `Level on points, ${scoreText(win, lose)} on aggregate.`
      : legs === 2
        ? `${level} on aggregate.`
        : totals.extraTime
          ? `${level} after extra time.`
          : `${level}.`;
  switch (decidedBy) {
    case 'aggregate':
      return `${w} won ${scoreText(win, lose)}${onAggregate}.`;
    case 'points':
      return `${w} won on points (${scoreText(win, lose)} on aggregate).`;
    case 'extra-time':
      return `${w} won ${scoreText(win, lose)}${onAggregate} after extra time.`;
    case 'golden-goal':
      return `${w} won ${scoreText(win, lose)}${onAggregate} with a golden goal in extra time.`;
    case 'silver-goal':
      return `${w} won ${scoreText(win, lose)}${onAggregate} with a silver goal in extra time.`;
    case 'away-goals':
    case 'away-goals-extra-time':
      return `${levelText} ${w} won on away goals.`;
    case 'penalties': {
      if (totals.playoff !== undefined && totals.playoffPenalties !== undefined) {
        // The shoot-out after a play-off match (CONMEBOL until 1987).
        const [p] = totals.playoff;
        const [kw, kl] = bySide(totals.playoffPenalties, winnerSide);
        return `${levelText} Play-off ${scoreText(p, p)}; ${w} won ${scoreText(kw, kl)} on penalties.`;
      }
      const [pw, pl] = bySide(totals.penalties ?? [0, 0], winnerSide);
      return `${levelText} ${w} won ${scoreText(pw, pl)} on penalties.`;
    }
    case 'play-off': {
      const [pw, pl] = bySide(totals.playoff ?? [0, 0], winnerSide);
      if (totals.playoffPenalties !== undefined) {
        const [kw, kl] = bySide(totals.playoffPenalties, winnerSide);
        return `${levelText} Play-off ${scoreText(pw, pl)}; ${w} won ${scoreText(kw, kl)} on penalties.`;
      }
      return `${levelText} ${w} won the play-off ${scoreText(pw, pl)}.`;
    }
    case 'coin-toss': {
      if (totals.playoff !== undefined) {
        const [p] = totals.playoff;
        return `${levelText} Play-off ${scoreText(p, p)}. ${w} won on a coin toss.`;
      }
      return `${levelText} ${w} won on a coin toss.`;
    }
    case 'walkover':
      return `${w} won on walkover.`;
    default: {
      const never: never = decidedBy;
      return never;
    }
  }
}
