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
