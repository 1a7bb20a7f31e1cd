import type {
  AmendmentBody,
  AuditEntryDto,
  CompetitionSummaryDto,
  CompetitionViewDto,
  CreateCompetitionBody,
  DrawRecordBody,
  ImportedDto,
  LegBody,
  LegResultsBody,
  MeDto,
  PredictionsDto,
  WindowsBody,
  WrittenDto,
} from './dto.ts';
import { type Problem, toProblem } from './problem.ts';

/** The outcome of an API call: the body (with the ETag's version when sent) or a problem document. */
export type ApiResult<T> =
  | {
      readonly ok: true;
      readonly value: T;
      readonly version?: number;
      /** The next page's path, from a `Link: <...>; rel="next"` header (the audit log's older entries). */
      readonly next?: string;
    }
  | { readonly ok: false; readonly problem: Problem };

/** The signed-in account, as `POST /auth/login` and `GET /auth/me` return it. */
export type Me = MeDto;
export type { AmendmentBody, CreateCompetitionBody, DrawRecordBody, ImportedDto, PredictionsDto };

/** What `POST /import` reads. */
export type ImportSource = 'article' | 'football-txt' | 'csv' | 'json';

let csrfToken: string | undefined;

/** The CSRF token to send with writes: the one the server gave at sign-in or with `GET /auth/me`. */
const csrf = (): string | undefined => csrfToken;

/** The version an ETag names: `"7"` (answers without a version of their own have hash ETags). */
/** The same-origin path of a `Link` header's `rel="next"` target. */
const nextOf = (link: string | null): string | undefined => {
  const m = link ? /<(\/[^>]*)>\s*;\s*rel="next"/.exec(link) : null;
  return m?.[1];
};

const versionOf = (etag: string | null): number | undefined => {
  const m = etag ? /^(?:W\/)?"(\d+)"$/.exec(etag) : null;
  return m?.[1] !== undefined ? Number(m[1]) : undefined;
};

interface RequestOptions {
  readonly body?: unknown;
  /** A text body (sent as `text/plain`) instead of JSON. */
  readonly text?: string;
  readonly ifMatch?: number;
}

/** One call of the API (same origin, CSRF token and If-Match on writes). */
export async function request<T>(
  method: string,
  path: string,
  options: RequestOptions = {},
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.text !== undefined) headers['content-type'] = 'text/plain; charset=utf-8';
  if (options.ifMatch !== undefined) headers['if-match'] = `"${options.ifMatch}"`;
  if (method !== 'GET') {
    const token = csrf();
    if (token !== undefined) headers['x-csrf-token'] = token;
  }
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      // Published pages are cacheable for a few seconds (Cache-Control: max-age, for CDNs); the app
      // always revalidates with its ETag instead, so a live change is never read from a stale copy.
      cache: 'no-cache',
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      ...(options.text !== undefined ? { body: options.text } : {}),
    });
  } catch {
    return { ok: false, problem: toProblem(0, undefined) };
  }
  const text = await res.text();
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (!res.ok) return { ok: false, problem: toProblem(res.status, body) };
  const version = versionOf(res.headers.get('etag'));
  const next = nextOf(res.headers.get('link'));
  return {
    ok: true,
    value: body as T,
    ...(version !== undefined ? { version } : {}),
    ...(next !== undefined ? { next } : {}),
  };
}

const c = (id: string): string => `/competitions/${encodeURIComponent(id)}`;

/** Paths of the server's export endpoints, for download links. */
export const exportLinks = (id: string) => ({
  text: `${c(id)}/report`,
  markdown: `${c(id)}/report?format=markdown`,
  file: `${c(id)}/file`,
  wikitext: `${c(id)}/export/wikitext`,
  calendar: `${c(id)}/calendar.ics`,
  pngBracket: `${c(id)}/export/png`,
});

/** The path of a competition's Server-Sent Events stream. */
export const eventsPath = (id: string): string => `${c(id)}/events`;

/** The typed client of the cupstage HTTP API (same origin, cookies for the session). */
export const api = {
  competitions: () => request<ReadonlyArray<CompetitionSummaryDto>>('GET', '/competitions'),
  competition: (id: string) => request<CompetitionViewDto>('GET', c(id)),
  /** The newest page of the audit log, or the older page `next` names (from the previous page). */
  audit: (id: string, next?: string) =>
    request<ReadonlyArray<AuditEntryDto>>('GET', next ?? `${c(id)}/audit`),
  /** Each team's chances (default model), conditional on every result entered. */
  predictions: (id: string) => request<PredictionsDto>('GET', `${c(id)}/predictions`),
  /** Enters or corrects one leg (`leg` counts from 1); `version` is the version the user saw. */
  enterLeg: (id: string, tie: string, leg: number, match: LegBody, version: number) =>
    request<WrittenDto>('PUT', `${c(id)}/ties/${encodeURIComponent(tie)}/legs/${leg}`, {
      body: match,
      ifMatch: version,
    }),
  /**
   * Enters or corrects several legs at once, all or none (the results grid): each `{tie, leg, ...}`
   * with `leg` counting from 1, checked in order with the ones before it in place.
   */
  enterLegs: (id: string, results: LegResultsBody['results'], version: number) =>
    request<WrittenDto>('PATCH', `${c(id)}/legs`, { body: { results }, ifMatch: version }),
  /** Deletes the last entered leg; the answer's `removed` leg, PUT back, undoes it. */
  deleteLeg: (id: string, tie: string, leg: number, version: number) =>
    request<WrittenDto>('DELETE', `${c(id)}/ties/${encodeURIComponent(tie)}/legs/${leg}`, {
      ifMatch: version,
    }),
  /** Creates a competition from qualified teams, a rules preset and a bracket template. */
  create: (body: CreateCompetitionBody) =>
    request<{ id: string; version: number }>('POST', '/competitions', { body }),
  /** Creates a competition from a competition file (e.g. the one `importText` read). */
  createFromFile: (file: Readonly<Record<string, unknown>>) =>
    request<{ id: string; version: number }>('POST', '/competitions', { body: file }),
  /** Reads an article, football.txt, a legs CSV or a competition file; stores nothing. */
  importText: (
    from: ImportSource,
    text: string,
    options: { readonly rules?: string; readonly name?: string } = {},
  ) => {
    const q = new URLSearchParams({ from });
    if (options.rules) q.set('rules', options.rules);
    if (options.name) q.set('name', options.name);
    return request<ImportedDto>('POST', `/import?${q.toString()}`, { text });
  },
  amend: (id: string, body: AmendmentBody, version: number) =>
    request<unknown>('POST', `${c(id)}/amendments`, { body, ifMatch: version }),
  publish: (id: string, publish: boolean, version: number) =>
    request<unknown>('POST', `${c(id)}/${publish ? 'publish' : 'unpublish'}`, { ifMatch: version }),
  /** Records a draw; with the `log` of `runRoundDraw`, verifies it against the commitment and applies it. */
  recordDraw: (id: string, body: DrawRecordBody, version: number) =>
    request<WrittenDto>('POST', `${c(id)}/draws`, { body, ifMatch: version }),
  /** Publishes the SHA-256 of a round's draw seed before the ceremony. */
  commitDraw: (id: string, round: string, commitment: string, version: number) =>
    request<WrittenDto>('POST', `${c(id)}/draws/commitments`, {
      body: { round, commitment },
      ifMatch: version,
    }),
  /** Runs a round's draw on the seed (nothing stored) and returns its log. */
  runRoundDraw: (id: string, round: string, seed: string, commitment?: string) =>
    request<Readonly<Record<string, unknown>>>('POST', `${c(id)}/draws/run`, {
      body: { round, seed, ...(commitment ? { commitment } : {}) },
    }),
  /** Sets a round's windows that are not set yet (a set window moves with `amend`). */
  setWindows: (id: string, round: string, windows: WindowsBody, version: number) =>
    request<WrittenDto>('PUT', `${c(id)}/rounds/${encodeURIComponent(round)}/windows`, {
      body: windows,
      ifMatch: version,
    }),
  me: async (): Promise<ApiResult<Me>> => {
    const r = await request<Me>('GET', '/auth/me');
    if (r.ok && r.value.csrfToken !== undefined) csrfToken = r.value.csrfToken;
    return r;
  },
  signIn: async (email: string, password: string): Promise<ApiResult<Me>> => {
    const r = await request<Me>('POST', '/auth/login', { body: { email, password } });
    if (r.ok && r.value.csrfToken !== undefined) csrfToken = r.value.csrfToken;
    return r;
  },
  signOut: async (): Promise<ApiResult<unknown>> => {
    const r = await request<unknown>('POST', '/auth/logout');
    csrfToken = undefined;
    return r;
  },
};
