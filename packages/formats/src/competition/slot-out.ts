import type { Slot } from '@cupstage/core';
import type { CompetitionFile } from './schema.ts';

/*
 * Browser-safe (`@cupstage/formats/slots`): the web app writes the competition files it sends with
 * this function too. Imports types only.
 */

/** A slot as the competition file (and the API) writes it: `{"group": "A", "position": 1}`, `{"winner": "QF1"}`, ... */
export function slotOut(slot: Slot): CompetitionFile['rounds'][number]['ties'][number]['sides'][number] {
  switch (slot.kind) {
    case 'team':
      return { team: slot.team };
    case 'group':
      return { group: slot.group, position: slot.position };
    case 'winner':
      return { winner: slot.tie };
    case 'loser':
      return { loser: slot.tie };
    default: {
      const never: never = slot;
      return never;
    }
  }
}
