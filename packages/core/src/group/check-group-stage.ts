import type { TeamId } from '../ids.ts';
import { type CupError, cupError } from '../result.ts';
import type { GroupStage } from './types.ts';

/**
 * Checks a group stage's structure, every problem with its path under `groupStage`: group ids unique,
 * each team a team of the competition and in one group only, each match between two different teams
 * of its group, no pairing met more often than the round robin allows (once each way for a double
 * round), a league phase's teams listed in at most `matchesPerTeam` matches, lots and facts naming
 * teams of the group, and `advance` within the group's size.
 */
export function checkGroupStage(stage: GroupStage, known: ReadonlySet<TeamId>): CupError[] {
  const problems: CupError[] = [];
  const seenGroup = new Set<string>();
  const seenTeam = new Map<TeamId, string>();
  stage.groups.forEach((g, gi) => {
    const at = ['groupStage', 'groups', gi];
    if (seenGroup.has(g.id))
      problems.push(cupError('duplicate-group', [...at, 'group'], `group "${g.id}" appears twice`));
    seenGroup.add(g.id);
    if (stage.advance > g.teams.length)
      problems.push(
        cupError(
          'advance-too-large',
          ['groupStage', 'advance'],
          `${stage.advance} teams cannot go through from group ${g.id} of ${g.teams.length}`,
        ),
      );
    const inGroup = new Set<TeamId>();
    g.teams.forEach((t, ti) => {
      const path = [...at, 'teams', ti];
      if (!known.has(t))
        problems.push(cupError('unknown-team', path, `"${t}" is not a team of this competition`));
      const other = seenTeam.get(t);
      if (other !== undefined)
        problems.push(cupError('team-in-two-groups', path, `"${t}" is already in group ${other}`));
      else seenTeam.set(t, g.id);
      inGroup.add(t);
    });
    const meetings = new Map<string, number>();
    g.matches.forEach((m, mi) => {
      const path = [...at, 'matches', mi];
      for (const side of ['home', 'away'] as const) {
        if (!inGroup.has(m[side]))
          problems.push(
            cupError('team-not-in-group', [...path, side], `"${m[side]}" is not a team of group ${g.id}`),
          );
      }
      if (m.home === m.away) problems.push(cupError('same-team', path, `"${m.home}" cannot play itself`));
      const key = g.rounds === 2 ? `${m.home} v ${m.away}` : [m.home, m.away].sort().join(' v ');
      const n = (meetings.get(key) ?? 0) + 1;
      meetings.set(key, n);
      if (n > 1)
        problems.push(
          cupError(
            'match-repeated',
            path,
            g.rounds === 2
              ? `${m.home} host ${m.away} once in a double round robin; this is the second time`
              : `${m.home} and ${m.away} meet once in a single round robin; this is the second time`,
          ),
        );
    });
    if (g.league !== undefined) {
      const count = new Map<TeamId, number>();
      for (const m of g.matches) for (const t of [m.home, m.away]) count.set(t, (count.get(t) ?? 0) + 1);
      for (const [t, n] of count)
        if (n > g.league.matchesPerTeam)
          problems.push(
            cupError(
              'league-matches-per-team',
              [...at, 'matches'],
              `"${t}" has ${n} matches listed; each team of league ${g.id} plays ${g.league.matchesPerTeam}`,
            ),
          );
    }
    (g.lots ?? []).forEach((t, li) => {
      if (!inGroup.has(t))
        problems.push(
          cupError('team-not-in-group', [...at, 'lots', li], `"${t}" is not a team of group ${g.id}`),
        );
    });
    for (const field of ['disciplinary', 'coefficients'] as const) {
      for (const t of Object.keys(g[field] ?? {})) {
        if (!inGroup.has(t as TeamId))
          problems.push(
            cupError('team-not-in-group', [...at, field, t], `"${t}" is not a team of group ${g.id}`),
          );
      }
    }
  });
  return problems;
}
