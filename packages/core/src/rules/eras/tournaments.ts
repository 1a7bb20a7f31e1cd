import { goldenGoal, silverGoal, singleMatch } from '../presets.ts';
import type { TieRules } from '../tie-rules.ts';
import type { CompetitionEras } from './types.ts';

/**
 * A knockout match of 1934 and 1938: extra time, then a replay (with extra time); lots if the replay
 * is level too. Source: Wikipedia "1934 FIFA World Cup" and "1938 FIFA World Cup" (Italy v Spain
 * 1934 and Switzerland v Germany, Cuba v Romania, Brazil v Czechoslovakia 1938 were replayed after a
 * level extra time); openfootball/worldcup NOTES.md: "Replays if tied after extra time (30 min!). No
 * penalty shootout." No replay was level, so the drawing of lots after it is assumed.
 */
export const worldCupReplay1934: TieRules = {
  id: 'world-cup-replay-1934',
  name: 'FIFA World Cup 1934–38: one match, extra time, replay (extra time), drawing of lots',
  legs: 1,
  deciders: [
    { kind: 'aggregate' },
    { kind: 'extra-time', awayGoals: false },
    { kind: 'play-off', extraTime: true, penalties: false },
    { kind: 'coin-toss' },
  ],
  source: 'Wikipedia "1934 FIFA World Cup", "1938 FIFA World Cup" (replays after a level extra time)',
};

/**
 * A knockout match before penalties, final excepted: extra time, then the drawing of lots.
 * Source: UEFA Euro 1968 semi-final Italy v Soviet Union (0–0 after extra time, decided by a coin
 * toss: Wikipedia "UEFA Euro 1968"); FIFA World Cup 1954–1974 regulations (Wikipedia "1970 FIFA
 * World Cup", knockout stage: lots after a level extra time, the final replayed).
 */
export const lots1954: TieRules = {
  id: 'lots-1954',
  name: 'One match before penalties: extra time, drawing of lots',
  legs: 1,
  deciders: [{ kind: 'aggregate' }, { kind: 'extra-time', awayGoals: false }, { kind: 'coin-toss' }],
  source: 'FIFA World Cup 1954–74 and UEFA European Championship 1960–72 (lots after extra time)',
};

/**
 * A final before penalties: extra time, then a replay (extra time), then lots. Source: UEFA Euro
 * 1968 final Italy 1–1 Yugoslavia after extra time, replayed two days later (2–0); FIFA World Cup
 * finals to 1974 (Wikipedia "1970 FIFA World Cup": a level final would be replayed).
 */
export const finalReplay1954: TieRules = {
  id: 'final-replay-1954',
  name: 'Final before penalties: one match, extra time, replay (extra time), drawing of lots',
  legs: 1,
  deciders: [
    { kind: 'aggregate' },
    { kind: 'extra-time', awayGoals: false },
    { kind: 'play-off', extraTime: true, penalties: false },
    { kind: 'coin-toss' },
  ],
  source: 'UEFA Euro 1968 final (replayed); FIFA World Cup final regulations to 1974 (replay)',
};

/**
 * One match settled by penalties straight after 90 minutes, no extra time: the UEFA Euro 1980
 * third-place match (Wikipedia "UEFA Euro 1980": 1–1, 9–8 on penalties, no extra time) and the Copa
 * Sudamericana first stage from 2023.
 */
export const penaltiesNoExtraTime: TieRules = {
  id: 'penalties-no-extra-time',
  name: 'One match: score, then penalties (no extra time)',
  legs: 1,
  deciders: [{ kind: 'aggregate' }, { kind: 'penalties' }],
  source:
    'UEFA Euro 1980 third-place match; Copa Sudamericana first stage from 2023; Copa América knockout rounds from 2015 but the final (penalties straight after 90 minutes)',
};

/** The FIFA World Cup, every edition; every knockout round a single match. */
export const worldCup: CompetitionEras = {
  id: 'fifa-world-cup',
  name: 'FIFA World Cup',
  alsoKnownAs: ['World Cup'],
  firstEdition: 1930,
  seasons: {
    years: [1930],
    editions: [
      1930, 1934, 1938, 1950, 1954, 1958, 1962, 1966, 1970, 1974, 1978, 1982, 1986, 1990, 1994, 1998, 2002,
      2006, 2010, 2014, 2018, 2022, 2026,
    ],
  },
  eras: [
    {
      id: 'world-cup-1934',
      from: 1934,
      summary: 'extra time, then a replay',
      rounds: [{ rounds: 'other', rules: worldCupReplay1934 }],
      source: 'Wikipedia "1934 FIFA World Cup", "1938 FIFA World Cup" (replays)',
    },
    {
      id: 'world-cup-1950',
      from: 1950,
      summary: 'extra time, then the drawing of lots; a level final replayed',
      rounds: [
        { rounds: ['final'], rules: finalReplay1954 },
        { rounds: 'other', rules: lots1954 },
      ],
      // 1950 had no knockout match (a final group); 1954–1970 knockout rounds and the 1974 final.
      source: 'FIFA World Cup regulations 1954–74 (Wikipedia "1970 FIFA World Cup", knockout stage)',
    },
    {
      id: 'world-cup-1978',
      from: 1978,
      summary: 'extra time, then penalties',
      rounds: [{ rounds: 'other', rules: singleMatch }],
      // Source: penalties from 1978 (openfootball/worldcup min/README.md); the first shoot-out was the
      // 1982 semi-final West Germany v France, 3–3 after extra time, 5–4 on penalties.
      source: 'FIFA World Cup regulations from 1978 (penalties; first shoot-out 1982 semi-final)',
    },
    {
      id: 'world-cup-1998-golden-goal',
      from: 1998,
      summary: 'extra time with the golden goal, then penalties',
      rounds: [{ rounds: 'other', rules: goldenGoal }],
      // Source: France 1–0 Paraguay (round of 16, 1998, Blanc 114′) and, in 2002, Senegal v Sweden,
      // South Korea v Italy and Turkey v Senegal, all won by a golden goal.
      source: 'FIFA World Cup 1998 and 2002 regulations (golden goal)',
    },
    {
      id: 'world-cup-2006',
      from: 2006,
      summary: 'extra time of thirty minutes, then penalties (golden goal abolished)',
      rounds: [{ rounds: 'other', rules: singleMatch }],
      source: 'FIFA World Cup 2006 regulations (IFAB abolished the golden goal in 2004)',
    },
  ],
};

/** The UEFA European Championship (European Nations' Cup until 1964): its final tournament. */
export const europeanChampionship: CompetitionEras = {
  id: 'uefa-european-championship',
  name: 'UEFA European Championship',
  alsoKnownAs: ["European Nations' Cup", 'UEFA Euro'],
  firstEdition: 1960,
  seasons: {
    years: [1960],
    editions: [
      1960, 1964, 1968, 1972, 1976, 1980, 1984, 1988, 1992, 1996, 2000, 2004, 2008, 2012, 2016, 2020, 2024,
    ],
  },
  eras: [
    {
      id: 'euro-1960',
      from: 1960,
      summary: 'extra time, then the drawing of lots; a level final replayed',
      rounds: [
        { rounds: ['final'], rules: finalReplay1954 },
        { rounds: 'other', rules: lots1954 },
      ],
      // Source: Euro 1968: the semi-final Italy v Soviet Union was decided by a coin toss, the final
      // Italy v Yugoslavia replayed (Wikipedia "UEFA Euro 1968").
      source: 'Wikipedia "UEFA Euro 1968" (semi-final coin toss, final replayed)',
    },
    {
      id: 'euro-1976',
      from: 1976,
      summary: 'extra time, then penalties',
      rounds: [{ rounds: 'other', rules: singleMatch }],
      // Source: the 1976 final, Czechoslovakia 2–2 West Germany after extra time, 5–3 on penalties.
      source: 'Wikipedia "UEFA Euro 1976 final" (penalties after extra time)',
    },
    {
      id: 'euro-1980-third-place',
      from: 1980,
      summary: 'a third-place match settled by penalties without extra time (1980 only)',
      rounds: [
        { rounds: ['third-place'], rules: penaltiesNoExtraTime },
        { rounds: 'other', rules: singleMatch },
      ],
      source: 'Wikipedia "UEFA Euro 1980" (third-place match: 1–1, 9–8 on penalties)',
    },
    {
      id: 'euro-1984',
      from: 1984,
      summary: 'extra time, then penalties',
      rounds: [{ rounds: 'other', rules: singleMatch }],
      source: 'UEFA European Championship regulations 1984–92',
    },
    {
      id: 'euro-1996-golden-goal',
      from: 1996,
      summary: 'extra time with the golden goal, then penalties',
      rounds: [{ rounds: 'other', rules: goldenGoal }],
      // Source: the 1996 final (Bierhoff) and the 2000 final (Trezeguet) and semi-final (Zidane).
      source: 'UEFA Euro 1996 and 2000 regulations (golden goal; finals 1996 and 2000)',
    },
    {
      id: 'euro-2004-silver-goal',
      from: 2004,
      summary: 'extra time with the silver goal, then penalties (2004 only)',
      rounds: [{ rounds: 'other', rules: silverGoal }],
      source: 'UEFA Euro 2004 regulations (silver goal: Greece v Czech Republic, semi-final)',
    },
    {
      id: 'euro-2008',
      from: 2008,
      summary: 'extra time of thirty minutes, then penalties',
      rounds: [{ rounds: 'other', rules: singleMatch }],
      source: 'UEFA Euro 2008 regulations (golden and silver goal abolished by IFAB, 2004)',
    },
  ],
};

/**
 * The Copa América: its knockout rounds, each a single match. Covered from 2011; the editions before
 * (replays, two-legged finals with points until 1983, penalties without extra time in 1993–2007 by
 * some accounts) are not sourced here, and asking for them is an error.
 */
export const copaAmerica: CompetitionEras = {
  id: 'copa-america',
  name: 'Copa América',
  alsoKnownAs: ['CONMEBOL Copa América', 'South American Championship'],
  firstEdition: 1916,
  seasons: {
    years: [1916],
    editions: [
      1916, 1917, 1919, 1920, 1921, 1922, 1923, 1924, 1925, 1926, 1927, 1929, 1935, 1937, 1939, 1941, 1942,
      1945, 1946, 1947, 1949, 1953, 1955, 1956, 1957, 1959, 1963, 1967, 1975, 1979, 1983, 1987, 1989, 1991,
      1993, 1995, 1997, 1999, 2001, 2004, 2007, 2011, 2015, 2016, 2019, 2021, 2024,
    ],
  },
  eras: [
    {
      id: 'copa-america-2011',
      from: 2011,
      summary: 'extra time, then penalties, in every knockout round',
      rounds: [{ rounds: 'other', rules: singleMatch }],
      // Source: openfootball/copa-america 2011--argentina/copa.txt: quarter-finals Colombia 0–2
      // Peru a.e.t. and Argentina 1–1 a.e.t. Uruguay (4–5 on penalties).
      source:
        'Copa América 2011 (quarter-finals and semi-finals went to extra time; openfootball/copa-america)',
    },
    {
      id: 'copa-america-2015-final-only-extra-time',
      from: 2015,
      summary: 'penalties straight after 90 minutes; extra time in the final only',
      rounds: [
        { rounds: ['final'], rules: singleMatch },
        { rounds: 'other', rules: penaltiesNoExtraTime },
      ],
      // Source: El Desmarque, 9 June 2015 (the competition's regulations: penalties after ninety
      // minutes from the quarter-finals, extra time in the final only); Marca, 27 June 2019.
      source:
        'Copa América 2015 regulations (El Desmarque, 9 June 2015: "excepto en la final, en la que habrá prórroga")',
    },
    {
      id: 'copa-america-2019-extra-time-from-semi-finals',
      from: 2019,
      summary: 'penalties straight after 90 minutes in the quarter-finals; extra time from the semi-finals',
      rounds: [
        { rounds: ['quarter-final'], rules: penaltiesNoExtraTime },
        { rounds: 'other', rules: singleMatch },
      ],
      source:
        'Wikipedia "2019 Copa América knockout stage": no extra time in the quarter-finals; extra time in the semi-finals, third place and final',
    },
    {
      id: 'copa-america-2021-final-only-extra-time',
      from: 2021,
      summary: 'back to the 2015 rules: extra time in the final only',
      rounds: [
        { rounds: ['final'], rules: singleMatch },
        { rounds: 'other', rules: penaltiesNoExtraTime },
      ],
      // Source: Mundo Albiceleste, 1 July 2021 ("reverted back to the 2015 and 2016 editions");
      // Fox Sports 2024 ("Extra time won't take place in tied games except for in the championship
      // game"); openfootball/copa-america 2021 and 2024 files (quarter-finals on penalties after
      // 90 minutes, the 2024 final 1–0 a.e.t.).
      source:
        'Copa América 2021 and 2024 regulations (Mundo Albiceleste 1 July 2021; Fox Sports July 2024): extra time in the final only',
    },
  ],
};
