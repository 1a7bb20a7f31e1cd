import {
  amendWindow,
  type Competition,
  checkCompetition,
  checkLegTimes,
  checkTimes,
  createKnockout,
  type DrawRecord,
  enterLeg,
  err,
  findTie,
  type Leg,
  legOrderProblem,
  ok,
  type Result,
  type TieId,
  unknownTie,
  type WindowName,
} from '@cupstage/core';
import { type AppError, appError } from './app-error.ts';
import type { CompetitionEvent } from './events.ts';
import { applyEvent, type CompetitionState, foldEvents } from './fold.ts';
import { allows, type Need } from './policy.ts';
import type { Actor, Ports, Role } from './ports.ts';
import { isTimeZone } from './time-zones.ts';

/** A competition as a reader sees it, with the reader's role. */
export interface Viewed {
  readonly state: CompetitionState;
  readonly role: Role | undefined;
}

/** The current state, from the ports' state source when there is one, else by folding the log. */
async function currentState(ports: Ports, id: string): Promise<CompetitionState | undefined> {
  if (ports.states) return ports.states.current(id);
  const stream = await ports.competitions.load(id);
  return stream ? foldEvents(stream.events) : undefined;
}

const notFound = (id: string): AppError =>
  appError('competition-not-found', ['id'], `there is no competition "${id}" (or it is a private draft)`);

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

/** A successful write: the new version and state. */
export interface Written {
  readonly version: number;
  readonly state: CompetitionState;
}

interface WriteRequest {
  readonly competitionId: string;
  readonly expectedVersion: number;
  readonly need: Need;
  /** Names what is written, for the audit log of refused attempts, e.g. `QF1 leg 2`. */
  readonly target: string;
  /** The event kind the write appends (for the audit log of refused attempts), given the state it saw. */
  readonly action: (state: CompetitionState) => CompetitionEvent['kind'];
  readonly decide: (state: CompetitionState) => Result<ReadonlyArray<CompetitionEvent>, AppError>;
}

async function write(
  ports: Ports,
  actor: Actor | undefined,
  req: WriteRequest,
): Promise<Result<Written, AppError>> {
  if (!actor)
    return err(appError('sign-in-required', [], 'sign in or send an API token to change a competition'));
  const state = await currentState(ports, req.competitionId);
  if (!state) return err(notFound(req.competitionId));
  const role = await ports.accounts.roleOf(req.competitionId, actor.userId);
  if (!allows(role, 'read', state.published)) return err(notFound(req.competitionId));
  if (!allows(role, req.need, state.published)) {
    const who = req.need === 'manage' ? 'the owner' : 'an owner or editor';
    return err(appError('forbidden', [], `only ${who} of "${req.competitionId}" can do this`));
  }
  const conflict = async (currentVersion: number): Promise<Result<Written, AppError>> => {
    await ports.competitions.recordAttempt({
      competitionId: req.competitionId,
      at: ports.clock.now(),
      actor: actor.email,
      action: req.action(state),
      target: req.target,
      expectedVersion: req.expectedVersion,
      currentVersion,
    });
    return err(
      appError(
        'version-conflict',
        ['If-Match'],
        `the competition is at version ${currentVersion}, not ${req.expectedVersion}: someone else changed it; reload and try again`,
        { currentVersion },
      ),
    );
  };
  if (req.expectedVersion !== state.version) return conflict(state.version);
  const decided = req.decide(state);
  if (!decided.ok) return decided;
  const appended = await ports.competitions.append(req.competitionId, decided.value, req.expectedVersion, {
    actor: actor.email,
    at: ports.clock.now(),
  });
  if (!appended.ok) return conflict(appended.error.currentVersion);
  let next = state;
  for (const e of decided.value) next = applyEvent(next, e);
  return ok({ version: appended.value, state: next });
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
  const kindOf = (state: CompetitionState) =>
    input.leg < (findTie(state.competition, input.tie)?.legs.length ?? 0)
      ? 'leg-result-corrected'
      : 'leg-result-entered';
  return write(ports, actor, {
    competitionId: input.competitionId,
    expectedVersion: input.expectedVersion,
    need: 'edit',
    target: `${input.tie} leg ${input.leg + 1}`,
    action: kindOf,
    decide: (state) => {
      // The order of legs and every rule of the game are core's (`enterLeg`), as in the web's form.
      const order = legOrderProblem(state.competition, input.tie, input.leg);
      if (order) return err(order);
      // The calendar is built from these facts: the same checks as `cupstage schedule`.
      const times = checkLegTimes(
        input.match,
        ['legs', input.leg],
        isTimeZone,
        `${input.tie} leg ${input.leg + 1}`,
      );
      const firstTime = times[0];
      if (firstTime)
        return err(appError(firstTime.code, firstTime.path, firstTime.message, { errors: times }));
      const entered = enterLeg(state.competition, input.tie, input.leg, input.match);
      if (!entered.ok) return entered;
      return ok([{ kind: kindOf(state), tie: input.tie, leg: input.leg, match: input.match }]);
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
      const recorded = createKnockout(state.competition).record(input.tie, {
        legs: spec.legs.slice(0, input.leg),
      });
      if (!recorded.ok) return recorded;
      return ok([{ kind: 'leg-result-deleted', tie: input.tie, leg: input.leg }]);
    },
  });
}

/**
 * Records a draw that was held (a draw with the same id replaces the earlier record).
 *
 * @example await recordDraw(ports, editor, 'cup', draw, 3)
 */
export function recordDraw(
  ports: Ports,
  actor: Actor | undefined,
  competitionId: string,
  draw: DrawRecord,
  expectedVersion: number,
): Promise<Result<Written, AppError>> {
  return write(ports, actor, {
    competitionId,
    expectedVersion,
    need: 'edit',
    target: `draw ${draw.id}`,
    action: () => 'draw-recorded',
    decide: (state) => {
      const rounds = new Set<string>(state.competition.rounds.map((r) => r.id));
      const i = draw.rounds.findIndex((r) => !rounds.has(r));
      if (i >= 0)
        return err(
          appError('unknown-round', ['rounds', i], `"${draw.rounds[i]}" is not a round of this competition`),
        );
      return ok([{ kind: 'draw-recorded', draw }]);
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
