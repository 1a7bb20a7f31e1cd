import { checkRoundWindows, err, findRound, ok, type Result, type RoundWindows } from '@cupstage/core';
import { type AppError, appError } from './app-error.ts';
import type { Actor, Ports } from './ports.ts';
import { type Written, write } from './write.ts';

const LABEL = { firstLeg: 'first-leg', secondLeg: 'second-leg', match: 'match' } as const;

/**
 * Sets windows of a round that has none of them yet (at creation they come with the bracket; a
 * window already set moves only by an amendment, which keeps the old dates: `window-already-set`).
 * Core checks them as at creation: real dates, not reversed, the second leg after the first, the
 * windows the round has, and no played leg left outside (`window-excludes-played-legs`).
 *
 * @example await setRoundWindows(ports, editor, 'cup', 'final', { firstLeg, secondLeg }, 3)
 */
export function setRoundWindows(
  ports: Ports,
  actor: Actor | undefined,
  competitionId: string,
  round: string,
  windows: RoundWindows,
  expectedVersion: number,
): Promise<Result<Written, AppError>> {
  return write(ports, actor, {
    competitionId,
    expectedVersion,
    need: 'edit',
    target: `${round} windows`,
    action: () => 'windows-set',
    decide: (state) => {
      const found = findRound(state.competition, round);
      // The round is named by the URL: not a round of this competition is a 404 of its own.
      if (!found.ok) return err(appError('round-not-found', ['roundId'], found.error.message));
      const r = found.value;
      for (const key of ['firstLeg', 'secondLeg', 'match'] as const) {
        const now = r.schedule?.[key];
        if (windows[key] !== undefined && now !== undefined)
          return err(
            appError(
              'window-already-set',
              [key],
              `the ${r.name} ${LABEL[key].replace('-', ' ')} window is already ${now.from} to ${now.to}: move it with an amendment (POST /competitions/${competitionId}/amendments), which keeps the old dates`,
            ),
          );
      }
      if (Object.values(windows).every((w) => w === undefined))
        return err(appError('invalid-request', [], 'give at least one window: firstLeg, secondLeg or match'));
      const checked = checkRoundWindows(r, windows, []);
      if (!checked.ok) return err(checked.error);
      return ok([{ kind: 'windows-set', round: r.id, windows }]);
    },
  });
}
