import { formatDateRange } from '@cupstage/core';
import { KickOff } from '../components/KickOff.tsx';
import { TeamName } from '../components/TeamName.tsx';
import type { Loaded } from '../state/derive.ts';
import { formatDay } from '../time/kickoff.ts';

const range = (r: { readonly from: string; readonly to: string } | undefined): string =>
  r === undefined ? '—' : formatDateRange(r);

const WINDOW: Record<string, string> = {
  'first-leg': 'first leg',
  'second-leg': 'second leg',
  match: 'match',
};

/**
 * The fixtures: each round's windows, the amendments with their reasons, and every dated leg grouped
 * by date with its kick-off (venue time and zone), teams, result and venue.
 */
export function SchedulePage({ data }: { readonly data: Loaded }) {
  const { view } = data;
  const roundName = new Map(view.rounds.map((r) => [r.id, r.name]));
  const dated = view.rounds.flatMap((r) =>
    r.ties.flatMap((t) => t.legs.filter((l) => l.date).map((l) => ({ round: r, tie: t, leg: l }))),
  );
  dated.sort((a, b) =>
    `${a.leg.date} ${a.leg.kickoff ?? ''}`.localeCompare(`${b.leg.date} ${b.leg.kickoff ?? ''}`),
  );
  const undated = view.rounds.flatMap((r) =>
    r.ties.flatMap((t) => t.legs.filter((l) => !l.date).map((l) => ({ round: r, tie: t, leg: l }))),
  );
  const days: [string, typeof dated][] = [];
  for (const d of dated) {
    const day = d.leg.date ?? '';
    const last = days[days.length - 1];
    if (last && last[0] === day) last[1].push(d);
    else days.push([day, [d]]);
  }
  return (
    <>
      <h1>
        Fixtures <span className="subtitle">{view.name}</span>
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
                {roundName.get(a.round) ?? a.round} {WINDOW[a.window] ?? a.window}: moved from{' '}
                <del>{range(a.from)}</del> to <ins>{range(a.to)}</ins>
                {a.reason ? <> ({a.reason})</> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="dated-heading">
        <h2 id="dated-heading">Matches by date</h2>
        {days.length === 0 ? (
          <p className="muted">No match has a date yet.</p>
        ) : (
          days.map(([day, legs]) => (
            <section key={day} aria-labelledby={`day-${day}`} className="fixture-day">
              <h3 id={`day-${day}`}>
                <time dateTime={day}>{formatDay(day)}</time>
              </h3>
              <ul className="plain-list fixtures">
                {legs.map(({ round, tie, leg }) => (
                  <li key={`${tie.id}-${leg.number}`} className="fixture">
                    <p className="fixture-when">
                      {leg.kickoff ? (
                        <KickOff leg={leg} />
                      ) : (
                        <span className="muted">kick-off to be announced</span>
                      )}
                      {' · '}
                      {round.name} {tie.id}
                      {round.rules.legs === 2 ? `, leg ${leg.number}` : ''}
                    </p>
                    <p className="fixture-teams">
                      <TeamName competition={view.id} team={leg.home} />{' '}
                      <span className="score">{leg.result}</span>{' '}
                      <TeamName competition={view.id} team={leg.away} />
                    </p>
                    {leg.venue || leg.city ? (
                      <p className="fixture-where muted">
                        {[leg.venue, leg.city].filter((x) => x !== undefined && x !== '').join(', ')}
                      </p>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ))
        )}
      </section>
      {undated.length > 0 ? (
        <section aria-labelledby="undated-heading">
          <h2 id="undated-heading">Matches without a date</h2>
          <ul className="plain-list fixtures">
            {undated.map(({ round, tie, leg }) => {
              const w = leg.number === 1 ? round.schedule?.firstLeg : round.schedule?.secondLeg;
              const window = round.schedule?.match ?? w;
              return (
                <li key={`${tie.id}-${leg.number}`} className="fixture">
                  <p className="fixture-when">
                    {round.name} {tie.id}
                    {round.rules.legs === 2 ? `, leg ${leg.number}` : ''}
                    {window ? ` · played ${range(window)}` : ''}
                  </p>
                  <p className="fixture-teams">
                    <TeamName competition={view.id} team={leg.home} />{' '}
                    <span className="score">{leg.result}</span>{' '}
                    <TeamName competition={view.id} team={leg.away} />
                  </p>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </>
  );
}
