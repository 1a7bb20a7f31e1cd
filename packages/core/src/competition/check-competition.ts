import { checkGroupStage } from '../group/check-group-stage.ts';
import type { TeamId, TieId } from '../ids.ts';
import { type CupError, cupError, InvariantError } from '../result.ts';
import { checkRules } from '../rules/check-rules.ts';
import type { Competition, Slot } from './types.ts';

const COUNTRY_CODE = /^[A-Z]{3}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks a competition's structure: unique ids, known teams, slots that point at existing groups and
 * at ties of earlier rounds (each tie feeding at most one winner slot), valid rules and dates.
 * Returns every problem found (empty when the competition is sound). Results are checked by the
 * bracket as it derives the stage.
 */
export function checkCompetition(c: Competition): CupError[] {
  const problems: CupError[] = [];
  const teamIds = new Set<TeamId>();
  c.teams.forEach((t, i) => {
    if (teamIds.has(t.id))
      problems.push(cupError('duplicate-team', ['teams', i, 'id'], `team id "${t.id}" appears twice`));
    teamIds.add(t.id);
    if (!COUNTRY_CODE.test(t.country)) {
      problems.push(
        cupError(
          'invalid-country-code',
          ['teams', i, 'country'],
          `"${t.country}" is not a 3-letter country code such as TUN`,
        ),
      );
    }
  });
  const groups = new Map<string, number>();
  c.groups.forEach((g, i) => {
    if (groups.has(g.group))
      problems.push(cupError('duplicate-group', ['groups', i, 'group'], `group "${g.group}" appears twice`));
    groups.set(g.group, g.positions.length);
    g.positions.forEach((t, j) => {
      if (!teamIds.has(t))
        problems.push(
          cupError('unknown-team', ['groups', i, 'positions', j], `"${t}" is not a team of this competition`),
        );
    });
  });
  if (c.groupStage) {
    const known = new Set(teamIds);
    c.groupStage.teams.forEach((t, i) => {
      if (known.has(t.id))
        problems.push(
          cupError('duplicate-team', ['groupStage', 'teams', i, 'id'], `team id "${t.id}" appears twice`),
        );
      known.add(t.id);
    });
    problems.push(...checkGroupStage(c.groupStage, known));
    c.groupStage.groups.forEach((g, i) => {
      if (groups.has(g.id))
        problems.push(
          cupError(
            'duplicate-group',
            ['groupStage', 'groups', i, 'group'],
            `group "${g.id}" is also listed under groups`,
          ),
        );
      groups.set(g.id, g.teams.length);
    });
  }
  const tiesSoFar = new Set<TieId>();
  const fed = new Map<string, string>();
  const checkSlot = (slot: Slot, path: Array<string | number>): void => {
    switch (slot.kind) {
      case 'team':
        if (!teamIds.has(slot.team))
          problems.push(cupError('unknown-team', path, `"${slot.team}" is not a team of this competition`));
        return;
      case 'group': {
        const size = groups.get(slot.group);
        if (size === undefined)
          problems.push(cupError('unknown-group', path, `group "${slot.group}" is not listed under groups`));
        else if (slot.position < 1 || slot.position > size) {
          problems.push(
            cupError('unknown-group-position', path, `group ${slot.group} has no position ${slot.position}`),
          );
        }
        return;
      }
      case 'winner':
      case 'loser': {
        if (!tiesSoFar.has(slot.tie)) {
          problems.push(cupError('unknown-tie', path, `"${slot.tie}" is not a tie of an earlier round`));
          return;
        }
        const key = `${slot.kind}:${slot.tie}`;
        const other = fed.get(key);
        if (other)
          problems.push(
            cupError('slot-used-twice', path, `the ${slot.kind} of ${slot.tie} already goes to ${other}`),
          );
        fed.set(key, path.join('.'));
        return;
      }
      default: {
        const never: never = slot;
        throw new InvariantError(`unknown slot ${JSON.stringify(never)}`);
      }
    }
  };
  const roundIds = new Set<string>();
  c.rounds.forEach((round, r) => {
    if (roundIds.has(round.id))
      problems.push(cupError('duplicate-round', ['rounds', r, 'id'], `round id "${round.id}" appears twice`));
    roundIds.add(round.id);
    const rules = checkRules(round.rules);
    if (!rules.ok) problems.push({ ...rules.error, path: ['rounds', r, 'rules', ...rules.error.path] });
    const thisRound: TieId[] = [];
    round.ties.forEach((tie, t) => {
      if (tiesSoFar.has(tie.id) || thisRound.includes(tie.id)) {
        problems.push(
          cupError('duplicate-tie', ['rounds', r, 'ties', t, 'id'], `tie id "${tie.id}" appears twice`),
        );
      }
      for (const [s, slot] of tie.sides.entries()) checkSlot(slot, ['rounds', r, 'ties', t, 'sides', s]);
      thisRound.push(tie.id);
      tie.legs.forEach((leg, l) => {
        if (leg.date !== undefined && !ISO_DATE.test(leg.date)) {
          problems.push(
            cupError(
              'invalid-date',
              ['rounds', r, 'ties', t, 'legs', l, 'date'],
              `"${leg.date}" is not a date such as 2017-09-16`,
            ),
          );
        }
      });
    });
    for (const id of thisRound) tiesSoFar.add(id);
  });
  c.amendments.forEach((a, i) => {
    if (!roundIds.has(a.round))
      problems.push(
        cupError(
          'unknown-round',
          ['amendments', i, 'round'],
          `"${a.round}" is not a round of this competition`,
        ),
      );
  });
  return problems;
}
