import type { Competition, RoundWindows } from '@cupstage/core';
import { slotOut } from '@cupstage/formats/slots';
import type { Procedure } from './round-plan.ts';

/** What the organiser chose for each round of the template (first round's order of legs is the template's). */
export interface TemplateRound {
  readonly schedule: RoundWindows;
  readonly procedure: Procedure;
}

/**
 * The competition file (`cupstage-competition/1`, docs/competition.schema.json) of a bracket built by
 * core's `groupWinnersBracket`, for `POST /competitions`: the teams, the group positions, and each
 * round with its rules preset, its order of legs (group winners host the second leg in the first
 * round; later rounds fixed or drawn as chosen), its windows and its ties.
 */
export function groupTemplateFile(
  c: Competition,
  rules: string,
  finalRules: string | undefined,
  rounds: ReadonlyArray<TemplateRound>,
): Readonly<Record<string, unknown>> {
  const last = c.rounds.length - 1;
  return {
    format: 'cupstage-competition/1',
    id: c.id,
    name: c.name,
    stage: c.stageName,
    rules,
    teams: c.teams.map((t) => ({ id: t.id, name: t.name, country: t.country })),
    groups: c.groups.map((g) => ({ group: g.group, positions: [...g.positions] })),
    rounds: c.rounds.map((r, i) => {
      const chosen = rounds[i];
      const legOrder = i === 0 ? r.legOrder.kind : chosen?.procedure === 'leg-order' ? 'draw' : 'fixed';
      const schedule = chosen?.schedule ?? {};
      return {
        id: r.id,
        name: r.name,
        ...(i === last && finalRules ? { rules: finalRules } : {}),
        legOrder,
        ...(Object.keys(schedule).length > 0 ? { schedule } : {}),
        ties: r.ties.map((t) => ({ id: t.id, sides: t.sides.map(slotOut), legs: [] })),
      };
    }),
    amendments: [],
    draws: [],
  };
}
