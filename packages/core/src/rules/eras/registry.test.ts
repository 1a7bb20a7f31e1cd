import { describe, expect, it } from 'vitest';
import { checkRules } from '../check-rules.ts';
import { competitions, findRules, rulesInForce } from './registry.ts';
import { seasonLabel } from './season.ts';
import { type CompetitionId, competitionIds, roundKeys } from './types.ts';

/**
 * Every era boundary: the last season before and the first after, with the rules each had. The
 * expected ids come from the regulations and season articles named in the era sources, not from the
 * registry (a test below checks that this table covers every boundary of the registry).
 */
const boundaries: ReadonlyArray<{
  competition: CompetitionId;
  round: string;
  before: [string, string];
  after: [string, string];
  why: string;
}> = [
  // European Cup / Champions League
  {
    competition: 'uefa-champions-league',
    round: 'first-round',
    before: ['1966-67', 'replay-1955'],
    after: ['1967-68', 'european-cup-1967'],
    why: 'away goals in the first round from 1967–68',
  },
  {
    competition: 'uefa-champions-league',
    round: 'quarter-final',
    before: ['1966-67', 'replay-1955'],
    after: ['1967-68', 'replay-1955'],
    why: '1967–68 quarter-finals still went to a play-off (Juventus v Braunschweig)',
  },
  {
    competition: 'uefa-champions-league',
    round: 'round-of-16',
    before: ['1967-68', 'replay-1955'],
    after: ['1968-69', 'european-cup-1967'],
    why: 'away goals extended to the second round in 1968–69',
  },
  {
    competition: 'uefa-champions-league',
    round: 'quarter-final',
    before: ['1968-69', 'replay-1955'],
    after: ['1969-70', 'european-cup-1969'],
    why: 'away goals in every round, coin toss after extra time, 1969–70',
  },
  {
    competition: 'uefa-champions-league',
    round: 'round-of-16',
    before: ['1969-70', 'european-cup-1969'],
    after: ['1970-71', 'uefa-1970'],
    why: 'penalties and away goals in extra time from 1970–71',
  },
  {
    competition: 'uefa-champions-league',
    round: 'final',
    before: ['1973-74', 'uefa-final-replay-1956'],
    after: ['1974-75', 'single-match'],
    why: 'the 1974 final was the last replayed',
  },
  {
    competition: 'uefa-champions-league',
    round: 'semi-final',
    before: ['1992-93', 'uefa-1970'],
    after: ['1993-94', 'single-match'],
    why: 'one-match semi-finals in 1993–94',
  },
  {
    competition: 'uefa-champions-league',
    round: 'semi-final',
    before: ['1993-94', 'single-match'],
    after: ['1994-95', 'uefa-1970'],
    why: 'two-legged semi-finals again from 1994–95',
  },
  {
    competition: 'uefa-champions-league',
    round: 'quarter-final',
    before: ['2018-19', 'uefa-1970'],
    after: ['2019-20', 'single-match'],
    why: 'the Lisbon final eight of 2019–20',
  },
  {
    competition: 'uefa-champions-league',
    round: 'quarter-final',
    before: ['2019-20', 'single-match'],
    after: ['2020-21', 'uefa-1970'],
    why: 'two-legged quarter-finals again in 2020–21',
  },
  {
    competition: 'uefa-champions-league',
    round: 'round-of-16',
    before: ['2020-21', 'uefa-1970'],
    after: ['2021-22', 'uefa-2021'],
    why: 'away goals abolished from 2021–22',
  },
  // UEFA Cup / Europa League
  {
    competition: 'uefa-europa-league',
    round: 'final',
    before: ['1996-97', 'uefa-1970'],
    after: ['1997-98', 'single-match'],
    why: 'two-legged UEFA Cup finals until 1997',
  },
  {
    competition: 'uefa-europa-league',
    round: 'quarter-final',
    before: ['2018-19', 'uefa-1970'],
    after: ['2019-20', 'single-match'],
    why: 'the final eight in Germany in 2019–20',
  },
  {
    competition: 'uefa-europa-league',
    round: 'semi-final',
    before: ['2019-20', 'single-match'],
    after: ['2020-21', 'uefa-1970'],
    why: 'two-legged semi-finals again in 2020–21',
  },
  {
    competition: 'uefa-europa-league',
    round: 'semi-final',
    before: ['2020-21', 'uefa-1970'],
    after: ['2021-22', 'uefa-2021'],
    why: 'away goals abolished from 2021–22',
  },
  // Cup Winners' Cup
  {
    competition: 'uefa-cup-winners-cup',
    round: 'final',
    before: ['1960-61', 'replay-1955'],
    after: ['1961-62', 'uefa-final-replay-1956'],
    why: 'the 1961 final was two-legged, the 1962 final one match (replayed)',
  },
  {
    competition: 'uefa-cup-winners-cup',
    round: 'first-round',
    before: ['1964-65', 'replay-1955'],
    after: ['1965-66', 'cup-winners-cup-1965'],
    why: 'away goals introduced in 1965–66',
  },
  {
    competition: 'uefa-cup-winners-cup',
    round: 'quarter-final',
    before: ['1967-68', 'cup-winners-cup-1965'],
    after: ['1968-69', 'replay-1955'],
    why: 'from 1968–69 a play-off from the quarter-finals whatever the away goals',
  },
  {
    competition: 'uefa-cup-winners-cup',
    round: 'quarter-final',
    before: ['1969-70', 'replay-1955'],
    after: ['1970-71', 'uefa-1970'],
    why: 'penalties from 1970–71',
  },
  {
    competition: 'uefa-cup-winners-cup',
    round: 'final',
    before: ['1973-74', 'uefa-final-replay-1956'],
    after: ['1974-75', 'single-match'],
    why: 'finals settled by penalties, not replays',
  },
  // CONMEBOL
  {
    competition: 'conmebol-libertadores',
    round: 'final',
    before: ['2018', 'conmebol-final-2005'],
    after: ['2019', 'single-match'],
    why: 'one-match finals from 2019',
  },
  {
    competition: 'conmebol-libertadores',
    round: 'round-of-16',
    before: ['2021', 'conmebol-2005'],
    after: ['2022', 'conmebol-2022'],
    why: 'away goals abolished from 2022',
  },
  {
    competition: 'conmebol-sudamericana',
    round: 'final',
    before: ['2018', 'conmebol-final-2005'],
    after: ['2019', 'single-match'],
    why: 'one-match finals from 2019',
  },
  {
    competition: 'conmebol-sudamericana',
    round: 'quarter-final',
    before: ['2021', 'conmebol-2005'],
    after: ['2022', 'conmebol-2022'],
    why: 'away goals abolished from 2022',
  },
  // English Football League play-offs
  {
    competition: 'efl-play-offs',
    round: 'final',
    before: ['1987-88', 'efl-final-replay-1987'],
    after: ['1988-89', 'efl-1987'],
    why: 'the 1987 and 1988 finals were replayed, the 1989 final went to extra time',
  },
  {
    competition: 'efl-play-offs',
    round: 'final',
    before: ['1988-89', 'efl-1987'],
    after: ['1989-90', 'single-match'],
    why: 'one-match finals at Wembley from 1990',
  },
  {
    competition: 'efl-play-offs',
    round: 'semi-final',
    before: ['1998-99', 'efl-1987'],
    after: ['1999-2000', 'efl-1999'],
    why: 'away goals after extra time until 1998–99',
  },
  // CAF
  {
    competition: 'caf-champions-league',
    round: 'final',
    before: ['2018-19', 'caf-2017'],
    after: ['2019-20', 'single-match'],
    why: 'one-match finals 2019–20 to 2021–22',
  },
  {
    competition: 'caf-champions-league',
    round: 'final',
    before: ['2021-22', 'single-match'],
    after: ['2022-23', 'caf-2017'],
    why: 'two-legged finals again from 2022–23',
  },
  {
    competition: 'caf-confederation-cup',
    round: 'final',
    before: ['2018-19', 'caf-2017'],
    after: ['2019-20', 'single-match'],
    why: 'one-match finals 2019–20 to 2021–22',
  },
  {
    competition: 'caf-confederation-cup',
    round: 'final',
    before: ['2021-22', 'single-match'],
    after: ['2022-23', 'caf-2017'],
    why: 'USM Alger won the 2023 final on away goals over two legs',
  },
];

const rulesId = (competition: string, season: string, round: string): string => {
  const r = rulesInForce(competition, season, round);
  return r.ok ? r.value.rules.id : r.error.code;
};

describe('era boundaries: the last season before and the first after', () => {
  it.each(boundaries)('$competition $round: $before → $after ($why)', (b) => {
    expect(rulesId(b.competition, b.before[0], b.round)).toBe(b.before[1]);
    expect(rulesId(b.competition, b.after[0], b.round)).toBe(b.after[1]);
  });

  it('covers every era boundary of the registry', () => {
    const tested = new Set(boundaries.map((b) => `${b.competition} ${b.after[0]}`));
    const missing: string[] = [];
    for (const c of Object.values(competitions)) {
      for (const era of c.eras.slice(1)) {
        const first = seasonLabel(c, era.from).replace('–', '-');
        if (!tested.has(`${c.id} ${first}`)) missing.push(`${c.id} ${first}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('first editions and covered seasons', () => {
  it.each([
    ['uefa-champions-league', '1954-55', '1955-56', 'replay-1955'],
    ['uefa-europa-league', '1970-71', '1971-72', 'uefa-1970'],
    ['uefa-cup-winners-cup', '1959-60', '1960-61', 'replay-1955'],
    ['uefa-conference-league', '2020-21', '2021-22', 'uefa-2021'],
    ['conmebol-libertadores', '1959', '1960', 'season-not-covered'],
    ['conmebol-sudamericana', '2001', '2002', 'season-not-covered'],
    ['efl-play-offs', '1985-86', '1986-87', 'efl-1987'],
    ['caf-champions-league', '1963', '1964', 'season-not-covered'],
    ['caf-confederation-cup', '2003', '2004', 'season-not-covered'],
  ])('%s: %s is before the first edition, %s gives %s', (competition, before, first, expected) => {
    expect(rulesId(competition, before, 'semi-final')).toBe('season-before-first-edition');
    expect(rulesId(competition, first, 'semi-final')).toBe(expected);
  });

  it.each([
    ['conmebol-libertadores', '2004', '2005', 'conmebol-2005'],
    ['conmebol-sudamericana', '2004', '2005', 'conmebol-2005'],
    ['caf-champions-league', '2016', '2017', 'caf-2017'],
    ['caf-confederation-cup', '2016', '2017', 'caf-2017'],
  ])('%s: %s is not covered (an error, not a guess), %s gives %s', (competition, before, first, expected) => {
    expect(rulesId(competition, before, 'quarter-final')).toBe('season-not-covered');
    expect(rulesId(competition, first, 'quarter-final')).toBe(expected);
  });

  it("ends the Cup Winners' Cup with 1998–99", () => {
    expect(rulesId('uefa-cup-winners-cup', '1998-99', 'final')).toBe('single-match');
    expect(rulesId('uefa-cup-winners-cup', '1999-2000', 'final')).toBe('season-after-last-edition');
  });
});

describe('rulesInForce errors', () => {
  it.each([
    ['fifa-world-cup', '2018', 'final', 'unknown-competition', 'competition'],
    ['uefa-champions-league', '1969-70', 'last-sixteen', 'unknown-round', 'round'],
    ['uefa-champions-league', '1969', 'final', 'season-format', 'season'],
    ['conmebol-libertadores', '2019-20', 'final', 'season-format', 'season'],
    ['uefa-champions-league', '1969-71', 'final', 'invalid-season', 'season'],
    ['uefa-champions-league', 'next year', 'final', 'invalid-season', 'season'],
    ['caf-champions-league', '2019', 'final', 'season-format', 'season'],
  ])('%s %s %s: %s at %s', (competition, season, round, code, field) => {
    const r = rulesInForce(competition, season, round);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(r.error.path).toEqual([field]);
    expect(r.error.message.length).toBeGreaterThan(20);
  });

  it('names the competitions when the competition is unknown', () => {
    const r = rulesInForce('champions-league', '2019-20', 'final');
    expect(r.ok ? '' : r.error.message).toContain('uefa-champions-league');
  });
});

describe('the registry as data', () => {
  const all = Object.values(competitions);

  it('has every competition id of the issue', () => {
    expect(Object.keys(competitions).sort()).toEqual([...competitionIds].sort());
  });

  it('lists eras oldest first, the first from a season not before the first edition', () => {
    for (const c of all) {
      expect(c.eras[0]!.from).toBeGreaterThanOrEqual(c.firstEdition);
      for (let i = 1; i < c.eras.length; i++) expect(c.eras[i]!.from).toBeGreaterThan(c.eras[i - 1]!.from);
    }
  });

  it('gives every round of every era rules that pass checkRules, with a source', () => {
    for (const c of all) {
      for (const era of c.eras) {
        expect(era.rounds.some((e) => e.rounds === 'other')).toBe(true);
        expect(era.source.length).toBeGreaterThan(10);
        for (const round of roundKeys) {
          const r = rulesInForce(c.id, seasonLabel(c, era.from), round);
          expect(r.ok).toBe(true);
          if (!r.ok) continue;
          expect(checkRules(r.value.rules)).toMatchObject({ ok: true });
          expect(r.value.rules.source.length).toBeGreaterThan(10);
        }
      }
    }
  });

  it('gives one rule set per id, so that an id names its rules', () => {
    const byId = new Map<string, unknown>();
    for (const c of all) {
      for (const era of c.eras) {
        for (const entry of era.rounds) {
          const seen = byId.get(entry.rules.id);
          if (seen !== undefined) expect(seen).toBe(entry.rules);
          byId.set(entry.rules.id, entry.rules);
        }
      }
    }
    expect(byId.size).toBeGreaterThan(10);
  });

  it('names no team in the rules or era texts (rules are never written for one tie)', () => {
    const texts = all.flatMap((c) =>
      c.eras.flatMap((era) => [
        era.summary,
        era.source,
        ...era.rounds.flatMap((e) => [e.rules.name, e.rules.source]),
      ]),
    );
    for (const team of ['Celtic', 'Benfica', 'Ajax', 'Liverpool', 'Bolton', 'River Plate', 'Goianiense']) {
      expect(texts.filter((t) => t.includes(team))).toEqual([]);
    }
  });

  it('finds era rules by id as well as the presets', () => {
    expect(findRules('european-cup-1969')?.deciders.map((d) => d.kind)).toEqual([
      'aggregate',
      'away-goals',
      'extra-time',
      'coin-toss',
    ]);
    expect(findRules('caf-2017')?.id).toBe('caf-2017');
    expect(findRules('no-such-rules')).toBeUndefined();
  });
});
