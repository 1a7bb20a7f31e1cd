/**
 * Worker thread of the prediction pool: holds the current stage plan and simulates the chunks it is
 * sent, each with its own seed (`deriveSeed(seed, chunk)` inside `simulateChunk`).
 */
import { parentPort } from 'node:worker_threads';
import { type StagePlan, simulateChunk } from '@cupstage/core';
import type { ToMain, ToWorker } from './messages.ts';

const port = parentPort;
if (port === null) throw new Error('worker.ts must run in a worker thread');
const plans = new Map<number, StagePlan>();

port.on('message', (message: ToWorker) => {
  switch (message.kind) {
    case 'plan':
      plans.clear();
      plans.set(message.job, message.plan);
      return;
    case 'chunk': {
      const plan = plans.get(message.job);
      if (plan === undefined) throw new Error(`no plan for job ${message.job}`);
      const counts = simulateChunk(plan, message.seed, message.chunk, message.runs);
      const reply: ToMain = { kind: 'counts', job: message.job, chunk: message.chunk, counts };
      port.postMessage(reply, [counts.buffer as ArrayBuffer]);
      return;
    }
    default: {
      const never: never = message;
      throw new Error(`unknown message ${String(never)}`);
    }
  }
});
