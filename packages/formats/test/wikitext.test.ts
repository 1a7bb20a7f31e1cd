import { createKnockout } from '@cupstage/core';
import { writeWikitext } from '@cupstage/formats';
import { describe, expect, it } from 'vitest';
import wtf from 'wtf_wikipedia';
import { example } from './helpers.ts';

interface Template {
  readonly template: string;
  readonly list?: string[];
  readonly [key: string]: unknown;
}

function parsed(): { templates: Template[]; tables: Array<Array<Record<string, { text: string }>>> } {
  const c = example();
  const doc = wtf(writeWikitext(c, createKnockout(c)));
  return {
    templates: doc.templates().map((t) => t.json() as Template),
    tables: doc.tables().map((t) => t.json() as Array<Record<string, { text: string }>>),
  };
}

describe('writeWikitext, parsed back with wtf_wikipedia', () => {
  it('gives one {{TwoLegResult}} per tie with both teams, country codes, aggregate with marker and both legs', () => {
    const rows = parsed()
      .templates.filter((t) => t.template === 'twolegresult')
      .map((t) => t.list);
    // The seed article's results, the team that hosted the first leg first.
    expect(rows).toEqual([
      ['MC Alger', 'ALG', '1–2', 'Club Africain', 'TUN', '1–0', '0–2'],
      ['SuperSport United', 'RSA', '2–2 (a)', 'ZESCO United', 'ZAM', '0–0', '2–2'],
      ['FUS Rabat', 'MAR', '1–1 (5–4 p)', 'CS Sfaxien', 'TUN', '1–0', '0–1'],
      ['Al-Hilal Al-Ubayyid', 'SDN', '1–7', 'TP Mazembe', 'COD', '1–2', '0–5'],
      ['SuperSport United', 'RSA', '4–2', 'Club Africain', 'TUN', '1–1', '3–1'],
      ['TP Mazembe', 'COD', '1–0', 'FUS Rabat', 'MAR', '1–0', '0–0'],
      ['TP Mazembe', 'COD', '2–1', 'SuperSport United', 'RSA', '2–1', '0–0'],
    ]);
  });

  it('marks each winner in bold in the source', () => {
    const c = example();
    const text = writeWikitext(c, createKnockout(c));
    for (const w of ['Club Africain', 'SuperSport United', 'FUS Rabat', 'TP Mazembe']) {
      expect(text).toContain(`'''[[${w}]]'''`);
    }
    expect(text).not.toContain("'''[[MC Alger]]'''");
  });

  it('gives a Module:Team bracket with legs and aggregates for all three rounds', () => {
    const bracket = parsed().templates.find((t) => t.template === '#invoke:team bracket');
    expect(bracket?.rounds).toBe('3');
    expect(bracket?.legs).toBe('2');
    expect(bracket?.rd3).toBe('Final');
    expect([
      bracket?.['rd3-team1'],
      bracket?.['rd3-score1-1'],
      bracket?.['rd3-score1-2'],
      bracket?.['rd3-score1-agg'],
    ]).toEqual(['TP Mazembe', '2', '0', '2']);
    expect([bracket?.['rd3-team2'], bracket?.['rd3-score2-agg']]).toEqual(['SuperSport United', '1']);
    const teams = Object.entries(bracket ?? {})
      .filter(([k]) => /^rd1-team\d$/.test(k))
      .map(([, v]) => v)
      .sort();
    expect(teams).toEqual([
      'Al-Hilal Al-Ubayyid',
      'CS Sfaxien',
      'Club Africain',
      'FUS Rabat',
      'MC Alger',
      'SuperSport United',
      'TP Mazembe',
      'ZESCO United',
    ]);
  });

  it('gives the qualified teams and the schedule as wikitables', () => {
    const [qualified, schedule] = parsed().tables;
    expect(qualified?.map((r) => [r.Group?.text, r.Winners?.text, r['Runners-up']?.text])).toEqual([
      ['A', 'TUN Club Africain', 'MAR FUS Rabat'],
      ['B', 'TUN CS Sfaxien', 'ALG MC Alger'],
      ['C', 'ZAM ZESCO United', 'SDN Al-Hilal Al-Ubayyid'],
      ['D', 'COD TP Mazembe', 'RSA SuperSport United'],
    ]);
    expect(schedule?.[1]?.['First leg']?.text).toBe('29 September – 1 October 2017');
  });
});
