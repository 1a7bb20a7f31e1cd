import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer, hashPassword, loadExample } from '@cupstage/server';
import { createSqliteStore } from '@cupstage/store';
import type { FastifyInstance } from 'fastify';
import { DIST } from './build.ts';

export const EXAMPLE = fileURLToPath(
  new URL('../../../../examples/caf-confederation-cup-2017.json', import.meta.url),
);
export const CAF = 'caf-confederation-cup-2017';
export const ORGANISER = { email: 'organiser@example.org', password: 'correct horse battery' } as const;

/** The real server on a loopback port, on a temporary SQLite database with the example loaded. */
export interface RunningServer {
  readonly base: string;
  readonly app: FastifyInstance;
  close(): Promise<void>;
}

/** Starts `cupstage serve` in-process: the API plus the built web app at `/`. */
export async function startServer(): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'cupstage-web-'));
  const store = await createSqliteStore(join(dir, 'web.db'));
  await loadExample(store, EXAMPLE);
  const id = randomUUID();
  const added = await store.accounts.addUser({
    id,
    email: ORGANISER.email,
    passwordHash: await hashPassword(ORGANISER.password),
    createdAt: new Date().toISOString(),
  });
  if (!added.ok) throw new Error(added.error.message);
  await store.accounts.setRole(CAF, id, 'editor');
  const app = await buildServer({ store, webDist: DIST });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    base,
    app,
    close: async () => {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
