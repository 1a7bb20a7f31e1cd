import { createContext, type ReactNode, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { api, eventsPath } from '../api/client.ts';
import { type Problem, toProblem } from '../api/problem.ts';
import { derive, type Loaded } from './derive.ts';
import { useSeededCompetition, useSeededMissing } from './seed.tsx';

/** Whether the page is receiving live updates. */
export type LiveState = 'connecting' | 'live' | 'offline';

export type CompetitionState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly problem: Problem }
  | { readonly status: 'ready'; readonly data: Loaded };

interface ContextValue {
  readonly state: CompetitionState;
  readonly live: LiveState;
  /** Loads the competition again (after a write or a stale edit). */
  readonly reload: () => Promise<Loaded | undefined>;
}

const Ctx = createContext<ContextValue | undefined>(undefined);

/**
 * Loads one competition and keeps it current: every `change` event of the server's SSE stream
 * (`GET /competitions/:id/events`) reloads it, so an entered result shows on every open page. A page
 * the server rendered starts from the competition it embedded (no second fetch); the stream's
 * `ready` event (the current version) reloads only when the competition moved on since.
 */
export function CompetitionProvider({ id, children }: { readonly id: string; readonly children: ReactNode }) {
  const seeded = useSeededCompetition(id);
  const missing = useSeededMissing(id);
  const [state, setState] = useState<CompetitionState>(() =>
    seeded
      ? { status: 'ready', data: derive(seeded) }
      : missing
        ? { status: 'failed', problem: toProblem(404, undefined) }
        : { status: 'loading' },
  );
  const [live, setLive] = useState<LiveState>('connecting');
  const latest = useRef(0);
  const known = useRef<number | undefined>(seeded?.version);
  const loading = useRef<Promise<Loaded | undefined> | undefined>(undefined);
  const newest = useRef<Promise<Loaded | undefined>>(Promise.resolve(undefined));

  const load = useCallback(
    async (ticket: number): Promise<Loaded | undefined> => {
      const r = await api.competition(id);
      // Overtaken by a newer reload (e.g. a live change): answer with what that one loads.
      if (ticket !== latest.current) return newest.current;
      if (!r.ok) {
        setState({ status: 'failed', problem: r.problem });
        return undefined;
      }
      const data = derive(r.value, r.version);
      known.current = Math.max(known.current ?? 0, data.version);
      setState((prev) =>
        prev.status === 'ready' && prev.data.version > data.version ? prev : { status: 'ready', data },
      );
      return data;
    },
    [id],
  );

  const reload = useCallback((): Promise<Loaded | undefined> => {
    const p = load(++latest.current);
    newest.current = p;
    loading.current = p;
    return p;
  }, [load]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the seed is read once, on the first render
  useEffect(() => {
    // The server said there is no such competition: nothing to fetch, no stream to open.
    if (missing) return undefined;
    if (known.current === undefined || seeded?.id !== id) {
      known.current = undefined;
      setState({ status: 'loading' });
      void reload();
    }
    if (typeof EventSource === 'undefined') {
      setLive('offline');
      return undefined;
    }
    const source = new EventSource(eventsPath(id));
    setLive('connecting');
    const onChange = (): void => void reload();
    source.addEventListener('open', () => setLive('live'));
    source.addEventListener('ready', (e) => {
      setLive('live');
      let version: number | undefined;
      try {
        version = (JSON.parse((e as MessageEvent<string>).data) as { version?: number }).version;
      } catch {
        version = undefined;
      }
      // Reload only when the stream knows a newer version than the page (after the load in flight).
      void (loading.current ?? Promise.resolve()).then(() => {
        if (version === undefined || known.current === undefined || version > known.current) void reload();
      });
    });
    source.addEventListener('change', onChange);
    source.addEventListener('message', onChange);
    source.addEventListener('error', () =>
      setLive(source.readyState === EventSource.CLOSED ? 'offline' : 'connecting'),
    );
    return () => source.close();
  }, [id, reload]);

  return <Ctx.Provider value={{ state, live, reload }}>{children}</Ctx.Provider>;
}

/** The competition of the current page (inside a `CompetitionProvider`). */
export function useCompetition(): ContextValue {
  const value = useContext(Ctx);
  if (!value) throw new Error('useCompetition outside CompetitionProvider');
  return value;
}
