import { type FormEvent, useId, useState } from 'react';
import { api } from '../api/client.ts';
import type { Problem } from '../api/problem.ts';
import { ProblemMessage } from '../components/Problem.tsx';
import { useCompetition } from '../state/competition-context.tsx';
import type { Loaded } from '../state/derive.ts';

type WindowName = 'first-leg' | 'second-leg' | 'match';
const WINDOWS: ReadonlyArray<[WindowName, 'firstLeg' | 'secondLeg' | 'match', string]> = [
  ['first-leg', 'firstLeg', 'First leg'],
  ['second-leg', 'secondLeg', 'Second leg'],
  ['match', 'match', 'Match'],
];

/** Moves a round's window to new dates, with the reason; the schedule page lists every amendment. */
export function AmendForm({ data }: { readonly data: Loaded }) {
  const { reload } = useCompetition();
  const f = { round: useId(), window: useId(), from: useId(), to: useId(), reason: useId(), dates: useId() };
  const rounds = data.view.rounds.filter((r) => r.schedule);
  const [round, setRound] = useState(rounds[0]?.id ?? '');
  const r = rounds.find((x) => x.id === round);
  const windows = WINDOWS.filter(([, key]) => r?.schedule?.[key]);
  const [windowName, setWindowName] = useState<WindowName>(windows[0]?.[0] ?? 'first-leg');
  const current = r?.schedule?.[WINDOWS.find(([w]) => w === windowName)?.[1] ?? 'firstLeg'];
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<Problem | undefined>();
  const [done, setDone] = useState<string | undefined>();
  if (rounds.length === 0) return null;
  const reversed = from !== '' && to !== '' && to < from;
  const onSubmit = async (e: FormEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    if (reversed) return;
    setDone(undefined);
    const result = await api.amend(
      data.view.id,
      { round, window: windowName, to: { from, to }, ...(reason.trim() ? { reason: reason.trim() } : {}) },
      data.version,
    );
    if (!result.ok) {
      setProblem(result.problem);
      return;
    }
    setProblem(undefined);
    setDone(`${r?.name} ${windowName.replace('-', ' ')} moved to ${from} – ${to}.`);
    await reload();
  };
  return (
    <section aria-labelledby="amend-heading">
      <h2 id="amend-heading">Amend the schedule</h2>
      <form className="form" onSubmit={(e) => void onSubmit(e)}>
        <div className="field">
          <label htmlFor={f.round}>Round</label>
          <select id={f.round} value={round} onChange={(e) => setRound(e.target.value)}>
            {rounds.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={f.window}>Window</label>
          <select
            id={f.window}
            value={windowName}
            onChange={(e) => setWindowName(e.target.value as WindowName)}
          >
            {windows.map(([w, , label]) => (
              <option key={w} value={w}>
                {label}
              </option>
            ))}
          </select>
          {current ? (
            <p className="hint">
              Now {current.from} – {current.to}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor={f.from}>New first day</label>
          <input id={f.from} type="date" required value={from} onChange={(e) => setFrom(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={f.to}>New last day</label>
          <input
            id={f.to}
            type="date"
            required
            value={to}
            aria-invalid={reversed ? true : undefined}
            aria-describedby={reversed ? f.dates : undefined}
            onChange={(e) => setTo(e.target.value)}
          />
          {reversed ? (
            <p id={f.dates} className="field-problem" role="alert">
              the window ends ({to}) before it starts ({from})
            </p>
          ) : null}
        </div>
        <div className="field wide">
          <label htmlFor={f.reason}>Reason</label>
          <input id={f.reason} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
        </div>
        {problem ? <ProblemMessage problem={problem} /> : null}
        {done ? (
          <p className="notice success" role="status">
            {done}
          </p>
        ) : null}
        <button type="submit">Move the window</button>
      </form>
    </section>
  );
}
