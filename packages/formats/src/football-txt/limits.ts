import { type ImportProblem, problem } from '../article-import/problems.ts';

/** The largest file read: the biggest openfootball file (a league season with line-ups) is about 80 kB. */
export const FOOTBALL_TXT_MAX_BYTES = 4_000_000;
/** The longest line read: real lines with line-ups stay under 300 characters. */
export const FOOTBALL_TXT_MAX_LINE = 2_000;

/** The first limit a text breaks, as a problem naming it. */
export function checkLimits(text: string): ImportProblem | undefined {
  if (text.length > FOOTBALL_TXT_MAX_BYTES)
    return problem(
      'error',
      'too-large',
      undefined,
      `the file has ${text.length} characters; football.txt files are read up to ${FOOTBALL_TXT_MAX_BYTES}`,
    );
  let n = 1;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text.charCodeAt(i) !== 10) continue;
    if (i - start > FOOTBALL_TXT_MAX_LINE)
      return problem(
        'error',
        'line-too-long',
        n,
        `line ${n} has ${i - start} characters; a football.txt line is read up to ${FOOTBALL_TXT_MAX_LINE}`,
      );
    n++;
    start = i + 1;
  }
  return undefined;
}
