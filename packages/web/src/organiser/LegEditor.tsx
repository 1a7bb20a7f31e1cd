import type { Leg } from '@cupstage/core';
import { type FormEvent, useId, useState } from 'react';
import { GoalsField } from './GoalsField.tsx';
import { type Applicable, type FieldProblem, type LegInput, matchOf } from './leg-form.ts';
import { TIME_ZONES_LIST } from './TimeZones.tsx';

/**
 * One leg's form: the score in one compact row; extra time and penalties only when they can apply
 * (the last leg, when core's tie resolution says the tie needs them); and when and where the match
 * is (date, kick-off, time zone, venue, city). Checked by core as the user types.
 */
export function LegEditor({
  title,
  homeName,
  awayName,
  fixture,
  initial,
  entered,
  played,
  applies,
  check,
  save,
}: {
  readonly title: string;
  readonly homeName: string;
  readonly awayName: string;
  readonly fixture: Leg;
  readonly initial: LegInput;
  /** A leg is stored (a result or only its date and venue). */
  readonly entered: boolean;
  /** The stored leg has a score. */
  readonly played: boolean;
  readonly applies: (input: LegInput) => Applicable;
  readonly check: (match: Leg) => FieldProblem | undefined;
  readonly save: (match: Leg) => Promise<FieldProblem | undefined>;
}) {
  const ids = { date: useId(), kickoff: useId(), zone: useId(), venue: useId(), city: useId(), fx: useId() };
  const [input, setInput] = useState<LegInput>(initial);
  const [touched, setTouched] = useState(false);
  const [serverProblem, setServerProblem] = useState<FieldProblem | undefined>();
  const [busy, setBusy] = useState(false);
  const shown = applies(input);
  // Fields that do not apply are not sent (a value typed before the score changed is dropped).
  const effective: LegInput = {
    ...input,
    ...(shown.extraTime ? {} : { extraTimeHome: '', extraTimeAway: '' }),
    ...(shown.penalties ? {} : { penaltiesHome: '', penaltiesAway: '' }),
  };
  const built = matchOf(effective, fixture);
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
  const hasScore = input.home.trim() !== '' || input.away.trim() !== '';
  const label = busy
    ? 'Saving…'
    : played
      ? 'Save correction'
      : hasScore
        ? 'Save result'
        : entered
          ? 'Save date and venue'
          : 'Save';
  const text = (
    id: string,
    name: string,
    key: 'date' | 'kickoff' | 'timeZone' | 'venue' | 'city',
    extra: Record<string, string | number> = {},
  ) => (
    <div className="field">
      <label htmlFor={id}>{name}</label>
      <input
        id={id}
        value={input[key]}
        autoComplete="off"
        aria-invalid={at('fixture') ? true : undefined}
        aria-describedby={at('fixture') ? ids.fx : undefined}
        onChange={(e) => set(key)(e.target.value)}
        {...extra}
      />
    </div>
  );
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
      {shown.extraTime ? (
        <GoalsField
          legend="Extra time (goals in extra time only)"
          homeName={homeName}
          awayName={awayName}
          home={input.extraTimeHome}
          away={input.extraTimeAway}
          onHome={set('extraTimeHome')}
          onAway={set('extraTimeAway')}
          problem={at('extraTime')}
          hint="The tie is level: extra time is played. Enter only the goals scored in extra time."
        />
      ) : null}
      {shown.penalties ? (
        <GoalsField
          legend="Penalty shoot-out"
          homeName={homeName}
          awayName={awayName}
          home={input.penaltiesHome}
          away={input.penaltiesAway}
          onHome={set('penaltiesHome')}
          onAway={set('penaltiesAway')}
          problem={at('penalties')}
          hint="The tie is still level: it goes to penalties."
        />
      ) : null}
      <fieldset className="fixture">
        <legend>When and where</legend>
        <div className="fixture-fields">
          {text(ids.date, 'Date', 'date', { type: 'date' })}
          {text(ids.kickoff, 'Kick-off (local time)', 'kickoff', { type: 'time' })}
          {text(ids.zone, 'Time zone', 'timeZone', {
            list: TIME_ZONES_LIST,
            placeholder: 'Africa/Lubumbashi',
          })}
          {text(ids.venue, 'Venue', 'venue', { maxLength: 200 })}
          {text(ids.city, 'City', 'city', { maxLength: 200 })}
        </div>
        {at('fixture') ? (
          <p id={ids.fx} className="field-problem" role="alert">
            {at('fixture')}
          </p>
        ) : null}
      </fieldset>
      {at('leg') ? (
        <p className="field-problem" role="alert">
          {at('leg')}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {label}
        </button>
      </div>
    </form>
  );
}
