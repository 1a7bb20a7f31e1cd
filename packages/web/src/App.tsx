import { lazy, type ReactNode, Suspense, useEffect, useRef } from 'react';
import { CompetitionNav } from './components/CompetitionNav.tsx';
import { ProblemMessage } from './components/Problem.tsx';
import { SiteHeader } from './components/SiteHeader.tsx';
import { BracketPage } from './pages/BracketPage.tsx';
import { CompetitionsPage } from './pages/CompetitionsPage.tsx';
import { GroupsPage } from './pages/GroupsPage.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { NotFound } from './pages/NotFound.tsx';
import { RoundPage } from './pages/RoundPage.tsx';
import { SchedulePage } from './pages/SchedulePage.tsx';
import { SignInPage } from './pages/SignInPage.tsx';
import { TeamPage } from './pages/TeamPage.tsx';
import { href, type Route } from './routing/route.ts';
import { useRoute } from './routing/use-route.ts';
import { CompetitionProvider, useCompetition } from './state/competition-context.tsx';
import type { Loaded } from './state/derive.ts';
import { SessionProvider } from './state/session.tsx';

// Organiser pages are loaded only when opened, so the public pages stay small.
const ManagePage = lazy(() => import('./organiser/ManagePage.tsx').then((m) => ({ default: m.ManagePage })));
const CreatePage = lazy(() => import('./organiser/CreatePage.tsx').then((m) => ({ default: m.CreatePage })));
const DrawPage = lazy(() => import('./organiser/DrawPage.tsx').then((m) => ({ default: m.DrawPage })));
const GroupResultsPage = lazy(() =>
  import('./organiser/GroupResultsPage.tsx').then((m) => ({ default: m.GroupResultsPage })),
);
const AuditPage = lazy(() => import('./organiser/AuditPage.tsx').then((m) => ({ default: m.AuditPage })));

type CompetitionRoute = Extract<Route, { id: string }>;

function CompetitionPage({ route, data }: { readonly route: CompetitionRoute; readonly data: Loaded }) {
  switch (route.kind) {
    case 'home':
      return <HomePage data={data} />;
    case 'bracket':
      return <BracketPage data={data} />;
    case 'round':
      return <RoundPage data={data} round={route.round} />;
    case 'schedule':
      return <SchedulePage data={data} />;
    case 'team':
      return <TeamPage data={data} team={route.team} />;
    case 'groups':
      return <GroupsPage data={data} />;
    case 'group-results':
      return <GroupResultsPage data={data} />;
    case 'manage':
      return <ManagePage data={data} {...(route.tie !== undefined ? { tie: route.tie } : {})} />;
    case 'audit':
      return <AuditPage data={data} />;
    case 'draw':
      return <DrawPage data={data} />;
    default: {
      const never: never = route;
      return never;
    }
  }
}

function CompetitionContent({ route }: { readonly route: CompetitionRoute }) {
  const { state } = useCompetition();
  if (state.status === 'loading') return <p aria-busy="true">Loading…</p>;
  if (state.status === 'failed') return <ProblemMessage problem={state.problem} />;
  return <CompetitionPage route={route} data={state.data} />;
}

function Main({ route, children }: { readonly route: Route; readonly children: ReactNode }) {
  const ref = useRef<HTMLElement>(null);
  const shown = useRef(href(route));
  // Moves focus to the page when the route changes (not on first load), so keyboard and screen-reader
  // users start at the new content.
  useEffect(() => {
    const link = href(route);
    if (link === shown.current) return;
    shown.current = link;
    ref.current?.focus();
  }, [route]);
  return (
    <main id="main" ref={ref} tabIndex={-1}>
      {children}
    </main>
  );
}

function isCompetitionRoute(route: Route): route is CompetitionRoute {
  return 'id' in route;
}

/** The web app: banner, competition navigation, the page, and the footer. */
export function App() {
  const route = useRoute();
  const skip = (): void => {
    document.getElementById('main')?.focus();
  };
  const body = isCompetitionRoute(route) ? (
    <CompetitionProvider id={route.id}>
      <CompetitionNav id={route.id} route={route} />
      <Main route={route}>
        <Suspense fallback={<p aria-busy="true">Loading…</p>}>
          <CompetitionContent route={route} />
        </Suspense>
      </Main>
    </CompetitionProvider>
  ) : (
    <Main route={route}>
      {route.kind === 'competitions' ? (
        <CompetitionsPage />
      ) : route.kind === 'create' ? (
        <Suspense fallback={<p aria-busy="true">Loading…</p>}>
          <CreatePage />
        </Suspense>
      ) : route.kind === 'sign-in' ? (
        <SignInPage {...(route.next !== undefined ? { next: route.next } : {})} />
      ) : (
        <NotFound what={`There is no page at ${route.path}.`} />
      )}
    </Main>
  );
  return (
    <SessionProvider>
      <button type="button" className="skip-link" onClick={skip}>
        Skip to content
      </button>
      <SiteHeader route={route} />
      {body}
      <footer className="site-footer">
        <p>
          cupstage · knockout stages of football cup competitions ·{' '}
          <a href="/docs" rel="help">
            API
          </a>
        </p>
      </footer>
    </SessionProvider>
  );
}
