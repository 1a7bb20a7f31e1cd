import { useEffect, useState } from 'react';
import { type ApiResult, api } from '../api/client.ts';
import type { AuditEntryDto } from '../api/dto.ts';
import { ProblemMessage } from '../components/Problem.tsx';
import type { Loaded } from '../state/derive.ts';

/** The competition's history: every applied change and every refused stale edit. */
export function AuditPage({ data }: { readonly data: Loaded }) {
  const [result, setResult] = useState<ApiResult<ReadonlyArray<AuditEntryDto>> | undefined>();
  const { id } = data.view;
  // Reloads whenever the competition's version moves (a live change).
  // biome-ignore lint/correctness/useExhaustiveDependencies: the version is the trigger
  useEffect(() => {
    void api.audit(id).then(setResult);
  }, [id, data.version]);
  return (
    <>
      <h1>
        Audit log <span className="subtitle">{data.view.name}</span>
      </h1>
      {result === undefined ? (
        <p aria-busy="true">Loading…</p>
      ) : !result.ok ? (
        <ProblemMessage problem={result.problem} />
      ) : (
        <div className="table-scroll">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">When (UTC)</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
              </tr>
            </thead>
            <tbody>
              {result.value.map((e, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: refused attempts have no version of their own
                <tr key={i} className={e.outcome === 'conflict' ? 'refused' : undefined}>
                  <td>{e.outcome === 'applied' ? e.version : '—'}</td>
                  <td>
                    <time dateTime={e.at}>{e.at.replace('T', ' ').replace(/\.\d+Z$|Z$/, '')}</time>
                  </td>
                  <td>{e.actor}</td>
                  <td>
                    {e.kind}
                    {e.target ? ` · ${e.target}` : ''}
                    {e.outcome === 'conflict'
                      ? ` · refused: based on version ${e.expectedVersion}, competition was at ${e.currentVersion}`
                      : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
