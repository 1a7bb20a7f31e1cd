import { cupError, err, ok, type Result } from '../../result.ts';
import { type RoundKey, roundKeys } from './types.ts';

/**
 * Round names as users and sources write them, by their normal form (lower case, words joined by
 * hyphens, a trailing plural "s" dropped): "Round of 16", "R16", "Last 16", "Eighth-finals" are all
 * the round of 16. A name not listed here and not a round key is an error listing what is accepted.
 */
const ALIASES: Readonly<Record<string, RoundKey>> = {
  'preliminary-round': 'preliminary',
  prelim: 'preliminary',
  'qualifying-round': 'qualifying',
  'first-qualifying-round': 'qualifying',
  'second-qualifying-round': 'qualifying',
  'third-qualifying-round': 'qualifying',
  q1: 'qualifying',
  q2: 'qualifying',
  q3: 'qualifying',
  'play-off-round': 'play-off',
  playoff: 'play-off',
  'playoff-round': 'play-off',
  'round-1': 'first-round',
  '1st-round': 'first-round',
  r1: 'first-round',
  'round-2': 'second-round',
  '2nd-round': 'second-round',
  r2: 'second-round',
  'round-3': 'third-round',
  '3rd-round': 'third-round',
  r3: 'third-round',
  'round-4': 'fourth-round',
  '4th-round': 'fourth-round',
  'round-5': 'fifth-round',
  '5th-round': 'fifth-round',
  'round-6': 'sixth-round',
  '6th-round': 'sixth-round',
  'last-32': 'round-of-32',
  r32: 'round-of-32',
  'round-of-thirty-two': 'round-of-32',
  'last-16': 'round-of-16',
  r16: 'round-of-16',
  'round-of-sixteen': 'round-of-16',
  'eighth-final': 'round-of-16',
  quarterfinal: 'quarter-final',
  'quarter-finals': 'quarter-final',
  qf: 'quarter-final',
  semifinal: 'semi-final',
  sf: 'semi-final',
  'third-place-match': 'third-place',
  'third-place-play-off': 'third-place',
  'third-place-playoff': 'third-place',
  'match-for-third-place': 'third-place',
  '3rd-place': 'third-place',
  f: 'final',
};

/** The normal form of a round name: "Round of 16" → "round-of-16", "Quarter-finals" → "quarter-final". */
function normal(text: string): string {
  const words = text
    .trim()
    .toLowerCase()
    .replace(/[\s_.]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return words.endsWith('s') && !words.endsWith('ss') ? words.slice(0, -1) : words;
}

/**
 * Reads a round as users write it: a round key (`round-of-16`) or a usual name ("Round of 16",
 * "Quarter-finals", "third-round", "R16", "Last 16"). Anything else is an error listing the keys.
 *
 * @example parseRound('Round of 16') // ok('round-of-16')
 */
export function parseRound(text: string): Result<RoundKey> {
  if (text.length <= 60) {
    const n = normal(text);
    if ((roundKeys as ReadonlyArray<string>).includes(n)) return ok(n as RoundKey);
    if ((roundKeys as ReadonlyArray<string>).includes(`${n}s`)) return ok(`${n}s` as RoundKey);
    if (Object.hasOwn(ALIASES, n)) return ok(ALIASES[n]!);
  }
  return err(
    cupError(
      'unknown-era-round',
      ['round'],
      `"${text.slice(0, 60)}" is not a round; use one of ${roundKeys.join(', ')} (or a usual name such as "Round of 16", "Quarter-finals", "R16", "Last 16")`,
    ),
  );
}
