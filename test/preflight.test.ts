import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const PREFLIGHT = fileURLToPath(new URL('../scripts/preflight.mjs', import.meta.url));

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('npm test preflight', () => {
  it('stops with one line naming PostgreSQL and how to start it when it does not answer', async () => {
    const port = await closedPort();
    const run = spawnSync(process.execPath, [PREFLIGHT], {
      env: { ...process.env, CUPSTAGE_TEST_POSTGRES: `postgres://postgres@127.0.0.1:${port}/test` },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`PostgreSQL is not answering on 127.0.0.1:${port}`);
    expect(lines[0]).toContain('pg_ctlcluster --skip-systemctl-redirect');
  });

  it('passes silently when PostgreSQL and Chromium are there', () => {
    const run = spawnSync(process.execPath, [PREFLIGHT], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
