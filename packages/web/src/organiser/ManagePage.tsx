import { Link } from '../components/Link.tsx';
import { NotFound } from '../pages/NotFound.tsx';
import { href } from '../routing/route.ts';
import type { Loaded } from '../state/derive.ts';
import { useSession } from '../state/session.tsx';
import { AmendForm } from './AmendForm.tsx';
import { PublishToggle } from './PublishToggle.tsx';
import { ResultsGrid } from './ResultsGrid.tsx';
import { TieEditor } from './TieEditor.tsx';
import { WindowsForm } from './WindowsForm.tsx';
import './organiser.css';

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
          <Link
            to={{ kind: 'sign-in', next: href({ kind: 'manage', id: view.id, ...(tie ? { tie } : {}) }) }}
          >
            Sign in
          </Link>{' '}
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
        Enter a whole round at once in its grid, or open a tie (its id) for the date, kick-off and venue of
        each leg, or to delete a leg. Every check runs as you type; nothing is saved until you save.
      </p>
      {view.rounds.map((r) => (
        <ResultsGrid key={r.id} data={data} round={r} />
      ))}
      <WindowsForm data={data} />
      <AmendForm data={data} />
    </>
  );
}
