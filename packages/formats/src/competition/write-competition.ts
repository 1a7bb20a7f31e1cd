import { type Competition, findPreset, InvariantError, type Leg, type TieRules } from '@cupstage/core';
import { groupStageToFile } from './group-stage-file.ts';
import type { CompetitionFile } from './schema.ts';
import { slotOut } from './slot-out.ts';

export { slotOut };

function rulesOut(rules: TieRules): NonNullable<CompetitionFile['rules']> {
  if (findPreset(rules.id) === rules) return rules.id;
  return {
    id: rules.id,
    name: rules.name,
    legs: rules.legs,
    deciders: rules.deciders.map((d) => ({ ...d })),
    source: rules.source,
  };
}

const legOut = (leg: Leg): Record<string, unknown> => {
  const { home, away, score, extraTime, penalties, ...rest } = leg;
  return {
    home,
    away,
    ...(score ? { score: [...score] } : {}),
    ...(extraTime ? { extraTime: [...extraTime] } : {}),
    ...(penalties ? { penalties: [...penalties] } : {}),
    ...rest,
  };
};

/**
 * The competition as a file object (`cupstage-competition/1`), the inverse of `fromFile`. The file's
 * `rules` are the first round's; a round under other rules writes its own. A competition without
 * rounds has no rules to write (and the file format needs a round): every reader refuses one, so
 * meeting one here is a bug, never a reason to invent rules.
 */
export function toFile(c: Competition): CompetitionFile {
  const defaultRules = c.rounds[0]?.rules;
  if (defaultRules === undefined)
    throw new InvariantError(
      `toFile: competition "${c.id}" has no rounds, so no rules to write as its "rules"; a competition file needs at least one round`,
    );
  return {
    $schema: 'https://cupstage.dev/schema/competition-1.json',
    format: 'cupstage-competition/1',
    id: c.id,
    name: c.name,
    stage: c.stageName,
    ...(c.season !== undefined ? { season: c.season } : {}),
    ...(c.period ? { period: { ...c.period } } : {}),
    rules: rulesOut(defaultRules),
    ...(c.rulesReference !== undefined ? { rulesReference: c.rulesReference } : {}),
    teams: c.teams.map((t) => ({ ...t })),
    groups: c.groups.map((g) => ({ group: g.group, positions: [...g.positions] })),
    ...(c.groupStage ? { groupStage: groupStageToFile(c.groupStage) } : {}),
    rounds: c.rounds.map((r) => ({
      id: r.id,
      name: r.name,
      ...(r.rules !== defaultRules ? { rules: rulesOut(r.rules) } : {}),
      legOrder: r.legOrder.kind,
      ...(r.legOrder.kind === 'draw' && r.legOrder.draw ? { draw: r.legOrder.draw } : {}),
      ...(r.schedule ? { schedule: { ...r.schedule } } : {}),
      ...(r.openDraw ? { openDraw: { constraints: [...r.openDraw.constraints] } } : {}),
      ties: r.ties.map((t) => ({
        id: t.id,
        sides: [slotOut(t.sides[0]), slotOut(t.sides[1])],
        legs: t.legs.map(legOut) as CompetitionFile['rounds'][number]['ties'][number]['legs'],
        ...(t.playoff
          ? {
              playoff: legOut(t.playoff) as NonNullable<
                CompetitionFile['rounds'][number]['ties'][number]['playoff']
              >,
            }
          : {}),
        ...(t.coinToss ? { coinToss: t.coinToss } : {}),
        ...(t.walkover ? { walkover: t.walkover } : {}),
        ...(t.reported ? { reported: { ...t.reported } } : {}),
      })),
    })),
    amendments: c.amendments.map((a) => ({ ...a })),
    draws: c.draws.map(({ ties, ...d }) => ({
      ...d,
      rounds: [...d.rounds],
      ...(ties ? { ties: ties.map((t): [string, string] => [t[0], t[1]]) } : {}),
    })),
  };
}

/** The competition file as JSON text (two-space indent, trailing newline). */
export function writeCompetition(c: Competition): string {
  return `${JSON.stringify(toFile(c), null, 2)}\n`;
}
