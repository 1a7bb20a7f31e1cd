import { caf2017, singleMatch } from '../presets.ts';
import type { CompetitionEras, Era } from './types.ts';

const eras = (name: string): ReadonlyArray<Era> => [
  {
    id: 'caf-2016',
    from: 2016,
    summary: 'away goals, then penalties without extra time; a two-legged final',
    rounds: [{ rounds: 'other', rules: caf2017 }],
    // Source: the 2016 editions were played under the rules the 2017 regulations restate (Wikipedia
    // "2016 CAF Champions League" and "2016 CAF Confederation Cup", format: away goals, then a
    // penalty shoot-out, no extra time; both finals two legs).
    source: `${name} Regulations 2016 and 2017, III. 26 & 27`,
  },
  {
    id: 'caf-2019-one-match-final',
    from: 2019,
    summary: 'a one-match final (2019–20 to 2021–22)',
    rounds: [
      { rounds: ['final'], rules: singleMatch },
      { rounds: 'other', rules: caf2017 },
    ],
    source: `${name} 2019–20 to 2021–22 (final of one match)`,
  },
  {
    id: 'caf-2022-two-legged-final',
    from: 2022,
    summary: 'a two-legged final again',
    rounds: [{ rounds: 'other', rules: caf2017 }],
    // Source: the 2022–23 Confederation Cup final was two legs and was won on away goals.
    source: `${name} 2022–23 (two-legged final, away goals)`,
  },
];

/**
 * CAF Champions League (African Cup of Champions Clubs from 1964). Covered from 2016, the seed
 * rules; seasons before are not in the registry and asking for them is an error.
 */
export const cafChampionsLeague: CompetitionEras = {
  id: 'caf-champions-league',
  name: 'CAF Champions League',
  alsoKnownAs: ['African Cup of Champions Clubs'],
  firstEdition: 1964,
  seasons: { years: [1964, 2018], split: [2018] },
  eras: eras('CAF Champions League'),
};

/** CAF Confederation Cup (first edition 2004). Covered from 2016, the seed rules. */
export const cafConfederationCup: CompetitionEras = {
  id: 'caf-confederation-cup',
  name: 'CAF Confederation Cup',
  alsoKnownAs: [],
  firstEdition: 2004,
  seasons: { years: [2004, 2018], split: [2018] },
  eras: eras('CAF Confederation Cup'),
};
