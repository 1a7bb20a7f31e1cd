import type { RawMatch, RawSection } from './read-football-txt.ts';

/**
 * `== Playoffs` of a league file holds two-legged semi-finals and a one-match final in one section:
 * a lone match between two teams that both played two legs earlier in the section becomes a round of
 * its own (`Playoffs, Final`).
 */
export function splitFinals(sections: ReadonlyArray<RawSection>): RawSection[] {
  const key = (m: RawMatch) => [m.home.toLowerCase(), m.away.toLowerCase()].sort().join('|');
  return sections.flatMap((section) => {
    const count = new Map<string, number>();
    for (const m of section.matches) count.set(key(m), (count.get(key(m)) ?? 0) + 1);
    const twoLegged = new Set<string>();
    const lone: RawMatch[] = [];
    for (const m of section.matches) {
      if ((count.get(key(m)) ?? 0) >= 2) {
        twoLegged.add(m.home.toLowerCase());
        twoLegged.add(m.away.toLowerCase());
      } else if (twoLegged.has(m.home.toLowerCase()) && twoLegged.has(m.away.toLowerCase())) lone.push(m);
    }
    if (lone.length === 0 || lone.length * 2 > twoLegged.size / 2) return [section];
    const first = lone[0]!;
    return [
      { ...section, matches: section.matches.filter((m) => !lone.includes(m)) },
      { name: `${section.name}, Final`, line: first.line, matches: lone },
    ];
  });
}
