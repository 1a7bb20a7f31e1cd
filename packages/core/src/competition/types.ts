import type { DrawConstraint } from '../draw/types.ts';
import type { GroupStage } from '../group/types.ts';
import type { RoundId, TeamId, TieId } from '../ids.ts';
import type { TieRules } from '../rules/tie-rules.ts';
import type { MatchFacts } from '../tie/types.ts';

/** A club or national team taking part. */
export interface Team {
  readonly id: TeamId;
  readonly name: string;
  /** Three-letter country code as printed beside the name, e.g. `TUN`. */
  readonly country: string;
  /** The member association, when it differs from the country code's reading (optional). */
  readonly association?: string;
}

/** Where one side of a tie comes from. */
export type Slot =
  /** A team placed directly (seeded or drawn). */
  | { readonly kind: 'team'; readonly team: TeamId }
  /** A group position: position 1 is the group winner, 2 the runner-up. */
  | { readonly kind: 'group'; readonly group: string; readonly position: number }
  /** The winner of an earlier tie. */
  | { readonly kind: 'winner'; readonly tie: TieId }
  /** The loser of an earlier tie (a third-place match). */
  | { readonly kind: 'loser'; readonly tie: TieId };

/** A leg as stored: the football facts plus when and where. */
export interface Leg extends MatchFacts {
  /** Local date of the match, `YYYY-MM-DD`. */
  readonly date?: string;
  /** Local kick-off time at the venue, `HH:MM`. */
  readonly kickoff?: string;
  /** IANA time zone of the venue, e.g. `Africa/Lubumbashi`. */
  readonly timeZone?: string;
  readonly venue?: string;
  readonly city?: string;
}

/** What a published source says of a tie whose legs are not known (e.g. the seed article's final). */
export interface ReportedResult {
  readonly summary: string;
  readonly winner?: TeamId;
}

/** One tie of a round. `sides[0]` hosts the first leg (or is the nominal home side of a single match). */
export interface TieSpec {
  readonly id: TieId;
  readonly sides: readonly [Slot, Slot];
  readonly legs: ReadonlyArray<Leg>;
  readonly playoff?: Leg;
  readonly coinToss?: TeamId;
  readonly walkover?: TeamId;
  /** A result known only from a report (legs unknown). Ignored once legs are entered. */
  readonly reported?: ReportedResult;
}

/** How the order of legs of a round was set. */
export type LegOrder =
  /** Group winners (or higher seeds) host the second leg. */
  | { readonly kind: 'group-winners-host-second-leg' }
  /** Decided by a draw, recorded in `draws`. */
  | { readonly kind: 'draw'; readonly draw?: string }
  /** As listed in the bracket template. */
  | { readonly kind: 'fixed' }
  /** A single match at a neutral venue (no order of legs). */
  | { readonly kind: 'neutral' };

/** A date range, `YYYY-MM-DD` inclusive. */
export interface DateRange {
  readonly from: string;
  readonly to: string;
}

/** Which window of a round. */
export type WindowName = 'first-leg' | 'second-leg' | 'match';

/** The dates a round is played on. */
export interface RoundWindows {
  readonly firstLeg?: DateRange;
  readonly secondLeg?: DateRange;
  /** For a single-match round. */
  readonly match?: DateRange;
}

export interface Round {
  readonly id: RoundId;
  /** As printed: `Quarter-finals`, `Semi-finals`, `Final`. */
  readonly name: string;
  readonly rules: TieRules;
  readonly legOrder: LegOrder;
  readonly ties: ReadonlyArray<TieSpec>;
  readonly schedule?: RoundWindows;
  /**
   * Present when the round's pairs are drawn from one open pot (its ties' sides are placeholders
   * until the draw is applied); absent for a fixed bracket. The order of legs is `legOrder`.
   */
  readonly openDraw?: OpenDraw;
}

/** An open draw of a round: every team of the round in one pot, kept apart by the constraints. */
export interface OpenDraw {
  readonly constraints: ReadonlyArray<DrawConstraint>;
}

/** A recorded change to the calendar. */
export interface Amendment {
  readonly round: RoundId;
  readonly window: WindowName;
  readonly from: DateRange;
  readonly to: DateRange;
  readonly reason?: string;
}

/** A draw that was held (its procedure and log come with the draw engine). */
export interface DrawRecord {
  readonly id: string;
  readonly description: string;
  /** Local date and time with offset, e.g. `2017-04-26T14:00:00+02:00`. */
  readonly heldAt?: string;
  readonly timeZoneLabel?: string;
  readonly place?: string;
  readonly rounds: ReadonlyArray<RoundId>;
  /** The seed of a draw run by cupstage, revealed after the draw (its SHA-256 is `commitment`). */
  readonly seed?: string;
  /** The SHA-256 of the seed (hex), published before the draw. */
  readonly commitment?: string;
  /** When the commitment was published (ISO 8601 UTC). */
  readonly committedAt?: string;
  /** The ties the draw made, by name: `[first-leg host, second-leg host]`. */
  readonly ties?: ReadonlyArray<readonly [string, string]>;
}

/** Final standings of a group as far as the knockout stage needs them: teams in order of position. */
export interface GroupResult {
  readonly group: string;
  readonly positions: ReadonlyArray<TeamId>;
}

/** A competition's knockout stage with everything the article states. */
export interface Competition {
  readonly id: string;
  /** e.g. `2017 CAF Confederation Cup`. */
  readonly name: string;
  /** e.g. `knockout stage`. */
  readonly stageName: string;
  readonly season?: string;
  /** As stated by the source: first and last day of the stage. */
  readonly period?: DateRange;
  /** How the article cites the rules, e.g. `Regulations III. 26 & 27`. */
  readonly rulesReference?: string;
  readonly teams: ReadonlyArray<Team>;
  readonly groups: ReadonlyArray<GroupResult>;
  /** The group stage before the knockout, when its matches are entered: its standings fill group slots. */
  readonly groupStage?: GroupStage;
  readonly rounds: ReadonlyArray<Round>;
  readonly amendments: ReadonlyArray<Amendment>;
  readonly draws: ReadonlyArray<DrawRecord>;
}
