import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { examplePath, repoRoot, run } from './helpers.ts';

const pots = (name: string): string => `${repoRoot}examples/pots/${name}.json`;
const caf = pots('caf-confederation-cup-2017-quarter-finals');
const ucl = pots('uefa-champions-league-2017-18-round-of-16');
const tmp = (): string => mkdtempSync('/tmp/cupstage-draw-');

describe('cupstage draw run', () => {
  it('gives the same draw for the same seed, and writes a log that verifies', async () => {
    const dir = tmp();
    const a = await run(['draw', 'run', ucl, '--seed', 'nyon-2017-12-11 ceremony', '--out', `${dir}/a.json`]);
    const b = await run(['draw', 'run', ucl, '--seed', 'nyon-2017-12-11 ceremony', '--out', `${dir}/b.json`]);
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    expect(readFileSync(`${dir}/b.json`, 'utf8')).toBe(readFileSync(`${dir}/a.json`, 'utf8'));
    const v = await run(['draw', 'verify', `${dir}/a.json`]);
    expect(v.code).toBe(0);
    expect(v.stdout).toContain('verified: 16 balls replayed');
    expect(v.stdout).toContain('every ball is the one the seed gives');
  });

  it("draws the order of legs of the example's semi-finals", async () => {
    const r = await run([
      'draw',
      'run',
      examplePath,
      '--round',
      'semi-finals',
      '--seed',
      'cairo-2017-04-26 semis',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const log = JSON.parse(r.stdout) as { steps: Array<{ from: string[] }>; ties: string[][] };
    expect(log.steps.map((s) => s.from)).toEqual([
      ['Winner QF3', 'Winner QF1'],
      ['Winner QF4', 'Winner QF2'],
    ]);
    expect(log.ties).toHaveLength(2);
  });

  it('rejects a seed that does not match its commitment, writing nothing', async () => {
    const dir = tmp();
    const commit = await run(['draw', 'commit', '--seed', 'nyon-2017-12-11 ceremony']);
    // SHA-256("nyon-2017-12-11 ceremony"), computed independently (sha256sum).
    expect(commit.stdout.trim()).toBe('af6b4864b3995a08666e370e5a3a5f29ff7c124e03b03dba33227314bbd677f2');
    const bad = await run([
      'draw',
      'run',
      caf,
      '--seed',
      'another seed, also long',
      '--commitment',
      commit.stdout.trim(),
      '--out',
      `${dir}/x.json`,
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--seed does not match --commitment');
    expect(() => readFileSync(`${dir}/x.json`)).toThrow();
    const good = await run([
      'draw',
      'run',
      caf,
      '--seed',
      'nyon-2017-12-11 ceremony',
      '--commitment',
      commit.stdout.trim(),
      '--json',
    ]);
    expect(good.code).toBe(0);
    expect(JSON.parse(good.stdout).commitment).toBe(commit.stdout.trim());
  });

  it('names the field and the rule of a bad pots file', async () => {
    const dir = tmp();
    writeFileSync(
      `${dir}/pots.json`,
      JSON.stringify({
        procedure: 'uefa-round-of-16',
        winners: [{ team: 'A', group: 'A' }],
        runnersUp: [],
        constraints: ['same-city'],
      }),
    );
    const r = await run(['draw', 'run', `${dir}/pots.json`, '--seed', 'a long enough seed!']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('constraints[0]: unknown constraint "same-city"');
    expect(r.stderr).not.toContain('    at ');
  });

  it('asks for --round with a competition file', async () => {
    const r = await run(['draw', 'run', examplePath, '--seed', 'a long enough seed!']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--round');
  });
});

describe('cupstage draw run --apply', () => {
  /** The example as on the day of the semi-final draw: no semi-final or final played yet. */
  const beforeSemis = (dir: string): string => {
    const file = JSON.parse(readFileSync(examplePath, 'utf8')) as {
      rounds: Array<{ id: string; ties: Array<{ legs: unknown[] }> }>;
    };
    for (const r of file.rounds.slice(1)) for (const t of r.ties) t.legs = [];
    const path = `${dir}/cup.json`;
    writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
    return path;
  };
  const SEED = 'cairo-2017-04-26 semis';

  it('refuses an empty or short seed, writing nothing', async () => {
    const dir = tmp();
    const path = beforeSemis(dir);
    const before = readFileSync(path, 'utf8');
    for (const seed of ['', 'cairo']) {
      const r = await run(['draw', 'run', path, '--round', 'semi-finals', '--seed', seed, '--apply']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('seed-too-short');
    }
    expect((await run(['draw', 'commit', '--seed', ''])).stderr).toContain('seed-too-short');
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('writes the drawn order of legs and the draw record into the file', async () => {
    const dir = tmp();
    const path = beforeSemis(dir);
    const r = await run(['draw', 'run', path, '--round', 'semi-finals', '--seed', SEED, '--apply']);
    expect(r.code).toBe(0);
    const file = JSON.parse(readFileSync(path, 'utf8')) as {
      rounds: Array<{
        id: string;
        legOrder: string;
        draw?: string;
        ties: Array<{ sides: Array<{ winner: string }> }>;
      }>;
      draws: Array<{ id: string; seed?: string; ties?: string[][]; rounds: string[] }>;
    };
    const sf = file.rounds[1]!;
    expect(sf.legOrder).toBe('draw');
    expect(sf.draw).toBe('semi-finals-draw');
    const record = file.draws.find((d) => d.id === 'semi-finals-draw')!;
    expect(record).toMatchObject({ seed: SEED, rounds: ['semi-finals'] });
    // The file's ties follow the drawn order: the first-leg host is side 0.
    expect(sf.ties.map((t) => t.sides.map((x) => `Winner ${x.winner}`))).toEqual(record.ties);
    expect(await run(['validate', path])).toMatchObject({ code: 0 });
    expect(readdirSync(dir)).toEqual(['cup.json']);
  });

  it('refuses a round that has results, leaving the file as it was', async () => {
    const dir = tmp();
    const path = `${dir}/cup.json`;
    writeFileSync(path, readFileSync(examplePath, 'utf8'));
    const before = readFileSync(path, 'utf8');
    const r = await run(['draw', 'run', path, '--round', 'semi-finals', '--seed', SEED, '--apply']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('round-has-results');
    expect(r.stderr).toContain('SF1 leg 1');
    expect(readFileSync(path, 'utf8')).toBe(before);
  });
});

describe('cupstage draw verify', () => {
  it('rejects a tampered log, naming the step', async () => {
    const dir = tmp();
    await run(['draw', 'run', ucl, '--seed', 'nyon-2017-12-11 ceremony', '--out', `${dir}/log.json`]);
    const log = JSON.parse(readFileSync(`${dir}/log.json`, 'utf8')) as {
      steps: Array<{ from: string[]; drawn: string }>;
    };
    const step = log.steps.findIndex((s, i) => i % 2 === 1 && s.from.length > 1);
    const s = log.steps[step]!;
    s.drawn = s.from.find((t) => t !== s.drawn)!;
    writeFileSync(`${dir}/tampered.json`, JSON.stringify(log));
    const r = await run(['draw', 'verify', `${dir}/tampered.json`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`steps[${step}].drawn: step ${step + 1}: the seed draws`);
  });

  it('rejects a log whose seed does not match its commitment', async () => {
    const dir = tmp();
    const r = await run([
      'draw',
      'run',
      caf,
      '--seed',
      'nyon-2017-12-11 ceremony',
      '--commitment',
      'af6b4864b3995a08666e370e5a3a5f29ff7c124e03b03dba33227314bbd677f2',
      '--json',
    ]);
    const log = JSON.parse(r.stdout) as Record<string, unknown>;
    log.commitment = 'a'.repeat(64);
    writeFileSync(`${dir}/log.json`, JSON.stringify(log));
    const v = await run(['draw', 'verify', `${dir}/log.json`]);
    expect(v.code).toBe(2);
    expect(v.stderr).toContain('draw-log-commitment-mismatch');
  });
});

describe('cupstage draw odds', () => {
  it('gives the CAF four-group quarter-final draw 9 valid draws and exactly 1/3 per allowed pair', async () => {
    const r = await run(['draw', 'odds', caf, '--exact']);
    expect(r.code).toBe(0);
    const odds = JSON.parse(r.stdout) as {
      validDraws: number;
      probabilities: Record<string, Record<string, string>>;
    };
    expect(odds.validDraws).toBe(9);
    expect(odds.probabilities['TP Mazembe']).toEqual({
      'FUS Rabat': '1/3',
      'MC Alger': '1/3',
      'Al-Hilal Al-Ubayyid': '1/3',
      'SuperSport United': '0',
    });
  });

  it('prints the odds of the 2017-18 Champions League round of 16 as a table', async () => {
    const r = await run(['draw', 'odds', ucl, '--format', 'table']);
    expect(r.code).toBe(0);
    // Chelsea (ENG, group C) could meet only Paris Saint-Germain, Barcelona or Beşiktaş.
    const chelseaColumn = r.stdout.split('\n')[0]!.indexOf('Chelsea');
    expect(chelseaColumn).toBeGreaterThan(0);
    expect(r.stdout).toMatch(/valid complete draws/);
    const json = JSON.parse((await run(['draw', 'odds', ucl])).stdout) as {
      probabilities: Record<string, Record<string, number>>;
    };
    const chelsea = Object.values(json.probabilities).map((row) => row.Chelsea ?? 0);
    expect(chelsea.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(json.probabilities['Manchester United']!.Chelsea).toBe(0);
    expect(json.probabilities.Roma!.Chelsea).toBe(0);
  });

  it('rejects a file that is not JSON, naming line and column', async () => {
    const dir = tmp();
    writeFileSync(`${dir}/pots.json`, '{"procedure": "open",');
    const r = await run(['draw', 'odds', `${dir}/pots.json`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/line 1, column \d+/);
  });
});
