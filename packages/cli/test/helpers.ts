import { spawnSync } from 'node:child_process';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../src/main.ts';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const examplePath = `${repoRoot}examples/caf-confederation-cup-2017.json`;

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process with the given arguments and standard input. */
export async function run(args: ReadonlyArray<string>, stdin = ''): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(['node', 'cupstage', ...args], {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: Readable.from([stdin]),
    interactive: false,
  });
  return { code, stdout, stderr };
}

/** Runs the real `cupstage` binary in a child process, as a user would. */
export function runBinary(args: ReadonlyArray<string>, stdin = ''): RunResult {
  const r = spawnSync(process.execPath, [`${repoRoot}packages/cli/bin/cupstage.js`, ...args], {
    input: stdin,
    encoding: 'utf8',
    cwd: repoRoot,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
