import { type CupError, invariant, ok, type Result } from '../result.ts';
import { bits } from './matching.ts';
import type { PreparedDraw } from './prepare-draw.ts';
import type { DrawnTie, DrawStep } from './types.ts';

/**
 * Picks one ball from a bowl. Running a draw picks with the seeded RNG; verifying a log picks what
 * the log says after checking the bowl held what the log says it held.
 */
export type Chooser = (pot: string, from: ReadonlyArray<string>) => Result<string, CupError>;

/** What a played draw produced. */
export interface PlayedDraw {
  readonly steps: ReadonlyArray<DrawStep>;
  readonly ties: ReadonlyArray<DrawnTie>;
}

/** The name of the bowl of the runners-up (UEFA round of 16). */
export const RUNNERS_UP_POT = 'runners-up';
/** The name of the bowl of a one-pot draw. */
export const OPEN_POT = 'teams';
/** The bowl of group winners still allowed for a runner-up. */
export const winnersPot = (runnerUp: string): string => `group winners for ${runnerUp}`;
/** The bowl of opponents still allowed for a team of an open draw. */
export const opponentsPot = (team: string): string => `opponents for ${team}`;
/** The bowl of a leg-order draw: the two sides of one tie. */
export const legOrderPot = (a: string, b: string): string => `first-leg host of ${a} v ${b}`;

/**
 * Plays a draw ball by ball, the one implementation behind running, verifying and (by enumeration)
 * checking the odds of a draw. The procedures:
 * - `fixed`: no balls; the ties as listed.
 * - `leg-order`: for each tie, one ball out of its two sides; the team drawn hosts the first leg.
 * - `open`: a team is drawn from those left, then its opponent from those it may meet such that the
 *   rest of the pot can still be paired; the first drawn hosts the first leg.
 * - `uefa-round-of-16`: a runner-up is drawn from those left; the computer lists the group winners it
 *   may meet such that the rest of the draw can still be completed (a perfect matching exists), and
 *   one is drawn from that list (UEFA Champions League regulations, round-of-16 draw; the runner-up
 *   hosts the first leg).
 * - `bracket-positions`: each bowl in turn, its balls one by one, the n-th drawn to its n-th position
 *   (UEFA Champions League Regulations 2024/25, Articles 19.02–19.03: "the first team drawn ... is
 *   placed in their reserved spot on the silver side of the bracket"); the ties read the positions.
 *
 * @example playDraw(prepared, (pot, from) => ok(from[rng.nextInt(from.length)]!))
 */
export function playDraw(draw: PreparedDraw, choose: Chooser): Result<PlayedDraw, CupError> {
  const steps: DrawStep[] = [];
  const ties: DrawnTie[] = [];
  const pick = (pot: string, from: ReadonlyArray<string>): Result<string, CupError> => {
    const r = choose(pot, from);
    if (r.ok) {
      invariant(from.includes(r.value), `the chooser picked ${r.value}, not in the bowl`);
      steps.push({ pot, from, drawn: r.value });
    }
    return r;
  };
  switch (draw.kind) {
    case 'fixed':
      return ok({ steps, ties: draw.ties });
    case 'bracket-positions': {
      const at = new Map<string, string>();
      for (const bowl of draw.bowls) {
        let left = [...bowl.teams];
        for (const position of bowl.positions) {
          const ball = pick(bowl.name, left);
          if (!ball.ok) return ball;
          at.set(position, ball.value);
          left = left.filter((t) => t !== ball.value);
        }
      }
      for (const [a, b] of draw.ties) ties.push([at.get(a) ?? a, at.get(b) ?? b]);
      return ok({ steps, ties });
    }
    case 'leg-order': {
      for (const [a, b] of draw.ties) {
        const host = pick(legOrderPot(a, b), [a, b]);
        if (!host.ok) return host;
        ties.push(host.value === a ? [a, b] : [b, a]);
      }
      return ok({ steps, ties });
    }
    case 'open': {
      let left = 2 ** draw.names.length - 1;
      while (left !== 0) {
        const balls = bits(left);
        const first = pick(
          OPEN_POT,
          balls.map((i) => draw.names[i]!),
        );
        if (!first.ok) return first;
        const a = draw.names.indexOf(first.value);
        const rest = left & ~(1 << a);
        const options = bits((draw.allowed[a] ?? 0) & rest).filter((b) => draw.feasible(rest & ~(1 << b)));
        invariant(options.length > 0, `open draw dead-ended at ${first.value}`);
        const second = pick(
          opponentsPot(first.value),
          options.map((i) => draw.names[i]!),
        );
        if (!second.ok) return second;
        const b = draw.names.indexOf(second.value);
        ties.push([first.value, second.value]);
        left = rest & ~(1 << b);
      }
      return ok({ steps, ties });
    }
    case 'uefa-round-of-16': {
      let rows = 2 ** draw.runnersUp.length - 1;
      let cols = 2 ** draw.winners.length - 1;
      while (rows !== 0) {
        const ball = pick(
          RUNNERS_UP_POT,
          bits(rows).map((i) => draw.runnersUp[i]!),
        );
        if (!ball.ok) return ball;
        const r = draw.runnersUp.indexOf(ball.value);
        const restRows = rows & ~(1 << r);
        const options = bits((draw.allowed[r] ?? 0) & cols).filter((w) =>
          draw.feasible(restRows, cols & ~(1 << w)),
        );
        invariant(options.length > 0, `round-of-16 draw dead-ended at ${ball.value}`);
        const opponent = pick(
          winnersPot(ball.value),
          options.map((i) => draw.winners[i]!),
        );
        if (!opponent.ok) return opponent;
        const w = draw.winners.indexOf(opponent.value);
        ties.push([ball.value, opponent.value]);
        rows = restRows;
        cols &= ~(1 << w);
      }
      return ok({ steps, ties });
    }
    default: {
      const never: never = draw;
      return never;
    }
  }
}
