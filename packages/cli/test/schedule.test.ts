import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import ical, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { examplePath, run } from './helpers.ts';

const vevents = (text: string): VEvent[] =>
  Object.values(ical.sync.parseICS(text)).filter((e): e is VEvent => e?.type === 'VEVENT');

describe('cupstage schedule', () => {
  it("prints the example's windows and its three amendments as the article does", async () => {
    const r = await run(['schedule', examplePath]);
    expect(r.code).toBe(0);
    // The seed article's schedule table and amendment lines.
    expect(r.stdout).toContain('| Quarter-finals | 15–17 September 2017 | 22–24 September 2017 |');
    expect(r.stdout).toContain('| Semi-finals | 29 September – 1 October 2017 | 20–22 October 2017 |');
    expect(r.stdout).toContain('| Final | 17–19 November 2017 | 24–26 November 2017 |');
    expect(r.stdout).toContain(
      [
        '- Quarter-finals first leg: moved from 8–10 September to 15–17 September',
        '- Quarter-finals second leg: moved from 15–17 September to 22–24 September',
        '- Semi-finals second leg: moved from 13–15 October to 20–22 October',
      ].join('\n'),
    );
    expect(r.stdout).toContain('TP Mazembe v SuperSport United: 19 November 2017, Lubumbashi');
    expect(r.stdout.match(/ v /g)).toHaveLength(14);
  });

  it('writes an iCalendar file with all 14 legs, the undated ones tentative over their windows', async () => {
    const dir = mkdtempSync('/tmp/cupstage-schedule-');
    const r = await run(['schedule', examplePath, '--ics', '--out', `${dir}/cup.ics`]);
    expect(r.code).toBe(0);
    const events = vevents(readFileSync(`${dir}/cup.ics`, 'utf8'));
    expect(events).toHaveLength(14);
    expect(events.filter((e) => e.status === 'TENTATIVE')).toHaveLength(12);
  });

  it("exports one team's matches, or one round", async () => {
    const team = await run(['schedule', examplePath, '--ics', '--team', 'SuperSport United']);
    expect(vevents(team.stdout)).toHaveLength(6);
    const round = await run(['schedule', examplePath, '--round', 'final']);
    expect(round.stdout).not.toContain('Quarter-finals');
    expect(round.stdout.match(/ v /g)).toHaveLength(2);
  });

  it('rejects a calendar that breaks the rules, naming the field and the rule', async () => {
    const doc = JSON.parse(readFileSync(examplePath, 'utf8')) as {
      rounds: Array<{ ties: Array<{ legs: Array<Record<string, unknown>> }> }>;
    };
    doc.rounds[1]!.ties[1]!.legs[1]!.date = '2017-11-19';
    const dir = mkdtempSync('/tmp/cupstage-schedule-');
    writeFileSync(`${dir}/c.json`, JSON.stringify(doc));
    const r = await run(['schedule', `${dir}/c.json`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'rounds[1].ties[1].legs[1].date: SF2 second leg on 19 November 2017 is outside the Semi-finals second leg window, 20–22 October 2017 (outside-window)',
    );
    expect(r.stderr).toContain('TP Mazembe plays twice on 19 November 2017');
    expect(r.stderr).not.toContain('    at ');
  });

  it('rejects an unknown team and a bad --min-rest-days', async () => {
    const team = await run(['schedule', examplePath, '--team', 'Al Ahly']);
    expect(team.code).toBe(2);
    expect(team.stderr).toContain('--team: no team "Al Ahly"');
    const rest = await run(['schedule', examplePath, '--min-rest-days', 'two']);
    expect(rest.code).toBe(2);
    expect(rest.stderr).toContain('--min-rest-days must be a whole number');
  });
});
