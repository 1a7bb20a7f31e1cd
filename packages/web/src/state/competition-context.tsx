import { createContext, type ReactNode, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { api, eventsPath } from '../api/client.ts';
import type { Problem } from '../api/problem.ts';
import { derive, type Loaded } from './derive.ts';

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
 * (`GET /competitions/:id/events`) reloads it, so an entered result shows on every open page.
 */
export function CompetitionProvider({ id, children }: { readonly id: string; readonly children: ReactNode }) {
  const [state, setState] = useState<CompetitionState>({ status: 'loading' });
  const [live, setLive] = useState<LiveState>('connecting');
  const latest = useRef(0);
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
    return p;
  }, [load]);

  useEffect(() => {
    setState({ status: 'loading' });
    void reload();
    if (typeof EventSource === 'undefined') {
      setLive('offline');
      return undefined;
    }
    const source = new EventSource(eventsPath(id));
    setLive('connecting');
    const onChange = (): void => void reload();
    source.addEventListener('open', () => {
      setLive('live');
      void reload();
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
