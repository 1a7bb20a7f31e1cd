import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { clLeaguePhase, clMatches } from '../../test/uefa-cl-2024-25.ts';
import { bruteForceOdds } from '../draw/brute-force-odds.ts';
import { drawSpecJson, readDrawSpec } from '../draw/draw-json.ts';
import { exactOdds } from '../draw/exact-odds.ts';
import { fractionText } from '../draw/fraction.ts';
import { playDraw } from '../draw/play-draw.ts';
import { prepareDraw } from '../draw/prepare-draw.ts';
import { runDraw } from '../draw/run-draw.ts';
import type { DrawLog, DrawSpec } from '../draw/types.ts';
import { verifyDrawLog } from '../draw/verify-draw.ts';
import { teamId } from '../ids.ts';
import { cupError, err, ok } from '../result.ts';
import {
  LEAGUE_BRACKET,
  leaguePlayOffDraw,
  leagueQualification,
  leagueRoundOf16Draw,
} from './league-knockout.ts';
import { threePointsForAWin, uefaClub2024League } from './presets.ts';
import { rankGroup } from './rank-group.ts';
import type { Group } from './types.ts';

// The 2024–25 UEFA Champions League league phase: all 144 results from openfootball (CC0,
// packages/core/test/fixtures/uefa-cl-2024-25/SOURCE.md), ranked by Article 18.01 of the 2024/25
// regulations. The real final table, as UEFA published it for the play-off draw (UEFA.com,
// 31 January 2025) and for ranks 25–36 (eliminated):
const REAL_TABLE = [
  'Liverpool FC',
  'FC Barcelona',
  'Arsenal FC',
  'FC Internazionale Milano',
  'Club Atlético de Madrid',
  'Bayer 04 Leverkusen',
  'Lille OSC',
  'Aston Villa FC',
  'Atalanta BC',
  'Borussia Dortmund',
  'Real Madrid CF',
  'FC Bayern München',
  'AC Milan',
  'PSV',
  'Paris Saint-Germain FC',
  'Sport Lisboa e Benfica',
  'AS Monaco FC',
  'Stade Brestois 29',
  'Feyenoord Rotterdam',
  'Juventus FC',
  'Celtic FC',
  'Manchester City FC',
  'Sporting Clube de Portugal',
  'Club Brugge KV',
  'GNK Dinamo Zagreb',
  'VfB Stuttgart',
  'FK Shakhtar Donetsk',
  'Bologna FC 1909',
  'FK Crvena Zvezda',
  'SK Sturm Graz',
  'AC Sparta Praha',
  'RB Leipzig',
  'Girona FC',
  'FC Red Bull Salzburg',
  'ŠK Slovan Bratislava',
  'BSC Young Boys',
];

const ranked = rankGroup(clLeaguePhase(), uefaClub2024League, threePointsForAWin);
const table = ranked.table.map((r) => r.row.team as string);

function must<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

describe('the 2024–25 UEFA Champions League league phase (UEFA Champions League Regulations 2024/25, Article 18.01)', () => {
  it('reads 144 results, 8 for each of 36 teams, and is complete', () => {
    expect(clLeaguePhase().matches).toHaveLength(144);
    expect(ranked.complete).toBe(true);
    expect(ranked.table.every((r) => r.row.played === 8)).toBe(true);
  });

  it('reproduces the real final table, every position decided', () => {
    expect(table).toEqual(REAL_TABLE);
    expect(ranked.table.map((r) => r.position)).toEqual(REAL_TABLE.map((_, i) => i + 1));
  });

  it('separates Real Madrid and Bayern München (15 points, 20–12 each) on away wins, as UEFA did', () => {
    const rm = ranked.table[10]!.row;
    const fcb = ranked.table[11]!.row;
    expect([rm.points, rm.goalsFor, rm.goalsAgainst]).toEqual([fcb.points, fcb.goalsFor, fcb.goalsAgainst]);
    const broke = ranked.tieBreaks.find((tb) => tb.teams.join() === 'Real Madrid CF,FC Bayern München');
    expect(uefaClub2024League.criteria[broke!.criterion]).toEqual({ kind: 'overall', measure: 'away-wins' });
  });

  it('sends 1–8 to the round of 16, 9–24 to the play-offs, 25–36 out', () => {
    expect(leagueQualification(8)).toBe('round-of-16');
    expect(leagueQualification(9)).toBe('play-offs');
    expect(leagueQualification(24)).toBe('play-offs');
    expect(leagueQualification(25)).toBe('eliminated');
  });
});

describe('the opponents criterion (constructed league, labelled so: no real 2024–25 final position needed it)', () => {
  // A six-club mini league, two matches each: A and B finish level on everything of their own (a 1–0
  // home win, a 0–1 away defeat); A's opponents (C, D) won more points than B's (E, F).
  const g: Group = {
    id: 'League',
    teams: ['A', 'B', 'C', 'D', 'E', 'F'].map(teamId),
    rounds: 1,
    league: { matchesPerTeam: 2 },
    matches: [
      { home: teamId('A'), away: teamId('C'), score: [1, 0] },
      { home: teamId('D'), away: teamId('A'), score: [1, 0] },
      { home: teamId('B'), away: teamId('E'), score: [1, 0] },
      { home: teamId('F'), away: teamId('B'), score: [1, 0] },
      { home: teamId('C'), away: teamId('E'), score: [3, 0] },
      { home: teamId('D'), away: teamId('F'), score: [2, 0] },
    ],
  };
  it('ranks A above B on the points of the opponents met', () => {
    const r = rankGroup(g, uefaClub2024League, threePointsForAWin);
    const a = r.table.findIndex((x) => x.row.team === 'A');
    const b = r.table.findIndex((x) => x.row.team === 'B');
    expect(a).toBeLessThan(b);
    const tb = r.tieBreaks.find((x) => x.teams.join() === 'A,B');
    expect(uefaClub2024League.criteria[tb!.criterion]).toEqual({ kind: 'opponents', measure: 'points' });
  });
});

describe('the knockout phase play-off draw (Article 19.02, Annex B; draw of 31 January 2025)', () => {
  const spec = must(leaguePlayOffDraw(table));

  it('puts the real pairs of clubs in the real bowls', () => {
    if (spec.kind !== 'bracket-positions') throw new Error(spec.kind);
    expect(spec.bowls.map((b) => [b.name, ...b.teams])).toEqual([
      ['23/24', 'Sporting Clube de Portugal', 'Club Brugge KV'],
      ['21/22', 'Celtic FC', 'Manchester City FC'],
      ['19/20', 'Feyenoord Rotterdam', 'Juventus FC'],
      ['17/18', 'AS Monaco FC', 'Stade Brestois 29'],
      ['15/16', 'Paris Saint-Germain FC', 'Sport Lisboa e Benfica'],
      ['13/14', 'AC Milan', 'PSV'],
      ['11/12', 'Real Madrid CF', 'FC Bayern München'],
      ['9/10', 'Atalanta BC', 'Borussia Dortmund'],
    ]);
  });

  // The real draw, ball by ball: the first club drawn from each bowl went to the silver side.
  const realBalls = [
    ['Club Brugge KV', 'Sporting Clube de Portugal'],
    ['Manchester City FC', 'Celtic FC'],
    ['Juventus FC', 'Feyenoord Rotterdam'],
    ['Stade Brestois 29', 'AS Monaco FC'],
    ['Paris Saint-Germain FC', 'Sport Lisboa e Benfica'],
    ['PSV', 'AC Milan'],
    ['Real Madrid CF', 'FC Bayern München'],
    ['Atalanta BC', 'Borussia Dortmund'],
  ];
  // The log of a draw whose balls are known: played through the procedure, then verified.
  const realLog = (s: DrawSpec, balls: string[][]): DrawLog => {
    const queue = balls.flat();
    const played = must(
      playDraw(must(prepareDraw(s)), (_pot, from) => {
        const ball = queue.shift()!;
        return from.includes(ball)
          ? ok(ball)
          : err(cupError('not-in-bowl', [], `${ball} not in ${from.join(', ')}`));
      }),
    );
    const log: DrawLog = { format: 'cupstage-draw-log/1', spec: s, steps: played.steps, ties: played.ties };
    must(verifyDrawLog(log));
    return log;
  };

  it('replays the real draw into the real play-off ties, unseeded club at home first (the file’s first legs)', () => {
    const ties = realLog(spec, realBalls).ties.map((t) => t.join(' v '));
    expect(ties).toEqual([
      'Stade Brestois 29 v Paris Saint-Germain FC',
      'Club Brugge KV v Atalanta BC',
      'Manchester City FC v Real Madrid CF',
      'Juventus FC v PSV',
      'Feyenoord Rotterdam v AC Milan',
      'Celtic FC v FC Bayern München',
      'Sporting Clube de Portugal v Borussia Dortmund',
      'AS Monaco FC v Sport Lisboa e Benfica',
    ]);
    const firstLegs = clMatches('Playoffs')
      .slice(0, 8)
      .map((m) => `${m.home} v ${m.away}`);
    expect([...ties].sort()).toEqual([...firstLegs].sort());
  });

  it('gives exact odds: 256 equally likely draws, 1/2 for each seeded club against each club of its paired bowl, 0 otherwise, in well under a second', () => {
    const t0 = performance.now();
    const odds = must(exactOdds(spec));
    const ms = performance.now() - t0;
    console.log(`exact odds of the 2024–25 play-off draw: ${ms.toFixed(2)} ms`);
    expect(ms).toBeLessThan(1000);
    expect(odds.validDraws).toBe(256n);
    const p = (a: string, b: string) =>
      fractionText(odds.probabilities[odds.rows.indexOf(a)]![odds.cols.indexOf(b)]!);
    expect(p('Club Brugge KV', 'Atalanta BC')).toBe('1/2');
    expect(p('Club Brugge KV', 'Borussia Dortmund')).toBe('1/2');
    expect(p('Club Brugge KV', 'Real Madrid CF')).toBe('0');
    expect(p('Celtic FC', 'FC Bayern München')).toBe('1/2');
    const brute = must(bruteForceOdds(spec));
    expect(brute.validDraws).toBe(256);
    odds.rows.forEach((_, i) => {
      odds.cols.forEach((_, j) => {
        const f = odds.probabilities[i]![j]!;
        expect(Number(f.num) / Number(f.den)).toBeCloseTo(brute.probabilities[i]![j]!, 12);
      });
    });
  });

  it('is the draw of examples/pots/uefa-champions-league-2024-25-knockout-play-offs.json (bench:draw --pots)', () => {
    const file = new URL(
      '../../../../examples/pots/uefa-champions-league-2024-25-knockout-play-offs.json',
      import.meta.url,
    );
    expect(must(readDrawSpec(JSON.parse(readFileSync(file, 'utf8'))))).toEqual(spec);
  });

  it('runs seeded, and its pots file reads back as the same draw', () => {
    const log = must(runDraw(spec, 'nyon-2025-01-31'));
    expect(log.steps).toHaveLength(16);
    expect(must(verifyDrawLog(log)).seedChecked).toBe(true);
    expect(must(readDrawSpec(drawSpecJson(spec)))).toEqual(spec);
  });

  it('fills the fixed bracket: the round of 16 draw with the real play-off winners gives the real round of 16, quarter- and semi-finals', () => {
    const winners = [
      'Paris Saint-Germain FC',
      'Club Brugge KV',
      'Real Madrid CF',
      'PSV',
      'Feyenoord Rotterdam',
      'FC Bayern München',
      'Borussia Dortmund',
      'Sport Lisboa e Benfica',
    ];
    const r16 = must(leagueRoundOf16Draw(table, winners));
    const log = realLog(r16, [
      ['Liverpool FC', 'FC Barcelona'],
      ['Arsenal FC', 'FC Internazionale Milano'],
      ['Club Atlético de Madrid', 'Bayer 04 Leverkusen'],
      ['Aston Villa FC', 'Lille OSC'],
    ]);
    const ties = log.ties.map((t) => t.join(' v '));
    const realFirstLegs = clMatches('Finals, Round of 16')
      .slice(0, 8)
      .map((m) => `${m.home} v ${m.away}`);
    expect([...ties].sort()).toEqual([...realFirstLegs].sort());
    // The quarter-finals and semi-finals as played pair the winners of R16-1 and R16-2, ... .
    const winnerOf = new Map<string, string>([
      ['R16-1', 'Paris Saint-Germain FC'],
      ['R16-2', 'Aston Villa FC'],
      ['R16-3', 'Real Madrid CF'],
      ['R16-4', 'Arsenal FC'],
      ['R16-5', 'FC Internazionale Milano'],
      ['R16-6', 'FC Bayern München'],
      ['R16-7', 'Borussia Dortmund'],
      ['R16-8', 'FC Barcelona'],
    ]);
    expect(ties[0]).toBe('Paris Saint-Germain FC v Liverpool FC');
    expect(ties[1]).toBe('Club Brugge KV v Aston Villa FC');
    const qf = LEAGUE_BRACKET[0]!.ties.map((t) => new Set(t.from.map((f) => winnerOf.get(f)!)));
    const realQf = clMatches('Finals, Quarterfinals')
      .slice(0, 4)
      .map((m) => new Set([m.home, m.away]));
    for (const q of qf) expect(realQf).toContainEqual(q);
  });

  it('refuses a table too short and a bracket-positions spec with a position in no tie', () => {
    expect(leaguePlayOffDraw(table.slice(0, 20)).ok).toBe(false);
    const bad = prepareDraw({
      kind: 'bracket-positions',
      bowls: [{ name: '1/2', teams: ['A', 'B'], positions: ['x', 'y'] }],
      ties: [['x', 'C']],
    });
    expect(!bad.ok && bad.error.map((e) => e.code)).toEqual(['position-unused']);
  });
});
