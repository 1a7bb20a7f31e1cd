#!/usr/bin/env node
/**
 * Writes packages/core/test/fixtures/example-competition.json: the example competition
 * (examples/caf-confederation-cup-2017.json) as formats reads it into core's `Competition`, so that
 * core's tests use the real example without importing formats. Run after `npm run build:packages`
 * whenever the example or the competition file format changes; formats' test
 * core-example-fixture.test.ts fails until the fixture matches again.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCompetition } from '@cupstage/formats';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const parsed = parseCompetition(
  readFileSync(join(repo, 'examples', 'caf-confederation-cup-2017.json'), 'utf8'),
);
if (!parsed.ok) {
  process.stderr.write(`core-example-fixture: the example does not parse: ${JSON.stringify(parsed.error)}\n`);
  process.exit(1);
}
const out = join(repo, 'packages', 'core', 'test', 'fixtures', 'example-competition.json');
writeFileSync(out, `${JSON.stringify(parsed.value, null, 2)}\n`);
process.stdout.write(`wrote ${out}\n`);
