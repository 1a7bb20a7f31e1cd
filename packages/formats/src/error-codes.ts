import type { CoreErrorCode, CupError } from '@cupstage/core';
import type * as z from 'zod';

/**
 * Every code of formats' own refusals and import findings, one meaning each. Where a file states
 * something a core rule refuses, formats reports core's code (a `CoreErrorCode`), never a second name
 * for it; an importer reports a tie the engine rejects as `engine-` + core's code. A test checks that
 * this list and core's share no code.
 */
export const FORMATS_ERROR_CODES = [
  'bad-bracket-row',
  'bad-goals',
  'bad-leg-number',
  'bad-match-line',
  'bad-score',
  'bad-team-cell',
  'broken-leg-line',
  'champion-disagrees',
  'country-mismatch',
  'country-missing',
  'custom',
  'date-without-year',
  'empty-csv',
  'empty-round',
  'era-incomplete',
  'extra-time-not-possible',
  'invalid-element',
  'invalid-format',
  'invalid-json',
  'invalid-key',
  'invalid-rules',
  'invalid-type',
  'invalid-union',
  'invalid-value',
  'leg-missing',
  'legs-do-not-pair',
  'legs-unknown',
  'line-too-long',
  'match-not-played',
  'match-outside-round',
  'missing-cell',
  'missing-column',
  'no-knockout-rounds',
  'no-rounds',
  'no-rows',
  'no-title',
  'not-multiple-of',
  'opponent-unknown',
  'result-missing',
  'result-needs-attention',
  'rule-field-missing',
  'rules-and-era',
  'rules-as-written',
  'rules-from-registry',
  'rules-missing',
  'rules-not-a-preset',
  'rules-not-stated',
  'rules-not-understood',
  'rules-overridden',
  'rules-too-long',
  'score-after-90-not-stated',
  'second-title',
  'section-skipped',
  'summary-disagrees',
  'summary-missing',
  'team-alias',
  'team-count-mismatch',
  'team-enters-here',
  'tie-not-decided',
  'title-mismatch',
  'too-big',
  'too-large',
  'too-many-matches',
  'too-small',
  'unclosed-quote',
  'unknown-line',
  'unknown-rules-name',
  'unknown-tie-breakers-preset',
  'unrecognized-keys',
  'walkover',
  'walkover-unclear',
  'winner-disagrees',
] as const;

/** A code of formats' own (see `FORMATS_ERROR_CODES`). */
export type FormatsErrorCode = (typeof FORMATS_ERROR_CODES)[number];

/** Any code formats may report: its own, core's, or core's verdict on an imported tie. */
export type FormatsCode = FormatsErrorCode | CoreErrorCode | `engine-${CoreErrorCode}`;

/** Builds a CupError of formats (its code typed). */
export function formatsError(
  code: FormatsCode,
  path: ReadonlyArray<string | number>,
  message: string,
): CupError {
  return { code, path, message };
}

/** The code of a zod issue of a competition or ties file, e.g. `invalid_type` → `invalid-type`. */
export const ZOD_ISSUE_CODES: Readonly<Record<z.core.$ZodIssue['code'], FormatsErrorCode>> = {
  invalid_type: 'invalid-type',
  too_big: 'too-big',
  too_small: 'too-small',
  invalid_format: 'invalid-format',
  not_multiple_of: 'not-multiple-of',
  unrecognized_keys: 'unrecognized-keys',
  invalid_union: 'invalid-union',
  invalid_key: 'invalid-key',
  invalid_element: 'invalid-element',
  invalid_value: 'invalid-value',
  custom: 'custom',
};
