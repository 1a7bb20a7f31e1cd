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

describe('parseCompetition and the fields of a decider', () => {
  const custom = (deciders: unknown[]) => ({
    id: 'custom',
    name: 'Custom rules',
    legs: 2,
    deciders,
    source: 'a test',
  });

  it('names an extra-time decider that does not say whether away goals count in it', () => {
    const f = file();
    f.rules = custom([{ kind: 'aggregate' }, { kind: 'extra-time' }, { kind: 'penalties' }]);
    expect(codesAndPaths(JSON.stringify(f))).toEqual([['rule-field-missing', 'rules.deciders.1.awayGoals']]);
  });

  it("names the play-off decider's missing fields in a round's own rules", () => {
    const f = file();
    f.rounds[1]!.rules = custom([{ kind: 'aggregate' }, { kind: 'play-off' }, { kind: 'coin-toss' }]);
    expect(codesAndPaths(JSON.stringify(f))).toEqual([
      ['rule-field-missing', 'rounds.1.rules.deciders.1.extraTime'],
      ['rule-field-missing', 'rounds.1.rules.deciders.1.penalties'],
    ]);
  });

  it('accepts the deciders when every field is stated', () => {
    const f = file();
    f.rules = custom([
      { kind: 'aggregate' },
      { kind: 'away-goals' },
      { kind: 'extra-time', awayGoals: true },
      { kind: 'penalties' },
    ]);
    expect(codesAndPaths(JSON.stringify(f))).toEqual([]);
  });
});
