import { createRng } from '../random/rng.ts';
import { type CupError, cupError, err, ok, type Result } from '../result.ts';
import { playDraw } from './play-draw.ts';
import { prepareDraw } from './prepare-draw.ts';
import type { DrawLog, DrawnTie } from './types.ts';

/** What a verification established. */
export interface DrawVerification {
  readonly ties: ReadonlyArray<DrawnTie>;
  readonly balls: number;
  /** True when the log holds the seed and every ball is the one the seed gives. */
  readonly seedChecked: boolean;
}

const list = (xs: ReadonlyArray<string>): string => xs.join(', ');

/**
 * Replays a draw log and checks it: each bowl held exactly the balls the procedure allows at that
 * point (every team left, or every opponent with which the draw can still be completed), each ball
 * came from its bowl, the ties follow from the balls, and, when the seed is in the log, each ball is
 * the one the seeded RNG gives. The first discrepancy is reported with the step it is in.
 *
 * @example
 * const v = verifyDrawLog(log);
 * if (!v.ok) console.log(v.error[0].message); // "step 3: the log's bowl ..."
 */
export function verifyDrawLog(log: DrawLog): Result<DrawVerification, CupError[]> {
  const prepared = prepareDraw(log.spec);
  if (!prepared.ok) return err(prepared.error.map((e) => ({ ...e, path: ['spec', ...e.path] })));
  const rng = log.seed !== undefined ? createRng(log.seed) : undefined;
  let i = 0;
  const played = playDraw(prepared.value, (pot, from) => {
    const step = log.steps[i];
    const at = i;
    i++;
    if (step === undefined)
      return err(
        cupError(
          'draw-log-incomplete',
          ['steps'],
          `the log stops after ${at} balls; the draw needs a ball from ${pot}`,
        ),
      );
    const where = `step ${at + 1}`;
    if (step.pot !== pot)
      return err(
        cupError(
          'draw-log-pot-mismatch',
          ['steps', at, 'pot'],
          `${where}: the log draws from "${step.pot}", the procedure from "${pot}"`,
        ),
      );
    if (step.from.length !== from.length || step.from.some((x, k) => x !== from[k]))
      return err(
        cupError(
          'draw-log-bowl-mismatch',
          ['steps', at, 'from'],
          `${where}: the log's bowl "${pot}" holds [${list(step.from)}], but the rules allow exactly [${list(from)}]`,
        ),
      );
    if (!from.includes(step.drawn))
      return err(
        cupError(
          'draw-log-ball-not-in-bowl',
          ['steps', at, 'drawn'],
          `${where}: ${step.drawn} was not in the bowl "${pot}"`,
        ),
      );
    if (rng !== undefined) {
      const expected = from[rng.nextInt(from.length)]!;
      if (expected !== step.drawn)
        return err(
          cupError(
            'draw-log-seed-mismatch',
            ['steps', at, 'drawn'],
            `${where}: the seed draws ${expected} from "${pot}", the log says ${step.drawn}`,
          ),
        );
    }
    return ok(step.drawn);
  });
  if (!played.ok) return err([played.error]);
  if (i < log.steps.length)
    return err([
      cupError(
        'draw-log-extra-steps',
        ['steps', i],
        `the draw is complete after ${i} balls; the log has ${log.steps.length}`,
      ),
    ]);
  const ties = played.value.ties;
  const same =
    ties.length === log.ties.length &&
    ties.every((t, k) => t[0] === log.ties[k]?.[0] && t[1] === log.ties[k]?.[1]);
  if (!same) {
    const k = ties.findIndex((t, j) => t[0] !== log.ties[j]?.[0] || t[1] !== log.ties[j]?.[1]);
    const want = ties[k];
    return err([
      cupError(
        'draw-log-ties-mismatch',
        ['ties', k === -1 ? ties.length : k],
        want
          ? `tie ${k + 1} should be ${want[0]} v ${want[1]} after the balls drawn`
          : `the log lists ${log.ties.length} ties; the balls drawn make ${ties.length}`,
      ),
    ]);
  }
  return ok({ ties, balls: i, seedChecked: rng !== undefined });
}
