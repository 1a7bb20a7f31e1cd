import { describe, expect, it } from 'vitest';
import { eraResolver, presetResolver, resolveTieLine } from './ties-jsonl.ts';

const line = (o: unknown): string => JSON.stringify(o);
const leg = (home: string, away: string, score: [number, number], more: object = {}) => ({
  home,
  away,
  score,
  ...more,
});

// European Cup 1969–70, second round: Celtic 3–0 Benfica, Benfica 3–0 Celtic a.e.t. (0–0 in extra
// time); Celtic went through on a coin toss.
const celtic = {
  id: 'celtic-benfica',
  competition: 'uefa-champions-league',
  season: '1969-70',
  round: 'round-of-16',
  legs: [leg('Celtic', 'Benfica', [3, 0]), leg('Benfica', 'Celtic', [3, 0], { extraTime: [0, 0] })],
};

describe('resolveTieLine with the era of the line', () => {
  it('applies the rules of the competition, season and round', () => {
    expect(resolveTieLine(line({ ...celtic, coinToss: 'Celtic' }), eraResolver())).toMatchObject({
      id: 'celtic-benfica',
      status: 'decided',
      winner: 'Celtic',
      decidedBy: 'coin-toss',
    });
  });

  it('leaves the tie undecided until the coin toss the era calls for is given', () => {
    expect(resolveTieLine(line(celtic), eraResolver())).toMatchObject({
      status: 'undecided',
      next: 'coin-toss',
    });
  });

  it('gives the same facts in 1970–71 to penalties, and rejects the coin toss', () => {
    const later = { ...celtic, season: '1970-71', coinToss: 'Celtic' };
    expect(resolveTieLine(line(later), eraResolver())).toMatchObject({
      status: 'invalid',
      error: { code: 'coin-toss-not-allowed', path: ['coinToss'] },
    });
  });

  it('accepts a CONMEBOL season as a number', () => {
    // Copa Libertadores 2018 final: Boca Juniors 2–2 River Plate, River Plate 3–1 Boca a.e.t.
    const final = {
      competition: 'conmebol-libertadores',
      season: 2018,
      round: 'final',
      legs: [
        leg('Boca Juniors', 'River Plate', [2, 2]),
        leg('River Plate', 'Boca Juniors', [1, 1], { extraTime: [2, 0] }),
      ],
    };
    expect(resolveTieLine(line(final), eraResolver())).toMatchObject({
      status: 'decided',
      winner: 'River Plate',
      decidedBy: 'extra-time',
    });
  });

  it('names the decider that had already settled the tie when a play-off is given but not needed', () => {
    // European Cup 1966–67 first round: Liverpool 2–0 Petrolul, Petrolul 3–1 Liverpool, play-off 2–0.
    const tie = {
      competition: 'uefa-champions-league',
      season: '1966-67',
      round: 'first-round',
      legs: [leg('Liverpool', 'Petrolul Ploiesti', [2, 0]), leg('Petrolul Ploiesti', 'Liverpool', [3, 1])],
      playoff: leg('Liverpool', 'Petrolul Ploiesti', [2, 0], { neutral: true }),
    };
    expect(resolveTieLine(line(tie), eraResolver())).toMatchObject({
      status: 'decided',
      decidedBy: 'play-off',
    });
    const settled = {
      ...tie,
      legs: [leg('Liverpool', 'Petrolul Ploiesti', [2, 0]), leg('Petrolul Ploiesti', 'Liverpool', [1, 1])],
    };
    const out = resolveTieLine(line(settled), eraResolver());
    expect(out).toMatchObject({
      status: 'invalid',
      error: { code: 'play-off-not-needed', path: ['playoff'] },
    });
    expect(out.status === 'invalid' ? out.error.message : '').toContain('the aggregate score');
  });

  it.each([
    [
      { competition: 'fifa-club-world-cup', season: '2018', round: 'final' },
      'unknown-competition',
      ['competition'],
    ],
    [
      { competition: 'uefa-champions-league', season: '1950-51', round: 'final' },
      'season-before-first-edition',
      ['season'],
    ],
    [{ competition: 'copa-america', season: '2007', round: 'final' }, 'season-not-covered', ['season']],
    [
      { competition: 'uefa-champions-league', season: '1969-70', round: 'last-eight' },
      'unknown-era-round',
      ['round'],
    ],
    [{ competition: 'uefa-champions-league', season: '1969-70' }, 'era-incomplete', ['round']],
    [{ season: '1969-70', round: 'final' }, 'era-incomplete', ['competition']],
    [
      { rules: 'uefa-1970', competition: 'uefa-champions-league', season: '1969-70', round: 'final' },
      'rules-and-era',
      ['rules'],
    ],
  ])('rejects %j with %s, never a default', (era, code, path) => {
    const text = line({ id: 7, ...era, legs: [leg('A', 'B', [1, 0]), leg('B', 'A', [0, 0])] });
    expect(resolveTieLine(text, eraResolver('uefa-2021'))).toMatchObject({
      id: 7,
      status: 'invalid',
      error: { code, path },
    });
  });

  it('keeps "rules" and the --rules fallback for lines without an era', () => {
    const legs = [leg('A', 'B', [1, 1]), leg('B', 'A', [0, 0])];
    expect(resolveTieLine(line({ rules: 'caf-2017', legs }), eraResolver())).toMatchObject({
      decidedBy: 'away-goals',
      winner: 'B', // B scored once at A's ground, A not at all at B's
    });
    expect(resolveTieLine(line({ legs }), eraResolver('caf-2017'))).toMatchObject({
      decidedBy: 'away-goals',
    });
    expect(resolveTieLine(line({ legs }), presetResolver())).toMatchObject({
      error: { code: 'rules-missing' },
    });
  });

  it('accepts the id of an era rule set in "rules"', () => {
    const legs = [leg('A', 'B', [1, 1]), leg('B', 'A', [1, 1], { extraTime: [0, 0] })];
    expect(resolveTieLine(line({ rules: 'european-cup-1969', legs }), eraResolver())).toMatchObject({
      status: 'undecided',
      next: 'coin-toss',
    });
  });
});

// 2019–20 Europa League round of 16: Internazionale 2–0 Getafe, one match at Gelsenkirchen on
// 5 August 2020 (https://en.wikipedia.org/wiki/2019%E2%80%9320_UEFA_Europa_League_knockout_phase).
// Other ties of that round were played over two legs in March, so the registry gives two legs.
const interGetafe = {
  id: 'inter-getafe',
  legs: [leg('Internazionale', 'Getafe', [2, 0], { neutral: true })],
};

describe('a single match named by an era whose round is two-legged', () => {
  it('is never a silent "next: second-leg": the result carries a warning naming the way out', () => {
    const named = {
      ...interGetafe,
      competition: 'uefa-europa-league',
      season: '2019-20',
      round: 'round-of-16',
    };
    const out = resolveTieLine(line(named), eraResolver());
    expect(out).toMatchObject({ status: 'undecided', next: 'second-leg' });
    expect(out.status !== 'invalid' && out.warnings?.[0]).toContain('give "rules": "single-match"');
  });

  it('resolves with the single-match rules, or with a chain given on the line, without a warning', () => {
    const out = resolveTieLine(line({ ...interGetafe, rules: 'single-match' }), eraResolver());
    expect(out).toMatchObject({ status: 'decided', winner: 'Internazionale', decidedBy: 'aggregate' });
    expect(out.status !== 'invalid' && out.warnings).toBeUndefined();
    const chain = {
      legs: 1,
      deciders: [{ kind: 'aggregate' }, { kind: 'extra-time' }, { kind: 'penalties' }],
    };
    expect(resolveTieLine(line({ ...interGetafe, rules: chain }), eraResolver())).toMatchObject({
      status: 'decided',
      winner: 'Internazionale',
    });
  });
});
