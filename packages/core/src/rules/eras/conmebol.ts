import { conmebol2022, singleMatch } from '../presets.ts';
import type { TieRules } from '../tie-rules.ts';
import { penaltiesNoExtraTime } from './tournaments.ts';
import type { CompetitionEras, Era } from './types.ts';

/**
 * CONMEBOL 2005 to 2021, every two-legged round but the final: points, then goal difference (over two
 * legs the same as the aggregate), then away goals, then penalties with no extra time.
 * Source: Copa Libertadores / Copa Sudamericana regulations 2005–2021 (e.g. Wikipedia "2012 Copa
 * Sudamericana preliminary stages", Format: "goal difference, away goals, penalty shootout (no extra
 * time is played)").
 */
export const conmebol2005: TieRules = {
  id: 'conmebol-2005',
  name: 'CONMEBOL 2005–2021: aggregate, away goals, penalties (no extra time)',
  legs: 2,
  deciders: [{ kind: 'aggregate' }, { kind: 'away-goals' }, { kind: 'penalties' }],
  source: 'Copa Libertadores and Copa Sudamericana regulations 2005–2021 (knockout ties)',
};

/**
 * CONMEBOL two-legged finals 2008 to 2018: aggregate, then extra time with no away goals, then
 * penalties. Source: Wikipedia "2012 Copa Sudamericana final stages", Format: "for the final ... the
 * away goals rule would not be applied, and 30 minutes of extra time would be played"; 2018
 * Libertadores final (extra time although one side had more away goals).
 */
export const conmebolFinal2005: TieRules = {
  id: 'conmebol-final-2005',
  name: 'CONMEBOL two-legged final 2008–2018: aggregate, extra time, penalties (no away goals)',
  legs: 2,
  deciders: [{ kind: 'aggregate' }, { kind: 'extra-time', awayGoals: false }, { kind: 'penalties' }],
  source: 'Copa Libertadores and Copa Sudamericana regulations 2008–2018 (two-legged final)',
};

/**
 * CONMEBOL 1960 to 1987, every two-legged tie including the finals: points (two for a win, one for
 * a draw), then a play-off match at a neutral ground with extra time, then the goal difference of the
 * two legs, then a penalty shoot-out at the end of the play-off match. Sources: Wikipedia "1970 Copa
 * Libertadores" (Format: "If after two games no team has the most points, a single-match playoff on
 * neutral ground will be played ... If the playoff match ends in a tie, goal difference will be
 * used"); "1987 Copa Libertadores Finals" (Rules: points, then "a playoff at a neutral [venue] ...
 * Goal difference was to be used as a last resort"; América de Cali, ahead on goal difference, lost the
 * play-off 0–1 after extra time); "1977 Copa Libertadores finals" (1–0, 0–1, play-off 0–0 after
 * extra time, Boca Juniors won 5–4 on penalties). The regulations of the 1960s named no step after
 * the goal difference; every known play-off level after extra time (finals 1977 and 1985) was level
 * on goal difference too and went to penalties.
 */
export const conmebol1960: TieRules = {
  id: 'conmebol-1960',
  name: 'CONMEBOL 1960–1987: points, play-off match (extra time), goal difference, penalties',
  legs: 2,
  deciders: [
    { kind: 'points' },
    { kind: 'play-off', extraTime: true, penalties: false },
    { kind: 'aggregate' },
    { kind: 'penalties', playoff: true },
  ],
  source:
    'Copa Libertadores regulations 1960–1987 as stated by Wikipedia "1970 Copa Libertadores" (Format) and "1987 Copa Libertadores Finals" (Rules)',
};

/**
 * CONMEBOL 1988 to 2004: points, then goal difference, then penalties straight after the second leg
 * (no play-off match, no extra time, no away goals). Sources: the 1988 Copa Libertadores final
 * (Newell's Old Boys 1–0 Nacional, Nacional 3–0 Newell's: level on points, Nacional on goal
 * difference); the 1989 final (Olimpia 2–0 Atlético Nacional, Atlético Nacional 2–0 Olimpia, 5–4 on
 * penalties without extra time); Wikipedia "2004 Copa Libertadores": "the last Copa Libertadores in
 * which the away goals rule would not be used"; "2002 Copa Sudamericana", tie-breaking criteria:
 * points, goal difference, goals scored, then a penalty shoot-out in the knockout rounds.
 */
export const conmebol1988: TieRules = {
  id: 'conmebol-1988',
  name: 'CONMEBOL 1988–2004: points, goal difference, penalties (no extra time, no away goals)',
  legs: 2,
  deciders: [{ kind: 'points' }, { kind: 'aggregate' }, { kind: 'penalties' }],
  source:
    'Copa Libertadores regulations 1988–2004 (Wikipedia "2004 Copa Libertadores": no away goals until 2004); Copa Sudamericana 2002 (Article 15)',
};

const pointsEras = (name: string): ReadonlyArray<Era> => [
  {
    id: 'conmebol-1960-points',
    from: 1960,
    summary: 'points; level on points, a play-off match, then goal difference, then penalties',
    rounds: [{ rounds: 'other', rules: conmebol1960 }],
    source: `${name}: ${conmebol1960.source}; finals 1962, 1965 (won by Independiente although Peñarol led 4–2 on goals), 1977 and 1987 went to play-offs`,
  },
  {
    id: 'conmebol-1988-goal-difference',
    from: 1988,
    summary: 'points, then goal difference, then penalties; no play-off match',
    rounds: [{ rounds: 'other', rules: conmebol1988 }],
    source: `${name}: ${conmebol1988.source}; the 1988 final was won on goal difference, the 1989 final on penalties`,
  },
];

const eras = (name: string): ReadonlyArray<Era> => [
  {
    id: 'conmebol-2005',
    from: 2005,
    summary: 'away goals, then penalties without extra time, in every round including the final',
    rounds: [{ rounds: 'other', rules: conmebol2005 }],
    // Source: Wikipedia "Copa Libertadores": "In 2008, the finals became an exception to the away
    // goals rule and employed extra time"; the 2007 Copa Sudamericana final (Arsenal de Sarandí v
    // América, 3–2 and 1–2) was won on away goals.
    source: `${name} regulations 2005–2007 (away goals in the final too)`,
  },
  {
    id: 'conmebol-2008-final-extra-time',
    from: 2008,
    summary: 'a two-legged final with extra time and no away goals',
    rounds: [
      { rounds: ['final'], rules: conmebolFinal2005 },
      { rounds: 'other', rules: conmebol2005 },
    ],
    source: `${name} regulations 2008–2018; Wikipedia "Copa Libertadores": from 2008 the finals were an exception to the away goals rule and employed extra time`,
  },
  {
    id: 'conmebol-2019-one-match-final',
    from: 2019,
    summary: 'a one-match final',
    rounds: [
      { rounds: ['final'], rules: singleMatch },
      { rounds: 'other', rules: conmebol2005 },
    ],
    // Source: CONMEBOL Council, 2018: one-match finals at a venue chosen in advance from 2019.
    source: `${name} regulations 2019 (final of one match)`,
  },
  {
    id: 'conmebol-2022',
    from: 2022,
    summary: 'no away goals: penalties without extra time',
    rounds: [
      { rounds: ['final'], rules: singleMatch },
      { rounds: 'other', rules: conmebol2022 },
    ],
    source: `${name} regulations 2022 (away goals rule abolished)`,
  },
];

/**
 * Copa Libertadores (first edition 1960): points and play-off matches until 1987, points and goal
 * difference until 2004, then the aggregate and away goals, and one-match finals from 2019.
 */
export const libertadores: CompetitionEras = {
  id: 'conmebol-libertadores',
  name: 'Copa Libertadores',
  alsoKnownAs: ['CONMEBOL Libertadores'],
  firstEdition: 1960,
  seasons: { years: [1960] },
  eras: [...pointsEras('Copa Libertadores'), ...eras('Copa Libertadores')],
};

/**
 * Copa Sudamericana (first edition 2002): points and goal difference in 2002, away goals from 2003,
 * then as the Libertadores; from 2023 its first stage is one match between clubs of the same
 * association, penalties straight after 90 minutes.
 */
export const sudamericana: CompetitionEras = {
  id: 'conmebol-sudamericana',
  name: 'Copa Sudamericana',
  alsoKnownAs: ['CONMEBOL Sudamericana'],
  firstEdition: 2002,
  seasons: { years: [2002] },
  eras: [
    {
      id: 'sudamericana-2002-points',
      from: 2002,
      summary: 'points, then goal difference, then penalties; no away goals',
      rounds: [{ rounds: 'other', rules: conmebol1988 }],
      source:
        'Wikipedia "2002 Copa Sudamericana", tie-breaking criteria (CONMEBOL regulations Article 15): points, goal difference, goals scored, then a penalty shoot-out',
    },
    {
      id: 'sudamericana-2003-away-goals',
      from: 2003,
      summary: 'away goals from the quarter-finals, the final included; penalties without extra time',
      rounds: [
        { rounds: ['quarter-final', 'semi-final', 'final'], rules: conmebol2005 },
        { rounds: 'other', rules: conmebol1988 },
      ],
      // Source: de.wikipedia "Copa Sudamericana 2003", Modus: from the quarter-finals, knockout ties
      // where, level on points and goals, the away goals rule applied, then a shoot-out straight after
      // the second leg, "also for the final". The national preliminary rounds before did not use away
      // goals: Bolivia preliminary, The Strongest v Bolívar 2–2, 1–1, won 4–2 on penalties by The
      // Strongest although Bolívar had scored more away goals. 2004 is assumed to be the same.
      source:
        'de.wikipedia "Copa Sudamericana 2003" (Modus: away goals from the quarter-finals, the final included)',
    },
    ...eras('Copa Sudamericana'),
    {
      id: 'sudamericana-2023-one-match-first-stage',
      from: 2023,
      summary: 'a first stage of one-match ties, penalties without extra time',
      rounds: [
        { rounds: ['preliminary'], rules: penaltiesNoExtraTime },
        { rounds: ['final'], rules: singleMatch },
        { rounds: 'other', rules: conmebol2022 },
      ],
      // Source: Copa Sudamericana regulations 2023 (first stage: single matches between clubs of the
      // same association); ../shared/data single_matches.csv: 48 such matches 2023–2025, the level
      // ones settled by a shoot-out straight after 90 minutes.
      source:
        'Copa Sudamericana regulations 2023 (first stage of one match, penalties without extra time); openfootball/south-america 2023–2025',
    },
  ],
};
