import { err, ok, type Result } from '@cupstage/core';
import { type AppError, appError } from './app-error.ts';
import type { CompetitionEvent } from './events.ts';
import { applyEvent, type CompetitionState, foldEvents } from './fold.ts';
import { allows, type Need } from './policy.ts';
import type { Actor, Ports } from './ports.ts';

/** The current state, from the ports' state source when there is one, else by folding the log. */
export async function currentState(ports: Ports, id: string): Promise<CompetitionState | undefined> {
  if (ports.states) return ports.states.current(id);
  const stream = await ports.competitions.load(id);
  return stream ? foldEvents(stream.events) : undefined;
}

export const notFound = (id: string): AppError =>
  appError('competition-not-found', ['id'], `there is no competition "${id}" (or it is a private draft)`);

/** A successful write: the new version and state. */
export interface Written {
  readonly version: number;
  readonly state: CompetitionState;
  /** The events the write appended (e.g. to tell an entered leg from a corrected one). */
  readonly events: ReadonlyArray<CompetitionEvent>;
}

export interface WriteRequest {
  readonly competitionId: string;
  readonly expectedVersion: number;
  readonly need: Need;
  /** Names what is written, for the audit log of refused attempts, e.g. `QF1 leg 2`. */
  readonly target: string;
  /** The event kind the write appends (for the audit log of refused attempts), given the state it saw. */
  readonly action: (state: CompetitionState) => CompetitionEvent['kind'];
  readonly decide: (state: CompetitionState) => Result<ReadonlyArray<CompetitionEvent>, AppError>;
}

/**
 * The one path of every change: signed in, allowed, at the expected version, decided by `decide`
 * (which calls core), appended; a stale version is recorded in the audit log and refused.
 */
export async function write(
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
  return ok({ version: appended.value, state: next, events: decided.value });
}
