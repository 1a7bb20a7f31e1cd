import type { DrawTeam, PairingRules } from './types.ts';

/**
 * Whether two teams may be drawn against each other under the rules: not from the same group
 * (`different-group`), not from the same association (`different-association`), and not from a
 * forbidden pair of associations (UEFA's political separations, e.g. RUS–UKR since 2014).
 *
 * @example
 * canMeet({ name: 'Chelsea', group: 'C', association: 'ENG' }, { name: 'Roma', group: 'C', association: 'ITA' },
 *   { constraints: ['different-group'], forbiddenAssociationPairs: [] }); // false
 */
export function canMeet(a: DrawTeam, b: DrawTeam, rules: PairingRules): boolean {
  for (const c of rules.constraints) {
    switch (c) {
      case 'different-group':
        if (a.group !== undefined && a.group === b.group) return false;
        break;
      case 'different-association':
        if (a.association !== undefined && a.association === b.association) return false;
        break;
      default: {
        const never: never = c;
        return never;
      }
    }
  }
  if (a.association !== undefined && b.association !== undefined) {
    for (const [x, y] of rules.forbiddenAssociationPairs) {
      if ((a.association === x && b.association === y) || (a.association === y && b.association === x))
        return false;
    }
  }
  return true;
}

/**
 * The matrix `m[i][j]` = whether `rows[i]` may meet `cols[j]`.
 *
 * @example compatibility(runnersUp, winners, rules)[0][3] // may runner-up 0 meet winner 3?
 */
export function compatibility(
  rows: ReadonlyArray<DrawTeam>,
  cols: ReadonlyArray<DrawTeam>,
  rules: PairingRules,
): boolean[][] {
  return rows.map((a) => cols.map((b) => a !== b && canMeet(a, b, rules)));
}
