import { describe, expect, it } from 'vitest';
import { run, runBinary } from './helpers.ts';

const line = (o: unknown): string => JSON.stringify(o);
const qf1 = {
  id: 'qf1',
  rules: 'caf-2017',
  legs: [
    { home: 'MC Alger', away: 'Club Africain', score: [1, 0] },
    { home: 'Club Africain', away: 'MC Alger', score: [2, 0] },
  ],
};

const parse = (stdout: string): Array<Record<string, unknown>> =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

// 2017 AFC Champions League quarter-final (https://en.wikipedia.org/wiki/2017_AFC_Champions_League_knockout_stage):
// Shanghai SIPG 4–0 Guangzhou Evergrande, Guangzhou Evergrande 4–0 Shanghai SIPG after 90 minutes and
// 5–1 after extra time (1–1 in it); Shanghai SIPG won 5–4 on penalties. The AFC rule: away goals,
// then extra time in which away goals do not count, then penalties.
const afcRule = {
  legs: 2,
  deciders: [
    { kind: 'aggregate' },
    { kind: 'away-goals' },
    { kind: 'extra-time', awayGoals: false },
    { kind: 'penalties' },
  ],
  source: 'AFC Champions League 2017 Competition Regulations (away goals do not count in extra time)',
};
const sipgGuangzhou = {
  id: 'afc-2017-qf',
  legs: [
    { home: 'Shanghai SIPG', away: 'Guangzhou Evergrande', score: [4, 0] },
    {
      home: 'Guangzhou Evergrande',
      away: 'Shanghai SIPG',
      score: [4, 0],
      extraTime: [1, 1],
      penalties: [4, 5],
    },
  ],
};

describe('cupstage ties with rules given as a decider chain', () => {
  it('resolves the 2017 AFC Champions League quarter-final to Shanghai SIPG on penalties (5–4)', async () => {
    const { code, stdout } = await run(['ties'], `${line({ ...sipgGuangzhou, rules: afcRule })}\n`);
    expect(code).toBe(0);
    expect(parse(stdout)[0]).toMatchObject({
      id: 'afc-2017-qf',
      status: 'decided',
      winner: 'Shanghai SIPG',
      decidedBy: 'penalties',
      penalties: { 'Shanghai SIPG': 5, 'Guangzhou Evergrande': 4 },
      summary: '5–5 on aggregate. Shanghai SIPG won 5–4 on penalties.',
    });
  });

  it('takes the chain through --rules too; under UEFA 1970 the same facts refuse the shoot-out (SIPG through on away goals)', async () => {
    const viaOption = await run(['ties', '--rules', JSON.stringify(afcRule)], `${line(sipgGuangzhou)}\n`);
    expect(parse(viaOption.stdout)[0]).toMatchObject({
      status: 'decided',
      winner: 'Shanghai SIPG',
      decidedBy: 'penalties',
    });
    const uefa = await run(['ties'], `${line({ ...sipgGuangzhou, rules: 'uefa-1970' })}\n`);
    expect(parse(uefa.stdout)[0]).toMatchObject({
      status: 'invalid',
      error: { code: 'penalties-not-needed' },
    });
  });

  it('refuses a chain that can end level, naming the field, and goes on with the batch', async () => {
    const bad = {
      ...sipgGuangzhou,
      rules: { legs: 2, deciders: [{ kind: 'aggregate' }, { kind: 'away-goals' }] },
    };
    const odd = { ...sipgGuangzhou, rules: { legs: 2, deciders: [{ kind: 'sudden-death' }] } };
    const { code, stdout } = await run(
      ['ties'],
      [line(bad), line(odd), line({ ...sipgGuangzhou, rules: afcRule })].join('\n'),
    );
    expect(code).toBe(0);
    const [a, b, c] = parse(stdout);
    expect(a).toMatchObject({
      status: 'invalid',
      error: { code: 'rules-can-end-level', path: ['rules', 'deciders', 1] },
    });
    expect(b).toMatchObject({ status: 'invalid', error: { path: ['rules', 'deciders', 0, 'kind'] } });
    expect(c).toMatchObject({ status: 'decided' });
    const option = await run(['ties', '--rules', '{"legs": 3}'], '');
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('--rules');
  });
});

describe('cupstage ties (JSON Lines in, JSON Lines out)', () => {
  it('resolves the issue example exactly', async () => {
    const { code, stdout } = await run(['ties'], `${line(qf1)}\n`);
    expect(code).toBe(0);
    const [out] = parse(stdout);
    expect(out).toMatchObject({
      id: 'qf1',
      status: 'decided',
      winner: 'Club Africain',
      decidedBy: 'aggregate',
      aggregate: { 'Club Africain': 2, 'MC Alger': 1 },
      summary: 'Club Africain won 2–1 on aggregate.',
    });
  });

  it('uses --rules for lines without rules, and reports undecided ties with what they need next', async () => {
    const input = [
      line({ id: 'a', legs: [{ home: 'A', away: 'B', score: [1, 0] }] }),
      line({
        id: 'b',
        legs: [
          { home: 'A', away: 'B', score: [1, 1] },
          { home: 'B', away: 'A', score: [1, 1] },
        ],
      }),
    ].join('\n');
    const { stdout } = await run(['ties', '--rules', 'uefa-1970'], input);
    const [a, b] = parse(stdout);
    expect(a).toMatchObject({ id: 'a', status: 'undecided', next: 'second-leg' });
    expect(b).toMatchObject({ id: 'b', status: 'undecided', next: 'extra-time' });
  });

  it('resolves play-offs and coin tosses given as facts of the tie', async () => {
    const input = line({
      id: 'koln-liverpool-1965',
      rules: 'replay-1955',
      legs: [
        { home: '1. FC Köln', away: 'Liverpool', score: [0, 0] },
        { home: 'Liverpool', away: '1. FC Köln', score: [0, 0] },
      ],
      playoff: { home: 'Liverpool', away: '1. FC Köln', score: [2, 2], extraTime: [0, 0], neutral: true },
      coinToss: 'Liverpool',
    });
    const [out] = parse((await run(['ties'], input)).stdout);
    expect(out).toMatchObject({ status: 'decided', winner: 'Liverpool', decidedBy: 'coin-toss' });
  });

  it('gives each invalid case its own error code, and a bad line never stops the batch', async () => {
    const second = (extra: object) => ({
      rules: 'caf-2017',
      legs: [
        { home: 'A', away: 'B', score: [1, 0] },
        { home: 'B', away: 'A', score: [1, 0], ...extra },
      ],
    });
    const cases: Array<[string, object | string]> = [
      ['negative-goals', { rules: 'caf-2017', legs: [{ home: 'A', away: 'B', score: [-1, 0] }] }],
      ['non-integer-goals', { rules: 'caf-2017', legs: [{ home: 'A', away: 'B', score: [1.5, 0] }] }],
      [
        'extra-time-in-first-leg',
        { rules: 'uefa-1970', legs: [{ home: 'A', away: 'B', score: [1, 1], extraTime: [0, 0] }] },
      ],
      [
        'penalties-in-first-leg',
        { rules: 'uefa-1970', legs: [{ home: 'A', away: 'B', score: [1, 1], penalties: [4, 3] }] },
      ],
      ['extra-time-not-allowed', second({ extraTime: [0, 0] })],
      [
        'penalties-not-needed',
        {
          rules: 'caf-2017',
          legs: [
            { home: 'A', away: 'B', score: [1, 0] },
            { home: 'B', away: 'A', score: [0, 0], penalties: [4, 3] },
          ],
        },
      ],
      [
        'extra-time-not-needed',
        {
          rules: 'uefa-1970',
          legs: [
            { home: 'A', away: 'B', score: [1, 0] },
            { home: 'B', away: 'A', score: [0, 0], extraTime: [0, 0] },
          ],
        },
      ],
      [
        'penalties-not-allowed',
        {
          rules: 'replay-1955',
          legs: [
            { home: 'A', away: 'B', score: [1, 0] },
            { home: 'B', away: 'A', score: [1, 0], penalties: [4, 3] },
          ],
        },
      ],
      ['penalties-level', second({ penalties: [5, 5] })],
      ['penalties-impossible', second({ penalties: [12, 4] })],
      [
        'second-leg-home-mismatch',
        {
          rules: 'caf-2017',
          legs: [
            { home: 'A', away: 'B', score: [1, 0] },
            { home: 'A', away: 'B', score: [1, 0] },
          ],
        },
      ],
      [
        'unknown-team',
        {
          rules: 'caf-2017',
          legs: [
            { home: 'A', away: 'B', score: [1, 0] },
            { home: 'B', away: 'C', score: [1, 0] },
          ],
        },
      ],
      ['unknown-rules-preset', { rules: 'fifa-1930', legs: [{ home: 'A', away: 'B', score: [1, 0] }] }],
      ['rules-missing', { legs: [{ home: 'A', away: 'B', score: [1, 0] }] }],
      ['invalid-json', '{"legs": ['],
    ];
    const input = [...cases.map(([, c]) => (typeof c === 'string' ? c : line(c))), line(qf1)].join('\n');
    const { code, stdout } = await run(['ties'], input);
    expect(code).toBe(0);
    const out = parse(stdout);
    expect(out).toHaveLength(cases.length + 1);
    const codes = out.slice(0, -1).map((o) => (o.error as { code: string } | undefined)?.code);
    expect(codes).toEqual(cases.map(([c]) => c));
    expect(new Set(codes).size).toBe(cases.length);
    expect(out.at(-1)).toMatchObject({ id: 'qf1', status: 'decided' });
  });

  it('rejects an unknown --rules preset with exit code 2', () => {
    const r = runBinary(['ties', '--rules', 'nope'], '');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--rules: "nope" is not a rules preset');
  });
});
