import {
  amendWindow,
  type Competition,
  type CupError,
  checkCompetition,
  checkLegTimes,
  checkTimes,
  enterLeg,
  err,
  findTie,
  type GroupMatch,
  type Leg,
  legOrderProblem,
  ok,
  type Result,
  type TieId,
  tieLegsProblem,
  unknownTie,
  type WindowName,
} from '@cupstage/core';
import { type AppError, appError } from './app-error.ts';
import type { CompetitionEvent } from './events.ts';
import { applyEvent, type CompetitionState, setGroupMatch } from './fold.ts';
import { allows } from './policy.ts';
import type { Actor, Ports, Role } from './ports.ts';
import { isTimeZone } from './time-zones.ts';
import { currentState, notFound, type Written, write } from './write.ts';

export type { Written } from './write.ts';

/** A competition as a reader sees it, with the reader's role. */
export interface Viewed {
  readonly state: CompetitionState;
  readonly role: Role | undefined;
}

/**
 * Loads a competition for a reader: drafts only for their members, published ones for everyone.
 * A draft that the reader may not see is reported as not found, so its existence does not leak.
 *
 * @example const r = await viewCompetition(ports, undefined, 'caf-confederation-cup-2017');
 */
export async function viewCompetition(
  ports: Ports,
  actor: Actor | undefined,
  id: string,
): Promise<Result<Viewed, AppError>> {
  const state = await currentState(ports, id);
  if (!state) return err(notFound(id));
  const role = actor ? await ports.accounts.roleOf(id, actor.userId) : undefined;
  if (!allows(role, 'read', state.published)) return err(notFound(id));
  return ok({ state, role });
}

/**
 * Creates a competition owned by the actor. The competition is checked by core first (its structure,
 * then every date, kick-off and time zone, as `cupstage schedule` checks them); a taken id gives
 * `competition-exists`.
 *
 * @example await createCompetition(ports, actor, competition) // ok({ version: 1 })
 */
export async function createCompetition(
  ports: Ports,
  actor: Actor,
  competition: Competition,
): Promise<Result<{ version: number }, AppError>> {
  const problems = [...checkCompetition(competition), ...checkTimes(competition, isTimeZone)];
  const first = problems[0];
  if (first) return err(appError(first.code, first.path, first.message, { errors: problems }));
  const created = await ports.competitions.create(
    competition.id,
    { kind: 'competition-created', competition },
    actor.userId,
    { actor: actor.email, at: ports.clock.now() },
  );
  if (!created.ok)
    return err(appError('competition-exists', ['id'], `a competition "${competition.id}" already exists`));
  return ok({ version: created.value });
}

/** Input of `enterLegResult`. `leg` counts from 0. */
export interface LegResultInput {
  readonly competitionId: string;
  readonly tie: TieId;
  readonly leg: number;
  readonly match: Leg;
  readonly expectedVersion: number;
}

/**
 * Enters or corrects the result of one leg. Core checks it (teams, home side, scores, shoot-out,
 * rules) and re-derives everything downstream; a stale `expectedVersion` is a version conflict.
 *
 * @example await enterLegResult(ports, editor, { competitionId, tie: tieId('QF1'), leg: 0, match, expectedVersion: 1 })
 */
export function enterLegResult(
  ports: Ports,
  actor: Actor | undefined,
  input: LegResultInput,
): Promise<Result<Written, AppError>> {
  return write(ports, actor, {
    competitionId: input.competitionId,
    expectedVersion: input.expectedVersion,
    need: 'edit',
    target: `${input.tie} leg ${input.leg + 1}`,
    action: (state) => legEventKind(state.competition, input),
    decide: (state) => {
      const event = legEvent(state.competition, input);
      return event.ok ? ok([event.value]) : event;
    },
  });
}

/** One leg of `enterLegResults`. `leg` counts from 0. */
export type LegResult = Pick<LegResultInput, 'tie' | 'leg' | 'match'>;

/** Input of `enterLegResults`. */
export interface LegResultsInput {
  readonly competitionId: string;
  /** Entered in this order, each checked with the ones before it in place. */
  readonly results: ReadonlyArray<LegResult>;
  readonly expectedVersion: number;
}

/**
 * Enters or corrects several legs at once (an organiser's results grid): each is checked as
 * `enterLegResult` checks it, with the ones before it in place, and either all are stored, in one
 * write, or none. A problem names the result it belongs to: path `['results', i, ...]`.
 *
 * @example await enterLegResults(ports, editor, { competitionId, results: [{ tie: tieId('QF1'), leg: 0, match }], expectedVersion: 4 })
 */
export function enterLegResults(
  ports: Ports,
  actor: Actor | undefined,
  input: LegResultsInput,
): Promise<Result<Written, AppError>> {
  return write(ports, actor, {
    competitionId: input.competitionId,
    expectedVersion: input.expectedVersion,
    need: 'edit',
    target: input.results.map((r) => `${r.tie} leg ${r.leg + 1}`).join(', '),
    action: (state) =>
      input.results.every((r) => legEventKind(state.competition, r) === 'leg-result-corrected')
        ? 'leg-result-corrected'
        : 'leg-result-entered',
    decide: (state) => {
      let working = state;
      const events: CompetitionEvent[] = [];
      for (const [i, r] of input.results.entries()) {
        const event = legEvent(working.competition, r);
        if (!event.ok) {
          const e = event.error;
          const at = (x: CupError): CupError => ({ ...x, path: ['results', i, ...x.path] });
          return err(
            appError(e.code, at(e).path, `${r.tie} leg ${r.leg + 1}: ${e.message}`, {
              ...(e.errors ? { errors: e.errors.map(at) } : {}),
            }),
          );
        }
        events.push(event.value);
        working = applyEvent(working, event.value);
      }
      return ok(events);
    },
  });
}

/** Whether storing leg `leg` of `tie` enters it for the first time or corrects it. */
function legEventKind(c: Competition, r: LegResult): 'leg-result-entered' | 'leg-result-corrected' {
  return r.leg < (findTie(c, r.tie)?.legs.length ?? 0) ? 'leg-result-corrected' : 'leg-result-entered';
}

/** The event that enters or corrects one leg, after every check of core (order, times, the game's rules). */
function legEvent(c: Competition, r: LegResult): Result<CompetitionEvent, AppError> {
  // The order of legs and every rule of the game are core's (`enterLeg`), as in the web's form.
  const order = legOrderProblem(c, r.tie, r.leg);
  if (order) return err(order);
  // The calendar is built from these facts: the same checks as `cupstage schedule`.
  const times = checkLegTimes(r.match, ['legs', r.leg], isTimeZone, `${r.tie} leg ${r.leg + 1}`);
  const firstTime = times[0];
  if (firstTime) return err(appError(firstTime.code, firstTime.path, firstTime.message, { errors: times }));
  const entered = enterLeg(c, r.tie, r.leg, r.match);
  if (!entered.ok) return entered;
  const previous = findTie(c, r.tie)?.legs[r.leg];
  return ok(
    previous === undefined
      ? { kind: 'leg-result-entered', tie: r.tie, leg: r.leg, match: r.match }
      : { kind: 'leg-result-corrected', tie: r.tie, leg: r.leg, match: r.match, previous },
  );
}

/** Input of `enterGroupResult`: the match is found by its group and its home and away sides. */
export interface GroupResultInput {
  readonly competitionId: string;
  readonly group: string;
  readonly match: GroupMatch;
  readonly expectedVersion: number;
}

/**
 * Enters or corrects the result of a group match. Core checks the group stage with it (both teams of
 * the group, a pairing the round robin allows, a league phase's matches per team) and the match's
 * date, time and zone; the standings, statuses and every knockout slot filled from them follow.
 *
 * @example await enterGroupResult(ports, editor, { competitionId, group: 'A', match: { home, away, score: [1, 0] }, expectedVersion: 3 })
 */
export function enterGroupResult(
  ports: Ports,
  actor: Actor | undefined,
  input: GroupResultInput,
): Promise<Result<Written, AppError>> {
  const existing = (state: CompetitionState) =>
    state.competition.groupStage?.groups
      .find((g) => g.id === input.group)
      ?.matches.find((m) => m.home === input.match.home && m.away === input.match.away);
  const kindOf = (state: CompetitionState) =>
    existing(state)?.score !== undefined ? 'group-result-corrected' : 'group-result-entered';
  return write(ports, actor, {
    competitionId: input.competitionId,
    expectedVersion: input.expectedVersion,
    need: 'edit',
    target: `group ${input.group}: ${input.match.home} v ${input.match.away}`,
    action: kindOf,
    decide: (state) => {
      const c = state.competition;
      const group = c.groupStage?.groups.find((g) => g.id === input.group);
      if (!c.groupStage || !group)
        return err(
          appError(
            'group-not-found',
            ['group'],
            c.groupStage
              ? `"${input.group}" is not a group of this competition (${c.groupStage.groups.map((g) => g.id).join(', ')})`
              : `"${input.group}" is not a group: this competition has no group stage`,
          ),
        );
      const times = checkLegTimes(
        input.match,
        ['match'],
        isTimeZone,
        `${input.match.home} v ${input.match.away}`,
      );
      const firstTime = times[0];
      if (firstTime)
        return err(appError(firstTime.code, firstTime.path, firstTime.message, { errors: times }));
      const next = setGroupMatch(c, input.group, input.match);
      const problems = checkCompetition(next);
      const first = problems[0];
      if (first) return err(appError(first.code, first.path, first.message, { errors: problems }));
      return ok([{ kind: kindOf(state), group: input.group, match: input.match }]);
    },
  });
}

/**
 * Deletes the last entered leg of a tie (an earlier leg cannot go while a later one stands).
 *
 * @example await deleteLegResult(ports, editor, { competitionId, tie: tieId('F'), leg: 1, expectedVersion: 9 })
 */
export function deleteLegResult(
  ports: Ports,
  actor: Actor | undefined,
  input: Omit<LegResultInput, 'match'>,
): Promise<Result<Written, AppError>> {
  return write(ports, actor, {
    competitionId: input.competitionId,
    expectedVersion: input.expectedVersion,
    need: 'edit',
    target: `${input.tie} leg ${input.leg + 1}`,
    action: () => 'leg-result-deleted',
    decide: (state) => {
      const spec = findTie(state.competition, input.tie);
      if (!spec) return err(unknownTie(input.tie));
      if (input.leg >= spec.legs.length)
        return err(
          appError('leg-not-entered', ['leg'], `${input.tie} has no leg ${input.leg + 1} to delete`),
        );
      if (input.leg < spec.legs.length - 1) {
        return err(
          appError(
            'later-leg-entered',
            ['leg'],
            `delete leg ${spec.legs.length} of ${input.tie} before leg ${input.leg + 1}`,
          ),
        );
      }
      const bad = tieLegsProblem(state.competition, input.tie, spec.legs.slice(0, input.leg));
      if (bad) return err(bad);
      return ok([
        { kind: 'leg-result-deleted', tie: input.tie, leg: input.leg, previous: spec.legs[input.leg]! },
      ]);
    },
  });
}

/** Input of `amendSchedule`: the round's window moves to `to`. */
export interface AmendInput {
  readonly round: string;
  readonly window: WindowName;
  readonly to: { readonly from: string; readonly to: string };
  readonly reason?: string;
}

/**
 * Moves a round's window; the amendment keeps the window it replaces.
 *
 * @example await amendSchedule(ports, editor, 'cup', { round: 'final', window: 'second-leg', to }, 7)
 */
export function amendSchedule(
  ports: Ports,
  actor: Actor | undefined,
  competitionId: string,
  input: AmendInput,
  expectedVersion: number,
): Promise<Result<Written, AppError>> {
  return write(ports, actor, {
    competitionId,
    expectedVersion,
    need: 'edit',
    target: `${input.round} ${input.window}`,
    action: () => 'schedule-amended',
    decide: (state) => {
      // The rule lives in core: the same checks as `cupstage schedule`, the same amendment.
      const amended = amendWindow(state.competition, input);
      if (!amended.ok) return err(appError(amended.error.code, amended.error.path, amended.error.message));
      const amendment = amended.value.amendments[amended.value.amendments.length - 1]!;
      return ok([{ kind: 'schedule-amended', amendment }]);
    },
  });
}

/**
 * Publishes (or with `publish: false`, unpublishes) a competition. Owners only.
 *
 * @example await setPublished(ports, owner, 'cup', true, 1)
 */
export function setPublished(
  ports: Ports,
  actor: Actor | undefined,
  competitionId: string,
  publish: boolean,
  expectedVersion: number,
): Promise<Result<Written, AppError>> {
  return write(ports, actor, {
    competitionId,
    expectedVersion,
    need: 'manage',
    target: publish ? 'publish' : 'unpublish',
    action: () => (publish ? 'published' : 'unpublished'),
    decide: (state) => {
      if (state.published === publish) {
        return err(
          appError(
            publish ? 'already-published' : 'not-published',
            [],
            `"${competitionId}" is ${publish ? 'already' : 'not'} published`,
          ),
        );
      }
      return ok([{ kind: publish ? 'published' : 'unpublished' }]);
    },
  });
}
