import {
  applyAmendment,
  applyDrawOutcome,
  type Competition,
  type GroupMatch,
  InvariantError,
  type RoundId,
  type TieSpec,
} from '@cupstage/core';
import type { CompetitionEvent, StoredEvent } from './events.ts';

/** A competition as its event log leaves it. */
export interface CompetitionState {
  readonly competition: Competition;
  readonly published: boolean;
  /** The number of events applied (the version an `If-Match` must name). */
  readonly version: number;
  /** Draw commitments published and not yet used by a recorded draw, by round (latest wins); none when absent. */
  readonly commitments?: ReadonlyArray<DrawCommitment>;
}

/** The SHA-256 of a round's draw seed, published before the draw. */
export interface DrawCommitment {
  readonly round: RoundId;
  readonly commitment: string;
  /** ISO 8601 UTC time of publication. */
  readonly at: string;
}

function mapTie(c: Competition, id: string, f: (t: TieSpec) => TieSpec): Competition {
  return {
    ...c,
    rounds: c.rounds.map((r) =>
      r.ties.some((t) => t.id === id) ? { ...r, ties: r.ties.map((t) => (t.id === id ? f(t) : t)) } : r,
    ),
  };
}

function setLeg(t: TieSpec, leg: number, match: TieSpec['legs'][number]): TieSpec {
  const legs = [...t.legs];
  legs[leg] = match;
  return { ...t, legs };
}

/**
 * The competition with a group match's result set: the listed match of the same group, home and away
 * sides replaced, or the match added to the group's list.
 */
export function setGroupMatch(c: Competition, group: string, match: GroupMatch): Competition {
  const stage = c.groupStage;
  if (!stage?.groups.some((g) => g.id === group))
    throw new InvariantError(`group result for "${group}", not a group of "${c.id}"`);
  return {
    ...c,
    groupStage: {
      ...stage,
      groups: stage.groups.map((g) => {
        if (g.id !== group) return g;
        const at = g.matches.findIndex((m) => m.home === match.home && m.away === match.away);
        const matches = at < 0 ? [...g.matches, match] : g.matches.map((m, i) => (i === at ? match : m));
        return { ...g, matches };
      }),
    },
  };
}

/**
 * Applies one event to a state. Events were checked when written, so this never rejects; an event
 * that does not fit (a bug or a tampered database) throws an InvariantError.
 *
 * @example applyEvent(state, { kind: 'published' }).published // true
 */
export function applyEvent(state: CompetitionState | undefined, event: CompetitionEvent): CompetitionState {
  if (event.kind === 'competition-created') {
    if (state) throw new InvariantError('competition-created after the competition exists');
    return { competition: event.competition, published: false, version: 1, commitments: [] };
  }
  if (!state) throw new InvariantError(`${event.kind} before competition-created`);
  const next = (
    competition: Competition,
    published = state.published,
    commitments = state.commitments ?? [],
  ): CompetitionState => ({
    competition,
    published,
    version: state.version + 1,
    commitments,
  });
  const c = state.competition;
  switch (event.kind) {
    case 'leg-result-entered':
    case 'leg-result-corrected':
      return next(mapTie(c, event.tie, (t) => setLeg(t, event.leg, event.match)));
    case 'leg-result-deleted':
      return next(mapTie(c, event.tie, (t) => ({ ...t, legs: t.legs.slice(0, event.leg) })));
    case 'group-result-entered':
    case 'group-result-corrected':
      return next(setGroupMatch(c, event.group, event.match));
    case 'draw-recorded': {
      const drawn = event.outcome ? applyDrawOutcome(c, event.outcome, event.draw.id) : c;
      const used = event.outcome?.round;
      return next(
        { ...drawn, draws: [...c.draws.filter((d) => d.id !== event.draw.id), event.draw] },
        state.published,
        used === undefined ? state.commitments : (state.commitments ?? []).filter((x) => x.round !== used),
      );
    }
    case 'draw-committed':
      return next(c, state.published, [
        ...(state.commitments ?? []).filter((x) => x.round !== event.round),
        { round: event.round, commitment: event.commitment, at: event.at },
      ]);
    case 'windows-set':
      return next({
        ...c,
        rounds: c.rounds.map((r) =>
          r.id === event.round ? { ...r, schedule: { ...r.schedule, ...event.windows } } : r,
        ),
      });
    case 'schedule-amended':
      return next(applyAmendment(c, event.amendment));
    case 'published':
      return next(c, true);
    case 'unpublished':
      return next(c, false);
    default: {
      const never: never = event;
      throw new InvariantError(`unknown event ${JSON.stringify(never)}`);
    }
  }
}

/**
 * Folds a competition's event log into its current state (undefined for an empty log).
 *
 * @example foldEvents(stored).competition.name // '2017 CAF Confederation Cup'
 */
export function foldEvents(events: ReadonlyArray<StoredEvent>): CompetitionState | undefined {
  let state: CompetitionState | undefined;
  for (const e of events) state = applyEvent(state, e.event);
  return state;
}
