import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { examplePath, repoRoot, run } from './helpers.ts';

const pots = (name: string): string => `${repoRoot}examples/pots/${name}.json`;
const caf = pots('caf-confederation-cup-2017-quarter-finals');
const ucl = pots('uefa-champions-league-2017-18-round-of-16');
const tmp = (): string => mkdtempSync('/tmp/cupstage-draw-');

describe('cupstage draw run', () => {
  it('gives the same draw for the same seed, and writes a log that verifies', async () => {
    const dir = tmp();
    const a = await run(['draw', 'run', ucl, '--seed', 'nyon', '--out', `${dir}/a.json`]);
    const b = await run(['draw', 'run', ucl, '--seed', 'nyon', '--out', `${dir}/b.json`]);
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    expect(readFileSync(`${dir}/b.json`, 'utf8')).toBe(readFileSync(`${dir}/a.json`, 'utf8'));
    const v = await run(['draw', 'verify', `${dir}/a.json`]);
    expect(v.code).toBe(0);
    expect(v.stdout).toContain('verified: 16 balls replayed');
    expect(v.stdout).toContain('every ball is the one the seed gives');
  });

  it("draws the order of legs of the example's semi-finals", async () => {
    const r = await run(['draw', 'run', examplePath, '--round', 'semi-finals', '--seed', 'cairo', '--json']);
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
    const commit = await run(['draw', 'commit', '--seed', 'secret']);
    // SHA-256("secret"), computed independently (sha256sum).
    expect(commit.stdout.trim()).toBe('2bb80d537b1da3e38bd30361aa855686bde0eacd7162fef6a25fe97bf527a25b');
    const bad = await run([
      'draw',
      'run',
      caf,
      '--seed',
      'other',
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
      'secret',
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
    const r = await run(['draw', 'run', `${dir}/pots.json`, '--seed', 's']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('constraints[0]: unknown constraint "same-city"');
    expect(r.stderr).not.toContain('    at ');
  });

  it('asks for --round with a competition file', async () => {
    const r = await run(['draw', 'run', examplePath, '--seed', 's']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--round');
  });
});

describe('cupstage draw verify', () => {
  it('rejects a tampered log, naming the step', async () => {
    const dir = tmp();
    await run(['draw', 'run', ucl, '--seed', 'nyon', '--out', `${dir}/log.json`]);
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
      'secret',
      '--commitment',
      '2bb80d537b1da3e38bd30361aa855686bde0eacd7162fef6a25fe97bf527a25b',
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
