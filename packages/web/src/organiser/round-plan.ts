import { type CupError, checkRoundWindows, type Round, type RoundWindows } from '@cupstage/core';

/** How a round is drawn, as the create body says it. */
export type Procedure = 'fixed' | 'leg-order' | 'open';

/** What the organiser typed for one round: its windows (as date-input text) and its draw. */
export interface RoundPlan {
  readonly firstLegFrom: string;
  readonly firstLegTo: string;
  readonly secondLegFrom: string;
  readonly secondLegTo: string;
  readonly procedure: Procedure;
  /** Open draws: teams of the same country kept apart. */
  readonly apartByCountry: boolean;
}

export const EMPTY_PLAN: RoundPlan = {
  firstLegFrom: '',
  firstLegTo: '',
  secondLegFrom: '',
  secondLegTo: '',
  procedure: 'fixed',
  apartByCountry: false,
};

export const PROCEDURES: ReadonlyArray<readonly [Procedure, string]> = [
  ['fixed', 'Fixed bracket (as seeded)'],
  ['leg-order', 'Pairs fixed, order of legs by draw'],
  ['open', 'Open draw (pairs drawn from one pot)'],
];

const range = (from: string, to: string) => (from !== '' || to !== '' ? { from, to } : undefined);

/**
 * The windows typed for a round, in the shape of the API and core: a single-match round's window is
 * `match` (typed in the first pair of boxes).
 */
export function windowsOf(plan: RoundPlan, legs: 1 | 2): RoundWindows {
  const first = range(plan.firstLegFrom, plan.firstLegTo);
  const second = range(plan.secondLegFrom, plan.secondLegTo);
  if (legs === 1) return first ? { match: first } : {};
  return { ...(first ? { firstLeg: first } : {}), ...(second ? { secondLeg: second } : {}) };
}

const hasAny = (w: RoundWindows): boolean =>
  w.firstLeg !== undefined || w.secondLeg !== undefined || w.match !== undefined;

/**
 * Checks a round's typed windows with core's rule (the API's): a window needs both days, real dates,
 * not reversed, the second leg after the first. Undefined when there is nothing to check or it is fine.
 */
export function windowsProblem(round: Round, plan: RoundPlan): CupError | undefined {
  const w = windowsOf(plan, round.rules.legs);
  if (!hasAny(w)) return undefined;
  for (const r of [w.firstLeg, w.secondLeg, w.match]) {
    if (r && (r.from === '' || r.to === ''))
      return {
        code: 'window-incomplete',
        path: [],
        message: 'Give both the first and the last day of each window.',
      };
  }
  const checked = checkRoundWindows(round, w, []);
  return checked.ok ? undefined : checked.error;
}

/** The `rounds` of the create body: each round's windows (when typed) and draw. */
export function roundsBody(rounds: ReadonlyArray<Round>, plans: ReadonlyArray<RoundPlan>) {
  return rounds.map((round, i) => {
    const plan = plans[i] ?? EMPTY_PLAN;
    const w = windowsOf(plan, round.rules.legs);
    return {
      ...(hasAny(w) ? { schedule: w } : {}),
      draw: {
        procedure: plan.procedure,
        ...(plan.procedure === 'open' && plan.apartByCountry
          ? { constraints: ['different-association' as const] }
          : {}),
      },
    };
  });
}
