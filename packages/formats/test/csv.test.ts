import { createKnockout } from '@cupstage/core';
import { parseLegsCsv, readCsv, writeLegsCsv, writeTiesCsv } from '@cupstage/formats';
import { describe, expect, it } from 'vitest';
import { example, winners } from './helpers.ts';

describe('legs CSV', () => {
  it('has one row per leg: 14 legs in the example', () => {
    const rows = readCsv(writeLegsCsv(example())).rows;
    expect(rows.length).toBe(15);
    expect(rows[1]?.cells.slice(0, 14)).toEqual([
      'quarter-finals',
      'Quarter-finals',
      'caf-2017',
      'QF1',
      '1',
      '',
      '',
      '',
      'MC Alger',
      'ALG',
      'Club Africain',
      'TUN',
      '1',
      '0',
    ]);
  });

  it('reads a team spelt another way in a later row as the same team, with a note', () => {
    const c = example();
    const lines = writeLegsCsv(c).split('\n');
    // The second leg of QF1: Club Africain v MC Alger, written "Club-Africain".
    const row = lines.findIndex((l, i) => i > 1 && l.includes(',QF1,2,'));
    lines[row] = lines[row]!.replace('Club Africain', 'Club-Africain');
    const r = parseLegsCsv(lines.join('\n'), { name: c.name });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.competition.teams).toHaveLength(8);
    expect(r.value.problems.map((p) => [p.code, p.line, p.message])).toEqual([
      ['team-alias', row + 1, '"Club-Africain" is read as Club Africain'],
    ]);
    expect(winners(r.value.competition)).toEqual(winners(c));
  });

  it('reads back into the same legs, ties and winners', () => {
    const c = example();
    const r = parseLegsCsv(writeLegsCsv(c), { name: c.name });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.problems).toEqual([]);
    const back = r.value.competition;
    expect(back.rounds.map((x) => x.ties.map((t) => t.legs))).toEqual(
      c.rounds.map((x) => x.ties.map((t) => t.legs)),
    );
    expect(winners(back)).toEqual(winners(c));
  });

  it('names the line and column of a bad number and of a missing column', () => {
    const bad = parseLegsCsv(
      'round,tie,leg,home,away,home_goals,away_goals,rules\nr,T1,1,A,B,x,0,caf-2017\n',
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.map((p) => [p.code, p.line, p.column])).toContainEqual(['bad-goals', 2, 6]);
    const missing = parseLegsCsv('round,tie,home,away\n');
    expect(!missing.ok && missing.error[0]?.code).toBe('missing-column');
  });
});

describe('ties CSV', () => {
  it('has one row per tie with aggregate, away goals, shoot-out, decider and winner', () => {
    const c = example();
    const rows = readCsv(writeTiesCsv(c, createKnockout(c))).rows.map((r) => r.cells);
    const header = rows[0] ?? [];
    const row = (tie: string): Record<string, string> => {
      const cells = rows.find((r) => r[1] === tie) ?? [];
      return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
    };
    // FUS Rabat (hosted leg 1) v CS Sfaxien: 1–0, 0–1, 5–4 on penalties (seed article).
    expect(row('QF2')).toMatchObject({
      team_a: 'FUS Rabat',
      team_b: 'CS Sfaxien',
      leg1_a: '1',
      leg1_b: '0',
      leg2_a: '0',
      leg2_b: '1',
      agg_a: '1',
      agg_b: '1',
      pens_a: '5',
      pens_b: '4',
      status: 'decided',
      decided_by: 'penalties',
      winner: 'FUS Rabat',
    });
    expect(row('QF3')).toMatchObject({
      away_a: '2',
      away_b: '0',
      decided_by: 'away-goals',
      winner: 'SuperSport United',
    });
  });

  it('quotes cells with commas and quotes', () => {
    expect(readCsv('a,"b, ""c"""\n').rows[0]?.cells).toEqual(['a', 'b, "c"']);
  });
});
