import type { Round } from '@cupstage/core';
import { useId } from 'react';
import { PROCEDURES, type RoundPlan, windowsProblem } from './round-plan.ts';

/**
 * A round's windows as a form shows them: the first leg's (or the match's) and, for two legs, the
 * second leg's first and last day, with the problem in words below them (create and manage pages).
 */
export function WindowFields({
  two,
  plan,
  set,
  problem,
  problemId,
}: {
  readonly two: boolean;
  readonly plan: RoundPlan;
  readonly set: (
    key: 'firstLegFrom' | 'firstLegTo' | 'secondLegFrom' | 'secondLegTo',
  ) => (value: string) => void;
  readonly problem: string | undefined;
  readonly problemId: string;
}) {
  return (
    <>
      <DateRangeFields
        label={two ? 'First leg' : 'Match'}
        from={plan.firstLegFrom}
        to={plan.firstLegTo}
        onFrom={set('firstLegFrom')}
        onTo={set('firstLegTo')}
        invalid={problem !== undefined}
        describedBy={problem ? problemId : undefined}
      />
      {two ? (
        <DateRangeFields
          label="Second leg"
          from={plan.secondLegFrom}
          to={plan.secondLegTo}
          onFrom={set('secondLegFrom')}
          onTo={set('secondLegTo')}
          invalid={problem !== undefined}
          describedBy={problem ? problemId : undefined}
        />
      ) : null}
      {problem ? (
        <p id={problemId} className="field-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </>
  );
}

/** True when every side of the round is a team placed directly (an open draw needs them all). */
const allTeamsKnown = (round: Round): boolean =>
  round.ties.every((t) => t.sides.every((s) => s.kind === 'team'));

export function DateRangeFields({
  label,
  from,
  to,
  onFrom,
  onTo,
  invalid,
  describedBy,
}: {
  readonly label: string;
  readonly from: string;
  readonly to: string;
  readonly onFrom: (v: string) => void;
  readonly onTo: (v: string) => void;
  readonly invalid: boolean;
  readonly describedBy: string | undefined;
}) {
  const id = useId();
  return (
    <div className="window-fields">
      <div className="field">
        <label htmlFor={`${id}-from`}>{label}: first day</label>
        <input
          id={`${id}-from`}
          type="date"
          value={from}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => onFrom(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>{label}: last day</label>
        <input
          id={`${id}-to`}
          type="date"
          value={to}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => onTo(e.target.value)}
        />
      </div>
    </div>
  );
}

/**
 * One fieldset per round of the bracket being created: its windows (first and second leg, or the
 * match) and how it is drawn, each checked by core as typed.
 */
export function RoundsFields({
  rounds,
  plans,
  onChange,
  firstByGroups = false,
}: {
  /** The first round's order of legs is the template's (group winners host the second leg). */
  readonly firstByGroups?: boolean;
  readonly rounds: ReadonlyArray<Round>;
  readonly plans: ReadonlyArray<RoundPlan>;
  readonly onChange: (index: number, plan: RoundPlan) => void;
}) {
  const base = useId();
  return (
    <>
      {rounds.map((round, i) => {
        const plan = plans[i];
        if (!plan) return null;
        const set =
          <K extends keyof RoundPlan>(key: K) =>
          (value: RoundPlan[K]) =>
            onChange(i, { ...plan, [key]: value });
        const problem = windowsProblem(round, plan);
        const problemId = `${base}-${i}-problem`;
        const procedures = PROCEDURES.filter(
          ([p]) => p !== 'open' || (!firstByGroups && allTeamsKnown(round)),
        );
        const two = round.rules.legs === 2;
        return (
          <fieldset key={round.id} className="fieldset-plain round-plan" data-round={round.id}>
            <legend>{round.name}</legend>
            <WindowFields two={two} plan={plan} set={set} problem={problem?.message} problemId={problemId} />
            {firstByGroups && i === 0 ? (
              <p className="hint">Group winners host the second leg; nothing is drawn.</p>
            ) : (
              <div className="field">
                <label htmlFor={`${base}-${i}-draw`}>{round.name}: draw</label>
                <select
                  id={`${base}-${i}-draw`}
                  value={plan.procedure}
                  onChange={(e) => set('procedure')(e.target.value as RoundPlan['procedure'])}
                >
                  {procedures.map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </select>
              </div>
            )}
            {plan.procedure === 'open' && !(firstByGroups && i === 0) ? (
              <div className="field">
                <label>
                  <input
                    type="checkbox"
                    checked={plan.apartByCountry}
                    onChange={(e) => set('apartByCountry')(e.target.checked)}
                  />{' '}
                  Keep teams of the same country apart
                </label>
              </div>
            ) : null}
          </fieldset>
        );
      })}
    </>
  );
}
