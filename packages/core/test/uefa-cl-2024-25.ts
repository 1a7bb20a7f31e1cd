import { readFileSync } from 'node:fs';
import type { Group, GroupMatch } from '../src/group/types.ts';
import { type TeamId, teamId } from '../src/ids.ts';

const fixture = new URL('./fixtures/uefa-cl-2024-25/cl.txt', import.meta.url);

/** `Club Brugge KV (BEL)` -> `Club Brugge KV`. */
const name = (side: string): string => side.replace(/\s*\([A-Z]{3}\)\s*$/, '').trim();

/** The fixture's match lines of the sections whose header starts with `section` (`League`, `Playoffs`, `Finals, Round of 16`). */
export function clMatches(section: string): Array<{ home: string; away: string; score: [number, number] }> {
  const out: Array<{ home: string; away: string; score: [number, number] }> = [];
  let inSection = false;
  for (const raw of readFileSync(fixture, 'utf8').split('\n')) {
    if (raw.startsWith('»')) {
      inSection = raw.slice(1).trim().startsWith(section);
      continue;
    }
    if (!inSection) continue;
    const m = /^\s*(?:\d\d\.\d\d\s+)?(.+?\([A-Z]{3}\))\s+v\s+(.+?\([A-Z]{3}\))\s+(\d+)-(\d+)/.exec(raw);
    if (m) out.push({ home: name(m[1]!), away: name(m[2]!), score: [Number(m[3]), Number(m[4])] });
  }
  return out;
}

/**
 * The 2024–25 UEFA Champions League league phase (fixtures/uefa-cl-2024-25/SOURCE.md) as one group
 * of 36 teams, 8 matches each, whose team ids are the clubs' names as openfootball writes them.
 * `upToMatch` keeps only the first n of the 144 results (the rest are fixtures without a score).
 */
export function clLeaguePhase(upToMatch = 144): Group {
  const matches: GroupMatch[] = clMatches('League').map((x, i) => ({
    home: teamId(x.home),
    away: teamId(x.away),
    ...(i < upToMatch ? { score: x.score } : {}),
  }));
  const teams: TeamId[] = [...new Set(matches.flatMap((x) => [x.home, x.away]))];
  return { id: 'League', teams, rounds: 1, matches, league: { matchesPerTeam: 8 } };
}
