import { describe, expect, it } from 'vitest';
import { run, runBinary } from './helpers.ts';

describe('cupstage rules', () => {
  it('prints the rules in force for a competition, season and round, with their sources', async () => {
    const { code, stdout } = await run([
      'rules',
      '--competition',
      'uefa-champions-league',
      '--season',
      '1969-70',
      '--round',
      'round-of-16',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('UEFA Champions League');
    expect(stdout).toContain('1969–70');
    expect(stdout).toContain('european-cup-1969');
    expect(stdout).toMatch(/1\. aggregate[\s\S]*2\. away goals[\s\S]*3\. extra time[\s\S]*4\. coin toss/);
    expect(stdout).toContain('Sources:');
  });

  it('prints JSON with --json', async () => {
    const { code, stdout } = await run([
      'rules',
      '-c',
      'conmebol-libertadores',
      '-s',
      '2018',
      '-r',
      'final',
      '--json',
    ]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as {
      season: string;
      round: string;
      rules: { id: string; legs: number };
      era: { id: string; until: string };
    };
    expect(out).toMatchObject({
      season: '2018',
      round: 'final',
      rules: { id: 'conmebol-final-2005', legs: 2 },
      era: { id: 'conmebol-2008-final-extra-time', until: '2018' },
    });
  });

  it('lists the competitions and their eras', async () => {
    const { code, stdout } = await run(['rules', '--list']);
    expect(code).toBe(0);
    for (const id of [
      'uefa-champions-league',
      'efl-play-offs',
      'caf-confederation-cup',
      'conmebol-sudamericana',
    ]) {
      expect(stdout).toContain(id);
    }
    const one = await run(['rules', '--list', '--competition', 'efl-play-offs', '--json']);
    const list = JSON.parse(one.stdout) as Array<{ id: string; eras: unknown[] }>;
    expect(list.map((c) => c.id)).toEqual(['efl-play-offs']);
    expect(list[0]!.eras.length).toBeGreaterThan(1);
  });

  it.each([
    [['-c', 'fifa-club-world-cup', '-s', '2018', '-r', 'final'], '--competition', 'unknown-competition'],
    [
      ['-c', 'uefa-champions-league', '-s', '1954-55', '-r', 'final'],
      '--season',
      'season-before-first-edition',
    ],
    [['-c', 'copa-america', '-s', '2007', '-r', 'final'], '--season', 'season-not-covered'],
    [['-c', 'uefa-champions-league', '-s', '1969', '-r', 'final'], '--season', 'season-format'],
    [['-c', 'uefa-champions-league', '-s', '1969-70', '-r', 'last-eight'], '--round', 'unknown-era-round'],
    [['-c', 'uefa-champions-league', '-s', '1969-70'], '--round is missing', ''],
    [['--list', '-c', 'nope'], '--competition', 'unknown-competition'],
  ])('rejects %j naming %s (exit 2, no stack trace)', async (args, field, code) => {
    const r = await run(['rules', ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^cupstage: /);
    expect(r.stderr).toContain(field);
    expect(r.stderr).toContain(code);
    expect(r.stderr).not.toContain('    at ');
  });

  it('has help with an example', async () => {
    const r = await run(['rules', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('cupstage rules --competition uefa-champions-league --season 1969-70');
  });

  it('runs as the real binary', () => {
    const r = runBinary(['rules', '-c', 'efl-play-offs', '-s', '1998-99', '-r', 'semi-final']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('efl-1987');
  });
});

describe('cupstage ties with the era on the line', () => {
  it('applies the era rules, and rejects an unknown competition without stopping the batch', async () => {
    const lines = [
      {
        id: 'milan-bayern',
        competition: 'uefa-champions-league',
        season: '1989-90',
        round: 'semi-final',
        // European Cup 1989–90 semi-final: Milan 1–0 Bayern, Bayern 1–0 Milan after 90 minutes and
        // 2–1 after extra time (1–1 in it); 2–2 on aggregate, Milan through on away goals.
        legs: [
          { home: 'AC Milan', away: 'Bayern Munich', score: [1, 0] },
          { home: 'Bayern Munich', away: 'AC Milan', score: [1, 0], extraTime: [1, 1] },
        ],
      },
      { id: 'x', competition: 'premier-cup', season: '2019-20', round: 'final', legs: [] },
    ];
    const r = await run(['ties'], `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    expect(r.code).toBe(0);
    const [a, b] = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(a).toMatchObject({
      status: 'decided',
      winner: 'AC Milan',
      decidedBy: 'away-goals-extra-time',
    });
    expect(b).toMatchObject({ id: 'x', status: 'invalid', error: { code: 'unknown-competition' } });
  });
});
