import type { Competition, TieSpec } from '../competition/types.ts';
import { type CupError, cupError } from '../result.ts';

/**
 * The problem with a tie id that names no tie of the competition (`unknown-tie`), its path where the
 * caller read the id (`['tie']` in a request body, `['tieId']` in a URL).
 *
 * @example unknownTie('QF9').message // '"QF9" is not a tie of this competition'
 */
export function unknownTie(id: string, path: ReadonlyArray<string | number> = ['tie']): CupError {
  return cupError('unknown-tie', path, `"${id}" is not a tie of this competition`);
}

/** The tie of a competition with this id, if any. */
export function findTie(c: Competition, id: string): TieSpec | undefined {
  for (const r of c.rounds) for (const t of r.ties) if (t.id === id) return t;
  return undefined;
}
