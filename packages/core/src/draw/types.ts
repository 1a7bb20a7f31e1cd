/** A team in a draw: its name, and what the constraints look at. */
export interface DrawTeam {
  readonly name: string;
  /** The group it came from (for `different-group`). */
  readonly group?: string;
  /** Its national association, e.g. `ENG` (for `different-association` and forbidden pairs). */
  readonly association?: string;
}

/**
 * A rule that keeps two teams apart:
 * - `different-group`: teams from the same group cannot meet (UEFA, CAF knockout draws);
 * - `different-association`: teams from the same national association cannot meet (UEFA round of 16).
 */
export type DrawConstraint = 'different-group' | 'different-association';

/** The constraints of a pairing draw. */
export interface PairingRules {
  readonly constraints: ReadonlyArray<DrawConstraint>;
  /** Associations kept apart for political reasons (UEFA: RUS–UKR, ARM–AZE, ...). */
  readonly forbiddenAssociationPairs: ReadonlyArray<readonly [string, string]>;
}

/** A tie fixed before the draw: its two sides by name, first side hosting the first leg. */
export type FixedPair = readonly [string, string];

/**
 * A bowl of a `bracket-positions` draw: the teams in it and the bracket positions they go to, the
 * first team drawn to the first position (UEFA 2024–25: the bowl `23/24` holds the teams ranked 23rd
 * and 24th of the league phase; the first drawn goes to the silver side of the bracket).
 */
export interface PositionBowl {
  readonly name: string;
  readonly teams: ReadonlyArray<string>;
  readonly positions: ReadonlyArray<string>;
}

/**
 * What is drawn, and how. Tagged by `kind` (the `procedure` of a pots file):
 * - `fixed`: a bracket template, nothing drawn (the 2017 CAF Confederation Cup quarter-finals);
 * - `leg-order`: the ties are known, a draw decides which side hosts the first leg (its semi-finals and final);
 * - `open`: pairs drawn from one pot; the first team drawn of each pair hosts the first leg;
 * - `uefa-round-of-16`: group winners against runners-up; the runners-up host the first leg;
 * - `bracket-positions`: each bowl's teams are drawn one by one into its positions of a fixed bracket;
 *   each tie is two positions (or a team already placed), the first hosting the first leg (UEFA club
 *   competitions from 2024–25: the knockout phase play-off and round of 16 draws).
 */
export type DrawSpec =
  | { readonly kind: 'fixed'; readonly ties: ReadonlyArray<FixedPair> }
  | { readonly kind: 'leg-order'; readonly ties: ReadonlyArray<FixedPair> }
  | { readonly kind: 'open'; readonly teams: ReadonlyArray<DrawTeam>; readonly rules: PairingRules }
  | {
      readonly kind: 'uefa-round-of-16';
      readonly winners: ReadonlyArray<DrawTeam>;
      readonly runnersUp: ReadonlyArray<DrawTeam>;
      readonly rules: PairingRules;
    }
  | {
      readonly kind: 'bracket-positions';
      readonly bowls: ReadonlyArray<PositionBowl>;
      /** Each side a position of a bowl, or a team placed before the draw (e.g. a play-off winner). */
      readonly ties: ReadonlyArray<FixedPair>;
    };

export type DrawProcedure = DrawSpec['kind'];

/** One ball: drawn from the bowl `pot`, which held exactly the balls `from` (in this order). */
export interface DrawStep {
  readonly pot: string;
  readonly from: ReadonlyArray<string>;
  readonly drawn: string;
}

/** A tie produced by a draw: `[first-leg host, second-leg host]`. */
export type DrawnTie = readonly [string, string];

/**
 * Everything needed to check a draw afterwards: what was drawn from, every ball with the list it was
 * drawn from, the resulting ties, and the seed (revealed after the draw; its SHA-256 `commitment`
 * may have been published before).
 */
export interface DrawLog {
  readonly format: 'cupstage-draw-log/1';
  readonly spec: DrawSpec;
  readonly seed?: string;
  readonly commitment?: string;
  readonly steps: ReadonlyArray<DrawStep>;
  readonly ties: ReadonlyArray<DrawnTie>;
}
