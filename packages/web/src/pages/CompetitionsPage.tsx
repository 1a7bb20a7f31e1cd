import { useEffect, useState } from 'react';
import { type ApiResult, api } from '../api/client.ts';
import type { CompetitionSummaryDto } from '../api/dto.ts';
import { Link } from '../components/Link.tsx';
import { ProblemMessage } from '../components/Problem.tsx';

/** Every competition the visitor may see. */
export function CompetitionsPage() {
  const [result, setResult] = useState<ApiResult<ReadonlyArray<CompetitionSummaryDto>> | undefined>();
  useEffect(() => {
    void api.competitions().then(setResult);
  }, []);
  return (
    <>
      <h1>Competitions</h1>
      {result === undefined ? (
        <p aria-busy="true">Loading…</p>
      ) : !result.ok ? (
        <ProblemMessage problem={result.problem} />
      ) : result.value.length === 0 ? (
        <p>No competitions yet.</p>
      ) : (
        <ul className="plain-list competitions">
          {result.value.map((c) => (
            <li key={c.id}>
              <Link to={{ kind: 'home', id: c.id }}>{c.name}</Link>
              {c.published ? null : <span className="muted"> (draft)</span>}
              {' · '}
              <Link to={{ kind: 'bracket', id: c.id }}>bracket</Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
