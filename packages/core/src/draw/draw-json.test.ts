import { describe, expect, it } from 'vitest';
import { drawLogJson, drawSpecJson, readDrawLog, readDrawSpec } from './draw-json.ts';
import { runDraw } from './run-draw.ts';

const codes = (v: unknown): string[] => {
  const r = readDrawSpec(v);
  return r.ok ? [] : r.error.map((e) => `${e.code}@${e.path.join('.')}`);
};

describe('readDrawSpec', () => {
  it('reads a pots file with teams as names or objects', () => {
    const r = readDrawSpec({
      procedure: 'uefa-round-of-16',
      winners: [{ team: 'Napoli', group: 'A', association: 'ITA' }],
      runnersUp: ['Liverpool'],
      constraints: ['different-association'],
      forbiddenAssociationPairs: [['RUS', 'UKR']],
    });
    expect(r.ok && r.value).toEqual({
      kind: 'uefa-round-of-16',
      winners: [{ name: 'Napoli', group: 'A', association: 'ITA' }],
      runnersUp: [{ name: 'Liverpool' }],
      rules: { constraints: ['different-association'], forbiddenAssociationPairs: [['RUS', 'UKR']] },
    });
  });

  it('names the field and the rule of each problem', () => {
    expect(codes({ procedure: 'lottery' })).toEqual(['unknown-procedure@procedure']);
    expect(codes({ procedure: 'open', teams: ['A', 3], constraints: ['same-city'], pots: [] })).toEqual([
      'unknown-field@pots',
      'not-a-team@teams.1',
      'unknown-constraint@constraints.0',
    ]);
    expect(codes({ procedure: 'leg-order' })).toEqual(['missing-field@ties']);
    expect(codes({ procedure: 'fixed', ties: [['A']] })).toEqual(['not-a-pair@ties.0']);
    expect(codes([])).toEqual(['not-an-object@']);
  });

  it('round-trips through drawSpecJson', () => {
    const value = {
      procedure: 'open',
      teams: [{ team: 'A', group: '1' }, { team: 'B' }],
      constraints: ['different-group'],
      forbiddenAssociationPairs: [],
    };
    const spec = readDrawSpec(value);
    expect(spec.ok && drawSpecJson(spec.value)).toEqual(value);
  });
});

describe('readDrawLog', () => {
  it('reads back a log written as JSON', () => {
    const log = runDraw({ kind: 'leg-order', ties: [['A', 'B']] }, 'seed');
    if (!log.ok) throw new Error('draw failed');
    const again = readDrawLog(JSON.parse(JSON.stringify(drawLogJson(log.value))));
    expect(again.ok && again.value).toEqual(log.value);
  });

  it('rejects an unknown format and a commitment that is not a SHA-256', () => {
    const r1 = readDrawLog({ format: 'other' });
    expect(r1.ok ? '' : r1.error[0]!.code).toBe('unknown-format');
    const r2 = readDrawLog({
      format: 'cupstage-draw-log/1',
      spec: { procedure: 'fixed', ties: [['A', 'B']] },
      commitment: 'abc',
      steps: [],
      ties: [['A', 'B']],
    });
    expect(r2.ok ? '' : r2.error[0]!.code).toBe('bad-commitment');
  });
});
