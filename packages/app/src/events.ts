import type {
  Amendment,
  Competition,
  DrawOutcome,
  DrawRecord,
  GroupMatch,
  Leg,
  RoundId,
  RoundWindows,
  TieId,
} from '@cupstage/core';

/**
 * What happened to a competition, one fact per event. A competition's history is an append-only list
 * of these; its current state is the fold of the list (see `foldEvents`), derived further by core's
 * `createKnockout`.
 *
 * Events are stored for good: the store writes them with a schema version and checks every row it
 * reads against that version's schema (`packages/store/src/event-codec.ts`). Changing this type, or a
 * core type an event carries (`Competition`, `Leg`, `DrawRecord`, `Amendment`), needs a new schema
 * version there and an upcaster from the old one, so that databases written before keep loading.
 */
export type CompetitionEvent =
  /** The competition (teams, groups, rounds, rules, any known results) as first entered. */
  | { readonly kind: 'competition-created'; readonly competition: Competition }
  /** The result (or fixture) of a leg entered for the first time. `leg` counts from 0. */
  | { readonly kind: 'leg-result-entered'; readonly tie: TieId; readonly leg: number; readonly match: Leg }
  /**
   * A leg already entered, replaced by a corrected one. `previous` is the leg it replaced (events
   * written before schema version 4 lack it; the audit log derives it from the log).
   */
  | {
      readonly kind: 'leg-result-corrected';
      readonly tie: TieId;
      readonly leg: number;
      readonly match: Leg;
      readonly previous?: Leg;
    }
  /** A leg removed (only the last entered leg of a tie can be removed); `previous` is the leg removed. */
  | {
      readonly kind: 'leg-result-deleted';
      readonly tie: TieId;
      readonly leg: number;
      readonly previous?: Leg;
    }
  /**
   * A draw that was held. With `outcome`, a verified draw log set the round's pairs and order of
   * legs (see core's `drawOutcome`).
   */
  | { readonly kind: 'draw-recorded'; readonly draw: DrawRecord; readonly outcome?: DrawOutcome }
  /** The SHA-256 of a round's draw seed, published before the draw at `at` (ISO 8601 UTC). */
  | {
      readonly kind: 'draw-committed';
      readonly round: RoundId;
      readonly commitment: string;
      readonly at: string;
    }
  /** Windows set for a round that had none of them (moving a set window is an amendment). */
  | { readonly kind: 'windows-set'; readonly round: RoundId; readonly windows: RoundWindows }
  /**
   * The result of a group match entered for the first time (the match is found by its group, home
   * and away sides; a fixture listed without a score gets it).
   */
  | { readonly kind: 'group-result-entered'; readonly group: string; readonly match: GroupMatch }
  /** A group match's result replaced by a corrected one. */
  | { readonly kind: 'group-result-corrected'; readonly group: string; readonly match: GroupMatch }
  /** A round's window moved; `amendment.from` is the window it replaces. */
  | { readonly kind: 'schedule-amended'; readonly amendment: Amendment }
  /** Made visible to the public (drafts are private to their owners and editors). */
  | { readonly kind: 'published' }
  /** Made private again. */
  | { readonly kind: 'unpublished' };

export type CompetitionEventKind = CompetitionEvent['kind'];

/** An event as stored: its position in the competition's log (1-based), who wrote it, and when. */
export interface StoredEvent {
  readonly version: number;
  readonly event: CompetitionEvent;
  /** The author's e-mail (or `cli` for the command line). */
  readonly actor: string;
  /** ISO 8601 UTC time of the commit. */
  readonly at: string;
}

/** Every event kind, in documentation order. */
export const EVENT_KINDS: ReadonlyArray<CompetitionEventKind> = [
  'competition-created',
  'leg-result-entered',
  'leg-result-corrected',
  'leg-result-deleted',
  'group-result-entered',
  'group-result-corrected',
  'draw-recorded',
  'draw-committed',
  'windows-set',
  'schedule-amended',
  'published',
  'unpublished',
];
