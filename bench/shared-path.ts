import { randomUUID } from 'node:crypto';
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

/**
 * Loads the example into `store` and gives it an editor with an API token (the benchmarks' writer):
 * returns the token to send as `Authorization: Bearer <token>`.
 */
export async function exampleWithEditor(store: import('@cupstage/store').Store): Promise<string> {
  const { hashSecret, loadExample } = await import('@cupstage/server');
  await loadExample(
    store,
    fileURLToPath(new URL('../examples/caf-confederation-cup-2017.json', import.meta.url)),
  );
  const userId = randomUUID();
  const token = `cs_bench_${randomUUID()}`;
  await store.accounts.addUser({
    id: userId,
    email: 'bench@example.org',
    passwordHash: 'locked',
    createdAt: new Date().toISOString(),
  });
  await store.accounts.addToken({
    id: randomUUID(),
    userId,
    name: 'bench',
    tokenHash: hashSecret(token),
    createdAt: new Date().toISOString(),
  });
  await store.accounts.setRole('caf-confederation-cup-2017', userId, 'editor');
  return token;
}
