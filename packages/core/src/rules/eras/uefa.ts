import { goldenGoal, replay1955, silverGoal, singleMatch, uefa1970, uefa2021 } from '../presets.ts';
import type { TieRules } from '../tie-rules.ts';
import type { CompetitionEras } from './types.ts';

/**
 * European Cup 1967–68 (first round) and 1968–69 (first and second rounds): aggregate, away goals
 * (goals in extra time not counted as away goals), extra time in the second leg, a play-off match,
 * then a coin toss. Source: Wikipedia "1967–68 European Cup" (away goals "only for the first round
 * ... extra time goals were not included in the rule") and "1968–69 European Cup" (away goals rule
 * "extended to the first and second rounds"); extra time as played in two 1967–68 first-round ties.
 */
export const europeanCup1967: TieRules = {
  id: 'european-cup-1967',
  name: 'European Cup 1967–69 early rounds: aggregate, away goals, extra time, play-off match, coin toss',
  legs: 2,
  deciders: [
    { kind: 'aggregate' },
    { kind: 'away-goals' },
    { kind: 'extra-time', awayGoals: false },
    { kind: 'play-off', extraTime: true, penalties: false },
    { kind: 'coin-toss' },
  ],
  source:
    'European Cup 1967–68 and 1968–69 (UEFA; Wikipedia season articles): away goals in the early rounds',
};

/**
 * European Cup 1969–70: aggregate, away goals, extra time (away goals not counted in it), then a coin
 * toss; no more play-off matches. Source: European Cup 1969–70 (two second-round ties decided by a
 * coin toss after extra time in the second leg).
 */
export const europeanCup1969: TieRules = {
  id: 'european-cup-1969',
  name: 'European Cup 1969–70: aggregate, away goals, extra time, coin toss',
  legs: 2,
  deciders: [
    { kind: 'aggregate' },
    { kind: 'away-goals' },
    { kind: 'extra-time', awayGoals: false },
    { kind: 'coin-toss' },
  ],
  source: 'European Cup 1969–70 (UEFA): coin toss after extra time in the second leg',
};

/**
 * Cup Winners' Cup 1965–66 to 1969–70: aggregate, away goals (the first UEFA competition to use
 * them), a play-off match with extra time, then a coin toss. Source: Wikipedia "European Cup Winners'
 * Cup" (away goals rule introduced 1965–66) and de.wikipedia "Europapokal der Pokalsieger 1968/69"
 * (Modus: play-off at a neutral ground when away goals are level).
 */
export const cupWinnersCup1965: TieRules = {
  id: 'cup-winners-cup-1965',
  name: "Cup Winners' Cup 1965–70: aggregate, away goals, play-off match, coin toss",
  legs: 2,
  deciders: [
    { kind: 'aggregate' },
    { kind: 'away-goals' },
    { kind: 'play-off', extraTime: true, penalties: false },
    { kind: 'coin-toss' },
  ],
  source: "Cup Winners' Cup regulations 1965–66 (away goals rule), play-off match as before",
};

/**
 * A one-match final before penalties: extra time, then a replay (with extra time), then lots.
 * Source: European Cup final 1974 (1–1 after extra time, replayed two days later);
 * Cup Winners' Cup finals 1962, 1964 and 1971 replayed.
 */
export const uefaFinalReplay1956: TieRules = {
  id: 'uefa-final-replay-1956',
  name: 'UEFA final 1956–74: one match, extra time, replay, coin toss',
  legs: 1,
  deciders: [
    { kind: 'aggregate' },
    { kind: 'extra-time', awayGoals: false },
    { kind: 'play-off', extraTime: true, penalties: false },
    { kind: 'coin-toss' },
  ],
  source: 'European Cup final regulations to 1973–74 (the 1974 final was replayed)',
};

const SOURCE_1970 =
  'UEFA: penalties and away goals in extra time from 1970–71 (first shoot-out in the European Cup: 1970–71 second round)';
const SOURCE_GOLDEN =
  'UEFA club competition finals 2000–01 and 2001–02: golden goal (the 2001 UEFA Cup final was won 5–4 by a golden goal in the 117th minute; ../shared/data single_matches.csv flags it golden_goal)';
const SOURCE_SILVER =
  'UEFA club competition finals 2002–03 and 2003–04: silver goal (the 2003 UEFA Cup final was won 3–2 by a silver goal in the 115th minute)';

/** The eras of one-match UEFA club finals with the golden and the silver goal, then without. */
const goldenSilverEras = (id: string, other: TieRules, restored: string) =>
  [
    {
      id: `${id}-golden-goal-final`,
      from: 2000,
      summary: 'the final: extra time with the golden goal',
      rounds: [
        { rounds: ['final'], rules: goldenGoal },
        { rounds: 'other', rules: other },
      ],
      source: SOURCE_GOLDEN,
    },
    {
      id: `${id}-silver-goal-final`,
      from: 2002,
      summary: 'the final: extra time with the silver goal',
      rounds: [
        { rounds: ['final'], rules: silverGoal },
        { rounds: 'other', rules: other },
      ],
      source: SOURCE_SILVER,
    },
    {
      id: restored,
      from: 2004,
      summary: 'the final: full extra time, then penalties',
      rounds: [
        { rounds: ['final'], rules: singleMatch },
        { rounds: 'other', rules: other },
      ],
      source:
        'UEFA club competition regulations from 2004–05 (IFAB abolished the golden and silver goal in 2004)',
    },
  ] as const;

const SOURCE_2021 = 'UEFA Executive Committee, 24 June 2021: away goals rule abolished from 2021–22';

/** European Cup 1955–56 to 2020–21, UEFA Champions League from 1992–93 (including the European Cup). */
export const championsLeague: CompetitionEras = {
  id: 'uefa-champions-league',
  name: 'UEFA Champions League',
  alsoKnownAs: ['European Cup', "European Champion Clubs' Cup"],
  firstEdition: 1955,
  seasons: { split: [1955] },
  eras: [
    {
      id: 'european-cup-1955',
      from: 1955,
      summary: 'no away goals: a play-off match, then a coin toss; the final replayed if level',
      rounds: [
        { rounds: ['final'], rules: uefaFinalReplay1956 },
        { rounds: 'other', rules: replay1955 },
      ],
      // Source: European Cup regulations 1955–56; the data: 30 level ties 1955–67 all went to a play-off.
      source: "European Champion Clubs' Cup regulations 1955–56 (play-off match, then drawing of lots)",
    },
    {
      id: 'european-cup-1967',
      from: 1967,
      summary: 'away goals and extra time in the first round only',
      rounds: [
        { rounds: ['final'], rules: uefaFinalReplay1956 },
        { rounds: ['preliminary', 'first-round'], rules: europeanCup1967 },
        { rounds: 'other', rules: replay1955 },
      ],
      // Source: Wikipedia "1967–68 European Cup": away goals "only for the first round" (a
      // quarter-final went to a play-off although away goals differed).
      source: 'Wikipedia "1967–68 European Cup": away goals rule for the first round only',
    },
    {
      id: 'european-cup-1968',
      from: 1968,
      summary: 'away goals and extra time in the first and second rounds',
      rounds: [
        { rounds: ['final'], rules: uefaFinalReplay1956 },
        { rounds: ['preliminary', 'first-round', 'second-round', 'round-of-16'], rules: europeanCup1967 },
        { rounds: 'other', rules: replay1955 },
      ],
      // Source: Wikipedia "1968–69 European Cup": "the away goal rule was extended to the first and
      // second rounds"; a quarter-final went to a play-off.
      source: 'Wikipedia "1968–69 European Cup": away goals rule extended to the first and second rounds',
    },
    {
      id: 'european-cup-1969',
      from: 1969,
      summary: 'away goals in every round; extra time, then a coin toss (no play-off)',
      rounds: [
        { rounds: ['final'], rules: uefaFinalReplay1956 },
        { rounds: 'other', rules: europeanCup1969 },
      ],
      source: 'European Cup 1969–70: coin toss after extra time (two second-round ties)',
    },
    {
      id: 'uefa-1970',
      from: 1970,
      summary: 'penalties; away goals count in extra time',
      rounds: [
        { rounds: ['final'], rules: uefaFinalReplay1956 },
        { rounds: 'other', rules: uefa1970 },
      ],
      source: SOURCE_1970,
    },
    {
      id: 'uefa-1974-final-penalties',
      from: 1974,
      summary: 'the final is settled by penalties instead of a replay',
      rounds: [
        { rounds: ['final'], rules: singleMatch },
        { rounds: 'other', rules: uefa1970 },
      ],
      // Source: the 1974 final was the last replayed European Cup final; the 1984 final was the
      // first settled by penalties.
      source: 'European Cup final regulations from 1974–75 (penalties after extra time, no replay)',
    },
    {
      id: 'champions-league-1993-single-semi-finals',
      from: 1993,
      summary: 'one-match semi-finals (1993–94 only)',
      rounds: [
        { rounds: ['semi-final', 'final'], rules: singleMatch },
        { rounds: 'other', rules: uefa1970 },
      ],
      // Source: UEFA Champions League 1993–94: the group winners hosted one-match semi-finals.
      source: 'UEFA Champions League 1993–94 regulations: semi-finals of one match',
    },
    {
      id: 'uefa-1970-restored-1994',
      from: 1994,
      summary: 'two-legged semi-finals again',
      rounds: [
        { rounds: ['final'], rules: singleMatch },
        { rounds: 'other', rules: uefa1970 },
      ],
      source: SOURCE_1970,
    },
    ...goldenSilverEras('champions-league', uefa1970, 'uefa-1970-restored-2004'),
    {
      id: 'champions-league-2019-final-eight',
      from: 2019,
      summary: 'one-match quarter-finals and semi-finals in Lisbon (2019–20 only)',
      rounds: [
        { rounds: ['quarter-final', 'semi-final', 'final'], rules: singleMatch },
        { rounds: 'other', rules: uefa1970 },
      ],
      // Source: UEFA Executive Committee, 17 June 2020: a "final eight" of single matches in Lisbon.
      source: 'UEFA Executive Committee decision of 17 June 2020 (final eight of single matches, Lisbon)',
    },
    {
      id: 'uefa-1970-restored-2020',
      from: 2020,
      summary: 'two-legged quarter-finals and semi-finals again',
      rounds: [
        { rounds: ['final'], rules: singleMatch },
        { rounds: 'other', rules: uefa1970 },
      ],
      source: SOURCE_1970,
    },
    {
      id: 'uefa-2021',
      from: 2021,
      summary: 'no away goals: extra time, then penalties',
      rounds: [
        { rounds: ['final'], rules: singleMatch },
        { rounds: 'other', rules: uefa2021 },
      ],
      source: SOURCE_2021,
    },
  ],
};

/** UEFA Cup 1971–72 to 2008–09, UEFA Europa League from 2009–10. */
export const europaLeague: CompetitionEras = {
  id: 'uefa-europa-league',
  name: 'UEFA Europa League',
  alsoKnownAs: ['UEFA Cup'],
  firstEdition: 1971,
  seasons: { split: [1971] },
  eras: [
    {
      id: 'uefa-cup-1971',
      from: 1971,
      summary: 'away goals (counting in extra time), penalties; a two-legged final',
      rounds: [{ rounds: 'other', rules: uefa1970 }],
      // Source: UEFA Cup regulations 1971–72; finals decided on away goals (1977, 1980, 1992) and
      // on penalties (1984, 1988, 1997).
      source: 'UEFA Cup regulations 1971–72 to 1996–97 (two-legged final under the same rules)',
    },
    {
      id: 'uefa-cup-1997-one-match-final',
      from: 1997,
      summary: 'a one-match final',
      rounds: [
        { rounds: ['final'], rules: singleMatch },
        { rounds: 'other', rules: uefa1970 },
      ],
      source: 'UEFA Cup regulations 1997–98 (final of one match at a neutral venue)',
    },
    ...goldenSilverEras('uefa-cup', uefa1970, 'uefa-cup-1997-restored-2004'),
    {
      id: 'europa-league-2019-final-eight',
      from: 2019,
      summary: 'one-match quarter-finals and semi-finals in Germany (2019–20 only)',
      rounds: [
        { rounds: ['quarter-final', 'semi-final', 'final'], rules: singleMatch },
        { rounds: 'other', rules: uefa1970 },
      ],
      // Source: UEFA Executive Committee, 17 June 2020: a final eight of single matches in Germany.
      // Two round-of-16 ties of that season were also single matches; the registry cannot tell them
      // apart by round, so give those two "rules": "single-match".
      source: 'UEFA Executive Committee decision of 17 June 2020 (final eight of single matches, Germany)',
    },
    {
      id: 'uefa-cup-1997-restored-2020',
      from: 2020,
      summary: 'two-legged quarter-finals and semi-finals again',
      rounds: [
        { rounds: ['final'], rules: singleMatch },
        { rounds: 'other', rules: uefa1970 },
      ],
      source: SOURCE_1970,
    },
    {
      id: 'uefa-2021',
      from: 2021,
      summary: 'no away goals: extra time, then penalties',
      rounds: [
        { rounds: ['final'], rules: singleMatch },
        { rounds: 'other', rules: uefa2021 },
      ],
      source: SOURCE_2021,
    },
  ],
};

/** European Cup Winners' Cup, 1960–61 to 1998–99. */
export const cupWinnersCup: CompetitionEras = {
  id: 'uefa-cup-winners-cup',
  name: "UEFA Cup Winners' Cup",
  alsoKnownAs: ["European Cup Winners' Cup"],
  firstEdition: 1960,
  lastEdition: 1998,
  seasons: { split: [1960, 1998] },
  eras: [
    {
      id: 'cup-winners-cup-1960',
      from: 1960,
      summary: 'no away goals: a play-off match, then a coin toss; a two-legged final',
      rounds: [{ rounds: 'other', rules: replay1955 }],
      // Source: the 1960–61 final was played over two legs.
      source: "European Cup Winners' Cup 1960–61 (two-legged final; play-off match if level)",
    },
    {
      id: 'cup-winners-cup-1961',
      from: 1961,
      summary: 'a one-match final, replayed if level',
      rounds: [
        { rounds: ['final'], rules: uefaFinalReplay1956 },
        { rounds: 'other', rules: replay1955 },
      ],
      // Source: the 1962 and 1964 finals were replayed.
      source: "European Cup Winners' Cup finals of one match from 1962 (replays 1962, 1964)",
    },
    {
      id: 'cup-winners-cup-1965',
      from: 1965,
      summary: 'away goals, then a play-off match',
      rounds: [
        { rounds: ['final'], rules: uefaFinalReplay1956 },
        { rounds: 'other', rules: cupWinnersCup1965 },
      ],
      source: "European Cup Winners' Cup 1965–66: away goals rule introduced",
    },
    {
      id: 'cup-winners-cup-1966-extra-time',
      from: 1966,
      summary: 'away goals, then extra time in the second leg, then a play-off match',
      rounds: [
        { rounds: ['final'], rules: uefaFinalReplay1956 },
        { rounds: 'other', rules: europeanCup1967 },
      ],
      // Source: Wikipedia "1966–67 European Cup Winners' Cup": extra time was played in the second
      // leg of a tie level on aggregate and away goals, before a play-off match or the drawing of lots.
      source:
        'Wikipedia "1966–67 European Cup Winners\' Cup" (extra time in the second leg before a play-off)',
    },
    {
      id: 'cup-winners-cup-1968',
      from: 1968,
      summary: 'from the quarter-finals, a play-off match whatever the away goals',
      rounds: [
        { rounds: ['final'], rules: uefaFinalReplay1956 },
        { rounds: ['quarter-final', 'semi-final'], rules: replay1955 },
        { rounds: 'other', rules: europeanCup1967 },
      ],
      // Source: de.wikipedia "Europapokal der Pokalsieger 1968/69", Modus: "from the quarter-finals
      // onwards ... a play-off would be necessary regardless of the number of away goals".
      source: 'de.wikipedia "Europapokal der Pokalsieger 1968/69" (Modus)',
    },
    {
      id: 'uefa-1970',
      from: 1970,
      summary: 'penalties; away goals count in extra time',
      rounds: [
        { rounds: ['final'], rules: uefaFinalReplay1956 },
        { rounds: 'other', rules: uefa1970 },
      ],
      // Source: the 1971 final was replayed.
      source: SOURCE_1970,
    },
    {
      id: 'uefa-1974-final-penalties',
      from: 1974,
      summary: 'the final is settled by penalties instead of a replay',
      rounds: [
        { rounds: ['final'], rules: singleMatch },
        { rounds: 'other', rules: uefa1970 },
      ],
      // Source: the 1980 final was settled by penalties.
      source: 'UEFA final regulations from 1974–75 (penalties after extra time, no replay)',
    },
  ],
};

/**
 * Inter-Cities Fairs Cup, 1955–58 to 1970–71 (not organised by UEFA; the UEFA Cup replaced it).
 * Seasons are named by their starting year: the first edition (1955–58) is `1955-56`, the second
 * (1958–60) `1958-59`.
 */
export const fairsCup: CompetitionEras = {
  id: 'inter-cities-fairs-cup',
  name: 'Inter-Cities Fairs Cup',
  alsoKnownAs: ['Fairs Cup', 'European Fairs Cup', "Fairs Cities' Cup"],
  firstEdition: 1955,
  lastEdition: 1970,
  seasons: { split: [1955, 1970] },
  eras: [
    {
      id: 'fairs-cup-1955',
      from: 1955,
      summary: 'no away goals: a play-off match, then a coin toss; two-legged finals',
      rounds: [{ rounds: 'other', rules: replay1955 }],
      // Source: Wikipedia "1955–58 Inter-Cities Fairs Cup" (Barcelona v Birmingham City semi-final,
      // 4–4 on aggregate, a play-off in Basel won 2–1 by Barcelona); the finals of 1958, 1960 to 1963
      // were two legs.
      source: 'Inter-Cities Fairs Cup 1955–58 (Barcelona v Birmingham City semi-final play-off)',
    },
    {
      id: 'fairs-cup-1963-one-match-final',
      from: 1963,
      summary: 'a one-match final (1964 and 1965), replayed if level',
      rounds: [
        { rounds: ['final'], rules: uefaFinalReplay1956 },
        { rounds: 'other', rules: replay1955 },
      ],
      // Source: the 1964 final (Real Zaragoza 2–1 Valencia, Barcelona) and the 1965 final
      // (Ferencváros 1–0 Juventus, Turin) were single matches.
      source: 'Inter-Cities Fairs Cup finals 1964 and 1965, single matches',
    },
    {
      id: 'fairs-cup-1965',
      from: 1965,
      summary: 'two-legged finals again; a play-off match, then a coin toss',
      rounds: [{ rounds: 'other', rules: replay1955 }],
      source: 'Inter-Cities Fairs Cup 1965–66 (two-legged final Barcelona v Real Zaragoza)',
    },
    {
      id: 'fairs-cup-1967-away-goals',
      from: 1967,
      summary: 'away goals, then a play-off match, then a coin toss',
      rounds: [{ rounds: 'other', rules: cupWinnersCup1965 }],
      // Source: "away goals were introduced in the tournament in 1967 and in 1971 penalty shoot-out
      // replaced tossing of coin" (footballjourney1.blogspot.com, "There was no UEFA Cup yet", 2008).
      source:
        'Inter-Cities Fairs Cup 1967–68: away goals introduced (footballjourney1, 2008: "away goals were introduced in the tournament in 1967")',
    },
    {
      id: 'uefa-1970',
      from: 1970,
      summary: 'away goals, extra time, penalties (as UEFA from 1970–71)',
      rounds: [{ rounds: 'other', rules: uefa1970 }],
      // Source: Wikipedia "1970–71 Inter-Cities Fairs Cup": Spartak Trnava v Marseille (2–0, 0–2
      // after extra time) went to penalties; the final Juventus v Leeds United (2–2, 1–1) was won
      // on away goals.
      source: SOURCE_1970,
    },
  ],
};

/** UEFA Europa Conference League (UEFA Conference League), from 2021–22. */
export const conferenceLeague: CompetitionEras = {
  id: 'uefa-conference-league',
  name: 'UEFA Conference League',
  alsoKnownAs: ['UEFA Europa Conference League'],
  firstEdition: 2021,
  seasons: { split: [2021] },
  eras: [
    {
      id: 'uefa-2021',
      from: 2021,
      summary: 'no away goals: extra time, then penalties',
      rounds: [
        { rounds: ['final'], rules: singleMatch },
        { rounds: 'other', rules: uefa2021 },
      ],
      source: 'UEFA Europa Conference League Regulations 2021/22, Article 16 (no away goals)',
    },
  ],
};
