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
 * Copa Libertadores (first edition 1960). Covered from 2005: earlier seasons (play-off matches, then
 * points and goal difference) are not in the registry yet, and asking for them is an error.
 */
export const libertadores: CompetitionEras = {
  id: 'conmebol-libertadores',
  name: 'Copa Libertadores',
  alsoKnownAs: ['CONMEBOL Libertadores'],
  firstEdition: 1960,
  seasons: { years: [1960] },
  eras: eras('Copa Libertadores'),
};

/**
 * Copa Sudamericana (first edition 2002). Covered from 2005, like the Libertadores; from 2023 its
 * first stage is one match between clubs of the same association, penalties straight after 90 minutes.
 */
export const sudamericana: CompetitionEras = {
  id: 'conmebol-sudamericana',
  name: 'Copa Sudamericana',
  alsoKnownAs: ['CONMEBOL Sudamericana'],
  firstEdition: 2002,
  seasons: { years: [2002] },
  eras: [
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
