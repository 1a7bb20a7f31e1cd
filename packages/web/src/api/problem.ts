import type { ProblemDto } from './dto.ts';

/** One problem of an API error: where, which rule, and a sentence for people. */
export type ProblemItem = ProblemDto['errors'][number];

/**
 * An RFC 9457 problem document, as every error response of the API carries it (the server's schema;
 * the web also makes ones of its own, `network-error` and `http-error`, when no document came).
 */
export type Problem = Pick<ProblemDto, 'status' | 'title' | 'detail' | 'code' | 'errors' | 'currentVersion'>;

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/** Reads a problem document from a response body, or makes one from the status. */
export function toProblem(status: number, body: unknown): Problem {
  if (isRecord(body) && typeof body.code === 'string') {
    const errors = Array.isArray(body.errors)
      ? body.errors.filter(
          (e): e is ProblemItem => isRecord(e) && typeof e.code === 'string' && typeof e.message === 'string',
        )
      : [];
    const detail = typeof body.detail === 'string' ? body.detail : (errors[0]?.message ?? `HTTP ${status}`);
    return {
      status,
      title: typeof body.title === 'string' ? body.title : `HTTP ${status}`,
      detail,
      code: body.code,
      errors: errors.length > 0 ? errors : [{ path: [], code: body.code, message: detail }],
      ...(typeof body.currentVersion === 'number' ? { currentVersion: body.currentVersion } : {}),
    };
  }
  const detail = status === 0 ? 'the server cannot be reached' : `the server answered ${status}`;
  return { status, title: 'Error', detail, code: status === 0 ? 'network-error' : 'http-error', errors: [] };
}
