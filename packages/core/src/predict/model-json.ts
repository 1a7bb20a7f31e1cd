import type { CoreErrorCode } from '../error-codes.ts';
import { type CupError, cupError, err, type Result } from '../result.ts';

// Helpers of the model-file readers (model-file.ts, model-bracket.ts); not part of core's API.

/** A JSON object as a model file holds it. */
export type Json = Readonly<Record<string, unknown>>;
/** True for a JSON object (not an array, not null). */
export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
/** The failure of reading a model file: one problem with core's code, the field's path and a message. */
export const bad = (
  code: CoreErrorCode,
  path: ReadonlyArray<string | number>,
  message: string,
): Result<never, CupError[]> => err([cupError(code, path, message)]);
