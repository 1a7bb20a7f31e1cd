import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCompetition } from './parse-competition.ts';

const file = (): Record<string, unknown> & { rounds: Array<Record<string, unknown>> } =>
  JSON.parse(
    readFileSync(new URL('../../../../examples/caf-confederation-cup-2017.json', import.meta.url), 'utf8'),
  );

const codesAndPaths = (text: string) => {
  const r = parseCompetition(text);
  return r.ok ? [] : r.error.map((e) => [e.code, e.path.join('.')]);
};

describe('parseCompetition and the rules', () => {
  it('names the missing rules field instead of assuming a preset', () => {
    const f = file();
    delete f.rules;
    expect(codesAndPaths(JSON.stringify(f))).toEqual([['invalid-union', 'rules']]);
  });

  it('reports an unknown preset once, at the file rules, for every round that relies on it', () => {
    const f = file();
    f.rules = 'caf-2071';
    expect(codesAndPaths(JSON.stringify(f))).toEqual([['unknown-rules-preset', 'rules']]);
  });

  it("reports an unknown preset at the round's own rules", () => {
    const f = file();
    f.rounds[2]!.rules = 'single-macth';
    expect(codesAndPaths(JSON.stringify(f))).toEqual([['unknown-rules-preset', 'rounds.2.rules']]);
  });
});
