import { BracketGrid } from '../components/BracketGrid.tsx';
import { ExportLinks } from '../components/ExportLinks.tsx';
import { bracketPngPath } from '../routing/page-meta.ts';
import type { Loaded } from '../state/derive.ts';

/**
 * The bracket, once: one column per round on a wide screen (ties in drawing order, each beside the
 * tie it feeds), rounds stacked on a phone; the drawing is a download.
 */
export function BracketPage({ data }: { readonly data: Loaded }) {
  const { view, bracket } = data;
  return (
    <>
      <h1>
        Bracket <span className="subtitle">{view.name}</span>
      </h1>
      <p className="muted">
        The team listed first hosted the first leg. Winners are in bold; (a) away goals, (a.e.t.) after extra
        time, (p) on penalties.
      </p>
      {bracket.champion ? <p className="champion">Champions: {bracket.champion}</p> : null}
      <BracketGrid competition={view.id} model={bracket} />
      <p>
        <a href={bracketPngPath(view)}>The bracket as a picture (PNG)</a>
      </p>
      <ExportLinks id={view.id} model={bracket} title={`${view.name} ${view.stageName}`} />
    </>
  );
}
