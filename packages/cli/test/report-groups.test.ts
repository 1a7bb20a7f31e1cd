import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplePath, run } from './helpers.ts';

/**
 * The four final tables of the 2017 CAF Confederation Cup group stage, as published (the expected
 * rows are those of shared/data/caf-confederation-cup-2017-groups-tables.md, checked there against
 * AFP, AllAfrica and ESPN standings; Wikipedia prints negative goal differences with U+2212).
 */
const TABLES = [
  '| 1 | TUN Club Africain | 6 | 4 | 0 | 2 | 13 | 6 | +7 | 12 | Knockout stage |',
  '| 2 | MAR FUS Rabat | 6 | 3 | 0 | 3 | 9 | 8 | +1 | 9 | Knockout stage |',
  '| 3 | UGA KCCA | 6 | 3 | 0 | 3 | 8 | 12 | −4 | 9 |  |',
  '| 4 | NGA Rivers United | 6 | 2 | 0 | 4 | 6 | 10 | −4 | 6 |  |',
  '| 1 | TUN CS Sfaxien | 6 | 4 | 1 | 1 | 13 | 4 | +9 | 13 | Knockout stage |',
  '| 2 | ALG MC Alger | 6 | 3 | 2 | 1 | 7 | 7 | 0 | 11 | Knockout stage |',
  '| 3 | SWZ Mbabane Swallows | 6 | 1 | 2 | 3 | 8 | 10 | −2 | 5 |  |',
  '| 4 | RSA Platinum Stars | 6 | 0 | 3 | 3 | 6 | 13 | −7 | 3 |  |',
  '| 1 | ZAM ZESCO United | 6 | 3 | 1 | 2 | 6 | 5 | +1 | 10 | Knockout stage |',
  '| 2 | SDN Al-Hilal Al-Ubayyid | 6 | 3 | 1 | 2 | 6 | 6 | 0 | 10 | Knockout stage |',
  '| 3 | ANG Recreativo do Libolo | 6 | 2 | 1 | 3 | 4 | 5 | −1 | 7 |  |',
  '| 4 | EGY Smouha | 6 | 1 | 3 | 2 | 5 | 5 | 0 | 6 |  |',
  '| 1 | COD TP Mazembe | 6 | 3 | 3 | 0 | 8 | 4 | +4 | 12 | Knockout stage |',
  '| 2 | RSA SuperSport United | 6 | 2 | 4 | 0 | 13 | 8 | +5 | 10 | Knockout stage |',
  '| 3 | GUI Horoya | 6 | 2 | 3 | 1 | 6 | 5 | +1 | 9 |  |',
  '| 4 | GAB CF Mounana | 6 | 0 | 0 | 6 | 4 | 14 | −10 | 0 |  |',
];

describe('cupstage report --stage groups', () => {
  it('prints the four real final tables, FUS Rabat second in Group A on head-to-head', async () => {
    const { code, stdout } = await run(['report', examplePath, '--stage', 'groups']);
    expect(code).toBe(0);
    const rows = stdout.split('\n').filter((l) => /^\| \d /.test(l));
    expect(rows).toEqual(TABLES);
    expect(stdout).toContain('| Pos | Team | Pld | W | D | L | GF | GA | GD | Pts | Qualification |');
    expect(stdout).toContain('- Head-to-head goal difference: FUS Rabat +1, KCCA −1.');
    expect(stdout).toContain('- Head-to-head goal difference: ZESCO United +2, Al-Hilal Al-Ubayyid −2.');
    expect(stdout).toContain('ZESCO United ZAM 3–0 SDN Al-Hilal Al-Ubayyid (awarded)');
    expect(stdout).toContain('(CAF Confederation Cup 2017 Regulations III. 20 & 21)');
  });

  it('writes the tables as wikitext', async () => {
    const { code, stdout } = await run(['report', examplePath, '--stage', 'groups', '--format', 'wikitext']);
    expect(code).toBe(0);
    expect(stdout).toContain(
      '==Group A==\n{| class="wikitable" style="text-align:center"\n! Pos !! Team !! Pld',
    );
    expect(stdout).toContain(
      `| 2 || style="text-align:left" | {{flagicon|MAR}} [[FUS Rabat]] || 6 || 3 || 0 || 3 || 9 || 8 || +1 || '''9''' || [[#Knockout stage|Knockout stage]]`,
    );
    expect(stdout).toContain('* Head-to-head goal difference: FUS Rabat +1, KCCA −1.');
    expect(stdout.match(/\{\| class="wikitable"/g)).toHaveLength(4);
  });

  it('marks teams through (Q) or eliminated (E) before the last matchday, and leaves the knockout to be filled', async () => {
    const json = JSON.parse(readFileSync(examplePath, 'utf8')) as {
      groupStage: {
        groups: Array<{ matches: Array<{ matchday: number; score?: unknown; awarded?: boolean }> }>;
      };
    };
    for (const g of json.groupStage.groups)
      for (const m of g.matches)
        if (m.matchday === 6) {
          delete m.score;
          delete m.awarded;
        }
    const file = join(mkdtempSync(join(tmpdir(), 'cupstage-groups-')), 'before-matchday-6.json');
    writeFileSync(file, JSON.stringify(json));
    const { code, stdout } = await run(['report', file, '--stage', 'groups']);
    expect(code).toBe(0);
    // Points after matchday 5 (AFP, BBC): Group B MC Alger 11, CS Sfaxien 10, Mbabane Swallows 4,
    // Platinum Stars 2: neither of the last two can reach 10. Group C: Al-Hilal 10 and only ZESCO (7)
    // can still reach 10, so Al-Hilal are through; Group D: CF Mounana 0 cannot reach 7.
    const marked = stdout
      .split('\n')
      .filter((l) => / \((Q|E)\) \|/.test(l))
      .map((l) => l.split(' | ')[1]);
    expect(marked).toEqual([
      'ALG MC Alger (Q)',
      'TUN CS Sfaxien (Q)',
      'SWZ Mbabane Swallows (E)',
      'RSA Platinum Stars (E)',
      'SDN Al-Hilal Al-Ubayyid (Q)',
      'GAB CF Mounana (E)',
    ]);
    const knockout = await run(['report', file]);
    expect(knockout.code).toBe(0);
    // The qualified teams wait for the standings: no team is read from an unfinished group.
    expect(knockout.stdout).toContain('| Group | Winners | Runners-up |\n| A |  |  |\n| B |  |  |');
  });

  it('refuses a competition without a group stage (exit 2)', async () => {
    const json = JSON.parse(readFileSync(examplePath, 'utf8')) as Record<string, unknown>;
    delete json.groupStage;
    json.groups = [
      { group: 'A', positions: ['club-africain', 'fus-rabat'] },
      { group: 'B', positions: ['cs-sfaxien', 'mc-alger'] },
      { group: 'C', positions: ['zesco-united', 'al-hilal-al-ubayyid'] },
      { group: 'D', positions: ['tp-mazembe', 'supersport-united'] },
    ];
    const file = join(mkdtempSync(join(tmpdir(), 'cupstage-groups-')), 'knockout-only.json');
    writeFileSync(file, JSON.stringify(json));
    const knockout = await run(['report', file]);
    expect(knockout.code).toBe(0);
    const groups = await run(['report', file, '--stage', 'groups']);
    expect(groups.code).toBe(2);
    expect(groups.stderr).toContain('has no group stage');
  });
});
