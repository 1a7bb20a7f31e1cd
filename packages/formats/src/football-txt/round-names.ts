import { isRoundKey, rulesInForce, slug, type TieRules } from '@cupstage/core';

const KEYS: ReadonlyArray<readonly [RegExp, string]> = [
  [/third|3rd/i, 'third-place'],
  [/round of 32|last 32|sechzehntel/i, 'round-of-32'],
  [/round of 16|last 16|eighth|achtel/i, 'round-of-16'],
  [/quarter|viertel/i, 'quarter-final'],
  [/semi|halbfinal/i, 'semi-final'],
  [/^finale?s?$/i, 'final'],
  [/play-?offs?/i, 'play-off'],
  [/qualif/i, 'qualifying'],
  [/prelim/i, 'preliminary'],
  [/^first round|^1st round|^round 1$/i, 'first-round'],
  [/^second round|^2nd round|^round 2$/i, 'second-round'],
  [/^third round|^3rd round|^round 3$/i, 'third-round'],
];

/** The key of a round name: `Round of 16` → `round-of-16`, `Match for third place` → `third-place`. */
export function roundKeyOf(name: string): string | undefined {
  return KEYS.find(([re]) => re.test(name))?.[1];
}

/** openfootball titles that name a competition of the era registry by another name. */
const REGISTRY_NAMES: Readonly<Record<string, string>> = {
  'copa-libertadores': 'conmebol-libertadores',
  'copa-sudamericana': 'conmebol-sudamericana',
};

/**
 * The rules of a round from the era registry, by the title's competition and season, or undefined
 * when the registry does not know them.
 */
export function registryRules(
  name: string,
  season: string | undefined,
  section: string,
): { rules: TieRules; label: string } | undefined {
  if (!season) return undefined;
  const qualifying = /\bquali/i.test(name);
  const key = qualifying && /round/i.test(section) ? 'qualifying' : roundKeyOf(section);
  if (!key || !isRoundKey(key)) return undefined;
  const id = slug(name.replace(/\s*-\s*quali\w*$/i, ''));
  const found = rulesInForce(REGISTRY_NAMES[id] ?? id, season, key);
  if (!found.ok) return undefined;
  return {
    rules: found.value.rules,
    label: `${found.value.competition.name} ${found.value.season.label}`,
  };
}
