import type { TeamId } from '../ids.ts';

/** Goals as a pair, home side first (or, for a tie, the side that hosts leg 1 first). */
export type Goals = readonly [number, number];

/** The football facts of one match: who played where and what the score was. */
export interface MatchFacts {
  /** The home team (the nominal home team at a neutral venue). */
  readonly home: TeamId;
  readonly away: TeamId;
  /** Goals after normal time, home first. Absent while the match has not been played. */
  readonly score?: Goals;
  /** Goals scored in extra time only, home first. */
  readonly extraTime?: Goals;
  /** The penalty shoot-out, home first. */
  readonly penalties?: Goals;
  /** Played at a neutral ground (the home team is nominal). */
  readonly neutral?: boolean;
  /** The score was awarded by the organiser (e.g. 3–0 for an ineligible player), not played. */
  readonly awarded?: boolean;
}

/** The football facts of a tie: its legs, and what may follow them. */
export interface TieFacts {
  /** The two sides, the one hosting leg 1 first. Taken from leg 1 when absent. */
  readonly teams?: readonly [TeamId, TeamId] | undefined;
  readonly legs: ReadonlyArray<MatchFacts>;
  /** A third match when the rules call for one. */
  readonly playoff?: MatchFacts | undefined;
  /** The winner of a coin toss when the rules call for one. */
  readonly coinToss?: TeamId | undefined;
  /** The team that went through without the tie being played out (walkover, withdrawal, exclusion). */
  readonly walkover?: TeamId | undefined;
}

/** How a decided tie was decided. */
export type DecidedBy =
  | 'aggregate'
  | 'points'
  | 'away-goals'
  | 'extra-time'
  | 'golden-goal'
  | 'silver-goal'
  | 'away-goals-extra-time'
  | 'penalties'
  | 'play-off'
  | 'coin-toss'
  | 'walkover';

/** What an undecided tie needs next. */
export type NextStep = 'first-leg' | 'second-leg' | 'extra-time' | 'penalties' | 'play-off' | 'coin-toss';

/** Per-side totals of a tie, side 0 being the team that hosted leg 1. */
export interface TieTotals {
  /** Goals over all legs including extra time (not play-offs or shoot-outs). */
  readonly aggregate: Goals;
  /** Goals scored away from home, including the visitors' extra-time goals. */
  readonly awayGoals: Goals;
  /** The shoot-out by side, when one was taken. */
  readonly penalties?: Goals;
  /** The play-off match by side (after extra time), when one was played. */
  readonly playoff?: Goals;
  /** The play-off shoot-out by side, when one was taken. */
  readonly playoffPenalties?: Goals;
  /** Whether extra time was played in the last leg. */
  readonly extraTime: boolean;
}

/** The state of a tie: decided with its winner, or undecided with what it needs next. */
export type TieOutcome =
  | {
      readonly kind: 'decided';
      readonly teams: readonly [TeamId, TeamId];
      readonly winner: TeamId;
      readonly loser: TeamId;
      readonly decidedBy: DecidedBy;
      readonly totals: TieTotals;
      /** Wikipedia's result line, e.g. "2–2 on aggregate. SuperSport United won on away goals." */
      readonly summary: string;
    }
  | {
      readonly kind: 'undecided';
      readonly teams: readonly [TeamId, TeamId];
      readonly next: NextStep;
      readonly totals: TieTotals;
    };
