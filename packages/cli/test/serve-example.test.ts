import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { serve } from '../../server/test/process.ts';
import { main } from '../src/main.ts';

const CAF = 'caf-confederation-cup-2017';

async function run(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['node', 'cupstage', ...args], {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    stdin: Readable.from([stdin]),
    interactive: false,
  });
  return { code, out, err };
}

describe('cupstage serve --example and cupstage user', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cupstage-serve-'));
  const db = join(dir, 'cupstage.db');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves the example on first run, keeps it on later runs, and lets an account granted by the CLI edit it', async () => {
    const first = await serve(['--example', '--db', db]);
    try {
      expect(first.stderr()).toContain('loaded and published');
      const bracket = await fetch(`${first.base}/competitions/${CAF}/bracket`);
      expect(((await bracket.json()) as { champion: string }).champion).toBe('TP Mazembe');
      const report = await (await fetch(`${first.base}/competitions/${CAF}/report`)).text();
      expect(report).toContain('TP Mazembe');
      expect((await fetch(`${first.base}/docs`)).status).toBe(200);
      const busy = await run(['serve', '--port', new URL(first.base).port, '--db', db]);
      expect(busy.code).toBe(2);
      expect(busy.err).toContain('is in use');
    } finally {
      await first.stop();
    }

    expect((await run(['user', 'add', 'organiser@example.org', '--db', db], '')).err).toContain(
      '--password-stdin',
    );
    const short = await run(
      ['user', 'add', 'organiser@example.org', '--password-stdin', '--db', db],
      'short\n',
    );
    expect(short).toMatchObject({ code: 2 });
    expect(short.err).toContain('at least 8 characters');
    const added = await run(
      ['user', 'add', 'Organiser@Example.org', '--password-stdin', '--db', db],
      'a long password\n',
    );
    expect(added).toMatchObject({ code: 0, out: 'created account organiser@example.org\n' });
    expect(
      (
        await run(
          ['user', 'add', 'organiser@example.org', '--password-stdin', '--db', db],
          'a long password\n',
        )
      ).code,
    ).toBe(2);
    expect((await run(['user', 'grant', 'organiser@example.org', CAF, 'captain', '--db', db])).err).toContain(
      'owner or editor',
    );
    expect((await run(['user', 'grant', 'organiser@example.org', CAF, 'editor', '--db', db])).code).toBe(0);
    const token = (
      await run(['user', 'token', 'organiser@example.org', '--name', 'script', '--db', db])
    ).out.trim();
    expect(token).toMatch(/^cs_/);
    const listed = await run(['user', 'list', '--db', db]);
    expect(listed.out).toContain(`organiser@example.org`);

    const second = await serve(['--example', '--db', db]);
    try {
      expect(second.stderr()).toContain('already loaded');
      const competitions = (await (await fetch(`${second.base}/competitions`)).json()) as Array<{
        id: string;
        version: number;
      }>;
      expect(competitions).toMatchObject([
        { id: CAF, name: '2017 CAF Confederation Cup', version: 2, published: true, status: 'finished' },
      ]);
      expect(competitions).toHaveLength(1);
      const login = await fetch(`${second.base}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'organiser@example.org', password: 'a long password' }),
      });
      expect(login.status).toBe(200);
      const put = await fetch(`${second.base}/competitions/${CAF}/ties/F/legs/2`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'if-match': '"2"' },
        body: JSON.stringify({ home: 'supersport-united', away: 'tp-mazembe', score: [2, 0] }),
      });
      expect(put.status).toBe(200);
      const bracket = (await (await fetch(`${second.base}/competitions/${CAF}/bracket`)).json()) as {
        champion: string;
      };
      expect(bracket.champion).toBe('SuperSport United');
    } finally {
      await second.stop();
    }
  }, 90_000);

  it('refuses a bad port with a message', async () => {
    const r = await run(['serve', '--port', 'eighty']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('a port is a whole number');
  });
});
