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
  {
    competition: 'uefa-champions-league',
    round: 'final',
    before: ['1999-00', 'single-match'],
    after: ['2000-01', 'golden-goal'],
    why: 'golden goal in the one-match final (the 2001 UEFA Cup final)',
  },
  {
    competition: 'uefa-champions-league',
    round: 'final',
    before: ['2001-02', 'golden-goal'],
    after: ['2002-03', 'silver-goal'],
    why: 'silver goal in the final (the 2003 UEFA Cup final)',
  },
  {
    competition: 'uefa-champions-league',
    round: 'final',
    before: ['2003-04', 'silver-goal'],
    after: ['2004-05', 'single-match'],
    why: 'golden and silver goal abolished in 2004',
  },
  {
    competition: 'uefa-europa-league',
    round: 'final',
    before: ['1999-00', 'single-match'],
    after: ['2000-01', 'golden-goal'],
    why: 'golden goal in the one-match final (the 2001 UEFA Cup final)',
  },
  {
    competition: 'uefa-europa-league',
    round: 'final',
    before: ['2001-02', 'golden-goal'],
    after: ['2002-03', 'silver-goal'],
    why: 'silver goal in the final (the 2003 UEFA Cup final)',
  },
  {
    competition: 'uefa-europa-league',
    round: 'final',
    before: ['2003-04', 'silver-goal'],
    after: ['2004-05', 'single-match'],
    why: 'golden and silver goal abolished in 2004',
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
    round: 'first-round',
    before: ['1965-66', 'cup-winners-cup-1965'],
    after: ['1966-67', 'european-cup-1967'],
    why: 'Wikipedia "1966–67 European Cup Winners\' Cup": extra time in the second leg before a play-off',
  },
  {
    competition: 'uefa-cup-winners-cup',
    round: 'quarter-final',
    before: ['1967-68', 'european-cup-1967'],
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
  // Inter-Cities Fairs Cup
  {
    competition: 'inter-cities-fairs-cup',
    round: 'final',
    before: ['1962-63', 'replay-1955'],
    after: ['1963-64', 'uefa-final-replay-1956'],
    why: 'the 1964 and 1965 finals were single matches',
  },
  {
    competition: 'inter-cities-fairs-cup',
    round: 'final',
    before: ['1964-65', 'uefa-final-replay-1956'],
    after: ['1965-66', 'replay-1955'],
    why: 'the 1966 final was two legs again',
  },
  {
    competition: 'inter-cities-fairs-cup',
    round: 'quarter-final',
    before: ['1966-67', 'replay-1955'],
    after: ['1967-68', 'cup-winners-cup-1965'],
    why: 'away goals introduced in 1967',
  },
  {
    competition: 'inter-cities-fairs-cup',
    round: 'first-round',
    before: ['1969-70', 'cup-winners-cup-1965'],
    after: ['1970-71', 'uefa-1970'],
    why: '1970–71: Spartak Trnava v Marseille went to penalties after extra time',
  },
  // Copa América
  {
    competition: 'copa-america',
    round: 'quarter-final',
    before: ['2011', 'single-match'],
    after: ['2015', 'penalties-no-extra-time'],
    why: '2011 quarter-finals went to extra time; from 2015 penalties straight after 90 minutes',
  },
  {
    competition: 'copa-america',
    round: 'semi-final',
    before: ['2016', 'penalties-no-extra-time'],
    after: ['2019', 'single-match'],
    why: 'Wikipedia "2019 Copa América knockout stage": extra time from the semi-finals',
  },
  {
    competition: 'copa-america',
    round: 'semi-final',
    before: ['2019', 'single-match'],
    after: ['2021', 'penalties-no-extra-time'],
    why: '2021: back to the 2015 rules (Argentina v Colombia semi-final 1–1, penalties)',
  },
  // Copa del Rey
  {
    competition: 'copa-del-rey',
    round: 'semi-final',
    before: ['2020-21', 'uefa-1970'],
    after: ['2021-22', 'uefa-2021'],
    why: 'away goals dropped (the 2024-25 semi-final went to extra time although away goals differed)',
  },
  // CONMEBOL
  {
    competition: 'conmebol-libertadores',
    round: 'final',
    before: ['1987', 'conmebol-1960'],
    after: ['1988', 'conmebol-1988'],
    why: '1987 final went to a play-off although América led on goal difference; the 1988 final was won on goal difference',
  },
  {
    competition: 'conmebol-libertadores',
    round: 'quarter-final',
    before: ['2004', 'conmebol-1988'],
    after: ['2005', 'conmebol-2005'],
    why: 'Wikipedia "2004 Copa Libertadores": the last edition without the away goals rule',
  },
  {
    competition: 'conmebol-sudamericana',
    round: 'final',
    before: ['2002', 'conmebol-1988'],
    after: ['2003', 'conmebol-2005'],
    why: '2002: points, goal difference, penalties; de.wikipedia "Copa Sudamericana 2003": away goals, the final included',
  },
  {
    competition: 'conmebol-sudamericana',
    round: 'first-round',
    before: ['2004', 'conmebol-1988'],
    after: ['2005', 'conmebol-2005'],
    why: '2003: The Strongest v Bolívar (preliminary) went to penalties although away goals differed; away goals in every round from 2005',
  },
  {
    competition: 'conmebol-libertadores',
    round: 'final',
    before: ['2007', 'conmebol-2005'],
    after: ['2008', 'conmebol-final-2005'],
    why: 'Wikipedia "Copa Libertadores": in 2008 the finals became an exception to the away goals rule, with extra time',
  },
  {
    competition: 'conmebol-sudamericana',
    round: 'final',
    before: ['2007', 'conmebol-2005'],
    after: ['2008', 'conmebol-final-2005'],
    why: 'the 2007 Sudamericana final was won on away goals (Arsenal de Sarandí)',
  },
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
  {
    competition: 'conmebol-sudamericana',
    round: 'preliminary',
    before: ['2022', 'conmebol-2022'],
    after: ['2023', 'penalties-no-extra-time'],
    why: 'a one-match first stage from 2023, penalties straight after 90 minutes',
  },
  // AFC Champions League
  {
    competition: 'afc-champions-league',
    round: 'final',
    before: ['2008', 'afc-2002'],
    after: ['2009', 'single-match'],
    why: 'one-match finals and round of 16 2009–2012',
  },
  {
    competition: 'afc-champions-league',
    round: 'round-of-16',
    before: ['2012', 'single-match'],
    after: ['2013', 'afc-2002'],
    why: 'two-legged round of 16 and final again from 2013',
  },
  // FIFA World Cup
  {
    competition: 'fifa-world-cup',
    round: 'quarter-final',
    before: ['1938', 'world-cup-replay-1934'],
    after: ['1950', 'lots-1954'],
    why: '1934 and 1938 replayed level matches; later, lots after extra time',
  },
  {
    competition: 'fifa-world-cup',
    round: 'final',
    before: ['1974', 'final-replay-1954'],
    after: ['1978', 'single-match'],
    why: 'penalties from 1978; the first shoot-out was the 1982 semi-final',
  },
  {
    competition: 'fifa-world-cup',
    round: 'round-of-16',
    before: ['1994', 'single-match'],
    after: ['1998', 'golden-goal'],
    why: 'France v Paraguay 1998, the first golden goal',
  },
  {
    competition: 'fifa-world-cup',
    round: 'quarter-final',
    before: ['2002', 'golden-goal'],
    after: ['2006', 'single-match'],
    why: 'golden goal abolished in 2004',
  },
  // UEFA European Championship
  {
    competition: 'uefa-european-championship',
    round: 'semi-final',
    before: ['1972', 'lots-1954'],
    after: ['1976', 'single-match'],
    why: 'the 1968 semi-final went to a coin toss; the 1976 final to penalties',
  },
  {
    competition: 'uefa-european-championship',
    round: 'third-place',
    before: ['1976', 'single-match'],
    after: ['1980', 'penalties-no-extra-time'],
    why: 'the 1980 third-place match went straight to penalties',
  },
  {
    competition: 'uefa-european-championship',
    round: 'third-place',
    before: ['1980', 'penalties-no-extra-time'],
    after: ['1984', 'single-match'],
    why: '1980 only',
  },
  {
    competition: 'uefa-european-championship',
    round: 'final',
    before: ['1992', 'single-match'],
    after: ['1996', 'golden-goal'],
    why: 'Germany won the 1996 final with a golden goal',
  },
  {
    competition: 'uefa-european-championship',
    round: 'semi-final',
    before: ['2000', 'golden-goal'],
    after: ['2004', 'silver-goal'],
    why: 'Greece beat the Czech Republic with a silver goal in 2004',
  },
  {
    competition: 'uefa-european-championship',
    round: 'semi-final',
    before: ['2004', 'silver-goal'],
    after: ['2008', 'single-match'],
    why: 'golden and silver goal abolished',
  },
  // FA Cup
  {
    competition: 'fa-cup',
    round: 'final',
    before: ['1997-98', 'fa-cup-late-replay-1991'],
    after: ['1998-99', 'single-match'],
    why: 'BBC, 15 April 1999: the 1999 final the first without a replay',
  },
  {
    competition: 'fa-cup',
    round: 'semi-final',
    before: ['1998-99', 'fa-cup-late-replay-1991'],
    after: ['1999-2000', 'single-match'],
    why: 'Manchester United v Arsenal 1999, the last semi-final replay',
  },
  {
    competition: 'fa-cup',
    round: 'quarter-final',
    before: ['2015-16', 'fa-cup-replay-1991'],
    after: ['2016-17', 'single-match'],
    why: 'quarter-final replays scrapped 2016/17',
  },
  {
    competition: 'fa-cup',
    round: 'fifth-round',
    before: ['2017-18', 'fa-cup-replay-1991'],
    after: ['2018-19', 'single-match'],
    why: 'fifth-round replays scrapped 2018/19',
  },
  {
    competition: 'fa-cup',
    round: 'first-round',
    before: ['2019-20', 'fa-cup-replay-1991'],
    after: ['2020-21', 'single-match'],
    why: 'no replays in 2020–21',
  },
  {
    competition: 'fa-cup',
    round: 'third-round',
    before: ['2020-21', 'single-match'],
    after: ['2021-22', 'single-match'],
    why: 'no third- or fourth-round replays in 2021–22 either',
  },
  {
    competition: 'fa-cup',
    round: 'fourth-round',
    before: ['2021-22', 'single-match'],
    after: ['2022-23', 'fa-cup-replay-1991'],
    why: 'replays back up to the fourth round in 2022–23',
  },
  {
    competition: 'fa-cup',
    round: 'first-round',
    before: ['2023-24', 'fa-cup-replay-1991'],
    after: ['2024-25', 'single-match'],
    why: 'no replays from the first round proper in 2024–25',
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
    round: 'first-round',
    before: ['1973', 'caf-1964'],
    after: ['1974', 'caf-2017'],
    why: '1970: CARA Brazzaville went through by lots with fewer away goals; away goals from 1974 (RSSSF)',
  },
  {
    competition: 'caf-champions-league',
    round: 'final',
    before: ['2015', 'caf-2017'],
    after: ['2016', 'caf-2017'],
    why: 'the 2016 and 2017 regulations restate the rules (2015 final TP Mazembe v USM Alger two legs)',
  },
  {
    competition: 'caf-confederation-cup',
    round: 'final',
    before: ['2015', 'caf-2017'],
    after: ['2016', 'caf-2017'],
    why: 'the 2016 and 2017 regulations restate the rules of 2004 (2004 final on penalties without extra time)',
  },
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
    ['inter-cities-fairs-cup', '1954-55', '1955-56', 'replay-1955'],
    ['conmebol-libertadores', '1959', '1960', 'conmebol-1960'],
    ['conmebol-sudamericana', '2001', '2002', 'conmebol-1988'],
    ['efl-play-offs', '1985-86', '1986-87', 'efl-1987'],
    ['caf-champions-league', '1963', '1964', 'caf-1964'],
    ['caf-confederation-cup', '2003', '2004', 'caf-2017'],
    ['afc-champions-league', '2001-02', '2002-03', 'afc-2002'],
    ['fa-cup', '1870-71', '1871-72', 'season-not-covered'],
    ['fifa-world-cup', '1926', '1930', 'season-not-covered'],
    ['copa-america', '1915', '1916', 'season-not-covered'],
    ['copa-del-rey', '1902-03', '1903-04', 'season-not-covered'],
    ['uefa-european-championship', '1956', '1960', 'lots-1954'],
  ])('%s: %s is before the first edition, %s gives %s', (competition, before, first, expected) => {
    expect(rulesId(competition, before, 'semi-final')).toBe('season-before-first-edition');
    expect(rulesId(competition, first, 'semi-final')).toBe(expected);
  });

  it.each([['afc-champions-league', '2020', '2019', 'afc-2002']])(
    '%s: %s is not covered (an error, not a guess), %s gives %s',
    (competition, before, first, expected) => {
      // (for the AFC, "before" is the first season after the covered ones)
      expect(rulesId(competition, before, 'quarter-final')).toBe('season-not-covered');
      expect(rulesId(competition, first, 'quarter-final')).toBe(expected);
    },
  );

  it('ends the Fairs Cup with 1970–71 (the UEFA Cup follows)', () => {
    expect(rulesId('Fairs Cup', '1970-71', 'final')).toBe('uefa-1970');
    expect(rulesId('inter-cities-fairs-cup', '1971-72', 'final')).toBe('season-after-last-edition');
  });

  it("ends the Cup Winners' Cup with 1998–99", () => {
    expect(rulesId('uefa-cup-winners-cup', '1998-99', 'final')).toBe('single-match');
    expect(rulesId('uefa-cup-winners-cup', '1999-2000', 'final')).toBe('season-after-last-edition');
  });
});

describe('rulesInForce errors', () => {
  it.each([
    ['fifa-club-world-cup', '2018', 'final', 'unknown-competition', 'competition'],
    ['fifa-world-cup', '2019', 'final', 'no-such-edition', 'season'],
    ['afc-champions-league', '2010-11', 'final', 'season-format', 'season'],
    ['uefa-champions-league', '1969-70', 'last-sixteen', 'unknown-era-round', 'round'],
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

describe('competition, season and round names as users write them', () => {
  it.each([
    ['efl-play-offs', '1999', 'semi-final', 'efl-1987', '1998–99'],
    ['efl-play-offs', '2000', 'semi-final', 'efl-1999', '1999–2000'],
    ['uefa-europa-league', '1989-90', 'third-round', 'uefa-1970', '1989–90'],
    ['UEFA Cup', '1989/90', 'Third round', 'uefa-1970', '1989–90'],
    ['European Cup', '1969-70', 'Round of 16', 'european-cup-1969', '1969–70'],
    ['uefa-champions-league', '2019-20', 'Quarter-finals', 'single-match', '2019–20'],
    ['FIFA World Cup', '2002', 'Last 16', 'golden-goal', '2002'],
    ['World Cup', '1970', 'QF', 'lots-1954', '1970'],
    ['UEFA Euro', '1980', 'Match for third place', 'penalties-no-extra-time', '1980'],
    ['Copa Sudamericana', '2007', 'Finals', 'conmebol-2005', '2007'],
    ['Copa America', '2024', 'Quarter-finals', 'penalties-no-extra-time', '2024'],
    ['Copa América', '2024', 'Final', 'single-match', '2024'],
    ['Copa del Rey', '2020/21', 'Round 3', 'single-match', '2020–21'],
    ['Copa del Rey', '2024-25', 'Semifinals', 'uefa-2021', '2024–25'],
    ['Copa Libertadores', '1987', 'Finals', 'conmebol-1960', '1987'],
    ['African Cup of Champions Clubs', '1970', 'First round', 'caf-1964', '1970'],
    ['Fairs Cup', '1970/71', 'First round', 'uefa-1970', '1970–71'],
  ])('%s %s %s → %s (season %s)', (competition, season, round, rules, label) => {
    const r = rulesInForce(competition, season, round);
    expect(r.ok && r.value.rules.id).toBe(rules);
    expect(r.ok && r.value.season.label).toBe(label);
  });

  it('lists what is accepted when a round is not known', () => {
    const r = rulesInForce('uefa-europa-league', '1989-90', 'group of death');
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.error.message).toContain('round-of-16');
    expect(r.ok ? '' : r.error.message).toContain('"Round of 16"');
  });
});
