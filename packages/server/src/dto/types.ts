import type { DecidedBy, Decider, NextStep } from '@cupstage/core';

/**
 * The read DTOs of the API. The web app imports these types; every field is documented in
 * docs/api.md. Legs are numbered from 1, sides are 0 (hosts the first leg) and 1.
 */

/** A team as the API shows it. */
export interface TeamDto {
  readonly id: string;
  readonly name: string;
  /** Three-letter code, e.g. `TUN`. */
  readonly country: string;
}

/** One line of `GET /competitions`. */
export interface CompetitionSummaryDto {
  readonly id: string;
  readonly name: string;
  readonly version: number;
  readonly published: boolean;
  /** The caller's role, when the caller is a member. */
  readonly role?: 'owner' | 'editor';
}

/** Where a side of a tie comes from, as in the competition file. */
export type SlotDto =
  | { readonly team: string }
  | { readonly group: string; readonly position: number }
  | { readonly winner: string }
  | { readonly loser: string };

export interface SideDto {
  readonly slot: SlotDto;
  /** The team's name, or the slot's label while unknown ("Winner QF1"). */
  readonly label: string;
  readonly team?: TeamDto;
}

export interface LegDto {
  /** 1 or 2 (1 for a single match). */
  readonly number: number;
  readonly home: TeamDto;
  readonly away: TeamDto;
  /** Goals after 90 minutes, home first; absent while not played. */
  readonly score?: readonly [number, number];
  readonly extraTime?: readonly [number, number];
  readonly penalties?: readonly [number, number];
  /** As printed: `1–0`, `2–1 (a.e.t.)`, or `v` when not played. */
  readonly result: string;
  readonly date?: string;
  readonly kickoff?: string;
  readonly timeZone?: string;
  readonly venue?: string;
  readonly city?: string;
  readonly neutral?: boolean;
  readonly awarded?: boolean;
}

/**
 * The state of a tie: `waiting` for its teams, `undecided` (see `next`), `decided` (see `winner`,
 * `decidedBy`, `summary`), `reported` (only a published summary is known) or `invalid` (see `error`,
 * e.g. `team-changed` after an upstream correction).
 */
export type TieStatus = 'waiting' | 'undecided' | 'decided' | 'reported' | 'invalid';

export interface TieDto {
  readonly id: string;
  readonly round: string;
  readonly sides: readonly [SideDto, SideDto];
  readonly legs: ReadonlyArray<LegDto>;
  readonly status: TieStatus;
  readonly next?: NextStep;
  readonly winner?: TeamDto;
  readonly decidedBy?: DecidedBy;
  /** Goals over all legs by side (side 0 first). */
  readonly aggregate?: readonly [number, number];
  /** Wikipedia's result line, e.g. "2–2 on aggregate. SuperSport United won on away goals." */
  readonly summary?: string;
  readonly error?: {
    readonly code: string;
    readonly path: ReadonlyArray<string | number>;
    readonly message: string;
  };
}

export interface RulesDto {
  readonly id: string;
  readonly name: string;
  readonly legs: 1 | 2;
  readonly deciders: ReadonlyArray<Decider>;
  readonly source: string;
}

export interface DateRangeDto {
  readonly from: string;
  readonly to: string;
}

export interface RoundDto {
  readonly id: string;
  readonly name: string;
  readonly rules: RulesDto;
  readonly legOrder: string;
  readonly schedule?: {
    readonly firstLeg?: DateRangeDto;
    readonly secondLeg?: DateRangeDto;
    readonly match?: DateRangeDto;
  };
  readonly ties: ReadonlyArray<TieDto>;
}

/** `GET /competitions/:id`: the whole competition, derived by core. */
export interface CompetitionViewDto {
  readonly id: string;
  readonly name: string;
  readonly stageName: string;
  readonly season?: string;
  readonly period?: DateRangeDto;
  readonly rulesReference?: string;
  readonly version: number;
  readonly published: boolean;
  readonly teams: ReadonlyArray<TeamDto>;
  readonly groups: ReadonlyArray<{ readonly group: string; readonly positions: ReadonlyArray<string> }>;
  readonly rounds: ReadonlyArray<RoundDto>;
  readonly champion?: TeamDto;
  readonly amendments: ReadonlyArray<{
    readonly round: string;
    readonly window: string;
    readonly from: DateRangeDto;
    readonly to: DateRangeDto;
    readonly reason?: string;
  }>;
  readonly draws: ReadonlyArray<{
    readonly id: string;
    readonly description: string;
    readonly heldAt?: string;
    readonly place?: string;
    readonly rounds: ReadonlyArray<string>;
  }>;
}

/** One side of a tie in the bracket. */
export interface BracketSideDto {
  /** Team name, or the slot's label while unknown ("Winner QF1", "Runner-up Group B"). */
  readonly label: string;
  readonly team?: string;
  readonly country?: string;
  /** Goals in each leg (after extra time); `null` for a leg not yet played. */
  readonly legs: ReadonlyArray<number | null>;
  readonly aggregate?: number;
  readonly winner: boolean;
}

export interface BracketTieDto {
  readonly id: string;
  readonly sides: readonly [BracketSideDto, BracketSideDto];
  /** `a` (away goals), `a.e.t.`, `4–3 p` (penalties), `play-off`, `coin toss`, `w/o`. */
  readonly marker?: string;
  readonly summary?: string;
}

/**
 * `GET /competitions/:id/bracket`: core's `bracketModel` as JSON (rounds left to right, ties top to
 * bottom so that each feeds the one beside it).
 */
export interface BracketDto {
  readonly rounds: ReadonlyArray<{
    readonly name: string;
    readonly legs: 1 | 2;
    readonly ties: ReadonlyArray<BracketTieDto>;
  }>;
  readonly champion?: string;
}

/** One entry of `GET /competitions/:id/audit`. */
export type AuditEntryDto =
  | {
      readonly outcome: 'applied';
      readonly version: number;
      readonly kind: string;
      readonly actor: string;
      readonly at: string;
      readonly target?: string;
      readonly detail?: unknown;
    }
  | {
      readonly outcome: 'conflict';
      readonly kind: string;
      readonly actor: string;
      readonly at: string;
      readonly target: string;
      readonly expectedVersion: number;
      readonly currentVersion: number;
      /** Refused attempts of this actor and kind in the same minute (one entry stands for all). */
      readonly count: number;
    }
  | {
      /** A membership change: `member-granted` (also for an address invited before it has an account), `member-role-changed`, `member-removed`. */
      readonly outcome: 'member';
      readonly kind: string;
      readonly actor: string;
      readonly at: string;
      /** The address whose role changed. */
      readonly target: string;
      /** The new role (none for a removal). */
      readonly role?: 'owner' | 'editor';
    };

/** The data of one Server-Sent Event (`event: change`, `id:` the version). */
export interface ChangeEventDto {
  readonly version: number;
  readonly kind: string;
  readonly at: string;
  readonly tie?: string;
  /** 1-based. */
  readonly leg?: number;
}
