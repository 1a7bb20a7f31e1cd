import { ORGANISER } from './server.ts';

/** A writer for the API as a script would use it: signed in, with the CSRF token and `If-Match`. */
export type ApiWriter = (method: string, path: string, body?: unknown) => Promise<Response>;

/**
 * Signs in over HTTP and returns a writer whose every change sends the current version of
 * competition `competition` (read just before) as `If-Match`.
 */
export async function apiSession(base: string, competition: () => string): Promise<ApiWriter> {
  const login = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ORGANISER),
  });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return async (method, path, body) => {
    const current = await fetch(`${base}/competitions/${competition()}`, { headers: { cookie } });
    const version = current.headers.get('etag') ?? '';
    return fetch(`${base}${path}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        ...(version !== '' ? { 'if-match': version } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  };
}
