import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { teamId } from '../ids.ts';
import { bindModel, readModelFile } from './model-file.ts';

const bench: unknown = JSON.parse(
  readFileSync(new URL('../../../../examples/models/caf-2017-model.json', import.meta.url), 'utf8'),
);

describe('readModelFile', () => {
  it('reads the benchmark format as a strength model and the 2017 bracket (CAF 2017 rules)', () => {
    const r = readModelFile(bench);
    if (!r.ok) throw new Error(r.error[0]!.message);
    expect(r.value.model).toMatchObject({ kind: 'strength', baseRate: 0.6, homeFactor: 1.25 });
    const c = r.value.competition!;
    expect(c.rounds.map((x) => x.ties.length)).toEqual([4, 2, 1]);
    expect(c.rounds[0]!.ties[0]!.sides).toEqual([
      { kind: 'team', team: 'MC Alger' },
      { kind: 'team', team: 'Club Africain' },
    ]);
    expect(c.rounds[1]!.ties[0]!.sides).toEqual([
      { kind: 'winner', tie: 'QF3' },
      { kind: 'winner', tie: 'QF1' },
    ]);
    expect(c.rounds[2]!.ties[0]!.sides[0]).toEqual({ kind: 'winner', tie: 'SF2' });
    expect(c.rounds.every((x) => x.rules.id === 'caf-2017')).toBe(true);
  });

  it('rejects an unknown kind, naming the field', () => {
    const r = readModelFile({ kind: 'glicko' });
    expect(r.ok ? 'ok' : [r.error[0]!.code, r.error[0]!.path]).toEqual(['unknown-model-kind', ['kind']]);
  });

  it('rejects a rating that is not a number, naming the team', () => {
    const r = readModelFile({ kind: 'elo', ratings: { 'TP Mazembe': 'high' } });
    expect(r.ok ? 'ok' : r.error[0]!.path).toEqual(['ratings', 'TP Mazembe']);
  });
});

describe('readModelFile: rules and brackets of any size', () => {
  const strengths = (n: number) =>
    Object.fromEntries(Array.from({ length: n }, (_, i) => [`T${i + 1}`, 1 + i / 10]));
  const sixteen = {
    baseRate: 1,
    homeFactor: 1.2,
    teams: strengths(16),
    rules: 'uefa-2021',
    bracket: [
      Array.from({ length: 8 }, (_, i) => [`T${i + 1}`, `T${16 - i}`]),
      [
        [1, 8],
        [2, 7],
        [3, 6],
        [4, 5],
      ],
      [
        [1, 4],
        [2, 3],
      ],
      [[2, 1]],
    ],
  };

  it('reads a 16-team bracket under a preset: four rounds named by size, winners by tie number', () => {
    const r = readModelFile(sixteen);
    if (!r.ok) throw new Error(r.error[0]!.message);
    const c = r.value.competition!;
    expect(c.rounds.map((x) => [x.name, x.ties.length])).toEqual([
      ['Round of 16', 8],
      ['Quarter-finals', 4],
      ['Semi-finals', 2],
      ['Final', 1],
    ]);
    expect(c.rounds.every((x) => x.rules.id === 'uefa-2021')).toBe(true);
    expect(c.rounds[1]!.ties[0]!.sides).toEqual([
      { kind: 'winner', tie: 'R16-1' },
      { kind: 'winner', tie: 'R16-8' },
    ]);
    expect(c.rounds[3]!.ties[0]!.sides[0]).toEqual({ kind: 'winner', tie: 'SF2' });
  });

  it('takes a decider chain and checks it', () => {
    const chain = {
      legs: 2,
      deciders: [{ kind: 'aggregate' }, { kind: 'away-goals' }, { kind: 'penalties' }],
    };
    const r = readModelFile({ ...sixteen, rules: chain });
    expect(r.ok && r.value.competition!.rounds[0]!.rules.deciders).toEqual(chain.deciders);
    const level = readModelFile({ ...sixteen, rules: { legs: 2, deciders: [{ kind: 'aggregate' }] } });
    expect(level.ok ? 'ok' : [level.error[0]!.code, level.error[0]!.path]).toEqual([
      'rules-can-end-level',
      ['rules', 'deciders', 0],
    ]);
    const et = readModelFile({
      ...sixteen,
      rules: { legs: 2, deciders: [{ kind: 'aggregate' }, { kind: 'extra-time' }, { kind: 'penalties' }] },
    });
    expect(et.ok ? 'ok' : [et.error[0]!.code, et.error[0]!.path]).toEqual([
      'model-field-missing',
      ['rules', 'deciders', 1, 'awayGoals'],
    ]);
  });

  it('refuses a benchmark file without rules, naming the field (no default)', () => {
    const { rules: _, ...none } = sixteen;
    const r = readModelFile(none);
    expect(r.ok ? 'ok' : [r.error[0]!.code, r.error[0]!.path]).toEqual(['model-field-missing', ['rules']]);
    const legacy = { ...(bench as Record<string, unknown>) };
    delete legacy.rules;
    const old = readModelFile(legacy);
    expect(old.ok ? 'ok' : old.error[0]!.path).toEqual(['rules']);
  });

  it('refuses an unknown preset and a bracket that leaves a team out or plays one twice', () => {
    const unknown = readModelFile({ ...sixteen, rules: 'uefa-1999' });
    expect(unknown.ok ? 'ok' : unknown.error[0]!.code).toBe('unknown-rules-preset');
    const short = readModelFile({
      ...sixteen,
      bracket: [sixteen.bracket[0]!.slice(1), ...sixteen.bracket.slice(1)],
    });
    expect(short.ok ? 'ok' : short.error[0]!.path).toEqual(['bracket', 0]);
    const twice = readModelFile({
      ...sixteen,
      bracket: [
        sixteen.bracket[0],
        [
          [1, 8],
          [2, 7],
          [3, 6],
          [4, 1],
        ],
        ...sixteen.bracket.slice(2),
      ],
    });
    expect(twice.ok ? 'ok' : [twice.error[0]!.code, twice.error[0]!.path]).toEqual([
      'bench-bracket',
      ['bracket', 1, 3],
    ]);
  });
});

describe('bindModel', () => {
  it('accepts teams by name and rejects teams not in the competition', () => {
    const r = readModelFile(bench);
    if (!r.ok) throw new Error('model');
    const c = r.value.competition!;
    const named = bindModel({ kind: 'elo', ratings: { 'TP Mazembe': 1700 } }, c);
    expect(named.ok && named.value.kind === 'elo' ? named.value.ratings[teamId('TP Mazembe')] : 0).toBe(1700);
    const unknown = bindModel({ kind: 'elo', ratings: { Barcelona: 2000 } }, c);
    expect(unknown.ok ? 'ok' : unknown.error[0]!.code).toBe('unknown-team');
  });
});
