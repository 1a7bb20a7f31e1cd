import { type TieId, tieId } from '@cupstage/core';

/**
 * The id prefix of a round's ties, from its name as a source writes it: `Round of 16` → `R16`,
 * `Quarter-finals` → `QF`, `Semi-finals` → `SF`, `Final` → `F`, a third-place match → `TP`, a play-off
 * round → `PO`, else the initials (`First round` → `FR`, `Round 2` → `R2`).
 *
 * @example tiePrefix('Quarter-finals') // 'QF'
 */
export function tiePrefix(name: string): string {
  const r = /round of (\d+)/i.exec(name);
  if (r) return `R${r[1]}`;
  if (/third|3rd/i.test(name)) return 'TP';
  if (/quarter/i.test(name)) return 'QF';
  if (/semi/i.test(name)) return 'SF';
  if (/^finale?s?$/i.test(name.trim())) return 'F';
  if (/play-?offs?/i.test(name)) return 'PO';
  return (
    name
      .split(/[\s,-]+/)
      .map((w) => (/^\d+/.test(w) ? w.replace(/\D.*$/, '') : (w[0] ?? '').toUpperCase()))
      .join('') || 'T'
  );
}

/** Gives the ties of an import their ids, unique across the whole import. */
export interface TieIds {
  /**
   * The ids of a round's `count` ties: the prefix alone for a round of one tie (`F`), else numbered
   * from 1 (`QF1` … `QF4`). An id already given in this import gets a `b` (then `bb`) so that no two
   * ties share one.
   */
  forRound(roundName: string, count: number): TieId[];
}

/**
 * The tie ids of one import (the shared import kit: article, football.txt; a CSV names its ties).
 *
 * @example const ids = createTieIds(); ids.forRound('Semi-finals', 2) // ['SF1', 'SF2']
 */
export function createTieIds(): TieIds {
  const used = new Set<string>();
  return {
    forRound(roundName, count) {
      const prefix = tiePrefix(roundName);
      const out: TieId[] = [];
      for (let k = 1; k <= count; k++) {
        let id = count === 1 ? prefix : `${prefix}${k}`;
        while (used.has(id)) id = `${id}b`;
        used.add(id);
        out.push(tieId(id));
      }
      return out;
    },
  };
}
