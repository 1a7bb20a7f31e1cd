import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { competitionJsonSchema } from './schema.ts';

describe('the published JSON Schema of the competition file', () => {
  it('is in step with the parser (run `npm run schema` after changing the schema)', () => {
    const published = JSON.parse(
      readFileSync(new URL('../../../../docs/competition.schema.json', import.meta.url), 'utf8'),
    );
    expect(published).toEqual(competitionJsonSchema());
  });

  it('describes the example file: every top-level field of the example is a property of the schema', () => {
    const example = JSON.parse(
      readFileSync(new URL('../../../../examples/caf-confederation-cup-2017.json', import.meta.url), 'utf8'),
    );
    const schema = competitionJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    for (const key of Object.keys(example)) expect(Object.keys(schema.properties)).toContain(key);
    for (const key of schema.required) expect(Object.keys(example)).toContain(key);
  });
});
