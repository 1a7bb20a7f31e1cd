import { caf2017, singleMatch } from '../presets.ts';
import type { TieRules } from '../tie-rules.ts';
import type { CompetitionEras, Era } from './types.ts';

/**
 * African Cup of Champions Clubs 1964 to 1973: the aggregate, then the drawing of lots; no away
 * goals. Source: Wikipedia "1970 African Cup of Champions Clubs", first round: Aigle Royal 0–3 CARA
 * Brazzaville, CARA Brazzaville 2–5 Aigle Royal, 5–5 on aggregate, "CARA Brazzaville won after
 * drawing of lots" although Aigle Royal had scored more away goals; "1969 African Cup of Champions
 * Clubs": Asante Kotoko won after drawing of lots.
 */
export const caf1964: TieRules = {
  id: 'caf-1964',
  name: 'African Cup of Champions Clubs 1964–1973: aggregate, drawing of lots',
  legs: 2,
  deciders: [{ kind: 'aggregate' }, { kind: 'coin-toss' }],
  source:
    'Wikipedia "1969 African Cup of Champions Clubs" and "1970 African Cup of Champions Clubs" (drawing of lots)',
};

const cafEras = (name: string, from: number, firstName = name): ReadonlyArray<Era> => [
  {
    id: 'caf-1974-away-goals',
    from,
    summary: 'away goals, then penalties without extra time; a two-legged final',
    rounds: [{ rounds: 'other', rules: caf2017 }],
    // Sources: RSSSF, "African Club Competitions": "The away goals rule was introduced in the 1974
    // competition"; Wikipedia "1976 African Cup of Champions Clubs" (Asante Kotoko v CARA
    // Brazzaville 1–0, 1–2, won on away goals; the final Hafia 3–0 MC Alger, MC Alger 3–0 Hafia,
    // MC Alger 4–1 on penalties); "2009 CAF Champions League knockout stage" (final won on away
    // goals); "2012 CAF Champions League knockout stage": "if still level, the tie proceeded
    // directly to a penalty shootout (no extra time is played)"; the 2004 Confederation Cup final
    // (Hearts of Oak v Asante Kotoko, 1–1, 1–1, 8–7 on penalties).
    source: `${firstName}: away goals from 1974 (RSSSF), penalties without extra time (Wikipedia "2012 CAF Champions League knockout stage"); two-legged finals`,
  },
  {
    id: 'caf-2016',
    from: 2016,
    summary: 'the 2017 regulations: away goals, then penalties without extra time; a two-legged final',
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
 * CAF Champions League (African Cup of Champions Clubs 1964–1996): the drawing of lots until 1973,
 * away goals and penalties from 1974, the seed rules restated in 2016 and 2017, a one-match final
 * 2019–20 to 2021–22.
 */
export const cafChampionsLeague: CompetitionEras = {
  id: 'caf-champions-league',
  name: 'CAF Champions League',
  alsoKnownAs: ['African Cup of Champions Clubs'],
  firstEdition: 1964,
  seasons: { years: [1964, 2018], split: [2018] },
  eras: [
    {
      id: 'caf-1964-lots',
      from: 1964,
      summary: 'no away goals: a tie level on aggregate was settled by the drawing of lots',
      rounds: [{ rounds: 'other', rules: caf1964 }],
      source: caf1964.source,
    },
    ...cafEras(
      'CAF Champions League',
      1974,
      'African Cup of Champions Clubs and CAF Champions League (from 1997)',
    ),
  ],
};

/**
 * CAF Confederation Cup (first edition 2004, successor of the CAF Cup and the African Cup Winners'
 * Cup, which the registry does not hold): away goals, then penalties without extra time, from 2004.
 */
export const cafConfederationCup: CompetitionEras = {
  id: 'caf-confederation-cup',
  name: 'CAF Confederation Cup',
  alsoKnownAs: [],
  firstEdition: 2004,
  seasons: { years: [2004, 2018], split: [2018] },
  eras: cafEras('CAF Confederation Cup', 2004),
};
