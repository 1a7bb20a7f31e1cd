import { readFileSync } from 'node:fs';
import type { Group, GroupMatch } from '../src/group/types.ts';
import { type TeamId, teamId } from '../src/ids.ts';

/** One CSV line split into cells (quoted cells may hold commas and doubled quotes). */
function cells(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/**
 * The 48 matches of the 2017 CAF Confederation Cup group stage (fixtures/caf-2017-groups/SOURCE.md),
 * as groups whose team ids are the teams' names. `upToMatchday` keeps only the matches played by then.
 */
export function cafGroups(upToMatchday = 6): Group[] {
  const text = readFileSync(new URL('./fixtures/caf-2017-groups/matches.csv', import.meta.url), 'utf8');
  const [header, ...lines] = text.trim().split('\n');
  const cols = cells(header!);
  const byGroup = new Map<string, { teams: TeamId[]; matches: GroupMatch[] }>();
  for (const line of lines) {
    const row = Object.fromEntries(cells(line).map((v, i) => [cols[i]!, v]));
    const g = byGroup.get(row.group!) ?? { teams: [], matches: [] };
    byGroup.set(row.group!, g);
    const home = teamId(row.home!);
    const away = teamId(row.away!);
    for (const t of [home, away]) if (!g.teams.includes(t)) g.teams.push(t);
    const matchday = Number(row.matchday);
    const played = matchday <= upToMatchday;
    g.matches.push({
      home,
      away,
      matchday,
      ...(played ? { score: [Number(row.home_goals), Number(row.away_goals)] as const } : {}),
      ...(/not played/i.test(row.notes ?? '') ? { awarded: true } : {}),
    });
  }
  return [...byGroup].map(([id, g]) => ({ id, teams: g.teams, rounds: 2, matches: g.matches }));
}
