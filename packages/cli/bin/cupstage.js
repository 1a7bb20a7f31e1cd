#!/usr/bin/env node
// Runs the TypeScript sources directly (no build step): tsx registers a loader, then the CLI starts.
import { register } from 'tsx/esm/api';

// A reader that stops early (`cupstage draw --help | head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv);
