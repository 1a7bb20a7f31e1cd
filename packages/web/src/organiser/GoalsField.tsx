import { useId } from 'react';

/**
 * A pair of goal boxes in one compact row: home name, home box – away box, away name. Each box is
 * labelled by its team (and, where given, `labelPrefix`, e.g. "QF1 leg 1" in the results grid).
 */
export function GoalsField({
  legend,
  homeName,
  awayName,
  home,
  away,
  onHome,
  onAway,
  problem,
  hint,
  bare,
}: {
  readonly legend: string;
  readonly homeName: string;
  readonly awayName: string;
  readonly home: string;
  readonly away: string;
  readonly onHome: (v: string) => void;
  readonly onAway: (v: string) => void;
  readonly problem: string | undefined;
  readonly hint?: string;
  /** Visually hides the legend (the results grid names the leg in its column header). */
  readonly bare?: boolean;
}) {
  const id = useId();
  const messageId = `${id}-message`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : '', problem ? messageId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={problem ? 'goals-field has-problem' : 'goals-field'}>
      <legend className={bare ? 'sr-only' : undefined}>{legend}</legend>
      <div className="goals-inputs row">
        <label htmlFor={`${id}-home`} className="home-label">
          {homeName}
        </label>
        <input
          id={`${id}-home`}
          className="home-input"
          inputMode="numeric"
          autoComplete="off"
          size={3}
          maxLength={3}
          value={home}
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => onHome(e.target.value)}
        />
        <span aria-hidden="true" className="dash">
          –
        </span>
        <input
          id={`${id}-away`}
          className="away-input"
          inputMode="numeric"
          autoComplete="off"
          size={3}
          maxLength={3}
          value={away}
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => onAway(e.target.value)}
        />
        <label htmlFor={`${id}-away`} className="away-label">
          {awayName}
        </label>
      </div>
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      {problem ? (
        <p id={messageId} className="field-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </fieldset>
  );
}
