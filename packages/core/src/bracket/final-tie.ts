import type { Competition, TieSpec } from '../competition/types.ts';

/**
 * The final: the tie of the last round that no loser feeds. A third-place match is the tie of that
 * round whose sides are losers of earlier ties (`{ kind: 'loser' }` slots), so where the ties are
 * listed does not matter. Undefined when the last round has no such tie, or more than one (a round
 * of several ties is not a final).
 *
 * @example finalTie(competition)?.id // 'F'
 */
export function finalTie(c: Competition): TieSpec | undefined {
  const last = c.rounds[c.rounds.length - 1];
  if (!last) return undefined;
  const fedByWinners = last.ties.filter((tie) => tie.sides.every((s) => s.kind !== 'loser'));
  return fedByWinners.length === 1 ? fedByWinners[0] : undefined;
}
