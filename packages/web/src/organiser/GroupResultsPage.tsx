import { type FormEvent, useEffect, useState } from 'react';
import type { GroupDto, GroupMatchDto, GroupStageDto } from '../api/dto.ts';
import { groupsApi } from '../api/groups.ts';
import type { Problem } from '../api/problem.ts';
import { Link } from '../components/Link.tsx';
import { ProblemMessage } from '../components/Problem.tsx';
import { href } from '../routing/route.ts';
import { useCompetition } from '../state/competition-context.tsx';
import type { Loaded } from '../state/derive.ts';
import { useSession } from '../state/session.tsx';

type Saved = { readonly status: 'idle' } | { readonly status: 'saved'; readonly text: string } | Problem;

/** One group match: its two goal boxes side by side, saved with the version the organiser saw. */
function MatchForm({
  data,
  group,
  match,
  onSaved,
}: {
  readonly data: Loaded;
  readonly group: string;
  readonly match: GroupMatchDto;
  /** Told what was saved: the form itself moves once its match has a result. */
  readonly onSaved: (text: string) => void;
}) {
  const { reload } = useCompetition();
  const [home, setHome] = useState(match.score ? String(match.score[0]) : '');
  const [away, setAway] = useState(match.score ? String(match.score[1]) : '');
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<Saved>({ status: 'idle' });
  const label = `${match.home.name} v ${match.away.name}`;
  const goalsOf = (v: string): number | undefined =>
    /^\d{1,2}$/.test(v.trim()) ? Number(v.trim()) : undefined;
  const h = goalsOf(home);
  const a = goalsOf(away);
  const fieldProblem =
    (home !== '' && h === undefined) || (away !== '' && a === undefined)
      ? 'Goals are whole numbers from 0 to 99.'
      : undefined;
  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (h === undefined || a === undefined) return;
    setBusy(true);
    const r = await groupsApi.enter(
      data.view.id,
      group,
      match.home.id,
      match.away.id,
      { score: [h, a], ...(match.matchday !== undefined ? { matchday: match.matchday } : {}) },
      data.version,
    );
    setBusy(false);
    if (!r.ok) {
      setSaved(r.problem);
      if (r.problem.status === 412) await reload();
      return;
    }
    const text = `${match.score ? 'Corrected' : 'Entered'}: ${match.home.name} ${h}–${a} ${match.away.name}.`;
    setSaved({ status: 'saved', text });
    onSaved(text);
    await reload();
  };
  return (
    <form aria-label={label} className="group-match-form" onSubmit={(e) => void submit(e)}>
      <fieldset>
        <legend>
          {label}
          {match.matchday !== undefined ? <span className="muted"> · matchday {match.matchday}</span> : null}
        </legend>
        <label>
          {match.home.name}
          <input
            inputMode="numeric"
            size={3}
            value={home}
            onChange={(e) => setHome(e.target.value)}
            aria-invalid={home !== '' && h === undefined}
          />
        </label>
        <span aria-hidden="true"> – </span>
        <label>
          {match.away.name}
          <input
            inputMode="numeric"
            size={3}
            value={away}
            onChange={(e) => setAway(e.target.value)}
            aria-invalid={away !== '' && a === undefined}
          />
        </label>{' '}
        <button type="submit" className="button" disabled={busy || h === undefined || a === undefined}>
          {match.score ? 'Save correction' : 'Save result'}
        </button>
        {fieldProblem ? <p className="field-problem">{fieldProblem}</p> : null}
        {saved.status === 'saved' ? (
          <p>{saved.text}</p>
        ) : saved.status === 'idle' ? null : (
          <ProblemMessage problem={saved} />
        )}
      </fieldset>
    </form>
  );
}

function GroupForms({
  data,
  group,
  onSaved,
}: {
  readonly data: Loaded;
  readonly group: GroupDto;
  readonly onSaved: (text: string) => void;
}) {
  const toPlay = group.matches.filter((m) => m.score === undefined);
  const played = group.matches.filter((m) => m.score !== undefined);
  return (
    <section aria-labelledby={`enter-${group.group}`}>
      <h2 id={`enter-${group.group}`}>{group.league ? group.group : `Group ${group.group}`}</h2>
      {toPlay.length === 0 ? <p className="muted">Every match has a result.</p> : null}
      {toPlay.map((m) => (
        <MatchForm
          key={`${m.home.id}-${m.away.id}`}
          data={data}
          group={group.group}
          match={m}
          onSaved={onSaved}
        />
      ))}
      {played.length > 0 ? (
        <details>
          <summary>Correct a result ({played.length} played)</summary>
          {played.map((m) => (
            <MatchForm
              key={`${m.home.id}-${m.away.id}-${m.result}`}
              data={data}
              group={group.group}
              match={m}
              onSaved={onSaved}
            />
          ))}
        </details>
      ) : null}
    </section>
  );
}

/** Organisers enter and correct group results; the tables, statuses and bracket follow on every page. */
export function GroupResultsPage({ data }: { readonly data: Loaded }) {
  const { session } = useSession();
  const { view } = data;
  const [stage, setStage] = useState<GroupStageDto | Problem | undefined>(undefined);
  const [lastSaved, setLastSaved] = useState<string | undefined>(undefined);
  // Reloads whenever the competition's version moves (a save, or a live change).
  // biome-ignore lint/correctness/useExhaustiveDependencies: the version is the trigger
  useEffect(() => {
    let live = true;
    void groupsApi.stage(view.id).then((r) => {
      if (live) setStage(r.ok ? r.value : r.problem);
    });
    return () => {
      live = false;
    };
  }, [view.id, data.version]);
  if (session.status === 'checking') return <p aria-busy="true">Checking your session…</p>;
  if (session.status === 'anonymous')
    return (
      <>
        <h1>Group results</h1>
        <p>
          <Link to={{ kind: 'sign-in', next: href({ kind: 'group-results', id: view.id }) }}>Sign in</Link> to
          enter or correct group results.
        </p>
      </>
    );
  return (
    <>
      <h1>
        Group results <span className="subtitle">{view.name}</span>
      </h1>
      <p>
        Enter each result after 90 minutes. The tables, each team’s status and the knockout slots read from
        them follow at once, on every open page. See the{' '}
        <Link to={{ kind: 'groups', id: view.id }}>tables</Link>.
      </p>
      <p role="status" className="saved-status">
        {lastSaved ?? ''}
      </p>
      {stage === undefined ? (
        <p aria-busy="true">Loading…</p>
      ) : 'groups' in stage ? (
        stage.groups.map((g) => <GroupForms key={g.group} data={data} group={g} onSaved={setLastSaved} />)
      ) : (
        <ProblemMessage problem={stage} />
      )}
    </>
  );
}
