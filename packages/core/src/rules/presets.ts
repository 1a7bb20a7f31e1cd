import type { TieRules } from './tie-rules.ts';

/**
 * CAF Confederation Cup 2017: aggregate, away goals, then penalties with no extra time.
 * Source: CAF Confederation Cup 2017 Regulations III. 26 & 27.
 */
export const caf2017: TieRules = {
  id: 'caf-2017',
  name: 'CAF 2017: aggregate, away goals, penalties (no extra time)',
  legs: 2,
  deciders: [{ kind: 'aggregate' }, { kind: 'away-goals' }, { kind: 'penalties' }],
  source: 'CAF Confederation Cup 2017 Regulations III. 26 & 27',
};

/**
 * UEFA 1970–71 to 2020–21: aggregate, away goals, extra time in which away goals also count,
 * then penalties. Source: UEFA competition regulations (European Cup 1970–71 onwards).
 */
export const uefa1970: TieRules = {
  id: 'uefa-1970',
  name: 'UEFA 1970–2021: aggregate, away goals, extra time (away goals count), penalties',
  legs: 2,
  deciders: [
    { kind: 'aggregate' },
    { kind: 'away-goals' },
    { kind: 'extra-time', awayGoals: true },
    { kind: 'penalties' },
  ],
  source: 'UEFA Champions League Regulations 2020/21, Article 16 (and European Cup regulations from 1970–71)',
};

/**
 * UEFA 2021–22 onwards: aggregate, extra time, penalties; the away goals rule is abolished.
 * Source: UEFA Champions League Regulations 2021/22, Article 17.
 */
export const uefa2021: TieRules = {
  id: 'uefa-2021',
  name: 'UEFA 2021–: aggregate, extra time, penalties (no away goals)',
  legs: 2,
  deciders: [{ kind: 'aggregate' }, { kind: 'extra-time', awayGoals: false }, { kind: 'penalties' }],
  source: 'UEFA Champions League Regulations 2021/22, Article 17 (away goals rule abolished)',
};

/**
 * CONMEBOL 2022 onwards: aggregate, then penalties; no away goals, no extra time.
 * Source: CONMEBOL Libertadores 2022 Regulations, Article 2.1 (knockout ties).
 */
export const conmebol2022: TieRules = {
  id: 'conmebol-2022',
  name: 'CONMEBOL 2022–: aggregate, penalties (no away goals, no extra time)',
  legs: 2,
  deciders: [{ kind: 'aggregate' }, { kind: 'penalties' }],
  source: 'CONMEBOL Libertadores Regulations 2022 (knockout ties): away goals abolished, no extra time',
};

/** A single match: the score, extra time, then penalties. Source: IFAB Laws of the Game, Law 10. */
export const singleMatch: TieRules = {
  id: 'single-match',
  name: 'Single match: score, extra time, penalties',
  legs: 1,
  deciders: [{ kind: 'aggregate' }, { kind: 'extra-time', awayGoals: false }, { kind: 'penalties' }],
  source: 'IFAB Laws of the Game, Law 10 (determining the outcome of a match)',
};

/**
 * A single match with the golden goal: the score, extra time ended by the first goal in it, then
 * penalties. Source: FIFA World Cup 1998 and 2002 regulations (first golden goal: France v Paraguay,
 * 28 June 1998), UEFA Euro 1996 and 2000 (finals won by Germany and France with golden goals), UEFA
 * Cup final 2001 (Liverpool 5–4 Alavés, golden goal).
 */
export const goldenGoal: TieRules = {
  id: 'golden-goal',
  name: 'Single match: score, extra time with the golden goal, penalties',
  legs: 1,
  deciders: [{ kind: 'aggregate' }, { kind: 'golden-goal' }, { kind: 'penalties' }],
  source: 'IFAB 1993; FIFA World Cup 1998–2002 and UEFA Euro 1996–2000 regulations (golden goal)',
};

/**
 * A single match with the silver goal: the score, extra time ended after its first half if a side
 * leads, then penalties. Source: UEFA Euro 2004 regulations (Greece 1–0 Czech Republic, semi-final,
 * 1 July 2004, Dellas's silver goal) and UEFA club finals 2003–04.
 */
export const silverGoal: TieRules = {
  id: 'silver-goal',
  name: 'Single match: score, extra time with the silver goal, penalties',
  legs: 1,
  deciders: [{ kind: 'aggregate' }, { kind: 'silver-goal' }, { kind: 'penalties' }],
  source: 'UEFA Euro 2004 regulations (silver goal); UEFA club finals 2003 and 2004',
};

/**
 * European Cup 1955–56 to 1966–67: aggregate; if level, a play-off match at a neutral ground with
 * extra time; if that is level too, a coin toss. Away goals did not count.
 * Source: European Champion Clubs' Cup regulations 1955–56.
 */
export const replay1955: TieRules = {
  id: 'replay-1955',
  name: 'European Cup 1955–67: aggregate, play-off match (extra time), coin toss',
  legs: 2,
  deciders: [
    { kind: 'aggregate' },
    { kind: 'play-off', extraTime: true, penalties: false },
    { kind: 'coin-toss' },
  ],
  source: "European Champion Clubs' Cup regulations 1955–56 (play-off match, then drawing of lots)",
};

/** Every named preset, by id. */
export const presets: Readonly<Record<string, TieRules>> = Object.freeze({
  [caf2017.id]: caf2017,
  [uefa1970.id]: uefa1970,
  [uefa2021.id]: uefa2021,
  [conmebol2022.id]: conmebol2022,
  [singleMatch.id]: singleMatch,
  [replay1955.id]: replay1955,
  [goldenGoal.id]: goldenGoal,
  [silverGoal.id]: silverGoal,
});

/** The preset ids, for help texts and error messages. */
export const presetIds: ReadonlyArray<string> = Object.keys(presets);

/** Looks up a preset by id. */
export function findPreset(id: string): TieRules | undefined {
  return Object.hasOwn(presets, id) ? presets[id] : undefined;
}
