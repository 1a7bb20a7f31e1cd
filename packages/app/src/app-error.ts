import type { CupError } from '@cupstage/core';

/**
 * A refused use case: a CupError (code, path, message), with the current version when the refusal is
 * a version conflict, and every problem when there are several (e.g. a competition file).
 *
 * @example appError('competition-not-found', ['id'], 'no competition "x"')
 */
export interface AppError extends CupError {
  readonly currentVersion?: number;
  readonly errors?: ReadonlyArray<CupError>;
}

/** Builds an AppError. */
export function appError(
  code: string,
  path: ReadonlyArray<string | number>,
  message: string,
  extra: { currentVersion?: number; errors?: ReadonlyArray<CupError> } = {},
): AppError {
  return { code, path, message, ...extra };
}
