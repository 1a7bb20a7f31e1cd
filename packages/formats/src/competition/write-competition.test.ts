import { readFileSync } from 'node:fs';
import { InvariantError } from '@cupstage/core';
import { describe, expect, it } from 'vitest';
import { parseCompetition } from './parse-competition.ts';
import { toFile, writeCompetition } from './write-competition.ts';

const text = readFileSync(
  new URL('../../../../examples/caf-confederation-cup-2017.json', import.meta.url),
  'utf8',
);
const example = () => {
  const parsed = parseCompetition(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value;
};

describe('writeCompetition', () => {
  it('writes the rules the rounds play under, read back to the same competition', () => {
    const c = example();
    expect(toFile(c).rules).toBe('caf-2017');
    const again = parseCompetition(writeCompetition(c));
    expect(again.ok && again.value).toEqual(c);
  });

  it('invents no rules for a competition without rounds: it refuses, naming the rules', () => {
    const c = { ...example(), rounds: [] };
    expect(() => toFile(c)).toThrow(InvariantError);
    expect(() => toFile(c)).toThrow(/rules/);
  });
});
