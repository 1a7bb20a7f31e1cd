import { uefa1970 } from '@cupstage/core';
import { parseFootballTxt, writeCompetition, writeFootballTxt } from '@cupstage/formats';
import { describe, expect, it } from 'vitest';
import { example, fixture, winners } from './helpers.ts';

function imported(text: string, rules = true) {
  const r = parseFootballTxt(text, rules ? { rules: uefa1970 } : {});
  if (!r.ok) throw new Error(JSON.stringify(r.error, null, 2));
  return r.value;
}

describe('parseFootballTxt', () => {
  it('pairs the 2018–19 Champions League knockout matches into ties whose winners are the real ones', () => {
    const { competition: c, problems } = imported(fixture('cl-2018-19-knockout.txt'));
    expect(problems).toEqual([]);
    expect(c.name).toBe('UEFA Champions League');
    expect(c.season).toBe('2018/19');
    expect(c.rounds.map((r) => `${r.name} ${r.ties.length}`)).toEqual([
      'Round of 16 8',
      'Quarterfinals 4',
      'Semifinals 2',
      'Final 1',
    ]);
    // Published results of 2018–19: round of 16, quarter-finals, semi-finals, final.
    expect(Object.values(winners(c))).toEqual([
      'Manchester United',
      'FC Porto',
      'Tottenham Hotspur',
      'AFC Ajax',
      'FC Barcelona',
      'Liverpool FC',
      'Manchester City',
      'Juventus',
      'Liverpool FC',
      'Tottenham Hotspur',
      'AFC Ajax',
      'FC Barcelona',
      'Tottenham Hotspur',
      'Liverpool FC',
      'Liverpool FC',
    ]);
  });

  it('reads a.e.t. with the 90-minute score, pen. shoot-outs, dates with the year carried, kick-off and venue', () => {
    const { competition: c } = imported(fixture('cl-2011-12-last-four.txt'));
    const realBayern = c.rounds[0]?.ties[0]?.legs[1];
    expect(realBayern).toMatchObject({
      home: 'real-madrid',
      score: [2, 1],
      extraTime: [0, 0],
      penalties: [1, 3],
      date: '2012-04-25',
      kickoff: '20:45',
    });
    const final = c.rounds[1]?.ties[0]?.legs[0];
    expect(final).toMatchObject({ score: [1, 1], extraTime: [0, 0], penalties: [3, 4], date: '2012-05-19' });
    expect(final?.venue).toBe('Fußball Arena München, Munich');
    // Bayern beat Real Madrid 3–1 on penalties; Chelsea won the final 4–3 on penalties.
    expect(winners(c)).toEqual({ SF1: 'Bayern München', SF2: 'Chelsea FC', F: 'Chelsea FC' });
  });

  it("takes each round's rules from the era registry when none are given", () => {
    const { competition: c, problems } = imported(fixture('cl-2018-19-knockout.txt'), false);
    expect(c.rounds.map((r) => r.rules.id)).toEqual(['uefa-1970', 'uefa-1970', 'uefa-1970', 'single-match']);
    expect(problems.every((p) => p.code === 'rules-from-registry')).toBe(true);
  });

  it('skips group sections with a note and reports a line it cannot read with its number', () => {
    const text = [
      '= Test Cup 2020/21',
      '',
      '» Group A',
      '  Tue Sep/15 2020',
      '    21.00  Alpha (ENG) v Beta (FRA)  1-0',
      '    21.00  Beta (FRA) v Alpha (ENG)  1-0',
      '',
      '» Final',
      '    21.00  Alpha (ENG) v Beta (FRA)  2-0',
      '    this is not a match',
    ].join('\n');
    const { competition: c, problems } = imported(text);
    expect(problems.map((p) => [p.code, p.line])).toEqual([
      ['section-skipped', 3],
      ['unknown-line', 10],
    ]);
    expect(c.rounds.map((r) => r.name)).toEqual(['Final']);
  });

  it('joins a round split over matchday sections, keeps an awarded score and skips a cancelled match', () => {
    const text = [
      '= Test Cup 2024/25',
      '» Playoffs, Matchday 1',
      '    Alpha (ENG) v Beta (FRA)  1-0',
      '    Gamma (ESP) v Delta (ITA)  [cancelled]',
      '» Playoffs, Matchday 2',
      '    Beta (FRA) v Alpha (ENG)  0-3    [awarded]',
    ].join('\n');
    const { competition: c, problems } = imported(text);
    expect(problems.map((p) => [p.code, p.line])).toEqual([['match-not-played', 4]]);
    expect(c.rounds.map((r) => `${r.name}: ${r.ties.length}`)).toEqual(['Playoffs: 1']);
    expect(c.rounds[0]?.ties[0]?.legs[1]).toMatchObject({ score: [0, 3], awarded: true });
    expect(winners(c)).toEqual({ PO: 'Alpha' });
  });

  it('refuses a file with no knockout round', () => {
    const r = parseFootballTxt('= Nothing 2020/21\n', { rules: uefa1970 });
    expect(r.ok).toBe(false);
  });
});

describe('writeFootballTxt', () => {
  it('writes a file that reads back into the same competition', () => {
    for (const name of ['cl-2018-19-knockout.txt', 'cl-2011-12-last-four.txt']) {
      const first = imported(fixture(name)).competition;
      const again = imported(writeFootballTxt(first)).competition;
      expect(writeCompetition(again)).toBe(writeCompetition(first));
    }
  });

  it('writes the example with a.e.t.-free scores, a date line and the final legs', () => {
    const text = writeFootballTxt(example());
    expect(text).toContain('= 2017 CAF Confederation Cup');
    expect(text).toContain('» Quarter-finals');
    expect(text).toContain('MC Alger (ALG) v Club Africain (TUN)  1-0');
    expect(text).toContain('  Sun Nov/19 2017');
    expect(text).toContain('TP Mazembe (COD) v SuperSport United (RSA)  2-1  @ Lubumbashi');
  });
});
