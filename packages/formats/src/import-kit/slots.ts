import type { Slot, TeamId, TieId } from '@cupstage/core';

/** What an importer learnt of a decided tie: who went through and who went out. */
export interface TieResult {
  readonly winner?: TeamId;
  readonly loser?: TeamId;
}

/**
 * Where a team of a later round comes from (slot inference of the import kit): the first of the
 * earlier round's ties it won (`Winner QF1`) or lost (`Loser SF2`, a third-place match); undefined
 * when it played none of them (the importer then places it directly, or by its group position).
 *
 * @example slotFromEarlier(teamId('tp-mazembe'), [{ id: 'SF2' }], new Map([['SF2', { winner: 'tp-mazembe' }]])) // { kind: 'winner', tie: 'SF2' }
 */
export function slotFromEarlier(
  team: TeamId,
  earlier: ReadonlyArray<{ readonly id: TieId }>,
  results: ReadonlyMap<TieId, TieResult>,
): Slot | undefined {
  for (const t of earlier) {
    const r = results.get(t.id);
    if (r?.winner === team) return { kind: 'winner', tie: t.id };
    if (r?.loser === team) return { kind: 'loser', tie: t.id };
  }
  return undefined;
}
