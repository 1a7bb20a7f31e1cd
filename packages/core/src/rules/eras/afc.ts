import { singleMatch } from '../presets.ts';
import type { TieRules } from '../tie-rules.ts';
import type { CompetitionEras } from './types.ts';

/**
 * AFC Champions League two-legged ties: aggregate, away goals, then extra time in which away goals
 * do not count, then penalties. Source: AFC Champions League Competition Regulations (knockout
 * stage); Wikipedia "2017 AFC Champions League knockout stage", quarter-final Guangzhou Evergrande v
 * Shanghai SIPG: 4–0, 0–4, 1–1 in extra time (one away goal each side) and a shoot-out (SIPG 5–4),
 * so away goals scored in extra time did not count.
 */
export const afc2002: TieRules = {
  id: 'afc-2002',
  name: 'AFC Champions League: aggregate, away goals, extra time (away goals do not count), penalties',
  legs: 2,
  deciders: [
    { kind: 'aggregate' },
    { kind: 'away-goals' },
    { kind: 'extra-time', awayGoals: false },
    { kind: 'penalties' },
  ],
  source: 'AFC Champions League Competition Regulations, knockout stage (2017 quarter-final shoot-out)',
};

/**
 * AFC Champions League, from 2002–03 (the Asian Club Championship before it is not covered).
 * Covered to 2019: the one-match knockout rounds of 2020–2022 and the later formats are not in the
 * registry yet, and asking for them is an error.
 */
export const afcChampionsLeague: CompetitionEras = {
  id: 'afc-champions-league',
  name: 'AFC Champions League',
  alsoKnownAs: ['AFC Champions League Elite'],
  firstEdition: 2002,
  coveredUntil: 2019,
  seasons: { split: [[2002, 2002], [2023]], years: [2004, 2022] },
  eras: [
    {
      id: 'afc-2002',
      from: 2002,
      summary: 'two-legged ties and final: away goals, extra time without away goals, penalties',
      rounds: [{ rounds: 'other', rules: afc2002 }],
      // Source: the 2002–03 final (Al Ain v BEC Tero Sasana) and the 2004–2008 finals were two legs.
      source: 'AFC Champions League Competition Regulations 2002–03 to 2008 (two-legged final)',
    },
    {
      id: 'afc-2009-one-match-final',
      from: 2009,
      summary: 'a one-match round of 16 and final',
      rounds: [
        { rounds: ['round-of-16', 'final'], rules: singleMatch },
        { rounds: 'other', rules: afc2002 },
      ],
      // Source: 2009 to 2012 the round of 16 was one match hosted by a group winner and the final one
      // match (e.g. the 2012 final Ulsan Hyundai 3–0 Al-Ahli).
      source: 'AFC Champions League Competition Regulations 2009–2012 (one-match round of 16 and final)',
    },
    {
      id: 'afc-2013-two-legged',
      from: 2013,
      summary: 'two-legged round of 16 and final again',
      rounds: [{ rounds: 'other', rules: afc2002 }],
      // Source: the 2013 final Guangzhou Evergrande v FC Seoul was two legs, won on away goals.
      source: 'AFC Champions League Competition Regulations 2013–2019 (two-legged final)',
    },
  ],
};
