/**
 * Tie rules as data: an ordered chain of deciders applied after a tie's legs.
 * A new era is a new preset object (see `presets.ts`), never a new branch in code.
 */

/** One step of the decider chain. */
export type Decider =
  /**
   * The side with more goals over all legs (90 minutes each) wins. After `points` it is the goal
   * difference over the legs, which over two legs is the same thing.
   */
  | { readonly kind: 'aggregate' }
  /**
   * Two legs: the side with more points from the legs wins, a win (after 90 minutes) earning two
   * points (three from 1995) and a draw one, so the side that won more legs. Goals count only when the
   * points are level: a 1–0 win and a 1–3 defeat are level on points, and under the CONMEBOL rules of
   * 1960–1987 went to a play-off match (Copa Libertadores; Wikipedia "1970 Copa Libertadores",
   * "1987 Copa Libertadores Finals").
   */
  | { readonly kind: 'points' }
  /** Level on aggregate: the side with more goals scored away wins. Two-legged ties only. */
  | { readonly kind: 'away-goals' }
  /**
   * Thirty minutes of extra time at the venue of the last leg. With `awayGoals`, a tie still level
   * after extra time goes to the side with more away goals, goals scored by the visitors in extra time
   * counting as away goals (UEFA 1970–71 to 2020–21).
   */
  | { readonly kind: 'extra-time'; readonly awayGoals: boolean }
  /**
   * Extra time with the golden goal: the first goal in extra time ends the match and wins it
   * (IFAB 1993; FIFA World Cup 1998 and 2002, UEFA European Championship 1996 and 2000, UEFA club
   * finals 2001–2004). No goal in the thirty minutes: the next decider (penalties) applies.
   */
  | { readonly kind: 'golden-goal' }
  /**
   * Extra time with the silver goal: a side leading after the first fifteen minutes of extra time
   * wins; otherwise the second half is played (UEFA Euro 2004, UEFA club finals 2003–04).
   */
  | { readonly kind: 'silver-goal' }
  /**
   * A penalty shoot-out at the end of the last leg; with `playoff: true`, the shoot-out at the end of
   * the play-off match, taken only after the deciders between them (CONMEBOL until 1987: a play-off
   * level after extra time went to the goal difference of the legs, then to penalties).
   */
  | { readonly kind: 'penalties'; readonly playoff?: boolean | undefined }
  /**
   * A third match (a play-off or replay, usually at a neutral ground). It may go to extra time and to
   * penalties; if still level, the next decider in the chain applies (e.g. a coin toss).
   */
  | { readonly kind: 'play-off'; readonly extraTime: boolean; readonly penalties: boolean }
  /** The referee tosses a coin (UEFA until 1969–70). */
  | { readonly kind: 'coin-toss' };

export type DeciderKind = Decider['kind'];

/** The rules of one tie: how many legs and the decider chain. */
export interface TieRules {
  /** A stable id, e.g. `caf-2017`. */
  readonly id: string;
  /** Human-readable name. */
  readonly name: string;
  /** Two legs (home and away) or one match. */
  readonly legs: 1 | 2;
  /** Applied in order once all legs are played. Must end in a decider that always settles the tie. */
  readonly deciders: ReadonlyArray<Decider>;
  /** Where the rule comes from, e.g. "CAF Confederation Cup 2017 Regulations III. 26 & 27". */
  readonly source: string;
}

/** True when the chain contains a decider of the given kind. */
export function hasDecider(rules: TieRules, kind: DeciderKind): boolean {
  for (const d of rules.deciders) if (d.kind === kind) return true;
  return false;
}

/** The kinds of decider that play extra time: plain, golden goal and silver goal. */
export const extraTimeKinds: ReadonlyArray<DeciderKind> = ['extra-time', 'golden-goal', 'silver-goal'];

/** True when the chain plays extra time of any kind (plain, golden goal or silver goal). */
export function hasExtraTime(rules: TieRules): boolean {
  for (const d of rules.deciders) if (extraTimeKinds.includes(d.kind)) return true;
  return false;
}

/** The extra-time decider of a chain, if any. */
export function extraTimeDecider(rules: TieRules): Extract<Decider, { kind: 'extra-time' }> | undefined {
  for (const d of rules.deciders) if (d.kind === 'extra-time') return d;
  return undefined;
}

/**
 * True when the chain's shoot-out belongs to the play-off match (`{"kind": "penalties", "playoff":
 * true}`, e.g. points, play-off match, goal difference, penalties).
 */
export function penaltiesAfterPlayoff(rules: TieRules): boolean {
  for (const d of rules.deciders) if (d.kind === 'penalties' && d.playoff === true) return true;
  return false;
}

/** The play-off decider of a chain, if any. */
export function playoffDecider(rules: TieRules): Extract<Decider, { kind: 'play-off' }> | undefined {
  for (const d of rules.deciders) if (d.kind === 'play-off') return d;
  return undefined;
}
