import { type CupError, err, ok, type Result, type TieRules } from '@cupstage/core';
import { type Imported, parseArticle } from '../article-import/parse-article.ts';
import type { ImportProblem } from '../article-import/problems.ts';
import { parseCompetition } from '../competition/parse-competition.ts';
import { parseLegsCsv } from '../csv/parse-legs-csv.ts';
import { parseFootballTxt } from '../football-txt/parse-football-txt.ts';

/** Every format a competition can be imported from. */
export const IMPORT_SOURCES = ['article', 'football-txt', 'csv', 'json'] as const;
export type ImportSource = (typeof IMPORT_SOURCES)[number];

export interface ImportOptions {
  /** Rules to use instead of those the source states (or the era registry finds). */
  readonly rules?: TieRules;
  /** CSV: the competition's name. */
  readonly name?: string;
}

const asProblems = (errors: ReadonlyArray<CupError>): ImportProblem[] =>
  errors.map((e) => ({ ...e, severity: 'error' as const }));

/**
 * Reads a competition from one of the import formats. One function for the CLI (`cupstage import`)
 * and the API (`POST /import`). On success, the competition and the findings (notes, warnings and
 * errors with line numbers); on failure, the findings that left nothing usable.
 *
 * @example importCompetition(seedArticleText, 'article') // ok: { competition, problems: [note: final legs unknown] }
 */
export function importCompetition(
  text: string,
  from: ImportSource,
  options: ImportOptions = {},
): Result<Imported, ImportProblem[]> {
  const rules = options.rules ? { rules: options.rules } : {};
  switch (from) {
    case 'article':
      return parseArticle(text, rules);
    case 'football-txt':
      return parseFootballTxt(text, rules);
    case 'csv':
      return parseLegsCsv(text, { name: options.name ?? 'Imported competition', ...rules });
    case 'json': {
      const r = parseCompetition(text);
      return r.ok ? ok({ competition: r.value, problems: [] }) : err(asProblems(r.error));
    }
    default: {
      const never: never = from;
      return never;
    }
  }
}
