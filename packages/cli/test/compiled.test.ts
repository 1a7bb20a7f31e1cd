import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { examplePath, repoRoot, run } from './helpers.ts';

/**
 * What users run: the compiled JavaScript, dist/ (built here with `tsc -b`, incremental) bundled into
 * bundle/ by scripts/bundle-cli.mjs, as `npm install` does in `prepare`, started by plain Node. The
 * other tests run the sources.
 */
const BIN = `${repoRoot}packages/cli/bin/cupstage.js`;
const MODEL = `${repoRoot}examples/models/caf-2017-model.json`;

/** A loader hook that makes any import of tsx fail, so a run that needs it cannot pass. */
const BLOCK_TSX = `export async function resolve(specifier, context, next) {
  if (/^tsx(\\/|$)/.test(specifier)) throw new Error('tsx is not allowed: ' + specifier);
  return next(specifier, context);
}`;
const NO_TSX = `data:text/javascript,${encodeURIComponent(
  `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(BLOCK_TSX)}`)});`,
)}`;

/** Plain Node, without the `cupstage-source` condition the test processes run with. */
function compiledEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  return env;
}

function runCompiled(args: ReadonlyArray<string>): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', NO_TSX, BIN, ...args], {
    cwd: repoRoot,
    env: compiledEnv(),
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('the compiled cupstage', () => {
  beforeAll(() => {
    execFileSync(
      process.execPath,
      [fileURLToPath(import.meta.resolve('typescript/bin/tsc')), '-b', 'tsconfig.build.json'],
      {
        cwd: repoRoot,
        stdio: 'pipe',
      },
    );
    execFileSync(process.execPath, [`${repoRoot}scripts/bundle-cli.mjs`], { cwd: repoRoot, stdio: 'pipe' });
  }, 600_000);

  it('answers --version from bundle/ with tsx unavailable', () => {
    expect(existsSync(`${repoRoot}packages/cli/bundle/main.js`)).toBe(true);
    const r = runCompiled(['--version']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('0.1.0\n');
    expect(r.code).toBe(0);
  });

  it("leaves zod's other languages out of the command bundles (start-up: `import * as z`, not `{ z }`)", () => {
    // `import { z } from 'zod'` makes esbuild keep the whole namespace, 40-odd locales with it: the
    // report bundle then weighs 880 kB instead of about 330 kB and `cupstage report` starts ~20 ms later.
    for (const command of ['report', 'validate', 'ties', 'export']) {
      const text = readFileSync(`${repoRoot}packages/cli/bundle/commands/${command}.js`, 'utf8');
      const locales = [...text.matchAll(/node_modules\/zod\/v4\/locales\/([a-zA-Z-]+)\.js/g)].map(
        (m) => m[1],
      );
      expect(new Set(locales), command).toEqual(new Set(['en']));
      expect(text.length, command).toBeLessThan(500_000);
    }
  });

  it('prints the same report of the example as the sources do', async () => {
    const compiled = runCompiled(['report', examplePath]);
    const source = await run(['report', examplePath]);
    expect(compiled.stderr).toBe('');
    expect(compiled.code).toBe(0);
    expect(source.code).toBe(0);
    expect(compiled.stdout).toBe(source.stdout);
    expect(compiled.stdout).toContain('2017 CAF Confederation Cup');
  });

  it('reports a bad file as the sources do: the message, exit code 2, no "internal error"', async () => {
    // CliError is thrown in a command's bundle and recognised by main's: one shared class.
    const compiled = runCompiled(['report', 'no-such-file.json']);
    const source = await run(['report', 'no-such-file.json']);
    expect(compiled.stderr).toBe('cupstage: cannot read no-such-file.json: no such file\n');
    expect(compiled.code).toBe(2);
    expect(compiled).toEqual({ ...source, stdout: '' });
  });

  it("rejects a bad option value with commander's message and exit code 2", () => {
    const r = runCompiled(['report', examplePath, '--format', 'pdf']);
    expect(r.stderr).toContain("error: option '-f, --format <format>' argument 'pdf' is invalid");
    expect(r.code).toBe(2);
  });

  it('renders the PNG bracket with the fonts beside the formats package (import.meta.url in a bundle)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cupstage-compiled-'));
    try {
      const compiled = runCompiled(['export', examplePath, '--to', 'png', '-o', join(dir, 'compiled.png')]);
      const source = await run(['export', examplePath, '--to', 'png', '-o', join(dir, 'source.png')]);
      expect(compiled.stderr).toBe('');
      expect(compiled.code).toBe(0);
      expect(source.code).toBe(0);
      const png = readFileSync(join(dir, 'compiled.png'));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(png.equals(readFileSync(join(dir, 'source.png')))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs Monte Carlo in a compiled worker thread (worker.js: dist/ holds no worker.ts), with the odds of the sources', async () => {
    const args = ['simulate', examplePath, '--model', MODEL, '--runs', '20000', '--seed', '2017', '--json'];
    const compiled = runCompiled([...args, '--workers', '1']);
    const source = await run([...args, '--workers', '0']);
    expect(compiled.stderr).toBe('');
    expect(compiled.code).toBe(0);
    expect(JSON.parse(compiled.stdout)).toEqual(JSON.parse(source.stdout));
  });

  it("names the server's compiled job worker, worker.js beside run-job.js", () => {
    const runJob = pathToFileURL(`${repoRoot}packages/server/dist/jobs/run-job.js`).href;
    const out = execFileSync(
      process.execPath,
      [
        '--import',
        NO_TSX,
        '--input-type=module',
        '-e',
        `process.stdout.write((await import('${runJob}')).JOBS_WORKER.href)`,
      ],
      { cwd: repoRoot, env: compiledEnv(), encoding: 'utf8' },
    );
    expect(out).toMatch(/packages\/server\/dist\/jobs\/worker\.js$/);
    expect(existsSync(new URL(out))).toBe(true);
  });
});
