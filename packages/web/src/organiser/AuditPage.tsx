import { useEffect, useId, useState } from 'react';
import { type ApiResult, api } from '../api/client.ts';
import type { AuditEntryDto } from '../api/dto.ts';
import { ProblemMessage } from '../components/Problem.tsx';
import type { Loaded } from '../state/derive.ts';
import { auditSearchText, auditTopic, auditWhat, TOPICS, type Topic } from './audit-words.ts';
import './organiser.css';

/**
 * The competition's history in words: every applied change (results with before and after, the
 * schedule, draws, publication), membership changes and refused stale edits, newest first; filtered
 * by what changed, by tie or round, and by who. A list, not a table, so it reads on a phone.
 */
export function AuditPage({ data }: { readonly data: Loaded }) {
  const f = { topic: useId(), search: useId(), who: useId() };
  const [result, setResult] = useState<ApiResult<ReadonlyArray<AuditEntryDto>> | undefined>();
  const [topic, setTopic] = useState<Topic | 'all'>('all');
  const [search, setSearch] = useState('');
  const [who, setWho] = useState('');
  /** Older pages shown so far (newest first), and the path of the next older one. */
  const [older, setOlder] = useState<{
    readonly entries: ReadonlyArray<AuditEntryDto>;
    readonly next?: string;
    readonly busy?: boolean;
  }>({ entries: [] });
  const { id } = data.view;
  // Reloads whenever the competition's version moves (a live change), from the newest page again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the version is the trigger
  useEffect(() => {
    void api.audit(id).then((r) => {
      setResult(r);
      setOlder(r.ok && r.next !== undefined ? { entries: [], next: r.next } : { entries: [] });
    });
  }, [id, data.version]);
  const showOlder = async (next: string): Promise<void> => {
    setOlder((o) => ({ ...o, busy: true }));
    const r = await api.audit(id, next);
    setOlder((o) =>
      r.ok
        ? {
            entries: [...o.entries, ...[...r.value].reverse()],
            ...(r.next !== undefined ? { next: r.next } : {}),
          }
        : { entries: o.entries, next },
    );
  };
  const entries = result?.ok ? [...[...result.value].reverse(), ...older.entries] : [];
  const actors = [...new Set(entries.map((e) => e.actor))].sort();
  const needle = search.trim().toLowerCase();
  const shown = entries.filter(
    (e) =>
      (topic === 'all' || auditTopic(e) === topic) &&
      (who === '' || e.actor === who) &&
      (needle === '' || auditSearchText(e).includes(needle)),
  );
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
        <>
          <form
            className="audit-filters"
            aria-label="Filter the audit log"
            onSubmit={(e) => e.preventDefault()}
          >
            <div className="field">
              <label htmlFor={f.topic}>Show</label>
              <select id={f.topic} value={topic} onChange={(e) => setTopic(e.target.value as Topic | 'all')}>
                <option value="all">Everything</option>
                {TOPICS.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={f.search}>Tie or round</label>
              <input
                id={f.search}
                type="search"
                value={search}
                placeholder="SF1"
                onChange={(e) => setSearch(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={f.who}>By</label>
              <select id={f.who} value={who} onChange={(e) => setWho(e.target.value)}>
                <option value="">Anyone</option>
                {actors.map((a) => (
                  <option key={a} value={a}>
                    {a}
                  </option>
                ))}
              </select>
            </div>
          </form>
          <p className="muted" aria-live="polite">
            {shown.length === entries.length
              ? `${entries.length} changes, newest first`
              : `${shown.length} of ${entries.length} changes, newest first`}
            {older.next !== undefined ? '; older changes are not shown yet.' : '.'}
          </p>
          <ul className="audit-list">
            {shown.map((e, i) => (
              <li
                // biome-ignore lint/suspicious/noArrayIndexKey: refused attempts have no version of their own
                key={i}
                className={e.outcome === 'conflict' ? 'refused' : undefined}
                data-topic={auditTopic(e)}
              >
                <span className="audit-what">{auditWhat(e)}</span>
                {e.outcome === 'applied' ? <span className="audit-meta">Version {e.version}</span> : null}
              </li>
            ))}
          </ul>
          {older.next !== undefined ? (
            <button
              type="button"
              disabled={older.busy === true}
              onClick={() => older.next !== undefined && void showOlder(older.next)}
            >
              Show older changes
            </button>
          ) : null}
        </>
      )}
    </>
  );
}
