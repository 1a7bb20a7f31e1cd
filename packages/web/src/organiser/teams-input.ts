import { type Team, teamId } from '@cupstage/core';

/** A team id from its name: `TP Mazembe` → `tp-mazembe`. */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A team from `Name, COD` (or `Name (COD)`), or what is wrong with it. */
function teamOfLine(text: string): Team | string {
  const m = /^(.+?)\s*[,(]\s*([A-Za-z]{3})\s*\)?$/.exec(text.trim());
  if (!m) return 'write "Name, COD" with a three-letter country code';
  const name = m[1]!.trim();
  const id = slug(name);
  if (id === '') return 'the team needs a name with letters or digits';
  return { id: teamId(id), name, country: m[2]!.toUpperCase() };
}

/** Teams read from the text box, or the first problem with the line it is on. */
export type TeamsInput =
  | { readonly ok: true; readonly teams: ReadonlyArray<Team> }
  | { readonly ok: false; readonly message: string };

/**
 * Reads qualified teams, one a line in seed order: `Name, COD` (a three-letter country code).
 *
 * @example readTeams('TP Mazembe, COD\nClub Africain, TUN') // ok: 2 teams, ids tp-mazembe, club-africain
 */
export function readTeams(text: string): TeamsInput {
  const teams: Team[] = [];
  const seen = new Set<string>();
  const lines = text.split('\n');
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '') continue;
    const team = teamOfLine(line);
    if (typeof team === 'string') return { ok: false, message: `line ${i + 1}: ${team}` };
    if (seen.has(team.id)) return { ok: false, message: `line ${i + 1}: ${team.name} is listed twice` };
    seen.add(team.id);
    teams.push(team);
  }
  if (teams.length < 2) return { ok: false, message: 'list at least two teams, one a line' };
  return { ok: true, teams };
}

/** One group's qualifiers as typed. */
export interface GroupLine {
  readonly group: string;
  readonly winner: Team;
  readonly runnerUp: Team;
}

/** Groups read from the text box, or the first problem with the line it is on. */
export type GroupsInput =
  | { readonly ok: true; readonly groups: ReadonlyArray<GroupLine> }
  | { readonly ok: false; readonly message: string };

/**
 * Reads group winners and runners-up, one group a line, in group order:
 * `A: Club Africain, TUN; FUS Rabat, MAR` (the winner first).
 *
 * @example readGroups('A: Club Africain, TUN; FUS Rabat, MAR\nB: CS Sfaxien, TUN; MC Alger, ALG') // ok: 2 groups
 */
export function readGroups(text: string): GroupsInput {
  const groups: GroupLine[] = [];
  const seen = new Set<string>();
  const names = new Set<string>();
  for (const [i, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (line === '') continue;
    const m = /^([A-Za-z0-9]{1,10})\s*:\s*(.+?)\s*;\s*(.+)$/.exec(line);
    if (!m)
      return {
        ok: false,
        message: `line ${i + 1}: write "A: Winner, COD; Runner-up, COD" (the group, then its winner and runner-up)`,
      };
    const group = m[1]!.toUpperCase();
    if (names.has(group)) return { ok: false, message: `line ${i + 1}: group ${group} is listed twice` };
    names.add(group);
    const pair: Team[] = [];
    for (const part of [m[2]!, m[3]!]) {
      const t = teamOfLine(part);
      if (typeof t === 'string') return { ok: false, message: `line ${i + 1}: ${t}` };
      if (seen.has(t.id)) return { ok: false, message: `line ${i + 1}: ${t.name} is listed twice` };
      seen.add(t.id);
      pair.push(t);
    }
    groups.push({ group, winner: pair[0]!, runnerUp: pair[1]! });
  }
  if (![2, 4, 8, 16].includes(groups.length))
    return { ok: false, message: `list 2, 4, 8 or 16 groups, one a line (${groups.length} listed)` };
  return { ok: true, groups };
}
