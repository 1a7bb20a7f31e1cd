import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The web package's folder. */
export const WEB = fileURLToPath(new URL('../..', import.meta.url));
/** Where `vite build` writes the app. */
export const DIST = join(WEB, 'dist');

function newest(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const s = statSync(path);
    t = Math.max(t, s.isDirectory() ? newest(path) : s.mtimeMs);
  }
  return t;
}

/** Where `vite build --ssr` writes the server render entry. */
export const DIST_SSR = join(WEB, 'dist-ssr');

/**
 * Builds the web app and its server render entry unless both are newer than every source file (so
 * tests never run a stale app).
 */
export function ensureBuilt(): void {
  const index = join(DIST, 'index.html');
  const entry = join(DIST_SSR, 'ssr.js');
  const sources = Math.max(newest(join(WEB, 'src')), statSync(join(WEB, 'index.html')).mtimeMs);
  const fresh = (f: string): boolean => existsSync(f) && statSync(f).mtimeMs >= sources;
  if (fresh(index) && fresh(entry)) return;
  // NODE_ENV is `test` under vitest: a production build needs it set, or React is built for development.
  const env = { ...process.env, NODE_ENV: 'production' };
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: WEB, stdio: 'inherit', env });
  execFileSync(
    'npx',
    ['vite', 'build', '--ssr', 'src/ssr.tsx', '--outDir', 'dist-ssr', '--logLevel', 'warn'],
    {
      cwd: WEB,
      stdio: 'inherit',
      env,
    },
  );
}
