import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { examplePath, run, runBinary } from './helpers.ts';

const seed = readFileSync(new URL('./fixtures/seed-caf-confederation-cup-2017.txt', import.meta.url), 'utf8');
const seedLines = seed.split('\n').map((l) => l.trim());
/** The seed mixes −, - and – in scores; the report prints –. */
const normalise = (line: string): string => line.replace(/(\d)[−-](\d)/g, '$1–$2');

describe('cupstage report (the seed article regenerated from data)', () => {
  it('prints every summary line of the seed character for character', async () => {
    const { code, stdout } = await run(['report', examplePath, '--format', 'text']);
    expect(code).toBe(0);
    const out = new Set(stdout.split('\n'));
    const summaries = seedLines.filter(
      (l) => / on (aggregate|away goals|penalties)\.$/.test(l) || /on aggregate\.<section/.test(l),
    );
    expect(summaries.length).toBe(7);
    for (const s of summaries) expect(out).toContain(s.replace(/<section.*$/, ''));
  });

  it('prints every leg line of the seed with its teams, country codes and scores, and the final legs', async () => {
    const { stdout } = await run(['report', examplePath]);
    const out = new Set(stdout.split('\n'));
    const legLines = seedLines.filter((l) => /^.+ [A-Z]{3} \d+[−\-–]\d+ [A-Z]{3} .+$/.test(l));
    expect(legLines.length).toBe(12);
    for (const l of legLines) expect(out).toContain(normalise(l));
    expect(out).toContain('TP Mazembe COD 2–1 RSA SuperSport United');
    expect(out).toContain('SuperSport United RSA 0–0 COD TP Mazembe');
  });

  it('prints the qualified teams, the format paragraph, the schedule and its three amendments as the seed does', async () => {
    const { stdout } = await run(['report', examplePath]);
    const out = new Set(stdout.split('\n'));
    const tableRows = seedLines.filter(
      (l) => /^\| [A-D] \| /.test(l) || /^\| (Quarter-finals|Semi-finals|Final) \| \d/.test(l),
    );
    expect(tableRows.length).toBe(7);
    for (const row of tableRows) expect(out).toContain(row);
    const amendments = seedLines.filter((l) => l.startsWith('- ') && l.includes('moved from'));
    expect(amendments.length).toBe(3);
    for (const a of amendments) expect(out).toContain(a);
    const format = seedLines.find((l) => l.startsWith('If the aggregate') || l.includes('two-legged basis'))!;
    const paragraph = format.replace(/<section[^>]*>/g, '');
    expect(stdout).toContain(paragraph);
    expect(stdout).toContain(
      'The order of legs for the semi-finals and final was decided by an additional draw held after the group stage draw on 26 April 2017, 14:00 EET (UTC+2), at the CAF Headquarters in Cairo, Egypt.',
    );
  });

  it('generates the format paragraph from the rules, not from stored text', async () => {
    const text = readFileSync(examplePath, 'utf8').replace('"rules": "caf-2017"', '"rules": "uefa-2021"');
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const dir = mkdtempSync('/tmp/cupstage-');
    writeFileSync(`${dir}/c.json`, text);
    const { stdout } = await run(['report', `${dir}/c.json`]);
    expect(stdout).toContain(
      'If the aggregate score was tied after the second leg, extra time would be played',
    );
    expect(stdout).not.toContain('away goals rule');
  });

  it('prints Markdown with headings and tables', async () => {
    const { code, stdout } = await run(['report', examplePath, '--format', 'markdown']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# 2017 CAF Confederation Cup knockout stage/);
    expect(stdout).toContain('| Group | Winners | Runners-up |');
    expect(stdout).toContain('**2–2 on aggregate. SuperSport United won on away goals.**');
  });

  it('runs through the real binary (npx cupstage) with exit code 0', () => {
    const r = runBinary(['report', 'examples/caf-confederation-cup-2017.json', '--format', 'text']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('TP Mazembe won 2–1 on aggregate.');
  });

  it('rejects a missing file and an unknown format with exit code 2 and no stack trace', async () => {
    const missing = await run(['report', '/no/such/file.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('cupstage: cannot read /no/such/file.json: no such file\n');
    const badFormat = runBinary(['report', 'examples/caf-confederation-cup-2017.json', '--format', 'pdf']);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain("'pdf' is invalid");
    expect(badFormat.stderr).not.toMatch(/\n\s+at /);
  });
});
