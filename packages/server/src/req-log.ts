import type { FastifyBaseLogger, FastifyRequest } from 'fastify';

/**
 * The logger of a request, each line naming it (`reqId`). Requests share the server's logger unless
 * requests are logged (`log: 'requests'`): a child logger per request costs about 1.5 µs of a 27 µs
 * cached read, so the child is made here, on the rare path that logs.
 *
 * @example reqLog(request).error({ err }, 'a job failed');
 */
export function reqLog(request: FastifyRequest): FastifyBaseLogger {
  return request.log === request.server.log ? request.log.child({ reqId: request.id }) : request.log;
}
