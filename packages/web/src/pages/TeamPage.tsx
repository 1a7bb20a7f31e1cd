import { TieDetails } from '../components/TieDetails.tsx';
import type { Loaded } from '../state/derive.ts';
import { NotFound } from './NotFound.tsx';

const POSITION = ['winners', 'runners-up'];

/** One team: where it qualified from and every tie it played or will play. */
export function TeamPage({ data, team }: { readonly data: Loaded; readonly team: string }) {
  const { view } = data;
  const t = view.teams.find((x) => x.id === team);
  if (!t) return <NotFound what={`There is no team "${team}" in ${view.name}.`} />;
  const group = view.groups.find((g) => g.positions.includes(t.id));
  const position = group ? group.positions.indexOf(t.id) : -1;
  const rounds = view.rounds
    .map((r) => ({ round: r, ties: r.ties.filter((x) => x.sides.some((s) => s.team?.id === t.id)) }))
    .filter((x) => x.ties.length > 0);
  return (
    <>
      <h1>
        {t.name} <span className="subtitle">{t.country}</span>
      </h1>
      {group ? (
        <p>
          Qualified as Group {group.group} {POSITION[position] ?? `position ${position + 1}`}.
        </p>
      ) : null}
      {view.champion?.id === t.id ? <p className="champion">Champions of {view.name}.</p> : null}
      {rounds.map(({ round, ties }) => (
        <section key={round.id} aria-labelledby={`team-round-${round.id}`}>
          <h2 id={`team-round-${round.id}`}>{round.name}</h2>
          {ties.map((tie) => (
            <TieDetails key={tie.id} competition={view.id} tie={tie} legs={round.rules.legs} />
          ))}
        </section>
      ))}
    </>
  );
}
