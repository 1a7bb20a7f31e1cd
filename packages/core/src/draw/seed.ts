import { type CupError, cupError } from '../result.ts';

/** The fewest characters a draw seed may have: short seeds can be guessed from their commitment. */
export const MIN_SEED_LENGTH = 16;

/**
 * Checks a draw seed as a person gives it (API, CLI): at least MIN_SEED_LENGTH characters, not
 * counting spaces at either end. An empty seed would make a commitment anyone can recompute
 * (the SHA-256 of ""), so it is refused like any short one (`seed-too-short`).
 *
 * @example checkSeed('cairo', ['seed'])?.code // 'seed-too-short'
 */
export function checkSeed(seed: string, path: ReadonlyArray<string | number>): CupError | undefined {
  const length = seed.trim().length;
  if (length >= MIN_SEED_LENGTH) return undefined;
  return cupError(
    'seed-too-short',
    path,
    length === 0
      ? `the draw seed is empty: give a phrase of at least ${MIN_SEED_LENGTH} characters that no one can guess`
      : `the draw seed has ${length} characters: give at least ${MIN_SEED_LENGTH}, a phrase no one can guess`,
  );
}
