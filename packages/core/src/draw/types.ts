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
 * What is drawn, and how. Tagged by `kind` (the `procedure` of a pots file):
 * - `fixed`: a bracket template, nothing drawn (the 2017 CAF Confederation Cup quarter-finals);
 * - `leg-order`: the ties are known, a draw decides which side hosts the first leg (its semi-finals and final);
 * - `open`: pairs drawn from one pot; the first team drawn of each pair hosts the first leg;
 * - `uefa-round-of-16`: group winners against runners-up; the runners-up host the first leg.
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
