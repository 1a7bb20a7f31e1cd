/**
 * `npm run bench`: runs every benchmark under bench/ (files named *.bench.ts), one after another,
 * each in its own process so that one benchmark's JIT state and garbage do not bias the next.
 * Extra arguments are passed to every benchmark.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();
let failed = 0;
for (const file of files) {
  process.stderr.write(`\n== ${file}\n`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(here, file), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  if (run.status !== 0) {
    failed++;
    process.stderr.write(`bench: ${file} exited with ${run.status ?? run.signal}\n`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
