import { createContext, type ReactNode, useContext, useRef } from 'react';
import type { CompetitionSummaryDto, CompetitionViewDto, PageData } from '../api/dto.ts';

/** The id of the `<script type="application/json">` that carries the server's page data. */
export const PAGE_DATA_ID = 'cupstage-data';

/**
 * The data the server rendered the first page with. Each piece is handed out once, to the first
 * component that asks for it (the page the server rendered); pages opened later fetch their own.
 */
interface Seed {
  readonly data: PageData | undefined;
  readonly taken: Set<string>;
}

const Ctx = createContext<Seed>({ data: undefined, taken: new Set() });

/** Provides the server's page data (or none, in a page the server did not render). */
export function SeedProvider({ data, children }: { readonly data?: PageData; readonly children: ReactNode }) {
  const seed = useRef<Seed>({ data, taken: new Set() });
  return <Ctx.Provider value={seed.current}>{children}</Ctx.Provider>;
}

/** The page data as the server gave it (origin, session), without taking anything. */
export function usePageData(): PageData | undefined {
  return useContext(Ctx).data;
}

/** Takes the seeded competition view, if the server rendered this competition and no one took it yet. */
export function useSeededCompetition(id: string): CompetitionViewDto | undefined {
  const seed = useContext(Ctx);
  const taken = useRef<CompetitionViewDto | undefined | null>(null);
  if (taken.current === null) {
    const view = seed.data?.competition;
    taken.current = view?.id === id && !seed.taken.has(`competition:${id}`) ? view : undefined;
    if (taken.current) seed.taken.add(`competition:${id}`);
  }
  return taken.current;
}

/** Whether the server found no competition `id` the visitor may read (so there is nothing to fetch). */
export function useSeededMissing(id: string): boolean {
  return useContext(Ctx).data?.missing === id;
}

/** Takes the seeded list of competitions, if the server rendered the front page and no one took it yet. */
export function useSeededCompetitions(): ReadonlyArray<CompetitionSummaryDto> | undefined {
  const seed = useContext(Ctx);
  const taken = useRef<ReadonlyArray<CompetitionSummaryDto> | undefined | null>(null);
  if (taken.current === null) {
    const list = seed.data?.competitions;
    taken.current = list && !seed.taken.has('competitions') ? list : undefined;
    if (taken.current) seed.taken.add('competitions');
  }
  return taken.current;
}

/** Reads the page data the server embedded, if any (in the browser). */
export function readPageData(): PageData | undefined {
  const el = typeof document === 'undefined' ? null : document.getElementById(PAGE_DATA_ID);
  if (!el?.textContent) return undefined;
  try {
    return JSON.parse(el.textContent) as PageData;
  } catch {
    return undefined;
  }
}
