import { singleMatch } from '../presets.ts';
import type { TieRules } from '../tie-rules.ts';
import type { CompetitionEras } from './types.ts';

/**
 * FA Cup rounds with a replay from 1991–92: one match without extra time; if level, a replay at the
 * other ground with extra time and then penalties. Source: Wikipedia "1991–92 FA Cup": "the first
 * FA Cup competition to use penalties to decide games still tied after extra time in a replayed
 * match"; sportsadda.com "FA Cup replay: meaning, history, rules" (replay, then 30 minutes of extra
 * time and a penalty shoot-out).
 */
export const faCupReplay1991: TieRules = {
  id: 'fa-cup-replay-1991',
  name: 'FA Cup 1991–: one match; if level, a replay with extra time and penalties',
  legs: 1,
  deciders: [{ kind: 'aggregate' }, { kind: 'play-off', extraTime: true, penalties: true }],
  source: 'Wikipedia "1991–92 FA Cup" (penalties after extra time in a replay, from 1991–92)',
};

/**
 * FA Cup semi-finals and finals with a replay (to 1998 and 1999): extra time in the first match,
 * then a replay with extra time and penalties. Source: FourFourTwo, "Why are there no FA Cup
 * replays?": the 1993 final Arsenal v Sheffield Wednesday "finished 1-1. The replay also finished
 * 1-1 after 90 minutes, with Arsenal winning 2-1 after extra time"; BBC Sport, 15 April 1999, "No
 * more second chances" (the last semi-final replay, Manchester United 2–1 Arsenal).
 */
export const faCupLateReplay1991: TieRules = {
  id: 'fa-cup-late-replay-1991',
  name: 'FA Cup semi-final and final 1991–99: extra time, then a replay with extra time and penalties',
  legs: 1,
  deciders: [
    { kind: 'aggregate' },
    { kind: 'extra-time', awayGoals: false },
    { kind: 'play-off', extraTime: true, penalties: true },
  ],
  source: 'FourFourTwo "Why are there no FA Cup replays?" (1993 final); BBC Sport 15 April 1999',
};

const EARLY = [
  'preliminary',
  'qualifying',
  'first-round',
  'second-round',
  'third-round',
  'fourth-round',
] as const;

/**
 * The FA Cup (first edition 1871–72). Covered from 1991–92: before, a level replay led to a second
 * replay and more, which a decider chain of one play-off cannot express (an error, not a guess).
 */
export const faCup: CompetitionEras = {
  id: 'fa-cup',
  name: 'FA Cup',
  alsoKnownAs: ['Football Association Challenge Cup', 'The FA Cup', 'Emirates FA Cup'],
  firstEdition: 1871,
  seasons: { split: [1871] },
  eras: [
    {
      id: 'fa-cup-1991',
      from: 1991,
      summary: 'a replay, then penalties after its extra time; semi-finals and final with extra time first',
      rounds: [
        { rounds: ['semi-final', 'final'], rules: faCupLateReplay1991 },
        { rounds: 'other', rules: faCupReplay1991 },
      ],
      source: 'Wikipedia "1991–92 FA Cup" (penalties in replays from 1991–92)',
    },
    {
      id: 'fa-cup-1998-final',
      from: 1998,
      summary: 'no final replay: extra time, then penalties',
      rounds: [
        { rounds: ['final'], rules: singleMatch },
        { rounds: ['semi-final'], rules: faCupLateReplay1991 },
        { rounds: 'other', rules: faCupReplay1991 },
      ],
      // BBC Sport, 15 April 1999: "This year's final will be the first to be held under the same
      // format" (a shoot-out at the end of the first match).
      source:
        'BBC Sport, 15 April 1999, "No more second chances"; FourFourTwo (final replays scrapped 1998/99)',
    },
    {
      id: 'fa-cup-1999-semi-final',
      from: 1999,
      summary: 'no semi-final replay',
      rounds: [
        { rounds: ['semi-final', 'final'], rules: singleMatch },
        { rounds: 'other', rules: faCupReplay1991 },
      ],
      source:
        'BBC Sport, 15 April 1999: the last semi-final replay; FourFourTwo (semi-final replays scrapped 1999/2000)',
    },
    {
      id: 'fa-cup-2016-quarter-final',
      from: 2016,
      summary: 'no quarter-final replay',
      rounds: [
        { rounds: ['sixth-round', 'quarter-final', 'semi-final', 'final'], rules: singleMatch },
        { rounds: 'other', rules: faCupReplay1991 },
      ],
      source: 'FourFourTwo "Why are there no FA Cup replays?" (quarter-final replays scrapped 2016/17)',
    },
    {
      id: 'fa-cup-2018-fifth-round',
      from: 2018,
      summary: 'no fifth-round replay',
      rounds: [
        { rounds: [...EARLY], rules: faCupReplay1991 },
        { rounds: 'other', rules: singleMatch },
      ],
      source: 'FourFourTwo "Why are there no FA Cup replays?" (fifth-round replays scrapped 2018/19)',
    },
    {
      id: 'fa-cup-2020-no-replays',
      from: 2020,
      summary: 'no replays at all (2020–21)',
      rounds: [{ rounds: 'other', rules: singleMatch }],
      source: 'FA, 2020: replays scrapped for the 2020–21 season (fixture congestion)',
    },
    {
      id: 'fa-cup-2021',
      from: 2021,
      summary: 'replays in the first and second rounds only (2021–22)',
      rounds: [
        { rounds: ['preliminary', 'qualifying', 'first-round', 'second-round'], rules: faCupReplay1991 },
        { rounds: 'other', rules: singleMatch },
      ],
      source:
        'FA Board, 17 December 2021: no replays in the third and fourth rounds of 2021–22 (FourFourTwo)',
    },
    {
      id: 'fa-cup-2022',
      from: 2022,
      summary: 'replays again up to the fourth round',
      rounds: [
        { rounds: [...EARLY], rules: faCupReplay1991 },
        { rounds: 'other', rules: singleMatch },
      ],
      source:
        'sportsadda.com "FA Cup replay: meaning, history, rules" (replays returned in 2022–23, up to the fourth round)',
    },
    {
      id: 'fa-cup-2024',
      from: 2024,
      summary: 'no replays from the first round proper',
      rounds: [
        { rounds: ['preliminary', 'qualifying'], rules: faCupReplay1991 },
        { rounds: 'other', rules: singleMatch },
      ],
      source:
        'FA and Premier League agreement, April 2024: replays abolished from the first round proper in 2024–25',
    },
  ],
};
