/**
 * What is wrong with a competition id (the part of its links), in the organiser's words; undefined
 * when it is fine. The same rule as the API's (`^[a-z0-9][a-z0-9-]{0,99}$`), checked here instead of
 * with an HTML `pattern` attribute so that the message says what to change.
 *
 * @example competitionIdProblem('My Cup', true) // 'Use only lower-case letters, digits and hyphens in the id (not "M", " ").'
 */
export function competitionIdProblem(id: string, typed: boolean, named = true): string | undefined {
  if (id === '' && typed) return 'Give the id, or leave it empty to make it from the name.';
  if (id === '') return named ? 'Give an id: the name has no letters or digits to make one from.' : undefined;
  if (id.length > 100) return `Keep the id to 100 characters (it has ${id.length}).`;
  const bad = [...new Set([...id].filter((ch) => !/[a-z0-9-]/.test(ch)))];
  if (bad.length > 0)
    return `Use only lower-case letters, digits and hyphens in the id (not ${bad.map((c) => `"${c}"`).join(', ')}).`;
  if (id.startsWith('-')) return 'Start the id with a letter or a digit, not a hyphen.';
  return undefined;
}
