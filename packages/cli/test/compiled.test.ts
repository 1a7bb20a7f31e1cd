import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { examplePath, repoRoot, run } from './helpers.ts';

/**
 * What users run: the compiled JavaScript in dist/ (built here with `tsc -b`, incremental, as
 * `npm install` does in `prepare`), started by plain Node. The other tests run the sources.
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
  }, 600_000);

  it('answers --version from dist/ with tsx unavailable', () => {
    expect(existsSync(`${repoRoot}packages/cli/dist/main.js`)).toBe(true);
    const r = runCompiled(['--version']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('0.1.0\n');
    expect(r.code).toBe(0);
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
