import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the read-only shared material (references to benchmark against) lives: $CUPSTAGE_SHARED, or
 * `../shared` beside the repository. Fails with a clear message when it is missing.
 */
export function sharedPath(...parts: string[]): string {
  const root =
    process.env.CUPSTAGE_SHARED ?? resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared');
  const path = join(root, ...parts);
  if (!existsSync(path)) {
    process.stderr.write(
      `bench: ${path} not found; set CUPSTAGE_SHARED to the folder holding bench/ and data/\n`,
    );
    process.exit(2);
  }
  return path;
}

/** The median of a list of numbers. */
export function median(xs: ReadonlyArray<number>): number {
  const s = [...xs].sort((a, b) => a - b);
  const k = s.length >> 1;
  return s.length % 2 ? s[k]! : (s[k - 1]! + s[k]!) / 2;
}

export const round3 = (x: number): number => Math.round(x * 1000) / 1000;
