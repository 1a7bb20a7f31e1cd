import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { example } from './helpers.ts';

describe("core's copy of the example", () => {
  it('is the example as formats reads it (else: npm run build:packages && node scripts/core-example-fixture.mjs)', () => {
    const fixture = JSON.parse(
      readFileSync(new URL('../../core/test/fixtures/example-competition.json', import.meta.url), 'utf8'),
    ) as unknown;
    expect(fixture).toEqual(JSON.parse(JSON.stringify(example())));
  });
});
