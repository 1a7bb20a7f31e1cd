import type { Competition, Round, Slot } from '../competition/types.ts';
import { groupPositions } from '../group/group-positions.ts';
import type { TeamId } from '../ids.ts';
import { slotLabel } from '../report/bracket-model.ts';
import { type CupError, cupError, err, ok, type Result } from '../result.ts';
import type { DrawSpec, DrawTeam } from './types.ts';

/** Finds a round by id or by name (case-insensitive), e.g. `semi-finals` or `Semi-finals`. */
export function findRound(c: Competition, round: string): Result<Round, CupError> {
  const wanted = round.toLowerCase();
  const found = c.rounds.find((r) => r.id.toLowerCase() === wanted || r.name.toLowerCase() === wanted);
  if (found) return ok(found);
  return err(
    cupError(
      'unknown-round',
      ['round'],
      `no round "${round}"; the rounds are ${c.rounds.map((r) => r.id).join(', ')}`,
    ),
  );
}

/**
 * The draw a round of a competition calls for: a `leg-order` draw when its order of legs is decided by
 * draw (the 2017 CAF Confederation Cup semi-finals and final: "order of legs decided by draw"), else
 * the `fixed` bracket template of its ties; an `open` draw of every side when the round's pairs are
 * drawn (`openDraw`), each team with its group and association for the constraints. Sides are named
 * by team when known from the group standings, else by slot (`Winner QF3`), as at a draw held
 * before the teams are known.
 *
 * @example drawSpecForRound(caf2017, 'semi-finals') // ok({ kind: 'leg-order', ties: [['Winner QF3', 'Winner QF1'], ...] })
 */
export function drawSpecForRound(c: Competition, round: string): Result<DrawSpec, CupError> {
  const found = findRound(c, round);
  if (!found.ok) return found;
  const teams = new Map(c.teams.map((t) => [t.id, t]));
  const groups = groupPositions(c);
  const name = (slot: Slot): string => {
    if (slot.kind === 'group') {
      const id: TeamId | undefined = groups.find((g) => g.group === slot.group)?.positions[slot.position - 1];
      const team = id !== undefined ? teams.get(id) : undefined;
      if (team) return team.name;
    }
    return slotLabel(slot, teams);
  };
  const r = found.value;
  if (r.openDraw) {
    const groupOf = (slot: Slot): string | undefined => {
      if (slot.kind === 'group') return slot.group;
      if (slot.kind === 'team') return groups.find((g) => g.positions.includes(slot.team))?.group;
      return undefined;
    };
    const associationOf = (slot: Slot): string | undefined => {
      if (slot.kind !== 'team') return undefined;
      const team = teams.get(slot.team);
      return team ? (team.association ?? team.country) : undefined;
    };
    const drawTeams: DrawTeam[] = r.ties.flatMap((t) =>
      t.sides.map((slot) => {
        const group = groupOf(slot);
        const association = associationOf(slot);
        return {
          name: name(slot),
          ...(group !== undefined ? { group } : {}),
          ...(association !== undefined ? { association } : {}),
        };
      }),
    );
    return ok({
      kind: 'open',
      teams: drawTeams,
      rules: { constraints: [...r.openDraw.constraints], forbiddenAssociationPairs: [] },
    });
  }
  const ties = r.ties.map((t) => [name(t.sides[0]), name(t.sides[1])] as const);
  return ok({ kind: r.legOrder.kind === 'draw' ? 'leg-order' : 'fixed', ties });
}
