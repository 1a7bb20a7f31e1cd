import type { AppError } from '@cupstage/app';
import { type CupError, problemSentence } from '@cupstage/core';
import type { FastifyReply } from 'fastify';

/** One problem of a problem document: where, which rule, and a sentence for people. */
export interface ProblemItem {
  readonly path: ReadonlyArray<string | number>;
  readonly code: string;
  readonly message: string;
}

/** An RFC 9457 problem document as every error response of the API carries it. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  /** The first problem in an organiser's words, without its field path (core's `problemSentence`). */
  readonly detail: string;
  /** The first problem's code. */
  readonly code: string;
  readonly errors: ReadonlyArray<ProblemItem>;
  /** On 412: the competition's version now (also in the ETag header). */
  readonly currentVersion?: number;
  /** On 429 and 503: seconds to wait before trying again (also in the Retry-After header). */
  readonly retryAfterSeconds?: number;
  /** The id of the request, as the server's log names it: quote it when reporting a 500. */
  readonly requestId?: string;
}

/** The HTTP statuses the API answers errors with. */
export type ErrorStatus =
  | 400
  | 401
  | 403
  | 404
  | 406
  | 409
  | 412
  | 413
  | 414
  | 415
  | 422
  | 428
  | 429
  | 500
  | 503;

/**
 * THE table from error codes to HTTP statuses, one meaning per code (docs/api.md's error table is
 * checked against it by a test). Any code not listed is a rule of the game that the input broke
 * (core's and formats' codes such as `penalties-impossible`): 422.
 */
export const STATUS_BY_CODE = {
  'invalid-request': 400,
  'invalid-json': 400,
  'empty-body': 400,
  'invalid-if-match': 400,
  'invalid-url': 400,
  'sign-in-required': 401,
  'invalid-credentials': 401,
  'invalid-token': 401,
  forbidden: 403,
  'csrf-token-invalid': 403,
  'session-required': 403,
  'competition-not-found': 404,
  'not-found': 404,
  /**
   * The URL names no round of this competition. A round named in a request body (a draw, an
   * amendment) or a file that the competition lacks is core's input error `unknown-round` (422), and
   * the era registry's unknown round name is `unknown-era-round` (422).
   */
  'round-not-found': 404,
  /**
   * The URL names no tie of this competition. A tie named in a request body (a batch of leg results)
   * or a file (a slot's `winner`) that the competition lacks is core's input error `unknown-tie` (422).
   */
  'tie-not-found': 404,
  /** A group this competition does not have, or a competition without a group stage. */
  'group-not-found': 404,
  'leg-not-found': 404,
  'token-not-found': 404,
  'member-not-found': 404,
  'not-acceptable': 406,
  'competition-exists': 409,
  'already-published': 409,
  'not-published': 409,
  'last-owner': 409,
  /** A draw (or its commitment) for a round with a leg entered. */
  'round-has-results': 409,
  /** A draw log applied to a round with no commitment published before it. */
  'draw-not-committed': 409,
  /** A window set again: moving a set window is an amendment. */
  'window-already-set': 409,
  /** A window moved or set so that a played leg falls outside it. */
  'window-excludes-played-legs': 409,
  /** A draw seed shorter than 16 characters (or empty). */
  'seed-too-short': 422,
  /** A draw log that is not the draw of the round as it stands. */
  'draw-spec-mismatch': 422,
  /** A draw record with a log naming more or fewer than one round. */
  'draw-log-one-round': 422,
  /** A short-form create with more rounds than the bracket has. */
  'too-many-rounds': 422,
  /** An open draw for a round whose teams are not all known. */
  'open-draw-needs-teams': 422,
  'version-conflict': 412,
  'body-too-large': 413,
  'uri-too-long': 414,
  'unsupported-media-type': 415,
  'if-match-required': 428,
  'too-many-requests': 429,
  'internal-error': 500,
  'server-busy': 503,
  'deadline-exceeded': 503,
} as const satisfies Readonly<Record<string, ErrorStatus>>;

/** The codes with a status of their own: the API's and the use cases' refusals (typed union). */
export type HttpErrorCode = keyof typeof STATUS_BY_CODE;

/** True when the code has its own status in the table (otherwise it is a rule code: 422). */
export function isHttpErrorCode(code: string): code is HttpErrorCode {
  return Object.hasOwn(STATUS_BY_CODE, code);
}

const TITLES: Readonly<Record<number, string>> = {
  400: 'Bad request',
  401: 'Sign-in required',
  403: 'Forbidden',
  404: 'Not found',
  406: 'Not acceptable',
  409: 'Conflict',
  412: 'Precondition failed',
  413: 'Body too large',
  414: 'URI too long',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  428: 'Precondition required',
  429: 'Too many requests',
  500: 'Internal error',
  503: 'Service unavailable',
};

/** The status of an error code (422 for core's rule codes). */
export function statusOf(code: string): ErrorStatus {
  return isHttpErrorCode(code) ? STATUS_BY_CODE[code] : 422;
}

/**
 * Builds the problem document of one or more errors; the status follows the first error's code.
 *
 * @example problemOf([{ code: 'tie-not-found', path: ['tieId'], message: '"QF9" is not a tie' }]).status // 404
 */
export function problemOf(
  errors: ReadonlyArray<CupError>,
  extra: { currentVersion?: number; status?: number; retryAfterSeconds?: number } = {},
): Problem {
  const first = errors[0] ?? { code: 'internal-error', path: [], message: 'unknown error' };
  const status = extra.status ?? statusOf(first.code);
  return {
    type: `https://cupstage.dev/problems/${first.code}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail: problemSentence(first),
    code: first.code,
    errors: errors.map((e) => ({ path: [...e.path], code: e.code, message: e.message })),
    ...(extra.currentVersion !== undefined ? { currentVersion: extra.currentVersion } : {}),
    ...(extra.retryAfterSeconds !== undefined ? { retryAfterSeconds: extra.retryAfterSeconds } : {}),
  };
}

/** The problem document of a refused use case. */
export function problemOfAppError(e: AppError): Problem {
  return problemOf(e.errors && e.errors.length > 0 ? e.errors : [e], {
    ...(e.currentVersion !== undefined ? { currentVersion: e.currentVersion } : {}),
  });
}

/**
 * Sends a problem document (`application/problem+json`) carrying the request's id, with the current
 * ETag on a 412 and Retry-After on a 429 or 503.
 */
export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  if (problem.currentVersion !== undefined) reply.header('etag', `"${problem.currentVersion}"`);
  if (problem.retryAfterSeconds !== undefined) reply.header('retry-after', String(problem.retryAfterSeconds));
  return reply
    .code(problem.status)
    .type('application/problem+json; charset=utf-8')
    .send(JSON.stringify({ ...problem, requestId: reply.request.id }));
}

/** Thrown inside a route to answer with a problem document (caught by the one error handler). */
export class HttpProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
  }
}

/** Throws the problem of one error. */
export function fail(code: string, path: ReadonlyArray<string | number>, message: string): never {
  throw new HttpProblem(problemOf([{ code, path, message }]));
}

/** Throws the problem of one error built elsewhere (core's, with its code, path and message). */
export function failWith(error: CupError): never {
  throw new HttpProblem(problemOf([error]));
}
