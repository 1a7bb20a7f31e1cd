import { type FormEvent, useId, useState } from 'react';
import { api, type ImportedDto, type ImportSource } from '../api/client.ts';
import type { Problem } from '../api/problem.ts';
import { ProblemMessage } from '../components/Problem.tsx';
import { href } from '../routing/route.ts';
import { navigate } from '../routing/use-route.ts';
import { useSession } from '../state/session.tsx';
import { PresetOptions } from './PresetOptions.tsx';

const SOURCES: ReadonlyArray<readonly [ImportSource, string]> = [
  ['article', 'An article (the text of a Wikipedia knockout-stage article)'],
  ['football-txt', 'football.txt (openfootball)'],
  ['csv', 'A CSV of legs'],
  ['json', 'A competition file (JSON)'],
];

/** The few facts of an imported competition file shown before it is created. */
interface Preview {
  readonly id: string;
  readonly name: string;
  readonly teams: number;
  readonly rounds: ReadonlyArray<{ readonly name: string; readonly ties: ReadonlyArray<string> }>;
}

const str = (x: unknown): string => (typeof x === 'string' ? x : '');
const list = (x: unknown): ReadonlyArray<unknown> => (Array.isArray(x) ? x : []);
const rec = (x: unknown): Readonly<Record<string, unknown>> =>
  typeof x === 'object' && x !== null ? (x as Record<string, unknown>) : {};

function sideLabel(side: unknown, teams: ReadonlyMap<string, string>): string {
  const s = rec(side);
  if (typeof s.team === 'string') return teams.get(s.team) ?? s.team;
  if (typeof s.winner === 'string') return `Winner ${s.winner}`;
  if (typeof s.loser === 'string') return `Loser ${s.loser}`;
  if (typeof s.group === 'string') return `${s.position === 1 ? 'Winner' : 'Runner-up'} Group ${s.group}`;
  return '?';
}

/** Reads the facts to preview from the competition file the server returned. */
function previewOf(file: Readonly<Record<string, unknown>>): Preview {
  const teams = new Map(list(file.teams).map((t) => [str(rec(t).id), str(rec(t).name)] as const));
  return {
    id: str(file.id),
    name: str(file.name),
    teams: teams.size,
    rounds: list(file.rounds).map((r) => ({
      name: str(rec(r).name),
      ties: list(rec(r).ties).map((t) => {
        const sides = list(rec(t).sides);
        return `${str(rec(t).id)}: ${sideLabel(sides[0], teams)} v ${sideLabel(sides[1], teams)}`;
      }),
    })),
  };
}

/**
 * Imports a competition from a file or from an article's text (copied from the web): the server
 * reads it (`POST /import`, nothing stored), the organiser checks the preview and what the reader
 * found, then creates it (`POST /competitions` with the competition file).
 */
export function ImportForm() {
  const { refresh } = useSession();
  const ids = { from: useId(), file: useId(), text: useId(), rules: useId(), name: useId() };
  const [from, setFrom] = useState<ImportSource>('article');
  const [text, setText] = useState('');
  const [rules, setRules] = useState('');
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<Problem | undefined>();
  const [missing, setMissing] = useState(false);
  const [imported, setImported] = useState<ImportedDto | undefined>();
  const [busy, setBusy] = useState(false);

  const onFile = async (files: FileList | null): Promise<void> => {
    const file = files?.[0];
    if (!file) return;
    setText(await file.text());
    const lower = file.name.toLowerCase();
    if (lower.endsWith('.json')) setFrom('json');
    else if (lower.endsWith('.csv')) setFrom('csv');
    else if (lower.endsWith('.txt')) setFrom('football-txt');
  };

  const read = async (e: FormEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    setImported(undefined);
    setProblem(undefined);
    if (text.trim() === '') {
      setMissing(true);
      return;
    }
    setMissing(false);
    setBusy(true);
    const r = await api.importText(from, text, {
      ...(rules ? { rules } : {}),
      ...(name.trim() ? { name: name.trim() } : {}),
    });
    setBusy(false);
    if (!r.ok) setProblem(r.problem);
    else setImported(r.value);
  };

  const create = async (): Promise<void> => {
    if (!imported) return;
    setProblem(undefined);
    const r = await api.createFromFile(imported.competition);
    if (!r.ok) {
      setProblem(r.problem);
      return;
    }
    await refresh();
    navigate(href({ kind: 'manage', id: r.value.id }));
  };

  const preview = imported ? previewOf(imported.competition) : undefined;
  return (
    <>
      <form className="form" onSubmit={(e) => void read(e)} noValidate aria-label="Import">
        <div className="field wide">
          <label htmlFor={ids.from}>What it is</label>
          <select id={ids.from} value={from} onChange={(e) => setFrom(e.target.value as ImportSource)}>
            {SOURCES.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field wide">
          <label htmlFor={ids.file}>A file</label>
          <input
            id={ids.file}
            type="file"
            accept=".txt,.csv,.json,.wiki,text/*,application/json"
            onChange={(e) => void onFile(e.target.files)}
          />
        </div>
        <div className="field wide">
          <label htmlFor={ids.text}>Or paste the text</label>
          <textarea
            id={ids.text}
            rows={10}
            value={text}
            placeholder={'== Quarter-finals ==\n…'}
            aria-invalid={missing ? true : undefined}
            onChange={(e) => setText(e.target.value)}
          />
          {missing ? (
            <p className="field-problem" role="alert">
              Choose a file or paste the text to import.
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor={ids.rules}>Rules of each tie</label>
          <select id={ids.rules} value={rules} onChange={(e) => setRules(e.target.value)}>
            <option value="">As the text says</option>
            <PresetOptions />
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.name}>Name (optional)</label>
          <input id={ids.name} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
        </div>
        {problem ? <ProblemMessage problem={problem} /> : null}
        <button type="submit" disabled={busy}>
          {busy ? 'Reading…' : 'Read and preview'}
        </button>
      </form>
      {imported && preview ? (
        <section aria-labelledby="import-preview" className="import-preview">
          <h2 id="import-preview">Preview: {preview.name || 'unnamed competition'}</h2>
          <p>
            Id <code>{preview.id}</code> · {preview.teams} teams · {preview.rounds.length} rounds
          </p>
          {preview.rounds.map((r) => (
            <div key={r.name}>
              <h3>{r.name}</h3>
              <ul className="plain-list">
                {r.ties.map((t) => (
                  <li key={t}>{t}</li>
                ))}
              </ul>
            </div>
          ))}
          {imported.problems.length > 0 ? (
            <>
              <h3>What the reader found</h3>
              <ul>
                {imported.problems.map((p, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: findings are in reading order
                  <li key={i}>{p.message}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>The reader found nothing to question.</p>
          )}
          <button type="button" onClick={() => void create()}>
            Create this competition
          </button>
        </section>
      ) : null}
    </>
  );
}
