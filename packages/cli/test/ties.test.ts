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
