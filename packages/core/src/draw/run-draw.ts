import { createRng } from '../random/rng.ts';
import { type CupError, err, ok, type Result } from '../result.ts';
import { playDraw } from './play-draw.ts';
import { prepareDraw } from './prepare-draw.ts';
import type { DrawLog, DrawSpec } from './types.ts';

/** Options of a draw run. */
export interface RunDrawOptions {
  /** The SHA-256 of the seed published before the draw (hex); recorded in the log, checked by the caller. */
  readonly commitment?: string;
}

/**
 * Runs a draw with a seeded RNG (`createRng(seed)`): every ball is `from[rng.nextInt(from.length)]`,
 * so the same seed gives the same draw, and anyone holding the log can replay it.
 *
 * @example
 * const log = runDraw(spec, 'ceremony-2017-04-26');
 * if (log.ok) log.value.ties; // [[first-leg host, second-leg host], ...]
 */
export function runDraw(
  spec: DrawSpec,
  seed: string,
  options: RunDrawOptions = {},
): Result<DrawLog, CupError[]> {
  const prepared = prepareDraw(spec);
  if (!prepared.ok) return prepared;
  const rng = createRng(seed);
  const played = playDraw(prepared.value, (_pot, from) => ok(from[rng.nextInt(from.length)]!));
  if (!played.ok) return err([played.error]);
  return ok({
    format: 'cupstage-draw-log/1',
    spec,
    seed,
    ...(options.commitment !== undefined ? { commitment: options.commitment } : {}),
    steps: played.value.steps,
    ties: played.value.ties,
  });
}
