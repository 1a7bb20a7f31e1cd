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

  it('reads a team written another way as the same team, with a note naming the line', () => {
    const text = [
      '= Test Cup 2024/25',
      '» Semifinals',
      '    Al-Hilal (KSA) v Atlético Madrid (ESP)  1-0',
      '    Atletico Madrid (ESP) v Al Hilal (KSA)  1-1',
    ].join('\n');
    const { competition: c, problems } = imported(text, false);
    expect(c.teams.map((t) => t.name)).toEqual(['Al-Hilal', 'Atlético Madrid']);
    expect(c.rounds[0]?.ties).toHaveLength(1);
    expect(problems.filter((p) => p.code === 'team-alias').map((p) => [p.line, p.message])).toEqual([
      [4, '"Atletico Madrid" is read as Atlético Madrid'],
      [4, '"Al Hilal" is read as Al-Hilal'],
    ]);
  });

  it('reads the play-offs of a league file: two-legged semi-finals and the final in one section', () => {
    // openfootball/england 2021-22/2-championship.txt, lines 1, 9-12 and 912-923 (CC0).
    const text = [
      '= English Championship 2021/22',
      '== Regular',
      'Matchday 1',
      '[Fri Aug/6]',
      '         Luton Town FC            1-0 (1-0)  Reading FC',
      '== Playoffs',
      '[Fri May/13]',
      '  19.45  Luton Town FC            1-1 (1-1)  Huddersfield Town AFC',
      '[Sat May/14]',
      '  15.00  Sheffield United FC      1-2 (0-1)  Nottingham Forest FC',
      '[Mon May/16]',
      '  19.45  Huddersfield Town AFC    1-0 (0-0)  Luton Town FC',
      '[Tue May/17]',
      '  19.45  Nottingham Forest FC     3-2 pen. 1-2 a.e.t. (1-2, 1-0)  Sheffield United FC',
      '[Sun May/29]',
      '  16.30  Huddersfield Town AFC    0-1 (0-1)  Nottingham Forest FC',
    ].join('\n');
    const { competition: c, problems } = imported(text, false);
    expect(problems.filter((p) => p.severity !== 'note')).toEqual([]);
    expect(c.rounds.map((r) => `${r.name}: ${r.ties.length}`)).toEqual(['Playoffs: 2', 'Playoffs, Final: 1']);
    expect(c.rounds[0]?.ties[1]?.legs[1]).toMatchObject({
      date: '2022-05-17',
      kickoff: '19:45',
      penalties: [3, 2],
    });
    // Nottingham Forest won the 2022 Championship play-off final 1-0 against Huddersfield Town.
    expect(Object.values(winners(c))).toEqual([
      'Huddersfield Town AFC',
      'Nottingham Forest FC',
      'Nottingham Forest FC',
    ]);
  });

  it('refuses an oversized file and an overlong line, naming the limit', () => {
    const big = parseFootballTxt('#'.repeat(4_000_001));
    expect(!big.ok && big.error[0]?.code).toBe('too-large');
    const long = parseFootballTxt(`= Cup 2020\n» Final\n  A v B  1-0 ${'x'.repeat(3000)}\n`);
    expect(!long.ok && [long.error[0]?.code, long.error[0]?.line]).toEqual(['line-too-long', 3]);
  });

  it('keeps the dates with --rules (World Cup 2022: the final on 18 December)', () => {
    // openfootball/worldcup 2022--qatar/cup_finals.txt: "Sun Dec 18" under "= World Cup 2022".
    const { competition: c } = imported(fixture('openfootball/worldcup/2022--qatar/cup_finals.txt'));
    const final = c.rounds.find((r) => r.name === 'Final')?.ties[0]?.legs[0];
    expect(final).toMatchObject({
      date: '2022-12-18',
      kickoff: '18:00',
      score: [2, 2],
      extraTime: [1, 1],
      penalties: [4, 2],
    });
    expect(c.rounds.find((r) => r.name === 'Final')?.rules.id).toBe('single-match');
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
