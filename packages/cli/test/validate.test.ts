import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { examplePath, run } from './helpers.ts';

const withExample = (edit: (doc: Record<string, unknown>) => void): string => {
  const doc = JSON.parse(readFileSync(examplePath, 'utf8')) as Record<string, unknown>;
  edit(doc);
  const dir = mkdtempSync('/tmp/cupstage-validate-');
  const path = `${dir}/competition.json`;
  writeFileSync(path, JSON.stringify(doc));
  return path;
};

type Doc = {
  rounds: Array<{ ties: Array<{ legs: Array<Record<string, unknown>>; sides: unknown[] }> }>;
  teams: Array<Record<string, unknown>>;
};

describe('cupstage validate', () => {
  it('accepts the example and summarises it', async () => {
    const { code, stdout } = await run(['validate', examplePath]);
    expect(code).toBe(0);
    expect(stdout).toContain('valid: 8 teams, 3 rounds, 7 ties, 14 legs; champions: TP Mazembe');
  });

  it('names the field and the rule of a result that breaks the rules', async () => {
    const path = withExample((doc) => {
      (doc as unknown as Doc).rounds[0]!.ties[1]!.legs[1]!.penalties = [4, 3];
    });
    const { code, stderr } = await run(['validate', path]);
    expect(code).toBe(2);
    expect(stderr).toContain('rounds[0].ties[1].legs[1].penalties');
    expect(stderr).toContain('(penalties-not-needed)');
  });

  it('reports schema problems with their paths', async () => {
    const path = withExample((doc) => {
      (doc as unknown as Doc).teams[0]!.country = 'Tunisia';
      (doc as unknown as Doc).rounds[1]!.ties[0]!.sides[0] = { winner: 'QF9' };
    });
    const { code, stderr } = await run(['validate', path]);
    expect(code).toBe(2);
    expect(stderr).toContain('teams.0.country');
  });

  it('reports a slot pointing at a tie that does not exist', async () => {
    const path = withExample((doc) => {
      (doc as unknown as Doc).rounds[1]!.ties[0]!.sides[0] = { winner: 'QF9' };
    });
    const { code, stderr } = await run(['validate', path]);
    expect(code).toBe(2);
    expect(stderr).toContain('rounds[1].ties[0].sides[0]');
    expect(stderr).toContain('(unknown-tie)');
  });

  it('reports an impossible date, kick-off and time zone, as cupstage schedule does (issue 11)', async () => {
    const path = withExample((doc) => {
      const final = (doc as unknown as Doc).rounds[2]!.ties[0]!.legs;
      final[0]!.date = '2017-02-31';
      final[0]!.kickoff = '99:99';
      final[1]!.timeZone = 'Not/AZone';
    });
    const { code, stderr } = await run(['validate', path]);
    expect(code).toBe(2);
    expect(stderr).toContain('rounds[2].ties[0].legs[0].date');
    expect(stderr).toContain('(bad-date)');
    expect(stderr).toContain('rounds[2].ties[0].legs[0].kickoff');
    expect(stderr).toContain('(bad-kickoff)');
    expect(stderr).toContain('rounds[2].ties[0].legs[1].timeZone');
    expect(stderr).toContain('(unknown-time-zone)');
    const schedule = await run(['schedule', path]);
    expect(schedule.code).toBe(2);
    for (const c of ['(bad-date)', '(bad-kickoff)', '(unknown-time-zone)'])
      expect(schedule.stderr).toContain(c);
    const json = await run(['validate', path, '--json']);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout).problems.map((p: { code: string }) => p.code)).toEqual([
      'bad-date',
      'bad-kickoff',
      'unknown-time-zone',
    ]);
  });

  it('reports broken JSON with its line and column', async () => {
    const dir = mkdtempSync('/tmp/cupstage-validate-');
    writeFileSync(`${dir}/bad.json`, '{\n  "format": "cupstage-competition/1",\n  "id": \n}');
    const { code, stderr } = await run(['validate', `${dir}/bad.json`]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/line 4, column 1/);
    expect(stderr).toContain('(invalid-json)');
  });

  it('prints JSON with --json', async () => {
    const { code, stdout } = await run(['validate', examplePath, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ valid: true, problems: [] });
  });
});
