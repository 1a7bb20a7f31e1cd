import type { Team } from '../competition/types.ts';
import type { TeamId } from '../ids.ts';
import type { Goals } from '../tie/types.ts';

/**
 * One match of a group: the same facts as a knockout leg (teams, score, awarded, date, kick-off,
 * venue), plus its matchday and the source of its result. No extra time or penalties: a group
 * match ends after 90 minutes.
 */
export interface GroupMatch {
  readonly home: TeamId;
  readonly away: TeamId;
  /** Goals after 90 minutes, home first. Absent while the match has not been played. */
  readonly score?: Goals;
  /** The score was awarded by the organiser (a forfeit, e.g. 3–0), not played. */
  readonly awarded?: boolean;
  readonly neutral?: boolean;
  readonly matchday?: number;
  /** Local date `YYYY-MM-DD`, kick-off `HH:MM` and IANA time zone of the venue. */
  readonly date?: string;
  readonly kickoff?: string;
  readonly timeZone?: string;
  readonly venue?: string;
  readonly city?: string;
  /** Where the result was published (a URL or a citation). */
  readonly source?: string;
}

/** A number a team is measured by, over a set of matches. */
export type Measure = 'points' | 'goal-difference' | 'goals-for' | 'away-goals' | 'wins' | 'away-wins';

/**
 * One criterion of a ranking, applied in order to teams still level.
 * - `overall`: a measure over all the group's matches (higher ranks higher).
 * - `head-to-head`: measures over the matches among the teams still level, compared in order; with
 *   `reapply`, a subset still level after them has them applied again to its own matches only.
 * - `disciplinary`: fewer disciplinary (fair play) points ranks higher; needs the group's facts.
 * - `coefficient`: a coefficient or ranking entered as a fact (`higher` or `lower` ranks higher).
 * - `lots`: the drawing of lots, entered as a fact (the order drawn).
 * - `opponents`: the sum of a measure (points, goal difference, goals) of every opponent a team met,
 *   each over all its own matches (a league phase, where teams level never met each other).
 */
export type Criterion =
  | { readonly kind: 'overall'; readonly measure: Measure }
  | { readonly kind: 'head-to-head'; readonly measures: ReadonlyArray<Measure>; readonly reapply: boolean }
  | { readonly kind: 'disciplinary' }
  | { readonly kind: 'coefficient'; readonly better: 'higher' | 'lower'; readonly name: string }
  | { readonly kind: 'lots' }
  | { readonly kind: 'opponents'; readonly measure: OpponentMeasure };

/** What the `opponents` criterion sums over a team's opponents. */
export type OpponentMeasure = 'points' | 'goal-difference' | 'goals-for';

/** Points for a result: 3–1–0 since the 1990s, 2–1–0 before. */
export interface PointsSystem {
  readonly win: number;
  readonly draw: number;
  readonly loss: number;
}

/** The ranking rules of a group stage: an ordered list of criteria, with their source. */
export interface TieBreakers {
  readonly id: string;
  readonly name: string;
  readonly criteria: ReadonlyArray<Criterion>;
  /** The regulations that state the criteria, e.g. `CAF Confederation Cup 2017 Regulations III. 20 & 21`. */
  readonly source: string;
}

/** Facts a criterion may need beyond the results, entered by the organiser. */
export interface GroupFacts {
  /** The order in which lots were drawn among level teams (first drawn ranks highest). */
  readonly lots?: ReadonlyArray<TeamId>;
  /** Disciplinary (fair play) points by team: the number of points, lower ranks higher. */
  readonly disciplinary?: Readonly<Record<string, number>>;
  /** A coefficient or ranking by team, read as the criterion says. */
  readonly coefficients?: Readonly<Record<string, number>>;
}

/**
 * A round-robin group: its teams play each other once (`rounds: 1`) or home and away (`rounds: 2`).
 * A league phase (UEFA club competitions from 2024–25: 36 teams, 8 matches each) is a group whose
 * `league` says how many matches each team plays: only the listed matches are played.
 */
export interface Group extends GroupFacts {
  /** As printed: `A` for Group A, `League` for a league phase. */
  readonly id: string;
  readonly teams: ReadonlyArray<TeamId>;
  readonly rounds: 1 | 2;
  readonly matches: ReadonlyArray<GroupMatch>;
  /** A league phase: the matches listed are the fixture list, each team plays `matchesPerTeam` of them. */
  readonly league?: { readonly matchesPerTeam: number };
}

/** A group stage: groups, how they are ranked, and how many of each go through. */
export interface GroupStage {
  /** As printed: `group stage`. */
  readonly name: string;
  readonly points: PointsSystem;
  readonly tieBreakers: TieBreakers;
  /** How many teams of each group go through to the knockout stage (positions 1..advance). */
  readonly advance: number;
  /** What the qualifying positions are called in a table's Qualification column, e.g. `Knockout stage`. */
  readonly advanceLabel: string;
  readonly groups: ReadonlyArray<Group>;
  /** Teams that played only in the group stage (the competition's `teams` lists the others). */
  readonly teams: ReadonlyArray<Team>;
}

/** A team's line in a table: Pld W D L GF GA GD Pts, plus what the criteria may read. */
export interface StandingRow {
  readonly team: TeamId;
  readonly played: number;
  readonly won: number;
  readonly drawn: number;
  readonly lost: number;
  readonly goalsFor: number;
  readonly goalsAgainst: number;
  readonly goalDifference: number;
  readonly points: number;
  readonly awayGoals: number;
  readonly awayWins: number;
}

/** A fact a criterion needs that has not been entered. */
export type Need = 'lots' | 'disciplinary' | 'coefficient';

/** One line of a ranked table. */
export interface RankedTeam {
  readonly row: StandingRow;
  /** 1-based. Teams the criteria cannot separate share the position of the first of them. */
  readonly position: number;
  /** Present when the team's position is not decided: what the next criterion needs, and who is level. */
  readonly undecided?: { readonly needs: Need | 'no-criterion-left'; readonly level: ReadonlyArray<TeamId> };
}

/** How a set of teams level on points was separated: the teams in their final order and the criterion. */
export interface TieBreak {
  readonly teams: ReadonlyArray<TeamId>;
  /** Index into the criteria; the criterion that first separated (some of) them. */
  readonly criterion: number;
  /** Whether the criterion was applied to these teams by re-application to a subset. */
  readonly reapplied: boolean;
}

/** A ranked group: its table in order and how every tie on points was broken. */
export interface GroupRanking {
  readonly group: string;
  readonly table: ReadonlyArray<RankedTeam>;
  readonly tieBreaks: ReadonlyArray<TieBreak>;
  /** Every match has a score. */
  readonly complete: boolean;
}
