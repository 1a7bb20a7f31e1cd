import type { CoreErrorCode } from './error-codes.ts';

/**
 * Expected failures are values. A `CupError` carries a stable `code` that callers can branch on,
 * the `path` of the offending field in the input, and a human `message`.
 *
 * @example
 * const r = err({ code: 'negative-goals', path: ['legs', 0, 'score', 1], message: 'goals cannot be negative' });
 * if (!r.ok) console.log(r.error.code); // 'negative-goals'
 */
export interface CupError {
  readonly code: string;
  readonly path: ReadonlyArray<string | number>;
  readonly message: string;
}

export type Result<T, E = CupError> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

/** Wraps a value as a successful Result. */
export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/** Wraps an error as a failed Result. */
export function err<E>(error: E): { readonly ok: false; readonly error: E } {
  return { ok: false, error };
}

/** Builds a CupError of core, its code one of `CORE_ERROR_CODES`. */
export function cupError(
  code: CoreErrorCode,
  path: ReadonlyArray<string | number>,
  message: string,
): CupError {
  return { code, path, message };
}

/** Thrown only for bugs: a state the code believed impossible. Never for bad user input. */
export class InvariantError extends Error {
  override readonly name = 'InvariantError';
}

/** Asserts a condition that can only fail through a bug in cupstage itself. */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new InvariantError(message);
}

/** Formats a path as `legs[1].penalties` for messages. */
export function formatPath(path: ReadonlyArray<string | number>): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  return out;
}
