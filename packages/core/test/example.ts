import { readFileSync } from 'node:fs';
import type { Competition } from '../src/competition/types.ts';

/**
 * The repository's example, the 2017 CAF Confederation Cup knockout stage
 * (examples/caf-confederation-cup-2017.json), as core's `Competition`: read from
 * fixtures/example-competition.json, which scripts/core-example-fixture.mjs writes with formats'
 * parser (formats' test core-example-fixture.test.ts keeps the two equal). Core's tests use only core.
 * A fresh copy on every call.
 */
export function exampleCompetition(): Competition {
  return JSON.parse(
    readFileSync(new URL('./fixtures/example-competition.json', import.meta.url), 'utf8'),
  ) as Competition;
}
