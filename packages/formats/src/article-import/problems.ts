import type { CupError } from '@cupstage/core';
import type { FormatsCode } from '../error-codes.ts';

/** How serious an import finding is: an error loses or contradicts data, a note states an inference. */
export type Severity = 'error' | 'warning' | 'note';

/** A finding of an importer, with the 1-based line (and column when known) it is about. */
export interface ImportProblem extends CupError {
  readonly severity: Severity;
  readonly line?: number;
  readonly column?: number;
}

/** Builds an ImportProblem whose path is `['line', n]`. */
export function problem(
  severity: Severity,
  code: FormatsCode,
  line: number | undefined,
  message: string,
): ImportProblem {
  return {
    severity,
    code,
    path: line === undefined ? [] : ['line', line],
    message,
    ...(line ? { line } : {}),
  };
}

/**
 * One line per problem: `FILE:12: error: message (code)`.
 *
 * @example describeProblems('seed.txt', [problem('error', 'unknown-line', 3, 'not understood')])
 * // 'seed.txt:3: error: not understood (unknown-line)'
 */
export function describeProblems(file: string, problems: ReadonlyArray<ImportProblem>): string {
  return problems
    .map((p) => {
      const where = p.line === undefined ? file : `${file}:${p.line}${p.column ? `:${p.column}` : ''}`;
      return `${where}: ${p.severity}: ${p.message} (${p.code})`;
    })
    .join('\n');
}
