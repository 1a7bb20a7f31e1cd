import { formatDateRange } from '@cupstage/core';
import { useEffect, useState } from 'react';
import { type ApiResult, api } from '../api/client.ts';
import type { CompetitionSummaryDto } from '../api/dto.ts';
import { Link } from '../components/Link.tsx';
import { ProblemMessage } from '../components/Problem.tsx';
import { TeamName } from '../components/TeamName.tsx';
import { useSeededCompetitions } from '../state/seed.tsx';
import { formatDay } from '../time/kickoff.ts';

const STATUS: Record<NonNullable<CompetitionSummaryDto['status']>, string> = {
  upcoming: 'Upcoming',
  live: 'Under way',
  finished: 'Finished',
};

/** One competition on the front page: its status, dates, champion or next matches. */
function CompetitionCard({ c }: { readonly c: CompetitionSummaryDto }) {
  const headingId = `competition-${c.id}`;
  return (
    <li className="competition-card">
      <article aria-labelledby={headingId}>
        <h2 id={headingId}>
          <Link to={{ kind: 'home', id: c.id }}>{c.name}</Link>
        </h2>
        <p className="competition-facts">
          {c.status ? <span className={`status status-${c.status}`}>{STATUS[c.status]}</span> : null}
          {c.dates ? <span>{formatDateRange(c.dates)}</span> : null}
          {c.published ? null : <span className="muted">draft</span>}
        </p>
        {c.champion ? (
          <p className="champion">
            Champions: <TeamName competition={c.id} team={c.champion} />
          </p>
        ) : null}
        {c.next && c.next.length > 0 ? (
          <>
            <h3>Next matches</h3>
            <ul className="plain-list next-matches">
              {c.next.map((m) => (
                <li key={`${m.tie}-${m.leg}`}>
                  {m.date ? <time dateTime={m.date}>{formatDay(m.date)}</time> : 'Date to be announced'}
                  {m.kickoff ? `, ${m.kickoff}${m.timeZone ? ` (${m.timeZone})` : ''}` : ''} ·{' '}
                  <Link to={{ kind: 'round', id: c.id, round: m.round }}>{m.roundName}</Link>:{' '}
                  <TeamName competition={c.id} team={m.home} /> v{' '}
                  <TeamName competition={c.id} team={m.away} />
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <p className="card-links">
          <Link to={{ kind: 'bracket', id: c.id }}>Bracket</Link> ·{' '}
          <Link to={{ kind: 'schedule', id: c.id }}>Fixtures</Link>
        </p>
      </article>
    </li>
  );
}

/** The front page: every competition the visitor may see, with where it stands. */
export function CompetitionsPage() {
  const seeded = useSeededCompetitions();
  const [result, setResult] = useState<ApiResult<ReadonlyArray<CompetitionSummaryDto>> | undefined>(
    seeded ? { ok: true, value: seeded } : undefined,
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: the seed is read once, on the first render
  useEffect(() => {
    if (!seeded) void api.competitions().then(setResult);
  }, []);
  return (
    <>
      <h1>Football cup competitions</h1>
      {result === undefined ? (
        <p aria-busy="true">Loading…</p>
      ) : !result.ok ? (
        <ProblemMessage problem={result.problem} />
      ) : result.value.length === 0 ? (
        <p>No competitions yet.</p>
      ) : (
        <ul className="plain-list competitions">
          {result.value.map((c) => (
            <CompetitionCard key={c.id} c={c} />
          ))}
        </ul>
      )}
    </>
  );
}
