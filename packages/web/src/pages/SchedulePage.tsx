import { amendmentParts, formatDateRange } from '@cupstage/core';
import { KickOff } from '../components/KickOff.tsx';
import { TeamName } from '../components/TeamName.tsx';
import type { Loaded } from '../state/derive.ts';

const range = (r: { readonly from: string; readonly to: string } | undefined): string =>
  r === undefined ? '—' : formatDateRange(r);

/** The calendar: each round's windows, the amendments with their reasons, and every dated leg. */
export function SchedulePage({ data }: { readonly data: Loaded }) {
  const { view } = data;
  const roundName = new Map(view.rounds.map((r) => [r.id, r.name]));
  const dated = view.rounds.flatMap((r) =>
    r.ties.flatMap((t) => t.legs.filter((l) => l.date).map((l) => ({ round: r, tie: t, leg: l }))),
  );
  dated.sort((a, b) => (a.leg.date ?? '').localeCompare(b.leg.date ?? ''));
  return (
    <>
      <h1>
        Schedule <span className="subtitle">{view.name}</span>
      </h1>
      <div className="table-scroll">
        <table className="data">
          <caption className="sr-only">Round windows</caption>
          <thead>
            <tr>
              <th scope="col">Round</th>
              <th scope="col">First leg</th>
              <th scope="col">Second leg</th>
            </tr>
          </thead>
          <tbody>
            {view.rounds.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.name}</th>
                {r.schedule?.match ? (
                  <td colSpan={2}>{range(r.schedule.match)}</td>
                ) : (
                  <>
                    <td>{range(r.schedule?.firstLeg)}</td>
                    <td>{range(r.schedule?.secondLeg)}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="amendments-heading">
        <h2 id="amendments-heading">Amendments</h2>
        {view.amendments.length === 0 ? (
          <p className="muted">The calendar has not been changed.</p>
        ) : (
          <ul className="plain-list">
            {view.amendments.map((a) => (
              <li key={`${a.round}-${a.window}-${a.from.from}-${a.to.from}`}>
                {amendmentParts(roundName.get(a.round) ?? a.round, a, { years: true }).map((p) =>
                  p.kind === 'from' ? (
                    <del key={p.kind}>{p.text}</del>
                  ) : p.kind === 'to' ? (
                    <ins key={p.kind}>{p.text}</ins>
                  ) : (
                    p.text
                  ),
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="dated-heading">
        <h2 id="dated-heading">Matches with a date</h2>
        {dated.length === 0 ? (
          <p className="muted">No match has a date yet.</p>
        ) : (
          <ul className="plain-list">
            {dated.map(({ round, tie, leg }) => (
              <li key={`${tie.id}-${leg.number}`}>
                <KickOff leg={leg} /> · {round.name} {tie.id}:{' '}
                <TeamName competition={view.id} team={leg.home} /> {leg.result}{' '}
                <TeamName competition={view.id} team={leg.away} />
                {leg.city ? ` · ${leg.city}` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
