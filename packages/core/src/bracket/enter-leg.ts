import type { Competition, Leg } from '../competition/types.ts';
import { tieId } from '../ids.ts';
import { type CupError, cupError, err, ok, type Result } from '../result.ts';
import type { NextStep } from '../tie/types.ts';
import { findTie, unknownTie } from './find-tie.ts';
import { createKnockout } from './knockout.ts';

/**
 * Whether leg `index` (0-based) of tie `id` may be entered or corrected now: the tie must exist
 * (`unknown-tie`) and legs are entered in order, so leg 2 waits for leg 1 (`leg-out-of-order`, path
 * `['leg']`). A leg already entered may always be corrected.
 *
 * @example legOrderProblem(c, 'F', 3)?.message // 'F has 2 leg(s) entered: enter leg 3 before leg 4'
 */
export function legOrderProblem(c: Competition, id: string, index: number): CupError | undefined {
  const spec = findTie(c, id);
  if (!spec) return unknownTie(id);
  if (index <= spec.legs.length) return undefined;
  return cupError(
    'leg-out-of-order',
    ['leg'],
    `${id} has ${spec.legs.length} leg(s) entered: enter leg ${spec.legs.length + 1} before leg ${index + 1}`,
  );
}

/**
 * The problem with `legs` as the legs of tie `id`, or `undefined` when they stand: the knockout
 * records them, so every rule of the game is checked (teams, home sides, scores, shoot-out, the
 * round's rules); an unknown tie is `unknown-tie`. The competition is not changed.
 *
 * @example tieLegsProblem(c, 'F', c.rounds[2].ties[0].legs) // undefined
 */
export function tieLegsProblem(c: Competition, id: string, legs: ReadonlyArray<Leg>): CupError | undefined {
  if (!findTie(c, id)) return unknownTie(id);
  const recorded = createKnockout(c).record(tieId(id), { legs });
  return recorded.ok ? undefined : recorded.error;
}

/**
 * Enters or corrects leg `index` (0-based) of tie `id`: the order of legs is checked
 * (`legOrderProblem`), then the tie's legs with this one in place are recorded by the knockout, so
 * every rule of the game is checked (teams, home side, scores, shoot-out, the round's rules). Returns
 * the tie's new legs; the competition is not changed.
 *
 * @example enterLeg(caf2017, 'QF1', 1, { ...secondLeg, score: [0, 0] }) // ok: the two legs
 */
export function enterLeg(
  c: Competition,
  id: string,
  index: number,
  match: Leg,
): Result<ReadonlyArray<Leg>, CupError> {
  const order = legOrderProblem(c, id, index);
  if (order) return err(order);
  const legs = [...(findTie(c, id)?.legs ?? [])];
  legs[index] = match;
  const bad = tieLegsProblem(c, id, legs);
  return bad ? err(bad) : ok(legs);
}

/**
 * What tie `id` needs next once `legs` are its legs (the earlier ones and the one being typed):
 * `extra-time` or `penalties` when the tie is level after them, as the round's rules say; `undefined`
 * when the legs decide it, when they are not valid, or when the tie is unknown. The organiser's leg form
 * asks with this which parts of a result (extra time, a shoot-out) to offer.
 *
 * @example nextStepAfter(c, 'F', c.rounds[2].ties[0].legs.slice(0, 1)) // 'second-leg'
 */
export function nextStepAfter(c: Competition, id: string, legs: ReadonlyArray<Leg>): NextStep | undefined {
  const ko = createKnockout(c);
  if (!ko.record(tieId(id), { legs }).ok) return undefined;
  const state = ko.tie(tieId(id))?.state;
  return state?.kind === 'resolved' && state.outcome.kind === 'undecided' ? state.outcome.next : undefined;
}
