import { slug, type Team, teamId } from '@cupstage/core';

/** A team id from its name, core's `slug`: `TP Mazembe` → `tp-mazembe`. */
export { slug };

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
    const m = /^(.+?)\s*[,(]\s*([A-Za-z]{3})\s*\)?$/.exec(line);
    if (!m)
      return { ok: false, message: `line ${i + 1}: write "Name, COD" with a three-letter country code` };
    const name = m[1]!.trim();
    const id = slug(name);
    if (id === '')
      return { ok: false, message: `line ${i + 1}: the team needs a name with letters or digits` };
    if (seen.has(id)) return { ok: false, message: `line ${i + 1}: ${name} is listed twice` };
    seen.add(id);
    teams.push({ id: teamId(id), name, country: m[2]!.toUpperCase() });
  }
  if (teams.length < 2) return { ok: false, message: 'list at least two teams, one a line' };
  return { ok: true, teams };
}
