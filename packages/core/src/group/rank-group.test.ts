import { describe, expect, it } from 'vitest';
import { cafGroups } from '../../test/caf-2017-groups.ts';
import { teamId } from '../ids.ts';
import {
  caf2017Groups,
  fifaWorldCup2014Groups,
  fifaWorldCup2018Groups,
  threePointsForAWin,
  uefaClub2021Groups,
  uefaEuro2020Groups,
} from './presets.ts';
import { rankGroup } from './rank-group.ts';
import type { Group, GroupMatch } from './types.ts';

const m = (home: string, score: [number, number], away: string): GroupMatch => ({
  home: teamId(home),
  away: teamId(away),
  score,
});
const group = (id: string, matches: GroupMatch[], extra: Partial<Group> = {}): Group => ({
  id,
  teams: [...new Set(matches.flatMap((x) => [x.home, x.away]))],
  rounds: 1,
  matches,
  ...extra,
});
const line = (g: ReturnType<typeof rankGroup>) =>
  g.table.map((r) => {
    const x = r.row;
    return `${r.position} ${x.team} ${x.played} ${x.won} ${x.drawn} ${x.lost} ${x.goalsFor} ${x.goalsAgainst} ${x.goalDifference} ${x.points}`;
  });

describe('rankGroup: 2017 CAF Confederation Cup group stage (CAF Confederation Cup 2017 Regulations III. 20 & 21)', () => {
  // Expected tables: shared/data/caf-confederation-cup-2017-groups-tables.md, each checked there against
  // published standings (nigeriatoday/AFP, allafrica, ESPN, Manila Times); FUS Rabat second on
  // head-to-head ("the Moroccans came second having won 3-0 at home and lost 3-1 away", AFP, 8 July 2017).
  const ranked = Object.fromEntries(
    cafGroups().map((g) => [g.id, rankGroup(g, caf2017Groups, threePointsForAWin)]),
  );

  it('reproduces the four final tables (Pos Team Pld W D L GF GA GD Pts)', () => {
    expect(line(ranked.A!)).toEqual([
      '1 Club Africain 6 4 0 2 13 6 7 12',
      '2 FUS Rabat 6 3 0 3 9 8 1 9',
      '3 KCCA 6 3 0 3 8 12 -4 9',
      '4 Rivers United 6 2 0 4 6 10 -4 6',
    ]);
    expect(line(ranked.B!)).toEqual([
      '1 CS Sfaxien 6 4 1 1 13 4 9 13',
      '2 MC Alger 6 3 2 1 7 7 0 11',
      '3 Mbabane Swallows 6 1 2 3 8 10 -2 5',
      '4 Platinum Stars 6 0 3 3 6 13 -7 3',
    ]);
    expect(line(ranked.C!)).toEqual([
      '1 ZESCO United 6 3 1 2 6 5 1 10',
      '2 Al-Hilal Al-Ubayyid 6 3 1 2 6 6 0 10',
      '3 Recreativo do Libolo 6 2 1 3 4 5 -1 7',
      '4 Smouha 6 1 3 2 5 5 0 6',
    ]);
    expect(line(ranked.D!)).toEqual([
      '1 TP Mazembe 6 3 3 0 8 4 4 12',
      '2 SuperSport United 6 2 4 0 13 8 5 10',
      '3 Horoya 6 2 3 1 6 5 1 9',
      '4 CF Mounana 6 0 0 6 4 14 -10 0',
    ]);
  });

  it('puts FUS Rabat above KCCA on head-to-head (3–0 at home, 1–3 away), not on overall goal difference', () => {
    expect(ranked.A!.tieBreaks).toEqual([
      { teams: [teamId('FUS Rabat'), teamId('KCCA')], criterion: 1, reapplied: false },
    ]);
  });

  it('puts ZESCO United above Al-Hilal Al-Ubayyid on head-to-head, the awarded 3–0 counting', () => {
    expect(ranked.C!.tieBreaks).toEqual([
      { teams: [teamId('ZESCO United'), teamId('Al-Hilal Al-Ubayyid')], criterion: 1, reapplied: false },
    ]);
  });

  it('marks every group complete', () => {
    expect(Object.values(ranked).every((r) => r.complete)).toBe(true);
  });
});

describe('rankGroup: UEFA club group stage 2021–2024 (UEFA Champions League Regulations 2021/22–2023/24, Article 17.01)', () => {
  // 2022–23 UEFA Europa League Group F: all four teams on 8 points. Results: openfootball/champions-league
  // 2022-23/el.txt (CC0, shared/data/raw). Final order as published by UEFA: Feyenoord, Midtjylland,
  // Lazio, Sturm Graz (Feyenoord and Midtjylland both +4 among the four; Feyenoord scored 13, Midtjylland 12).
  const f = group(
    'F',
    [
      m('Lazio', [4, 2], 'Feyenoord'),
      m('Sturm Graz', [1, 0], 'Midtjylland'),
      m('Midtjylland', [5, 1], 'Lazio'),
      m('Feyenoord', [6, 0], 'Sturm Graz'),
      m('Sturm Graz', [0, 0], 'Lazio'),
      m('Midtjylland', [2, 2], 'Feyenoord'),
      m('Feyenoord', [2, 2], 'Midtjylland'),
      m('Lazio', [2, 2], 'Sturm Graz'),
      m('Lazio', [2, 1], 'Midtjylland'),
      m('Sturm Graz', [1, 0], 'Feyenoord'),
      m('Feyenoord', [1, 0], 'Lazio'),
      m('Midtjylland', [2, 0], 'Sturm Graz'),
    ],
    { rounds: 2 },
  );

  it('ranks a four-way tie on 8 points by the head-to-head block among all four', () => {
    const r = rankGroup(f, uefaClub2021Groups, threePointsForAWin);
    expect(r.table.map((x) => x.row.team)).toEqual(['Feyenoord', 'Midtjylland', 'Lazio', 'Sturm Graz']);
    expect(r.table.map((x) => x.row.points)).toEqual([8, 8, 8, 8]);
    expect(r.tieBreaks.map((t) => t.criterion)).toEqual([1]);
  });
});

describe('rankGroup: FIFA World Cup 2018 (Regulations for the 2018 FIFA World Cup Russia, Article 32.5)', () => {
  // 2018 FIFA World Cup Group H. Japan and Senegal level on points, goal difference, goals and
  // head-to-head (2–2); Japan second on fair play: 4 yellow cards against Senegal's 6 (AP, 28 June 2018).
  const h = group('H', [
    m('Colombia', [1, 2], 'Japan'),
    m('Poland', [1, 2], 'Senegal'),
    m('Japan', [2, 2], 'Senegal'),
    m('Poland', [0, 3], 'Colombia'),
    m('Japan', [0, 1], 'Poland'),
    m('Senegal', [0, 1], 'Colombia'),
  ]);

  it('leaves Japan and Senegal undecided until disciplinary points are entered, never guessing', () => {
    const r = rankGroup(h, fifaWorldCup2018Groups, threePointsForAWin);
    expect(r.table.map((x) => [x.position, x.row.team, x.undecided?.needs])).toEqual([
      [1, 'Colombia', undefined],
      [2, 'Japan', 'disciplinary'],
      [2, 'Senegal', 'disciplinary'],
      [4, 'Poland', undefined],
    ]);
  });

  it('puts Japan second on fair play points (4 against 6)', () => {
    const r = rankGroup(
      { ...h, disciplinary: { Japan: 4, Senegal: 6 } },
      fifaWorldCup2018Groups,
      threePointsForAWin,
    );
    expect(r.table.map((x) => x.row.team)).toEqual(['Colombia', 'Japan', 'Senegal', 'Poland']);
    expect(r.tieBreaks).toEqual([{ teams: ['Japan', 'Senegal'], criterion: 4, reapplied: false }]);
  });
});

describe('rankGroup: drawing of lots (FIFA World Cup 2014 criteria: points, goal difference, goals, head-to-head, lots)', () => {
  // 1990 FIFA World Cup Group F (two points for a win): the Republic of Ireland and the Netherlands
  // finished with identical records and drew 1–1; lots drawn in Rome on 21 June 1990 put Ireland second
  // and the Netherlands third (Los Angeles Times, 22 June 1990). The regulations of 1990 and of 2014 both
  // end in the drawing of lots once these criteria are exhausted.
  const f = group('F', [
    m('England', [1, 1], 'Republic of Ireland'),
    m('Netherlands', [1, 1], 'Egypt'),
    m('England', [0, 0], 'Netherlands'),
    m('Republic of Ireland', [0, 0], 'Egypt'),
    m('England', [1, 0], 'Egypt'),
    m('Republic of Ireland', [1, 1], 'Netherlands'),
  ]);
  const twoPoints = { win: 2, draw: 1, loss: 0 };

  it('says the position needs the drawing of lots while none is entered', () => {
    const r = rankGroup(f, fifaWorldCup2014Groups, twoPoints);
    const level = r.table.filter((x) => x.undecided);
    expect(level.map((x) => [x.position, x.row.team, x.undecided?.needs])).toEqual([
      [2, 'Republic of Ireland', 'lots'],
      [2, 'Netherlands', 'lots'],
    ]);
  });

  it('ranks by the lots drawn', () => {
    const lots = [teamId('Republic of Ireland'), teamId('Netherlands')];
    const r = rankGroup({ ...f, lots }, fifaWorldCup2014Groups, twoPoints);
    expect(r.table.map((x) => `${x.position} ${x.row.team} ${x.row.points}`)).toEqual([
      '1 England 4',
      '2 Republic of Ireland 3',
      '3 Netherlands 3',
      '4 Egypt 2',
    ]);
    expect(r.tieBreaks.at(-1)).toEqual({ teams: lots, criterion: 4, reapplied: false });
  });
});

describe('rankGroup: UEFA European Championship (EURO 2018–20 Regulations, Article 20.01)', () => {
  // UEFA Euro 2020 Group B: Denmark, Finland and Russia all on 3 points behind Belgium; separated by
  // goal difference among the three (Denmark +2, Finland 0, Russia −2). Final order as published by UEFA.
  const b = group('B', [
    m('Denmark', [0, 1], 'Finland'),
    m('Belgium', [3, 0], 'Russia'),
    m('Finland', [0, 1], 'Russia'),
    m('Denmark', [1, 2], 'Belgium'),
    m('Russia', [1, 4], 'Denmark'),
    m('Finland', [0, 2], 'Belgium'),
  ]);

  it('separates a three-way tie on head-to-head goal difference', () => {
    const r = rankGroup(b, uefaEuro2020Groups, threePointsForAWin);
    expect(r.table.map((x) => x.row.team)).toEqual(['Belgium', 'Denmark', 'Finland', 'Russia']);
    expect(r.tieBreaks).toEqual([
      { teams: ['Denmark', 'Finland', 'Russia'], criterion: 1, reapplied: false },
    ]);
  });
});

describe('rankGroup: head-to-head re-applied to a subset (CAF Confederation Cup 2017 Regulations III. 20 & 21, criterion 5)', () => {
  // A constructed group, not a real one. No real group in the data reachable here needs re-application
  // to decide a position under head-to-head-first rules (searched 2026-11-30, each group ranked with and
  // without re-application): UEFA club groups 1991–92 to 2023–24 (engsoccerdata, openfootball: 346
  // groups), EURO finals and qualifying, UEFA and CONCACAF Nations League, Africa Cup of Nations and
  // Asian Cup finals and qualifying (openfootball/internationals: 718 double round robins;
  // martj42/international_results: 5,253 groups up to the 2026 World Cup), the 2017 CAF Confederation
  // Cup. Re-application decided positions only in groups played under goal-difference-first rules
  // (World Cup 1994 Group F, Asian Cup 1996 Group C, qualifiers before 2012); in the AFF Championship
  // 2010 qualifying group it would be applied (Laos and the Philippines still level once Cambodia is
  // third) but would not decide (their 2–2). CAF and AFC club group stages and the Europa League 2009–2020 are not in that data.
  // A, B and C win one and lose one among themselves (A 2–1 B, B 1–0 at C, C 2–1 at
  // A) and all beat D 1–0. Among the three: A 3 points, 3–3; B and C 3 points, 2–2, 2 away goals each.
  // A is first; re-applied to B and C alone, their own match (C 0–1 B) puts B second. Without
  // re-application nothing separates B and C until the drawing of lots.
  const g = group('X', [
    m('A', [2, 1], 'B'),
    m('C', [0, 1], 'B'),
    m('A', [1, 2], 'C'),
    m('D', [0, 1], 'A'),
    m('B', [1, 0], 'D'),
    m('C', [1, 0], 'D'),
  ]);

  it('re-applies the head-to-head criteria to the two teams still level', () => {
    const r = rankGroup(g, caf2017Groups, threePointsForAWin);
    expect(r.table.map((x) => `${x.position} ${x.row.team} ${x.row.points}`)).toEqual([
      '1 A 6',
      '2 B 6',
      '3 C 6',
      '4 D 0',
    ]);
    expect(r.tieBreaks).toEqual([
      { teams: ['A', 'B', 'C'], criterion: 1, reapplied: false },
      { teams: ['B', 'C'], criterion: 1, reapplied: true },
    ]);
  });

  it('without re-application leaves B and C to the drawing of lots', () => {
    const criteria = caf2017Groups.criteria.map((c) =>
      c.kind === 'head-to-head' ? { ...c, reapply: false } : c,
    );
    const r = rankGroup(g, { ...caf2017Groups, criteria }, threePointsForAWin);
    expect(r.table.map((x) => [x.position, x.row.team, x.undecided?.needs])).toEqual([
      [1, 'A', undefined],
      [2, 'B', 'lots'],
      [2, 'C', 'lots'],
      [4, 'D', undefined],
    ]);
  });
});
