import type { Competition } from '../competition/types.ts';
import type { Result } from '../result.ts';
import type { GoalsModel } from './goals-model.ts';
import { simulateStage } from './monte-carlo.ts';
import { exactStageOdds, type StageOdds } from './stage-odds.ts';
import { planStage, type StagePlan } from './stage-plan.ts';

/** How to predict: exact enumeration, or Monte Carlo with a run count and a seed. */
export type PredictMethod =
  | { readonly kind: 'exact' }
  | { readonly kind: 'monte-carlo'; readonly runs: number; readonly seed: number | string };

/**
 * Predicts a knockout stage as it stands: the probability of each team reaching each round, going
 * through each tie and winning, conditional on every result entered so far (a played first leg
 * included). Pure: call it again after each result (e.g. with `knockout.competition()`).
 *
 * @example
 * predictStage(ko.competition(), { kind: 'elo', ratings }, { kind: 'exact' })
 * // ok({ champion: { 'tp-mazembe': 0.31, … }, reach: [...], ties: [...] })
 */
export function predictStage(c: Competition, model: GoalsModel, method: PredictMethod): Result<StageOdds> {
  const plan = planStage(c, model);
  if (!plan.ok) return plan;
  return oddsOfPlan(plan.value, method);
}

/**
 * The odds of a plan already made, by the method asked for: the second half of `predictStage`, for
 * callers that keep plans (planning is the costly part; the server's workers keep the last few).
 *
 * @example oddsOfPlan(plan, { kind: 'monte-carlo', runs: 100_000, seed: 1 })
 */
export function oddsOfPlan(plan: StagePlan, method: PredictMethod): Result<StageOdds> {
  switch (method.kind) {
    case 'exact':
      return exactStageOdds(plan);
    case 'monte-carlo':
      return simulateStage(plan, method);
    default: {
      const never: never = method;
      return never;
    }
  }
}
