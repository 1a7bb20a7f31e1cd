import type { Route } from '../routing/route.ts';
import { useCompetition } from '../state/competition-context.tsx';
import { useSession } from '../state/session.tsx';
import { Link } from './Link.tsx';
import { LiveBadge } from './LiveBadge.tsx';

/** The pages of one competition: overview, bracket, each round, schedule; for organisers, results. */
export function CompetitionNav({ id, route }: { readonly id: string; readonly route: Route }) {
  const { state } = useCompetition();
  const { session } = useSession();
  const rounds = state.status === 'ready' ? state.data.view.rounds : [];
  const hasGroups = state.status === 'ready' && state.data.view.groupStage !== undefined;
  const is = (kind: Route['kind']): boolean => route.kind === kind;
  return (
    <nav aria-label="Competition" className="competition-nav">
      <ul>
        <li>
          <Link to={{ kind: 'home', id }} current={is('home')}>
            Overview
          </Link>
        </li>
        {hasGroups ? (
          <li>
            <Link to={{ kind: 'groups', id }} current={is('groups')}>
              Groups
            </Link>
          </li>
        ) : null}
        <li>
          <Link to={{ kind: 'bracket', id }} current={is('bracket')}>
            Bracket
          </Link>
        </li>
        {rounds.map((r) => (
          <li key={r.id}>
            <Link
              to={{ kind: 'round', id, round: r.id }}
              current={route.kind === 'round' && route.round === r.id}
            >
              {r.name}
            </Link>
          </li>
        ))}
        <li>
          <Link to={{ kind: 'schedule', id }} current={is('schedule')}>
            Fixtures
          </Link>
        </li>
        {session.status === 'signed-in' && (session.me.competitions?.includes(id) ?? true) ? (
          <>
            <li>
              <Link to={{ kind: 'manage', id }} current={is('manage')}>
                Results
              </Link>
            </li>
            {hasGroups ? (
              <li>
                <Link to={{ kind: 'group-results', id }} current={is('group-results')}>
                  Group results
                </Link>
              </li>
            ) : null}
            <li>
              <Link to={{ kind: 'draw', id }} current={is('draw')}>
                Draw
              </Link>
            </li>
            <li>
              <Link to={{ kind: 'audit', id }} current={is('audit')}>
                Audit log
              </Link>
            </li>
          </>
        ) : null}
      </ul>
      <LiveBadge />
    </nav>
  );
}
