import { type Competition, err, ok, type Result } from '@cupstage/core';
import { type BuildOptions, buildCompetition } from './build-competition.ts';
import type { ImportProblem } from './problems.ts';
import { readArticle } from './read-article.ts';

/** A competition read from a source, with everything the reader noticed on the way. */
export interface Imported {
  readonly competition: Competition;
  /** Disagreements, broken or unknown lines, and notes on what was inferred; each with its line. */
  readonly problems: ReadonlyArray<ImportProblem>;
}

/**
 * Reads an article written like the seed (or printed by `cupstage report --format text`) into a
 * competition: teams and groups from the qualified-teams table, the rules from the format paragraph,
 * the schedule and its amendments, the order of legs and its draw, and every round's ties from its
 * leg lines (any of the dashes −, -, –). Each result line is checked against the engine's own outcome;
 * a tie known only from its result line (as the seed's final) is recorded as reported, legs unknown.
 * Fails (with every problem) only when nothing usable was found.
 *
 * @example
 * const r = parseArticle(readFileSync('seed.txt', 'utf8'));
 * if (r.ok) writeCompetition(r.value.competition); // r.value.problems: [] when every line agrees
 */
export function parseArticle(text: string, options: BuildOptions = {}): Result<Imported, ImportProblem[]> {
  const { doc, problems } = readArticle(text);
  const competition = buildCompetition(doc, options, problems);
  const byLine = [...problems].sort(
    (a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER),
  );
  if (!competition) return err(byLine);
  return ok({ competition, problems: byLine });
}
