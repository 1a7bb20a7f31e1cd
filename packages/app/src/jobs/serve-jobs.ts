import { parentPort } from 'node:worker_threads';
import type { JobReply, JobRequest } from './job-messages.ts';

/**
 * A job handler: input in, value (or a promise of it) out, structured-cloneable; a Uint8Array's buffer
 * is transferred, not copied.
 */
export type JobHandler = (input: never) => unknown;

/**
 * The worker side of a job pool: answers each job with its handler's value. A handler that throws
 * answers `job-failed` with its message; the worker keeps serving.
 *
 * @example serveJobs({ png: (input: { svg: string }) => renderPngSync(input.svg) });
 */
export function serveJobs(handlers: Readonly<Record<string, JobHandler>>): void {
  const port = parentPort;
  if (port === null) throw new Error('serveJobs must run in a worker thread');
  port.on('message', async (request: JobRequest) => {
    let reply: JobReply;
    const transfer: ArrayBuffer[] = [];
    try {
      const handler = handlers[request.kind];
      if (!handler) throw new Error(`no handler for job kind "${request.kind}"`);
      const value = await handler(request.input as never);
      if (value instanceof Uint8Array && value.byteOffset === 0 && value.buffer instanceof ArrayBuffer)
        transfer.push(value.buffer);
      reply = { id: request.id, ok: true, value };
    } catch (e) {
      reply = { id: request.id, ok: false, message: e instanceof Error ? e.message : String(e) };
    }
    port.postMessage(reply, transfer);
  });
}
