import type { Competition, Round, Slot } from '../competition/types.ts';
import type { RoundId } from '../ids.ts';
import { type CupError, cupError, err, ok, type Result } from '../result.ts';
import { drawSpecForRound, findRound } from './draw-for-round.ts';
import { drawSpecJson } from './draw-json.ts';
import type { DrawLog } from './types.ts';
import { verifyDrawLog } from './verify-draw.ts';

/**
 * What a draw changes in its round: the sides of each tie in order, side 0 hosting the first leg.
 * Stored with the draw, so that replaying the event log needs no name lookup.
 */
export interface DrawOutcome {
  readonly round: RoundId;
  readonly sides: ReadonlyArray<readonly [Slot, Slot]>;
}

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The entered legs of a round, named `SF1 leg 1`. */
export function enteredLegs(round: Round): string[] {
  return round.ties.flatMap((t) => [
    ...t.legs.map((_, l) => `${t.id} leg ${l + 1}`),
    ...(t.playoff ? [`${t.id} play-off`] : []),
  ]);
}

/**
 * Checks a draw log against a round of a competition and gives what it changes: the round has no
 * result yet (`round-has-results`, naming the legs), the log's procedure and balls are exactly
 * those of the round (`draw-spec-mismatch`: a log of another round or of a changed bracket), and the
 * log replays (every check of `verifyDrawLog`). A `leg-order` draw puts each tie's drawn first-leg
 * host on side 0; an `open` draw sets the pairs in the order drawn (tie 1 gets the first pair), so
 * the bracket after it ("Winner QF1") follows the draw. A `fixed` round changes nothing.
 *
 * @example drawOutcome(competition, 'semi-finals', log) // ok({ round: 'semi-finals', sides: [[winner QF1, winner QF3], ...] })
 */
export function drawOutcome(c: Competition, round: string, log: DrawLog): Result<DrawOutcome, CupError[]> {
  const found = findRound(c, round);
  if (!found.ok) return err([found.error]);
  const r = found.value;
  const played = enteredLegs(r);
  if (played.length > 0)
    return err([
      cupError(
        'round-has-results',
        ['rounds'],
        `${r.name} already has results (${played.join(', ')}): a draw cannot change a round that has started`,
      ),
    ]);
  const spec = drawSpecForRound(c, r.id);
  if (!spec.ok) return err([spec.error]);
  if (!sameJson(drawSpecJson(spec.value), drawSpecJson(log.spec)))
    return err([
      cupError(
        'draw-spec-mismatch',
        ['log', 'spec'],
        `the log is not a draw of ${r.name} as it stands: run the draw again for this round`,
      ),
    ]);
  const verified = verifyDrawLog(log);
  if (!verified.ok) return err(verified.error.map((e) => ({ ...e, path: ['log', ...e.path] })));
  // Names back to slots: every side of the round has a distinct name (the spec's check).
  const names = spec.value;
  const slotByName = new Map<string, Slot>();
  const sideNames =
    names.kind === 'open'
      ? names.teams.map((t) => t.name)
      : names.kind === 'uefa-round-of-16'
        ? []
        : names.ties.flatMap((t) => [t[0], t[1]]);
  r.ties
    .flatMap((t) => [t.sides[0], t.sides[1]])
    .forEach((slot, i) => {
      const n = sideNames[i];
      if (n !== undefined) slotByName.set(n, slot);
    });
  const sides = verified.value.ties.map(([home, away]) => {
    const a = slotByName.get(home);
    const b = slotByName.get(away);
    return a === undefined || b === undefined ? undefined : ([a, b] as const);
  });
  if (sides.some((s) => s === undefined) || sides.length !== r.ties.length)
    return err([
      cupError('draw-spec-mismatch', ['log', 'ties'], `the log's ties are not the ties of ${r.name}`),
    ]);
  return ok({ round: r.id, sides: sides as ReadonlyArray<readonly [Slot, Slot]> });
}

/**
 * Applies a draw's outcome to its round (checked by `drawOutcome`, or read back from the event
 * log): the sides of each tie in order, and the order of legs recorded as set by the draw `drawId`.
 * Returns a new competition.
 *
 * @example applyDrawOutcome(c, outcome, 'sf-draw').rounds[1].legOrder // { kind: 'draw', draw: 'sf-draw' }
 */
export function applyDrawOutcome(c: Competition, outcome: DrawOutcome, drawId: string): Competition {
  return {
    ...c,
    rounds: c.rounds.map(
      (r): Round =>
        r.id !== outcome.round
          ? r
          : {
              ...r,
              legOrder: r.legOrder.kind === 'draw' ? { kind: 'draw', draw: drawId } : r.legOrder,
              ties: r.ties.map((t, i) => {
                const s = outcome.sides[i];
                return s ? { ...t, sides: [s[0], s[1]] } : t;
              }),
            },
    ),
  };
}
