import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../cli/bin/cupstage.js', import.meta.url));

/** A `cupstage serve` child process. */
export interface Served {
  readonly base: string;
  readonly child: ChildProcess;
  /** Everything the process wrote to stderr so far (for failure messages). */
  stderr(): string;
  /** SIGTERM, then wait for the exit. */
  stop(): Promise<void>;
}

/**
 * Starts `cupstage serve --port 0 ...args` as a child process and waits until it listens.
 *
 * @example const a = await serve(['--db', path, '--example']);
 */
export function serve(args: ReadonlyArray<string>, env: Record<string, string> = {}): Promise<Served> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start in 30 s: ${err}`)), 30_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}: ${err}`));
    });
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /serving on (http:\/\/[^\s]+)/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      resolve({
        base: m[1]!.replace('localhost', '127.0.0.1'),
        child,
        stderr: () => err,
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    });
  });
}

/** Reads a Server-Sent Events stream, resolving `until(text)` when the text has arrived. */
export async function sseClient(
  url: string,
): Promise<{ until(text: string): Promise<number>; ended(): Promise<void>; text(): string; close(): void }> {
  const controller = new AbortController();
  const res = await fetch(url, { signal: controller.signal, headers: { accept: 'text/event-stream' } });
  if (!res.body) throw new Error('no body');
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let closed = false;
  const waiters: Array<{ needle: string; resolve: (t: number) => void }> = [];
  let end: () => void = () => {};
  const ended = new Promise<void>((resolve) => {
    end = resolve;
  });
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value);
        const now = performance.now();
        for (const w of [...waiters]) {
          if (text.includes(w.needle)) {
            waiters.splice(waiters.indexOf(w), 1);
            w.resolve(now);
          }
        }
      }
    } catch {
      // aborted
    }
    closed = true;
    for (const w of waiters.splice(0)) w.resolve(Number.NaN); // the text never came
    end();
  })();
  return {
    until: (needle) =>
      text.includes(needle)
        ? Promise.resolve(performance.now())
        : closed
          ? Promise.resolve(Number.NaN)
          : new Promise((resolve) => waiters.push({ needle, resolve })),
    ended: () => ended,
    text: () => text,
    close: () => controller.abort(),
  };
}
