import { singleMatch, uefa1970, uefa2021 } from '../presets.ts';
import type { CompetitionEras } from './types.ts';

/**
 * The Copa del Rey (Spain), covered from 2019–20, when the Royal Spanish Football Federation made
 * every round but the semi-finals a single match; the seasons before (two-legged rounds) are not
 * sourced here, and asking for them is an error.
 */
export const copaDelRey: CompetitionEras = {
  id: 'copa-del-rey',
  name: 'Copa del Rey',
  alsoKnownAs: ["King's Cup", 'Spanish Cup'],
  firstEdition: 1903,
  seasons: { split: [1903] },
  eras: [
    {
      id: 'copa-del-rey-2019-single-matches',
      from: 2019,
      summary: 'single matches (extra time, penalties) but two-legged semi-finals with away goals',
      rounds: [
        { rounds: ['semi-final'], rules: uefa1970 },
        { rounds: 'other', rules: singleMatch },
      ],
      // Source: Wikipedia "2019–20 Copa del Rey" (new format: single-match ties, the semi-finals over
      // two legs); openfootball/espana 2020-21/cup.txt: every round before the semi-finals one match
      // with extra time and penalties, the semi-final Levante v Athletic Bilbao (1–1, 1–1 with one
      // away goal each) went to extra time.
      source:
        'Copa del Rey from 2019–20 (RFEF: single-match rounds, two-legged semi-finals); openfootball/espana 2020-21',
    },
    {
      id: 'copa-del-rey-2021-no-away-goals',
      from: 2021,
      summary: 'two-legged semi-finals without away goals: extra time, then penalties',
      rounds: [
        { rounds: ['semi-final'], rules: uefa2021 },
        { rounds: 'other', rules: singleMatch },
      ],
      // Source: openfootball/espana 2024-25/cup.txt: semi-final Real Sociedad 0–1 Real Madrid, Real
      // Madrid 3–4 Real Sociedad after 90 minutes (4–4 on aggregate, Real Sociedad ahead on away goals)
      // went to extra time (4–4). That 2021–22 was the first such season follows the UEFA decision of
      // 24 June 2021 and is assumed.
      source:
        'Copa del Rey semi-finals without away goals (openfootball/espana 2024-25: extra time at 4–4 on aggregate); from 2021–22 assumed',
    },
  ],
};
