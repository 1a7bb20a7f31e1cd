import { lazy, type ReactNode, Suspense, useEffect, useRef } from 'react';
import type { CompetitionViewDto, PageData } from './api/dto.ts';
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
import { pageMeta } from './routing/page-meta.ts';
import { href, type Route } from './routing/route.ts';
import { useRoute } from './routing/use-route.ts';
import { CompetitionProvider, useCompetition } from './state/competition-context.tsx';
import type { Loaded } from './state/derive.ts';
import { SeedProvider } from './state/seed.tsx';
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

/** Keeps the browser's title in step with the page (the server wrote the first one). */
function DocumentTitle({ route, view }: { readonly route: Route; readonly view?: CompetitionViewDto }) {
  const title = pageMeta(route, view).title;
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}

/** A competition's pages: its menu and the page once loaded; a not-found page (no menu) when it does not exist. */
function CompetitionContent({ route }: { readonly route: CompetitionRoute }) {
  const { state } = useCompetition();
  if (state.status === 'failed' && state.problem.status === 404)
    return (
      <Main route={route}>
        <DocumentTitle route={route} />
        <NotFound what={`There is no competition "${route.id}".`} />
      </Main>
    );
  return (
    <>
      {state.status === 'ready' ? <CompetitionNav id={route.id} route={route} /> : null}
      <Main route={route}>
        <DocumentTitle route={route} {...(state.status === 'ready' ? { view: state.data.view } : {})} />
        <Suspense fallback={<p aria-busy="true">Loading…</p>}>
          {state.status === 'loading' ? (
            <p aria-busy="true">Loading…</p>
          ) : state.status === 'failed' ? (
            <ProblemMessage problem={state.problem} />
          ) : (
            <CompetitionPage route={route} data={state.data} />
          )}
        </Suspense>
      </Main>
    </>
  );
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

/**
 * The web app: banner, competition navigation, the page, and the footer. `data` is what the server
 * rendered the page with (the browser hydrates from it); without it the app fetches what it shows.
 */
export function App({ data }: { readonly data?: PageData }) {
  return (
    <SeedProvider {...(data ? { data } : {})}>
      <SessionProvider {...(data ? { known: data.session } : {})}>
        <Site {...(data ? { path: data.path } : {})} />
      </SessionProvider>
    </SeedProvider>
  );
}

function Site({ path }: { readonly path?: string }) {
  const route = useRoute(path);
  const skip = (): void => {
    document.getElementById('main')?.focus();
  };
  const body = isCompetitionRoute(route) ? (
    <CompetitionProvider id={route.id}>
      <CompetitionContent route={route} />
    </CompetitionProvider>
  ) : (
    <Main route={route}>
      <DocumentTitle route={route} />
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
    <>
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
    </>
  );
}
