#!/usr/bin/env node
// Runs the compiled CLI: bundle/, one file per command made from dist/ by scripts/bundle-cli.mjs
// (`npm run build`, which `npm install` runs as `prepare`), so that a command loads a few files, not
// hundreds of modules. Under the `cupstage-source` export condition (`node --conditions=cupstage-source`, as the tests and
// benchmarks run) it runs the TypeScript sources through tsx instead, so they need no build.
import { existsSync } from 'node:fs';

// A reader that stops early (`cupstage draw --help | head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

// The package's own export map says which build this process uses: src/index.ts or the compiled one.
const fromSource = import.meta.resolve('@cupstage/cli').endsWith('.ts');
const entry = new URL(fromSource ? '../src/main.ts' : '../bundle/main.js', import.meta.url);
if (fromSource) {
  const { register } = await import('tsx/esm/api');
  register();
} else if (!existsSync(entry)) {
  process.stderr.write(
    'cupstage: the compiled CLI is missing (packages/cli/bundle): run `npm run build` in the cupstage folder\n',
  );
  process.exit(1);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv);
