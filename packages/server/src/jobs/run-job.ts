import type { JobPool } from '@cupstage/app/jobs';
import type { FastifyRequest } from 'fastify';
import { HttpProblem, problemOf } from '../problem.ts';
import { reqLog } from '../req-log.ts';
import type { JobInputs, JobKind, JobOutputs } from './handlers.ts';

/** The worker module of the server's job pool: worker.ts when running the sources, worker.js when compiled. */
export const JOBS_WORKER = new URL(
  import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js',
  import.meta.url,
);

/**
 * Runs a heavy job in the pool and answers its value; a full pool or a job past its deadline is a 503
 * problem with Retry-After, a job that threw is a 500 (logged with the request id).
 *
 * @example const png = await runJob(pool, request, 'png', { competition });
 */
export async function runJob<K extends JobKind>(
  pool: JobPool,
  request: FastifyRequest,
  kind: K,
  input: JobInputs[K],
): Promise<JobOutputs[K]> {
  const outcome = await pool.run<JobOutputs[K]>(kind, input);
  if (outcome.ok) return outcome.value;
  const e = outcome.error;
  if (e.code === 'job-failed') {
    reqLog(request).error({ job: kind, error: e.message }, 'a job failed');
    throw new HttpProblem(
      problemOf([
        {
          code: 'internal-error',
          path: [],
          message: 'something went wrong on the server; it has been logged',
        },
      ]),
    );
  }
  const code = e.code === 'pool-full' ? 'server-busy' : 'deadline-exceeded';
  throw new HttpProblem(
    problemOf([{ code, path: [], message: e.message }], { retryAfterSeconds: e.retryAfterSeconds }),
  );
}

/** Throws the 422 problem of a job's input errors. */
export function orRefuse<T>(
  r:
    | { ok: true; value: T }
    | {
        ok: false;
        errors: ReadonlyArray<{ code: string; path: ReadonlyArray<string | number>; message: string }>;
      },
): T {
  if (r.ok) return r.value;
  throw new HttpProblem(problemOf(r.errors));
}
