import type { DrawSpec, PositionBowl } from '../draw/types.ts';
import { type CupError, cupError, err, ok, type Result } from '../result.ts';

/**
 * The knockout phase that follows the league phase of UEFA club competitions from 2024–25
 * (UEFA Champions League Regulations 2024/25, Articles 19.01–19.03 and Annex B): the clubs ranked
 * 1–8 go to the round of 16, 9–24 to the knockout phase play-offs, 25–36 are eliminated. The bracket
 * is fixed; two draws place the clubs in it, each club of a pair of consecutive ranks to one of two
 * positions, the first drawn on the silver side of the bracket, the second on the blue side.
 *
 * The play-offs (PO1–PO8, unseeded club hosting the first leg):
 *   silver side PO1 15/16 v 17/18, PO2 9/10 v 23/24, PO3 11/12 v 21/22, PO4 13/14 v 19/20;
 *   blue side   PO5 13/14 v 19/20, PO6 11/12 v 21/22, PO7 9/10 v 23/24, PO8 15/16 v 17/18.
 * Round of 16 tie k: the winner of POk against a club ranked 1–8 (R16-1 and R16-8: 1/2, R16-2 and
 * R16-7: 7/8, R16-3 and R16-6: 5/6, R16-4 and R16-5: 3/4), the seeded club hosting the second leg.
 * Quarter-finals: R16-1 v R16-2, R16-3 v R16-4, R16-5 v R16-6, R16-7 v R16-8; semi-finals QF1 v QF2,
 * QF3 v QF4 (the 2024–25 bracket as played: PSG v Aston Villa, Arsenal v Real Madrid, Bayern v Inter,
 * Barcelona v Dortmund; Arsenal v PSG, Barcelona v Inter).
 */

/** The ranks that go straight to the round of 16, to the play-offs, and the size of the table. */
export const LEAGUE_ROUND_OF_16 = 8;
export const LEAGUE_PLAY_OFFS = 24;

/** The play-off draw's bowls in the order UEFA draws them: unseeded 23/24 .. 17/18, then seeded 15/16 .. 9/10, each with its [silver, blue] ties. */
const PLAY_OFF_BOWLS: ReadonlyArray<{ ranks: readonly [number, number]; ties: readonly [number, number] }> = [
  { ranks: [23, 24], ties: [2, 7] },
  { ranks: [21, 22], ties: [3, 6] },
  { ranks: [19, 20], ties: [4, 5] },
  { ranks: [17, 18], ties: [1, 8] },
  { ranks: [15, 16], ties: [1, 8] },
  { ranks: [13, 14], ties: [4, 5] },
  { ranks: [11, 12], ties: [3, 6] },
  { ranks: [9, 10], ties: [2, 7] },
];

/** The round of 16 draw's bowls: clubs ranked 1/2, 3/4, 5/6, 7/8, each with its [silver, blue] ties. */
const ROUND_OF_16_BOWLS: ReadonlyArray<{
  ranks: readonly [number, number];
  ties: readonly [number, number];
}> = [
  { ranks: [1, 2], ties: [1, 8] },
  { ranks: [3, 4], ties: [4, 5] },
  { ranks: [5, 6], ties: [3, 6] },
  { ranks: [7, 8], ties: [2, 7] },
];

/** The position of a play-off tie's unseeded (first-leg host) or seeded side. */
export const playOffPosition = (tie: number, side: 'unseeded' | 'seeded'): string => `PO${tie} ${side}`;
/** The position of a round of 16 tie's seeded side (a club ranked 1–8). */
export const roundOf16Position = (tie: number): string => `R16-${tie} seeded`;

/** The fixed rounds after the round of 16: each tie is the winners of two earlier ties. */
export const LEAGUE_BRACKET: ReadonlyArray<{
  readonly round: string;
  readonly ties: ReadonlyArray<{ readonly id: string; readonly from: readonly [string, string] }>;
}> = [
  {
    round: 'Quarter-finals',
    ties: [
      { id: 'QF1', from: ['R16-1', 'R16-2'] },
      { id: 'QF2', from: ['R16-3', 'R16-4'] },
      { id: 'QF3', from: ['R16-5', 'R16-6'] },
      { id: 'QF4', from: ['R16-7', 'R16-8'] },
    ],
  },
  {
    round: 'Semi-finals',
    ties: [
      { id: 'SF1', from: ['QF1', 'QF2'] },
      { id: 'SF2', from: ['QF3', 'QF4'] },
    ],
  },
  { round: 'Final', ties: [{ id: 'F', from: ['SF1', 'SF2'] }] },
];

function needRanks(table: ReadonlyArray<string>, n: number, what: string): CupError[] {
  return table.length < n
    ? [
        cupError(
          'league-table-too-short',
          ['table'],
          `${what} needs the league table down to rank ${n}; it has ${table.length}`,
        ),
      ]
    : [];
}

/**
 * The knockout phase play-off draw from the final league table (club names, rank 1 first): eight
 * bowls of two clubs (ranks 23/24, 21/22, 19/20, 17/18, then 15/16, 13/14, 11/12, 9/10), the first
 * club drawn from a bowl to the silver side, the second to the blue side; ties PO1–PO8 with the
 * unseeded club first (it hosts the first leg). Source: UEFA Champions League Regulations 2024/25,
 * Article 19.02 and Annex B; the procedure as UEFA.com described it before the 31 January 2025 draw.
 *
 * @example leaguePlayOffDraw(table).value.bowls[0] // { name: '23/24', teams: ['Sporting CP', 'Club Brugge'], positions: ['PO2 unseeded', 'PO7 unseeded'] }
 */
export function leaguePlayOffDraw(table: ReadonlyArray<string>): Result<DrawSpec, CupError[]> {
  const problems = needRanks(table, LEAGUE_PLAY_OFFS, 'the play-off draw');
  if (problems.length > 0) return err(problems);
  const bowls: PositionBowl[] = PLAY_OFF_BOWLS.map(({ ranks, ties }) => ({
    name: `${ranks[0]}/${ranks[1]}`,
    teams: ranks.map((r) => table[r - 1]!),
    positions: ties.map((t) => playOffPosition(t, ranks[0] >= 17 ? 'unseeded' : 'seeded')),
  }));
  const ties = [1, 2, 3, 4, 5, 6, 7, 8].map(
    (t) => [playOffPosition(t, 'unseeded'), playOffPosition(t, 'seeded')] as const,
  );
  return ok({ kind: 'bracket-positions', bowls, ties });
}

/**
 * The round of 16 draw: four bowls of two clubs ranked 1–8 (1/2, 3/4, 5/6, 7/8), the first drawn to
 * the silver side; tie R16-k is the winner of play-off POk (hosting the first leg) against the club
 * drawn to its position. `playOffWinners[k - 1]` is the winner of POk. Source: UEFA Champions League
 * Regulations 2024/25, Article 19.03 and Annex B.
 */
export function leagueRoundOf16Draw(
  table: ReadonlyArray<string>,
  playOffWinners: ReadonlyArray<string>,
): Result<DrawSpec, CupError[]> {
  const problems = needRanks(table, LEAGUE_ROUND_OF_16, 'the round of 16 draw');
  if (playOffWinners.length !== 8)
    problems.push(
      cupError(
        'play-off-winners',
        ['playOffWinners'],
        `the round of 16 draw needs the 8 play-off winners; got ${playOffWinners.length}`,
      ),
    );
  if (problems.length > 0) return err(problems);
  const bowls: PositionBowl[] = ROUND_OF_16_BOWLS.map(({ ranks, ties }) => ({
    name: `${ranks[0]}/${ranks[1]}`,
    teams: ranks.map((r) => table[r - 1]!),
    positions: ties.map(roundOf16Position),
  }));
  const ties = playOffWinners.map((w, i) => [w, roundOf16Position(i + 1)] as const);
  return ok({ kind: 'bracket-positions', bowls, ties });
}

/** Where each rank of a final league table goes: round of 16, knockout phase play-offs, or out. */
export function leagueQualification(rank: number): 'round-of-16' | 'play-offs' | 'eliminated' {
  return rank <= LEAGUE_ROUND_OF_16 ? 'round-of-16' : rank <= LEAGUE_PLAY_OFFS ? 'play-offs' : 'eliminated';
}
