import { slug, type Team, type TeamId, teamId } from '@cupstage/core';

/** How a name was matched to a team already known. */
export interface TeamMatch {
  readonly id: TeamId;
  /** True when the team is new to this import. */
  readonly created: boolean;
  /** Set when the name differs from the registered one but was read as the same team. */
  readonly alias?: { readonly registered: string; readonly written: string };
}

/** One registry per import: every spelling of a team maps to one id. */
export interface TeamRegistry {
  /** The team this name denotes, registering it when it is new. */
  resolve(written: string): TeamMatch;
  /** The team a name denotes, if known (registers nothing). */
  find(written: string): TeamId | undefined;
  /** The teams in the order they were first named. */
  teams(): Team[];
  nameOf(id: TeamId): string;
}

/** `Manchester United (ENG)` → name and country code. */
export function splitCountry(text: string): { name: string; country?: string } {
  const m = /^(.+?)\s*\(([A-Z]{3})\)$/.exec(text.trim());
  return m ? { name: m[1]!, country: m[2]! } : { name: text.trim() };
}

/**
 * The key two spellings of one team share: no diacritics, case, hyphens, dots or apostrophes;
 * `Al-Hilal` and `Al Hilal` alike; a country suffix such as `(KSA)` dropped.
 *
 * @example teamKey('Al-Hilal (KSA)') === teamKey('al hilal') // true
 * @example teamKey('Atlético Madrid') === teamKey('Atletico Madrid') // true
 */
export function teamKey(text: string): string {
  return splitCountry(text)
    .name.normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[-\u2010-\u2013_'’.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A team registry for one import (the shared import kit: football.txt, article, CSV). The first
 * spelling of a team is its name; later spellings that share its {@link teamKey} are aliases and come
 * back with `alias` set, so the importer can say which line named the team differently. The country
 * code is taken from a `(XXX)` suffix, or `XXX` when none is written. Two clubs of one name from
 * different countries (`Universidad Católica (CHI)`, `Universidad Catolica (ECU)`) stay two teams.
 *
 * @example const r = createTeamRegistry(); r.resolve('Al-Hilal (KSA)'); r.resolve('Al Hilal').alias // { registered: 'Al-Hilal', written: 'Al Hilal' }
 */
export function createTeamRegistry(): TeamRegistry {
  const list: Team[] = [];
  // Teams by key; several when the same name belongs to clubs of different countries.
  const byKey = new Map<string, Array<{ team: Team; written: boolean }>>();
  const ids = new Set<string>();
  /** The team a spelling denotes: same key, and the same country unless one side writes none. */
  const match = (written: string) => {
    const { country } = splitCountry(written);
    const candidates = byKey.get(teamKey(written)) ?? [];
    return (
      candidates.find((c) => c.written && c.team.country === country) ??
      candidates.find((c) => country === undefined || !c.written)
    );
  };
  return {
    find: (written) => match(written)?.team.id,
    resolve(written) {
      const { name, country } = splitCountry(written);
      const known = match(written);
      if (known) {
        return known.team.name === name
          ? { id: known.team.id, created: false }
          : { id: known.team.id, created: false, alias: { registered: known.team.name, written: name } };
      }
      const base = slug(name) || 'team';
      let id = base;
      for (let k = 2; ids.has(id); k++) id = `${base}-${k}`;
      ids.add(id);
      const team: Team = { id: teamId(id), name, country: country ?? 'XXX' };
      list.push(team);
      const key = teamKey(written);
      byKey.set(key, [...(byKey.get(key) ?? []), { team, written: country !== undefined }]);
      return { id: team.id, created: true };
    },
    teams: () => [...list],
    nameOf: (id) => list.find((t) => t.id === id)?.name ?? id,
  };
}
