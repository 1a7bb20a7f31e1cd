import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { examplePath, repoRoot, run } from './helpers.ts';

const benchModel = `${repoRoot}examples/models/caf-2017-model.json`;
const teams = Object.keys((JSON.parse(readFileSync(benchModel, 'utf8')) as { teams: object }).teams);
type Odds = {
  champion: Record<string, number>;
  reach: Record<string, Record<string, number>>;
  runs?: number;
  seed?: unknown;
};

const pmf = (l: number, k: number): number => {
  let p = Math.exp(-l);
  for (let i = 1; i <= k; i++) p *= l / i;
  return p;
};

const tmpFile = (name: string, text: string): string => {
  const path = `${mkdtempSync('/tmp/cupstage-simulate-')}/${name}`;
  writeFileSync(path, text);
  return path;
};

describe('cupstage simulate', () => {
  it('prints exact odds as JSON: champion and reach by round name, the seed, no runs', async () => {
    const { code, stdout } = await run(['simulate', benchModel, '--exact', '--json']);
    expect(code).toBe(0);
    const odds = JSON.parse(stdout) as Odds;
    expect(Object.keys(odds)).toEqual(['champion', 'reach', 'seed']);
    expect(Object.keys(odds.reach)).toEqual(['Quarter-finals', 'Semi-finals', 'Final']);
    expect(Object.keys(odds.champion).sort()).toEqual([...teams].sort());
    expect(Object.values(odds.champion).reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
    expect(Object.values(odds.reach.Final!).reduce((s, p) => s + p, 0)).toBeCloseTo(2, 12);
    for (const t of teams) expect(odds.reach['Quarter-finals']![t]).toBe(1);
  });

  it('agrees with the exact odds within 4 standard errors over a million runs on two workers', async () => {
    const exact = JSON.parse((await run(['simulate', benchModel, '--exact', '--json'])).stdout) as Odds;
    const { code, stdout } = await run([
      'simulate',
      benchModel,
      '--json',
      '--runs',
      '1000000',
      '--seed',
      '11',
      '--workers',
      '2',
    ]);
    expect(code).toBe(0);
    const mc = JSON.parse(stdout) as Odds;
    expect(mc.runs).toBe(1_000_000);
    expect(mc.seed).toBe(11);
    for (const t of teams) {
      const p = exact.champion[t]!;
      expect(Math.abs(mc.champion[t]! - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / 1_000_000));
    }
  });

  it('gives the same answer for the same seed on this thread and on two workers', async () => {
    const args = ['simulate', benchModel, '--json', '--runs', '200000', '--seed', 'draw-day'];
    const here = await run([...args, '--workers', '0']);
    const two = await run([...args, '--workers', '2']);
    expect(here.code).toBe(0);
    expect(two.stdout).toBe(here.stdout);
    expect(JSON.parse(here.stdout).seed).toBe('draw-day');
  });

  it('gives live odds after the first leg of the 2017 final (TP Mazembe 2–1 SuperSport United)', async () => {
    const doc = JSON.parse(readFileSync(examplePath, 'utf8')) as {
      rounds: Array<{ ties: Array<{ legs: unknown[] }> }>;
    };
    doc.rounds[2]!.ties[0]!.legs.pop();
    const file = tmpFile('final-leg-1.json', JSON.stringify(doc));
    const { code, stdout, stderr } = await run([
      'simulate',
      file,
      '--model',
      benchModel,
      '--exact',
      '--json',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    // By hand: leg 2 at SuperSport United, goal rates 0.6·(0.8/1.6)·1.25 and 0.6·(1.6/0.8)/1.25;
    // CAF 2017 rules: aggregate, away goals, then a 50/50 shoot-out.
    const [home, away] = [0.375, 0.96];
    let p = 0;
    for (let h = 0; h <= 25; h++)
      for (let a = 0; a <= 25; a++) {
        const q = pmf(home, h) * pmf(away, a);
        if (2 + a > 1 + h) p += q;
        else if (2 + a === 1 + h) p += a > 1 ? q : a === 1 ? q / 2 : 0;
      }
    const odds = JSON.parse(stdout) as Odds;
    expect(odds.champion['TP Mazembe']).toBeCloseTo(p, 10);
    expect(odds.champion['SuperSport United']).toBeCloseTo(1 - p, 10);
    expect(odds.champion['Club Africain']).toBe(0);
  });

  it('prints a table with a column per round', async () => {
    const { code, stdout } = await run(['simulate', benchModel, '--exact']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Team\s+Quarter-finals\s+Semi-finals\s+Final\s+Champion/);
    expect(stdout.split('\n')[2]).toMatch(/^TP Mazembe\s+100%/);
  });

  it('rejects a run count of 0, naming the option', async () => {
    const { code, stderr } = await run(['simulate', benchModel, '--runs', '0']);
    expect(code).toBe(2);
    expect(stderr).toContain('--runs must be a whole number from 1');
  });

  it('rejects a model of unknown kind, naming the field and the code', async () => {
    const model = tmpFile('model.json', '{"kind": "glicko"}');
    const { code, stderr } = await run(['simulate', examplePath, '--model', model]);
    expect(code).toBe(2);
    expect(stderr).toContain('kind:');
    expect(stderr).toContain('(unknown-model-kind)');
    expect(stderr).not.toContain('    at ');
  });

  it('rejects a model that rates a team not in the competition', async () => {
    const model = tmpFile('model.json', '{"kind": "elo", "ratings": {"Barcelona": 2000}}');
    const { code, stderr } = await run(['simulate', examplePath, '--model', model]);
    expect(code).toBe(2);
    expect(stderr).toContain('ratings.Barcelona');
    expect(stderr).toContain('(unknown-team)');
  });

  it('rejects a file that does not exist', async () => {
    const { code, stderr } = await run(['simulate', '/nonexistent/cup.json']);
    expect(code).toBe(2);
    expect(stderr).toContain('cannot read /nonexistent/cup.json: no such file');
  });

  it('computes Elo ratings from a results file named in the model', async () => {
    const model = `${repoRoot}examples/models/caf-2017-elo-from-results.json`;
    const doc = JSON.parse(readFileSync(examplePath, 'utf8')) as {
      rounds: Array<{ ties: Array<{ legs: unknown[] }> }>;
    };
    for (const tie of doc.rounds[2]!.ties) tie.legs = [];
    const file = tmpFile('no-final.json', JSON.stringify(doc));
    const rated = JSON.parse(
      (await run(['simulate', file, '--model', model, '--exact', '--json'])).stdout,
    ) as Odds;
    const flat = JSON.parse((await run(['simulate', file, '--exact', '--json'])).stdout) as Odds;
    // TP Mazembe won its quarter-final 7–1 on aggregate, SuperSport United drew both legs: Elo moves
    // Mazembe up and the final odds with it; with equal ratings only the venue counts.
    expect(rated.champion['TP Mazembe']!).toBeGreaterThan(flat.champion['TP Mazembe']!);
  });

  it('has help with an example', async () => {
    const { code, stdout } = await run(['simulate', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('cupstage simulate examples/models/caf-2017-model.json --exact');
  });

  it('reads a 32-team model file under UEFA 2021 rules; exact odds agree with Monte Carlo within 4 standard errors', async () => {
    // Round of 32: T1–T32, T2–T31, …; then winners of ties 1–2, 3–4, … (leg-1 host first).
    const names = Array.from({ length: 32 }, (_, i) => `T${i + 1}`);
    const bracket: unknown[] = [Array.from({ length: 16 }, (_, i) => [names[i], names[31 - i]])];
    for (let ties = 8; ties >= 1; ties /= 2)
      bracket.push(Array.from({ length: ties }, (_, i) => [2 * i + 1, 2 * i + 2]));
    const file = tmpFile(
      'model-32.json',
      JSON.stringify({
        baseRate: 0.6,
        homeFactor: 1.25,
        rules: 'uefa-2021',
        teams: Object.fromEntries(names.map((n, i) => [n, 1.8 - i * 0.035])),
        bracket,
      }),
    );
    const exact = await run(['simulate', file, '--exact', '--json']);
    expect(exact.stderr).toBe('');
    const e = JSON.parse(exact.stdout) as Odds;
    expect(Object.keys(e.reach)).toEqual([
      'Round of 32',
      'Round of 16',
      'Quarter-finals',
      'Semi-finals',
      'Final',
    ]);
    const runs = 400_000;
    const mc = JSON.parse(
      (await run(['simulate', file, '--json', '--runs', String(runs), '--seed', '3', '--workers', '0']))
        .stdout,
    ) as Odds;
    let compared = 0;
    const check = (exactOdds: Record<string, number>, simulated: Record<string, number>): void => {
      for (const t of names) {
        const p = exactOdds[t]!;
        if (p * runs < 25 || (1 - p) * runs < 25) continue; // the normal approximation needs both
        compared++;
        expect(Math.abs(simulated[t]! - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / runs));
      }
    };
    check(e.champion, mc.champion);
    for (const round of Object.keys(e.reach)) check(e.reach[round]!, mc.reach[round]!);
    expect(compared).toBeGreaterThan(100);
  });

  it('refuses a model file without rules, naming the field', async () => {
    const doc = JSON.parse(readFileSync(benchModel, 'utf8')) as Record<string, unknown>;
    delete doc.rules;
    const { code, stderr } = await run([
      'simulate',
      tmpFile('no-rules.json', JSON.stringify(doc)),
      '--exact',
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('rules: is required: a preset id');
    expect(stderr).toContain('(model-field-missing)');
  });
});
