import { buildArticle, formatDate, nextLegs } from '@cupstage/core';
import { useMemo } from 'react';
import { Chances } from '../components/Chances.tsx';
import { EmbedSnippet } from '../components/EmbedSnippet.tsx';
import { ExportLinks } from '../components/ExportLinks.tsx';
import { Link } from '../components/Link.tsx';
import { TeamName } from '../components/TeamName.tsx';
import type { Loaded } from '../state/derive.ts';

/** The competition's front page: what it is, who qualified, the format in words, what is next. */
export function HomePage({ data }: { readonly data: Loaded }) {
  const { view } = data;
  const article = useMemo(() => buildArticle(data.competition, data.knockout), [data]);
  const paragraphs = article.blocks.filter((b) => b.kind === 'paragraph');
  const intro = paragraphs[0]?.text;
  const formatIndex = article.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Format');
  const format = article.blocks[formatIndex + 1];
  const teamById = new Map(view.teams.map((t) => [t.id, t]));
  // Core's list of the next legs (the same as the front page's cards), teams as the view names them.
  const upcoming = nextLegs(data.competition, data.knockout).flatMap((m) => {
    const home = teamById.get(m.home);
    const away = teamById.get(m.away);
    return home && away ? [{ ...m, home, away }] : [];
  });
  const positions = Math.max(0, ...view.groups.map((g) => g.positions.length));
  return (
    <>
      <h1>
        {view.name} <span className="subtitle">{view.stageName}</span>
      </h1>
      {view.champion ? (
        <p className="champion">
          Champions: <TeamName competition={view.id} team={view.champion} />
        </p>
      ) : null}
      {intro ? <p>{intro}</p> : null}
      <p>
        <Link to={{ kind: 'bracket', id: view.id }} className="button">
          See the bracket
        </Link>
      </p>

      <section aria-labelledby="next-heading">
        <h2 id="next-heading">Next matches</h2>
        {upcoming.length === 0 ? (
          <p className="muted">No matches are waiting to be played.</p>
        ) : (
          <ul className="plain-list">
            {upcoming.map((m) => (
              <li key={`${m.tie}-${m.leg}`}>
                <Link to={{ kind: 'round', id: view.id, round: m.round }}>
                  {m.roundName} {m.tie} leg {m.leg}
                </Link>
                : <TeamName competition={view.id} team={m.home} /> v{' '}
                <TeamName competition={view.id} team={m.away} />
                {m.date ? ` (${formatDate(m.date)})` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>

      <Chances id={view.id} version={data.version} teams={view.teams} />

      <section aria-labelledby="teams-heading">
        <h2 id="teams-heading">Qualified teams</h2>
        {view.groups.length > 0 ? (
          <div className="table-scroll">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">Group</th>
                  {Array.from({ length: positions }, (_, i) => (
                    <th scope="col" key={i === 0 ? 'w' : i === 1 ? 'r' : `p${i}`}>
                      {i === 0 ? 'Winners' : i === 1 ? 'Runners-up' : `Position ${i + 1}`}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {view.groups.map((g) => (
                  <tr key={g.group}>
                    <th scope="row">{g.group}</th>
                    {g.positions.map((id) => {
                      const team = teamById.get(id);
                      return <td key={id}>{team ? <TeamName competition={view.id} team={team} /> : id}</td>;
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <ul className="plain-list">
            {view.teams.map((t) => (
              <li key={t.id}>
                <TeamName competition={view.id} team={t} />
              </li>
            ))}
          </ul>
        )}
      </section>

      {format && format.kind === 'paragraph' ? (
        <section aria-labelledby="format-heading">
          <h2 id="format-heading">Format</h2>
          <p>{format.text}</p>
        </section>
      ) : null}

      <ExportLinks id={view.id} model={data.bracket} title={`${view.name} ${view.stageName}`} />
      <EmbedSnippet id={view.id} title={`${view.name} ${view.stageName}`} />
    </>
  );
}
