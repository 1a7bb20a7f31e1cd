import { type FormEvent, useId, useState } from 'react';
import { api } from '../api/client.ts';
import type { Problem } from '../api/problem.ts';
import { ProblemMessage } from '../components/Problem.tsx';
import { useCompetition } from '../state/competition-context.tsx';
import type { Loaded } from '../state/derive.ts';
import { WindowFields } from './RoundsFields.tsx';
import { EMPTY_PLAN, type RoundPlan, windowsOf, windowsProblem } from './round-plan.ts';

/**
 * Sets the windows of a round that has none yet (a window already set moves with "Amend the
 * schedule", with a reason). Checked by core as typed; the server refuses windows that would leave a
 * played leg outside them, naming the legs.
 */
export function WindowsForm({ data }: { readonly data: Loaded }) {
  const { reload } = useCompetition();
  const f = { round: useId(), problem: useId() };
  const rounds = data.competition.rounds.filter((r) =>
    r.rules.legs === 1 ? !r.schedule?.match : !r.schedule?.firstLeg || !r.schedule?.secondLeg,
  );
  const [roundId, setRoundId] = useState(rounds[0]?.id ?? '');
  const [plan, setPlan] = useState<RoundPlan>(EMPTY_PLAN);
  const [submitted, setSubmitted] = useState(false);
  const [problem, setProblem] = useState<Problem | undefined>();
  const [done, setDone] = useState<string | undefined>();
  if (rounds.length === 0) return null;
  const round = rounds.find((r) => r.id === roundId) ?? rounds[0]!;
  const windows = windowsOf(plan, round.rules.legs);
  const empty = Object.keys(windows).length === 0;
  const bad = windowsProblem(round, plan);
  const shown =
    bad?.message ?? (submitted && empty ? 'Give the first and the last day of a window.' : undefined);
  const set = (key: keyof RoundPlan) => (value: string) => {
    setDone(undefined);
    setPlan((p) => ({ ...p, [key]: value }));
  };
  const two = round.rules.legs === 2;
  const onSubmit = async (e: FormEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    setSubmitted(true);
    if (bad || empty) return;
    const r = await api.setWindows(data.view.id, round.id, windows, data.version);
    if (!r.ok) {
      setProblem(r.problem);
      return;
    }
    setProblem(undefined);
    setSubmitted(false);
    setPlan(EMPTY_PLAN);
    setDone(`The windows of the ${round.name.toLowerCase()} are set.`);
    await reload();
  };
  return (
    <section aria-labelledby="windows-heading">
      <h2 id="windows-heading">Round windows</h2>
      <p>The dates a round is played on. Once set, a window moves with a reason (below).</p>
      <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="windows-heading">
        <div className="field">
          <label htmlFor={f.round}>Round without windows</label>
          <select
            id={f.round}
            value={round.id}
            onChange={(e) => {
              setRoundId(e.target.value);
              setPlan(EMPTY_PLAN);
              setSubmitted(false);
            }}
          >
            {rounds.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
        <WindowFields two={two} plan={plan} set={set} problem={shown} problemId={f.problem} />
        {problem ? <ProblemMessage problem={problem} /> : null}
        {done ? (
          <p className="notice success" role="status">
            {done}
          </p>
        ) : null}
        <button type="submit">Set the windows</button>
      </form>
    </section>
  );
}
