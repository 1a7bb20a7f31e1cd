/**
 * Tie rules as data: an ordered chain of deciders applied after a tie's legs.
 * A new era is a new preset object (see `presets.ts`), never a new branch in code.
 */

/** One step of the decider chain. */
export type Decider =
  /** The side with more goals over all legs (90 minutes each) wins. */
  | { readonly kind: 'aggregate' }
  /** Level on aggregate: the side with more goals scored away wins. Two-legged ties only. */
  | { readonly kind: 'away-goals' }
  /**
   * Thirty minutes of extra time at the venue of the last leg. With `awayGoals`, a tie still level
   * after extra time goes to the side with more away goals, goals scored by the visitors in extra time
   * counting as away goals (UEFA 1970–71 to 2020–21).
   */
  | { readonly kind: 'extra-time'; readonly awayGoals: boolean }
  /** A penalty shoot-out at the end of the last leg. */
  | { readonly kind: 'penalties' }
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

/** The extra-time decider of a chain, if any. */
export function extraTimeDecider(rules: TieRules): Extract<Decider, { kind: 'extra-time' }> | undefined {
  for (const d of rules.deciders) if (d.kind === 'extra-time') return d;
  return undefined;
}

/** The play-off decider of a chain, if any. */
export function playoffDecider(rules: TieRules): Extract<Decider, { kind: 'play-off' }> | undefined {
  for (const d of rules.deciders) if (d.kind === 'play-off') return d;
  return undefined;
}
