import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Competition, createKnockout } from '@cupstage/core';
import { NOT_KNOCKOUT, parseFootballTxt, readFootballTxt } from '@cupstage/formats';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('./fixtures/openfootball', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? files(p) : n.endsWith('.txt') ? [relative(ROOT, p)] : [];
    });
}

/**
 * The mistakes and gaps of the real files, each listed with its evidence in the SOURCE.md beside
 * it: the importer must report exactly these, and nothing else.
 */
const KNOWN: Readonly<Record<string, ReadonlyArray<readonly [number, string]>>> = {
  'espana/2020-21/cup.txt': [[16, 'result-missing']],
  'england/2023-24/facup.txt': [[54, 'winner-disagrees']],
  'europe/iceland/2025_iscup.txt': [[34, 'tie-not-decided']],
  'euro/2024--germany/euro.txt': [
    [192, 'bad-score'],
    [211, 'bad-score'],
  ],
};

function imported(file: string) {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const r = parseFootballTxt(text);
  if (!r.ok) throw new Error(`${file}: ${JSON.stringify(r.error.slice(0, 3))}`);
  return { text, ...r.value };
}

function finalWinner(c: Competition): string | undefined {
  const final = c.rounds.find((r) => /^finals?$|, final$/i.test(r.name));
  const tie = final?.ties[0];
  const t = createKnockout(c)
    .ties()
    .find((x) => x.id === tie?.id);
  if (t?.state.kind !== 'resolved' || t.state.outcome.kind !== 'decided') return undefined;
  const w = t.state.outcome.winner;
  return c.teams.find((x) => x.id === w)?.name;
}

describe('football.txt files of the openfootball repositories', () => {
  const all = files(ROOT);

  it('has at least 40 files from at least 6 repositories', () => {
    expect(all.length).toBeGreaterThanOrEqual(40);
    expect(new Set(all.map((f) => f.split('/')[0])).size).toBeGreaterThanOrEqual(6);
  });

  it.each(all)('imports %s with no finding but the listed mistakes, and drops no match', (file) => {
    const { text, competition: c, problems } = imported(file);
    const found = problems.filter((p) => p.severity !== 'note').map((p) => [p.line, p.code]);
    expect(found).toEqual(KNOWN[file] ?? []);
    // Every match of a knockout section is a leg, a replay or a walkover of a tie, or reported as not played.
    const read = readFootballTxt(text).sections.filter((s) => !NOT_KNOCKOUT.test(s.name));
    const written = read.reduce((n, s) => n + s.matches.length, 0);
    const ties = c.rounds.flatMap((r) => r.ties);
    const built = ties.reduce((n, t) => n + t.legs.length + (t.playoff ? 1 : 0) + (t.walkover ? 1 : 0), 0);
    const notPlayed = problems.filter(
      (p) => p.code === 'match-not-played' || p.code === 'teams-not-known',
    ).length;
    expect(built + notPlayed).toBe(written);
    for (const t of c.teams) expect(t.name).not.toMatch(/\d+-\d+/);
  });

  // The winners of the finals, as published (FIFA, UEFA, CONMEBOL, The FA, EFL, RFEF records;
  // e.g. https://en.wikipedia.org/wiki/List_of_FIFA_World_Cup_finals and
  // https://en.wikipedia.org/wiki/List_of_UEFA_European_Championship_finals).
  it.each([
    ['worldcup/1930--uruguay/cup.txt', 'Uruguay'],
    ['worldcup/1934--italy/cup.txt', 'Italy'],
    ['worldcup/1938--france/cup.txt', 'Italy'],
    ['worldcup/1954--switzerland/cup.txt', 'West Germany'],
    ['worldcup/1958--sweden/cup.txt', 'Brazil'],
    ['worldcup/1962--chile/cup.txt', 'Brazil'],
    ['worldcup/1966--england/cup.txt', 'England'],
    ['worldcup/1970--mexico/cup.txt', 'Brazil'],
    ['worldcup/1974--west-germany/cup.txt', 'West Germany'],
    ['worldcup/1978--argentina/cup.txt', 'Argentina'],
    ['worldcup/1982--spain/cup.txt', 'Italy'],
    ['worldcup/1986--mexico/cup_finals.txt', 'Argentina'],
    ['worldcup/1990--italy/cup_finals.txt', 'West Germany'],
    ['worldcup/1994--usa/cup_finals.txt', 'Brazil'],
    ['worldcup/1998--france/cup_finals.txt', 'France'],
    ['worldcup/2002--south-korea-n-japan/cup_finals.txt', 'Brazil'],
    ['worldcup/2006--germany/cup_finals.txt', 'Italy'],
    ['worldcup/2010--south-africa/cup_finals.txt', 'Spain'],
    ['worldcup/2014--brazil/cup_finals.txt', 'Germany'],
    ['worldcup/2018--russia/cup_finals.txt', 'France'],
    ['worldcup/2022--qatar/cup_finals.txt', 'Argentina'],
    ['euro/1960--france/euro.txt', 'Soviet Union'],
    ['euro/1964--spain/euro.txt', 'Spain'],
    ['euro/1968--italy/euro.txt', 'Italy'],
    ['euro/1972--belgium/euro.txt', 'West Germany'],
    ['euro/1976--yugoslavia/euro.txt', 'Czechoslovakia'],
    ['euro/1988--west-germany/euro.txt', 'Netherlands'],
    ['euro/2000--belgium-netherlands/euro.txt', 'France'],
    ['euro/2004--portugal/euro.txt', 'Greece'],
    ['euro/2008--austria-switzerland/euro.txt', 'Spain'],
    ['euro/2012--poland-ukraine/euro.txt', 'Spain'],
    ['euro/2016--france/euro.txt', 'Portugal'],
    ['euro/2024--germany/euro.txt', 'Spain'],
    ['copa-america/2011--argentina/copa.txt', 'Uruguay'],
    ['copa-america/2021--brazil/copa.txt', 'Argentina'],
    ['copa-america/2024--usa/copa.txt', 'Argentina'],
    ['england/2018-19/facup.txt', 'Manchester City'],
    ['england/2018-19/eflcup.txt', 'Manchester City'],
    ['england/2023-24/facup.txt', 'Manchester United'],
    ['espana/2020-21/cup.txt', 'FC Barcelona'],
    ['espana/2024-25/cup.txt', 'FC Barcelona'],
    ['south-america/copa-libertadores/2019_copal.txt', 'Flamengo RJ'],
    ['south-america/copa-libertadores/2023_copal.txt', 'Fluminense FC'],
  ])('gives the final of %s to %s', (file, winner) => {
    expect(finalWinner(imported(file).competition)).toBe(winner);
  });

  it('reads the 1934 Italy–Spain quarter-final as extra time then a replay (Italy won the replay 1–0)', () => {
    const { competition: c } = imported('worldcup/1934--italy/cup.txt');
    const qf = c.rounds.find((r) => r.name === 'Quarter-finals');
    const tie = qf?.ties.find((t) => t.playoff);
    expect(tie?.legs[0]).toMatchObject({
      home: 'italy',
      score: [1, 1],
      extraTime: [0, 0],
      date: '1934-05-31',
    });
    expect(tie?.playoff).toMatchObject({ home: 'italy', away: 'spain', score: [1, 0], date: '1934-06-01' });
  });

  it('reads Euro 1968: the semi-final won on a coin toss and the final decided by its replay', () => {
    const { competition: c } = imported('euro/1968--italy/euro.txt');
    expect(c.rounds[0]?.ties.find((t) => t.coinToss)?.coinToss).toBe('italy');
    const final = c.rounds.find((r) => r.name === 'Final')?.ties[0];
    expect(final?.legs[0]).toMatchObject({ score: [1, 1], extraTime: [0, 0], date: '1968-06-08' });
    expect(final?.playoff).toMatchObject({ score: [2, 0], date: '1968-06-10' });
  });

  it('reads the 1938 Sweden–Austria match, not played after Austria withdrew, as a walkover', () => {
    const { competition: c, problems } = imported('worldcup/1938--france/cup.txt');
    expect(c.rounds.flatMap((r) => r.ties).find((t) => t.walkover)?.walkover).toBe('sweden');
    expect(problems.find((p) => p.code === 'walkover')?.line).toBe(31);
  });

  it('counts the 90-minute score of an a.e.t. match from its goal minutes when it is not written', () => {
    // euro 1976--yugoslavia: "Czechoslovakia 3-1 a.e.t. Netherlands" (Ondrus 20, Nehoda 114, Vesely 119; Ondrus 77og)
    const { competition: c } = imported('euro/1976--yugoslavia/euro.txt');
    expect(c.rounds[0]?.ties[0]?.legs[0]).toMatchObject({ score: [1, 1], extraTime: [2, 0] });
  });

  it('reads FA Cup replays in the same round as the drawn match', () => {
    const { competition: c } = imported('england/2018-19/facup.txt');
    const round1 = c.rounds[0]!;
    expect(round1.rules.deciders.map((d) => d.kind)).toContain('play-off');
    // Ebbsfleet United 0-0 Cheltenham Town, then the replay at Cheltenham.
    const tie = round1.ties.find((t) => t.legs[0]?.home === 'ebbsfleet-united');
    expect(tie?.playoff?.home).toBe('cheltenham-town');
  });
});
