import {
  type Competition,
  type CoreErrorCode,
  checkCompetition,
  type Result,
  resolveTie,
  type TeamId,
  type TieFacts,
  type TieOutcome,
  type TieRules,
} from '@cupstage/core';
import { type ImportProblem, problem } from '../article-import/problems.ts';

/** The engine's verdict on one imported tie, and the finding to report when it rejects the tie. */
export interface TieVerdict {
  readonly outcome: Result<TieOutcome>;
  readonly problem?: ImportProblem;
}

/**
 * Checks an imported tie against the engine (core's `resolveTie` under the round's rules), as every
 * importer does. A tie the engine rejects gives an error `engine-` + core's code on the tie's line:
 * `QF1: the engine rejects this tie under caf-2017: …`.
 *
 * @example checkTie('F', { teams, legs }, caf2017, nameOf, 12).problem // undefined for a valid tie
 */
export function checkTie(
  id: string,
  facts: TieFacts,
  rules: TieRules,
  nameOf: (team: TeamId) => string,
  line: number | undefined,
): TieVerdict {
  const outcome = resolveTie(facts, rules, { nameOf });
  if (outcome.ok) return { outcome };
  return {
    outcome,
    problem: problem(
      'error',
      // resolveTie refuses with core's codes only.
      `engine-${outcome.error.code as CoreErrorCode}`,
      line,
      `${id}: the engine rejects this tie under ${rules.id}: ${outcome.error.message}`,
    ),
  };
}

/**
 * Core's `checkCompetition` on an imported competition, each problem an import error with core's code
 * and path (no line: it is about the whole bracket).
 */
export function checkImported(c: Competition): ImportProblem[] {
  return checkCompetition(c).map((e) => ({
    severity: 'error',
    code: e.code,
    path: e.path,
    message: e.message,
  }));
}
