/** What the job pool sends a worker: one job. */
export interface JobRequest {
  readonly id: number;
  readonly kind: string;
  readonly input: unknown;
}

/** What a worker sends back: the job's value, or the message of what it threw. */
export type JobReply =
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly id: number; readonly ok: false; readonly message: string };
