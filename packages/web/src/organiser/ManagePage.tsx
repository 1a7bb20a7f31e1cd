import { Link } from '../components/Link.tsx';
import { NotFound } from '../pages/NotFound.tsx';
import type { Loaded } from '../state/derive.ts';
import { useSession } from '../state/session.tsx';
import { AmendForm } from './AmendForm.tsx';
import { PublishToggle } from './PublishToggle.tsx';
import { TieEditor } from './TieEditor.tsx';

const STATUS: Record<string, string> = {
  waiting: 'teams to be decided',
  undecided: 'in progress',
  decided: 'decided',
  reported: 'reported',
  invalid: 'needs attention',
};

/** Organisers pick a tie to enter or correct its results. */
export function ManagePage({ data, tie }: { readonly data: Loaded; readonly tie?: string }) {
  const { session } = useSession();
  const { view } = data;
  if (session.status === 'checking') return <p aria-busy="true">Checking your session…</p>;
  if (session.status === 'anonymous') {
    return (
      <>
        <h1>Results</h1>
        <p>
          <Link to={{ kind: 'sign-in', next: `#/c/${view.id}/manage${tie ? `/${tie}` : ''}` }}>Sign in</Link>{' '}
          to enter or correct results.
        </p>
      </>
    );
  }
  if (tie !== undefined) {
    const round = view.rounds.find((r) => r.ties.some((t) => t.id === tie));
    const dto = round?.ties.find((t) => t.id === tie);
    if (!round || !dto) return <NotFound what={`There is no tie "${tie}" in ${view.name}.`} />;
    return <TieEditor key={tie} data={data} round={round} tie={dto} />;
  }
  return (
    <>
      <h1>
        Results <span className="subtitle">{view.name}</span>
      </h1>
      <PublishToggle data={data} />
      <p>
        Choose a tie to enter or correct a leg. Every check runs as you type; nothing is saved until you save.
      </p>
      {view.rounds.map((r) => (
        <section key={r.id} aria-labelledby={`manage-${r.id}`}>
          <h2 id={`manage-${r.id}`}>{r.name}</h2>
          <ul className="plain-list">
            {r.ties.map((t) => (
              <li key={t.id}>
                <Link to={{ kind: 'manage', id: view.id, tie: t.id }}>
                  {t.id}: {t.sides[0].label} v {t.sides[1].label}
                </Link>{' '}
                <span className={`status status-${t.status}`}>({STATUS[t.status] ?? t.status})</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <AmendForm data={data} />
    </>
  );
}
