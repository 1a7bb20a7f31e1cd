import { useEffect } from 'react';
import type { PageData } from '../api/dto.ts';
import { BracketGrid } from '../components/BracketGrid.tsx';
import { BracketTieCard } from '../components/BracketTieCard.tsx';
import { LinkTarget } from '../components/Link.tsx';
import { pageMeta } from '../routing/page-meta.ts';
import { type EmbedRoute, href } from '../routing/route.ts';
import { CompetitionProvider, useCompetition } from '../state/competition-context.tsx';
import { SeedProvider } from '../state/seed.tsx';

/** The message an embed posts to its parent page whenever its height changes. */
export interface EmbedHeightMessage {
  readonly type: 'cupstage:height';
  /** The embed's path, so a page with several embeds can tell them apart. */
  readonly path: string;
  readonly height: number;
}

/** Posts the document's height to the parent page now and on every change of size. */
function useReportHeight(path: string): void {
  useEffect(() => {
    if (window.parent === window) return undefined;
    let last = -1;
    const post = (): void => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      const message: EmbedHeightMessage = { type: 'cupstage:height', path, height };
      window.parent.postMessage(message, '*');
    };
    post();
    const observer = new ResizeObserver(post);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [path]);
}

function EmbedBody({ route }: { readonly route: EmbedRoute }) {
  const { state, live } = useCompetition();
  if (state.status === 'loading') return <p aria-busy="true">Loading…</p>;
  if (state.status === 'failed') return <p role="alert">There is no competition "{route.id}".</p>;
  const { view, bracket } = state.data;
  const t = route.target;
  const rounds =
    t.kind === 'round'
      ? bracket.rounds.filter((_, i) => view.rounds[i]?.id === t.round)
      : t.kind === 'tie'
        ? bracket.rounds
            .map((r) => ({ ...r, ties: r.ties.filter((x) => x.id === t.tie) }))
            .filter((r) => r.ties.length > 0)
        : bracket.rounds;
  const full =
    t.kind === 'round'
      ? href({ kind: 'round', id: view.id, round: t.round })
      : href({ kind: 'bracket', id: view.id });
  const only = rounds.length === 1 && rounds[0]?.ties.length === 1 ? rounds[0] : undefined;
  return (
    <>
      <h1 className="embed-title">
        {view.name} <span className="subtitle">{view.stageName}</span>
      </h1>
      {rounds.length === 0 ? (
        <p role="alert">Not found in {view.name}.</p>
      ) : only?.ties[0] ? (
        <BracketTieCard competition={view.id} tie={only.ties[0]} legs={only.legs} />
      ) : (
        <BracketGrid competition={view.id} model={{ ...bracket, rounds }} />
      )}
      <p className="embed-footer">
        {live === 'live' ? (
          <span className="live-dot">
            <span aria-hidden="true" className="dot" /> Live
          </span>
        ) : null}{' '}
        <a href={full} target="_blank" rel="noopener">
          Full results on cupstage
        </a>
      </p>
    </>
  );
}

/**
 * A page made for another site's iframe: the bracket (or one round, or one tie) in a compact form,
 * kept live by the competition's event stream, reporting its height to the parent page
 * (`{ type: 'cupstage:height', path, height }` by postMessage) so that the iframe can fit it.
 */
export function EmbedApp({ route, data }: { readonly route: EmbedRoute; readonly data?: PageData }) {
  const path = data?.path ?? '';
  useReportHeight(path);
  useEffect(() => {
    document.title = pageMeta(route, data?.competition).title;
  }, [route, data]);
  return (
    <SeedProvider {...(data ? { data } : {})}>
      <LinkTarget.Provider value="new-tab">
        <CompetitionProvider id={route.id}>
          <main className="embed">
            <EmbedBody route={route} />
          </main>
        </CompetitionProvider>
      </LinkTarget.Provider>
    </SeedProvider>
  );
}
