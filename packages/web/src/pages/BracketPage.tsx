import { BracketFigure } from '../components/BracketFigure.tsx';
import { BracketGrid } from '../components/BracketGrid.tsx';
import { ExportLinks } from '../components/ExportLinks.tsx';
import type { Loaded } from '../state/derive.ts';

/** The bracket: the drawing, then the same ties as text (one column per round; stacked on a phone). */
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
      <BracketFigure model={bracket} title={`${view.name} ${view.stageName}`} />
      <section aria-labelledby="ties-heading">
        <h2 id="ties-heading">Ties by round</h2>
        <BracketGrid competition={view.id} model={bracket} />
      </section>
      {bracket.champion ? <p className="champion">Champions: {bracket.champion}</p> : null}
      <ExportLinks id={view.id} model={bracket} title={`${view.name} ${view.stageName}`} />
    </>
  );
}
