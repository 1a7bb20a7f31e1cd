import type { Leg } from '@cupstage/core';
import { type FormEvent, useState } from 'react';
import { GoalsField } from './GoalsField.tsx';
import { type FieldProblem, type LegInput, matchOf } from './leg-form.ts';

/** One leg's form: the score, extra time and penalties, checked by core as the user types. */
export function LegEditor({
  title,
  homeName,
  awayName,
  fixture,
  initial,
  entered,
  check,
  save,
}: {
  readonly title: string;
  readonly homeName: string;
  readonly awayName: string;
  readonly fixture: Leg;
  readonly initial: LegInput;
  readonly entered: boolean;
  readonly check: (match: Leg) => FieldProblem | undefined;
  readonly save: (match: Leg) => Promise<FieldProblem | undefined>;
}) {
  const [input, setInput] = useState<LegInput>(initial);
  const [touched, setTouched] = useState(false);
  const [serverProblem, setServerProblem] = useState<FieldProblem | undefined>();
  const [busy, setBusy] = useState(false);
  const built = matchOf(input, fixture);
  const problem: FieldProblem | undefined = !touched
    ? serverProblem
    : built.ok
      ? check(built.value)
      : built.error.code === 'score-missing' && input.home === '' && input.away === ''
        ? undefined
        : built.error;
  const set = (key: keyof LegInput) => (value: string) => {
    setTouched(true);
    setServerProblem(undefined);
    setInput((prev) => ({ ...prev, [key]: value }));
  };
  const at = (field: FieldProblem['field']): string | undefined =>
    problem && problem.field === field ? problem.message : undefined;
  const onSubmit = async (e: FormEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    if (!built.ok) {
      setTouched(true);
      return;
    }
    const bad = check(built.value);
    if (bad) {
      setTouched(true);
      return;
    }
    setBusy(true);
    const result = await save(built.value);
    setBusy(false);
    if (result) {
      setTouched(false);
      setServerProblem(result);
    }
  };
  return (
    <form className="leg-editor" aria-label={title} onSubmit={(e) => void onSubmit(e)} noValidate>
      <h3>{title}</h3>
      <GoalsField
        legend="Score after 90 minutes"
        homeName={homeName}
        awayName={awayName}
        home={input.home}
        away={input.away}
        onHome={set('home')}
        onAway={set('away')}
        problem={at('score')}
      />
      <GoalsField
        legend="Extra time (goals in extra time only)"
        homeName={homeName}
        awayName={awayName}
        home={input.extraTimeHome}
        away={input.extraTimeAway}
        onHome={set('extraTimeHome')}
        onAway={set('extraTimeAway')}
        problem={at('extraTime')}
        hint="Leave empty if no extra time was played."
      />
      <GoalsField
        legend="Penalty shoot-out"
        homeName={homeName}
        awayName={awayName}
        home={input.penaltiesHome}
        away={input.penaltiesAway}
        onHome={set('penaltiesHome')}
        onAway={set('penaltiesAway')}
        problem={at('penalties')}
        hint="Leave empty if there was no shoot-out."
      />
      {at('leg') ? (
        <p className="field-problem" role="alert">
          {at('leg')}
        </p>
      ) : null}
      <button type="submit" disabled={busy}>
        {busy ? 'Saving…' : entered ? `Save correction` : `Save result`}
      </button>
    </form>
  );
}
