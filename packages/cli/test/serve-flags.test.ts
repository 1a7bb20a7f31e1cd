import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serve } from '../../server/test/process.ts';
import { run } from './helpers.ts';

const PASSWORD = 'correct horse battery';
const odds = JSON.stringify({ procedure: 'fixed', ties: [['A', 'B']] });

describe('cupstage serve deployment flags', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cupstage-flags-'));
  const db = join(dir, 'cupstage.db');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('marks the session cookie Secure with --secure-cookies, and not without', async () => {
    const added = await run(
      ['user', 'add', 'organiser@example.org', '--password-stdin', '--db', db],
      `${PASSWORD}\n`,
    );
    expect(added.code, added.stderr).toBe(0);
    const login = async (base: string): Promise<string> => {
      const r = await fetch(`${base}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'organiser@example.org', password: PASSWORD }),
      });
      expect(r.status).toBe(200);
      return r.headers.get('set-cookie') ?? '';
    };
    const secure = await serve(['--db', db, '--secure-cookies']);
    try {
      expect(await login(secure.base)).toMatch(/;\s*Secure/i);
    } finally {
      await secure.stop();
    }
    const plain = await serve(['--db', db]);
    try {
      expect(await login(plain.base)).not.toMatch(/;\s*Secure/i);
    } finally {
      await plain.stop();
    }
  }, 60_000);

  it('keys the anonymous rate limit on the proxy-named client with --trust-proxy and --rate-limit', async () => {
    const s = await serve(['--db', db, '--trust-proxy', '127.0.0.1', '--rate-limit', '1']);
    try {
      const from = async (ip: string): Promise<number> =>
        (
          await fetch(`${s.base}/draws/odds`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
            body: odds,
          })
        ).status;
      expect(await from('198.51.100.1')).toBe(200);
      expect(await from('198.51.100.1')).toBe(429);
      expect(await from('198.51.100.2')).toBe(200);
    } finally {
      await s.stop();
    }
  }, 60_000);

  it('refuses a bad --rate-limit or --workers with a message naming the flag', async () => {
    const bad = await run(['serve', '--db', db, '--rate-limit', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--rate-limit is a whole number from 1 to 1000000');
    const workers = await run(['serve', '--db', db, '--workers', 'many']);
    expect(workers.code).toBe(2);
    expect(workers.stderr).toContain('--workers is a whole number from 1 to 64');
  });
});
