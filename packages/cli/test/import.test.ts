import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createKnockout } from '@cupstage/core';
import { parseCompetition } from '@cupstage/formats';
import { describe, expect, it } from 'vitest';
import { repoRoot, run, runBinary } from './helpers.ts';

const fixtures = `${repoRoot}packages/formats/test/fixtures/`;
const seedPath = `${fixtures}seed-caf-confederation-cup-2017.txt`;

describe('cupstage import --from article', () => {
  it('prints the seed as a competition file whose champion is TP Mazembe, with a note for the final on stderr', async () => {
    const { code, stdout, stderr } = await run(['import', '--from', 'article', seedPath]);
    expect(code).toBe(0);
    const c = parseCompetition(stdout);
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    expect(c.value.teams.length).toBe(8);
    expect(createKnockout(c.value).champion()).toBe('tp-mazembe');
    expect(stderr).toContain(`${seedPath}:94: note:`);
    expect(stderr).toContain('(legs-unknown)');
  });

  it('takes --rules as a decider chain in JSON, checked before anything is read', async () => {
    const chain = {
      legs: 2,
      deciders: [{ kind: 'aggregate' }, { kind: 'away-goals' }, { kind: 'penalties' }],
      source: 'CAF Confederation Cup 2017 Regulations III. 26 & 27',
    };
    const { code, stdout } = await run([
      'import',
      '--from',
      'article',
      seedPath,
      '--rules',
      JSON.stringify(chain),
    ]);
    expect(code).toBe(0);
    const c = parseCompetition(stdout);
    expect(c.ok && c.value.rounds[0]?.rules.deciders).toEqual(chain.deciders);
    expect(c.ok && createKnockout(c.value).champion()).toBe('tp-mazembe');
    const level = await run([
      'import',
      '--from',
      'article',
      seedPath,
      '--rules',
      '{"legs": 2, "deciders": [{"kind": "aggregate"}, {"kind": "away-goals"}]}',
    ]);
    expect(level.code).toBe(2);
    expect(level.stderr).toContain('--rules: the decider chain must end with "penalties"');
  });

  it('writes the file with -o and says so on stderr', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cupstage-import-')), 'seed.json');
    const { code, stdout, stderr } = await run(['import', '--from', 'article', seedPath, '-o', out]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain('8 teams, 3 rounds, 7 ties');
    expect(parseCompetition(readFileSync(out, 'utf8')).ok).toBe(true);
  });

  it('reports disagreements and broken lines with line numbers, and with --strict writes nothing and exits 2', async () => {
    const broken = `${fixtures}article-broken.txt`;
    const loose = await run(['import', '--from', 'article', broken]);
    expect(loose.code).toBe(0);
    expect(loose.stderr).toContain(`${broken}:26: error:`);
    expect(loose.stderr).toContain('(broken-leg-line)');
    expect(loose.stderr).toContain(`${broken}:14: error:`);
    const strict = await run(['import', '--from', 'article', broken, '--strict']);
    expect(strict.code).toBe(2);
    expect(strict.stdout).toBe('');
    expect(strict.stderr).toContain('cupstage: 3 error(s)');
  });

  it('exits 2 with the reasons when nothing usable is found', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cupstage-import-'));
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, 'hello\n');
    const { code, stdout, stderr } = await run(['import', '--from', 'article', empty]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`cupstage: nothing usable in ${empty}`);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects an unknown source, an unknown rules preset and a missing file', async () => {
    expect((await run(['import', '--from', 'pdf', seedPath])).code).toBe(2);
    const rules = await run(['import', '--from', 'article', seedPath, '--rules', 'nope']);
    expect(rules.code).toBe(2);
    expect(rules.stderr).toContain('--rules: "nope" is not a rules preset');
    const missing = await run(['import', '--from', 'article', `${fixtures}missing.txt`]);
    expect(missing.stderr).toContain('no such file');
  });
});

describe('cupstage import --from football-txt | csv | json', () => {
  it('imports the 2018–19 Champions League knockout file with the era rules and Liverpool champions', async () => {
    const { code, stdout } = await run([
      'import',
      '--from',
      'football-txt',
      `${fixtures}cl-2018-19-knockout.txt`,
    ]);
    expect(code).toBe(0);
    const c = parseCompetition(stdout);
    expect(c.ok && createKnockout(c.value).champion()).toBe('liverpool-fc');
  });

  it('imports a legs CSV written by cupstage export, named by --name', async () => {
    const csv = await run([
      'export',
      `${repoRoot}examples/caf-confederation-cup-2017.json`,
      '--to',
      'csv-legs',
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'cupstage-import-'));
    writeFileSync(join(dir, 'legs.csv'), csv.stdout);
    const { code, stdout } = await run([
      'import',
      '--from',
      'csv',
      join(dir, 'legs.csv'),
      '--name',
      'CAF 2017',
    ]);
    expect(code).toBe(0);
    const c = parseCompetition(stdout);
    expect(c.ok && c.value.name).toBe('CAF 2017');
    expect(c.ok && createKnockout(c.value).champion()).toBe('tp-mazembe');
  });

  it('checks a competition JSON and rejects a broken one with its path', async () => {
    const ok = await run(['import', '--from', 'json', `${repoRoot}examples/caf-confederation-cup-2017.json`]);
    expect(ok.code).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'cupstage-import-'));
    writeFileSync(join(dir, 'bad.json'), '{"format": "cupstage-competition/1"}');
    const bad = await run(['import', '--from', 'json', join(dir, 'bad.json')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('is not a valid competition file');
  });

  it('has help with an example, through the real binary', () => {
    const { code, stdout } = runBinary(['import', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('cupstage import --from article');
  });
});
