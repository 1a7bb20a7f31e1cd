/**
 * `npm run bench:stream [-- --streams N] [--changes C] [--clients P]`
 *
 * Live streams for a final (issue 14, point 4): one server process (a child, SQLite, the example
 * loaded) holds N Server-Sent Events streams of `GET /competitions/:id/events` (default 10,000),
 * opened by P client processes (default 2) over raw sockets. Then an editor enters C leg results
 * (default 5), one a second, and each client process records when each of its streams received the
 * change. Prints, per change and over all, the time from sending the write to its arrival on every
 * stream (p50, p99, max; goal: all within 1 s), the write's own acknowledgement time for reference,
 * and the server's memory per stream (RSS and heap after opening the streams minus before, divided by N).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exampleWithEditor, median, round3 } from './shared-path.ts';

const HERE = fileURLToPath(import.meta.url);
const CAF = 'caf-confederation-cup-2017';
const now = (): number => performance.timeOrigin + performance.now();

type ToParent =
  | { type: 'ready'; api: string; token: string }
  | { type: 'memory'; rss: number; heap: number; streams: number }
  | { type: 'opened'; opened: number; failed: number }
  | { type: 'arrived'; version: number; times: number[]; missing: number };
type ToChild = { type: 'memory' } | { type: 'expect'; version: number } | { type: 'stop' };

const send = (m: ToParent): void => {
  process.send?.(m);
};

// ---- the server process ---------------------------------------------------------------------------

async function server(path: string): Promise<void> {
  const { createSqliteStore } = await import('@cupstage/store');
  const { buildServer } = await import('@cupstage/server');
  const store = await createSqliteStore(path);
  const token = await exampleWithEditor(store);
  const app = await buildServer({ store, webDist: null, log: 'off' });
  const api = await app.listen({ port: 0, host: '127.0.0.1', backlog: 4096 });
  process.on('message', (m: ToChild) => {
    if (m.type === 'memory') {
      globalThis.gc?.();
      const u = process.memoryUsage();
      send({ type: 'memory', rss: u.rss, heap: u.heapUsed, streams: 0 });
    }
    if (m.type === 'stop') void app.close().then(() => store.close().then(() => process.exit(0)));
  });
  send({ type: 'ready', api, token });
}

// ---- a client process: raw sockets ----------------------------------------------------------------

async function clients(count: number, api: string): Promise<void> {
  const url = new URL(api);
  const request = `GET /competitions/${CAF}/events HTTP/1.1\r\nHost: ${url.host}\r\nAccept: text/event-stream\r\n\r\n`;
  interface Stream {
    socket: net.Socket;
    tail: string;
    ready: boolean;
    arrivedAt: number;
  }
  const streams: Stream[] = [];
  let expected = '';
  let waiting = 0;
  let onAllArrived: (() => void) | undefined;
  const open = (): Promise<boolean> =>
    new Promise((resolve) => {
      const socket = net.connect({ host: url.hostname, port: Number(url.port) });
      const s: Stream = { socket, tail: '', ready: false, arrivedAt: 0 };
      socket.setEncoding('latin1');
      socket.once('connect', () => socket.write(request));
      socket.on('data', (chunk: string) => {
        const text = s.tail + chunk;
        s.tail = text.slice(-64);
        if (!s.ready && text.includes('event: ready')) {
          s.ready = true;
          resolve(true);
        }
        if (expected !== '' && s.arrivedAt === 0 && text.includes(expected)) {
          s.arrivedAt = now();
          waiting--;
          if (waiting === 0) onAllArrived?.();
        }
      });
      socket.on('error', () => resolve(false));
      socket.on('close', () => resolve(false));
      streams.push(s);
    });
  let opened = 0;
  let failed = 0;
  // a few hundred connections at a time: the accept queue is not the thing measured
  const batch = 250;
  for (let i = 0; i < count; i += batch) {
    const results = await Promise.all(Array.from({ length: Math.min(batch, count - i) }, open));
    for (const ok of results) ok ? opened++ : failed++;
  }
  send({ type: 'opened', opened, failed });
  process.on('message', (m: ToChild) => {
    if (m.type === 'stop') {
      for (const s of streams) s.socket.destroy();
      process.exit(0);
    }
    if (m.type !== 'expect') return;
    expected = `id: ${m.version}\n`;
    const live = streams.filter((s) => s.ready && !s.socket.destroyed);
    for (const s of live) s.arrivedAt = 0;
    waiting = live.length;
    const report = (): void => {
      onAllArrived = undefined;
      clearTimeout(timer);
      const times = live.filter((s) => s.arrivedAt > 0).map((s) => s.arrivedAt);
      send({ type: 'arrived', version: m.version, times, missing: live.length - times.length });
    };
    const timer = setTimeout(report, 10_000);
    onAllArrived = report;
    if (waiting === 0) report();
  });
}

// ---- the parent: orchestration ------------------------------------------------------------------

function start(args: string[], extraNode: string[] = []): ChildProcess {
  return spawn(process.execPath, [...extraNode, '--import', 'tsx', HERE, ...args], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

function next<T extends ToParent['type']>(
  child: ChildProcess,
  type: T,
): Promise<Extract<ToParent, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: ToParent): void => {
      if (m.type !== type) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(m as Extract<ToParent, { type: T }>);
    };
    const onExit = (code: number | null): void => reject(new Error(`a bench process exited with ${code}`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

const percentile = (sorted: ReadonlyArray<number>, p: number): number =>
  sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;

function openFilesLimit(): number {
  const r = spawnSync('sh', ['-c', 'ulimit -n'], { encoding: 'utf8' });
  const n = Number(r.stdout.trim());
  return r.stdout.trim() === 'unlimited' ? Number.POSITIVE_INFINITY : n;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--server') return server(args[1]!);
  if (args[0] === '--clients') return clients(Number(args[1]), args[2]!);
  let streams = 10_000;
  let changes = 5;
  let processes = 2;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--streams') streams = Number(args[++i]);
    else if (a === '--changes') changes = Number(args[++i]);
    else if (a === '--clients') processes = Number(args[++i]);
    else {
      process.stderr.write(
        `bench:stream: unexpected argument '${a}' (use --streams N, --changes C, --clients P)\n`,
      );
      process.exit(2);
    }
  }
  const whole = (n: number, min: number, max: number): boolean => Number.isInteger(n) && n >= min && n <= max;
  if (!whole(streams, 1, 50_000) || !whole(changes, 1, 100) || !whole(processes, 1, 16)) {
    process.stderr.write('bench:stream: --streams 1..50000, --changes 1..100, --clients 1..16\n');
    process.exit(2);
  }
  const limit = openFilesLimit();
  if (limit < streams + 512 || limit < Math.ceil(streams / processes) + 512) {
    process.stderr.write(
      `bench:stream: the open-files limit is ${limit}; ${streams} streams need about ${streams + 512} in the server process (run \`ulimit -n ${streams + 1024}\` first)\n`,
    );
    process.exit(2);
  }
  const dir = mkdtempSync(join(tmpdir(), 'cupstage-bench-stream-'));
  const children: ChildProcess[] = [];
  try {
    const srv = start(['--server', join(dir, 'stream.db')], ['--expose-gc']);
    children.push(srv);
    const { api, token } = await next(srv, 'ready');
    // warm up: one stream, one read, so that the read model holds the competition
    await fetch(`${api}/competitions/${CAF}/bracket`).then((r) => r.arrayBuffer());
    srv.send({ type: 'memory' } satisfies ToChild);
    const before = await next(srv, 'memory');
    const per = Math.ceil(streams / processes);
    const openedAt = performance.now();
    const clientProcs = Array.from({ length: processes }, (_, i) =>
      start(['--clients', String(Math.min(per, streams - i * per)), api]),
    );
    children.push(...clientProcs);
    const opened = await Promise.all(clientProcs.map((c) => next(c, 'opened')));
    const openSeconds = (performance.now() - openedAt) / 1000;
    const open = opened.reduce((a, o) => a + o.opened, 0);
    const failed = opened.reduce((a, o) => a + o.failed, 0);
    srv.send({ type: 'memory' } satisfies ToChild);
    const after = await next(srv, 'memory');

    const version0 = Number(
      (await fetch(`${api}/competitions/${CAF}/bracket`)).headers.get('etag')?.replaceAll('"', ''),
    );
    const perChange: Array<{
      p50: number;
      p99: number;
      max: number;
      ackMs: number;
      serverFanOutMs: number;
      serverFanOutCpuMs: number;
      missing: number;
    }> = [];
    const all: number[] = [];
    for (let c = 0; c < changes; c++) {
      const version = version0 + c + 1;
      const arrivals = clientProcs.map((p) => next(p, 'arrived'));
      for (const p of clientProcs) p.send({ type: 'expect', version } satisfies ToChild);
      await new Promise((r) => setTimeout(r, 200));
      const sent = now();
      const put = await fetch(`${api}/competitions/${CAF}/ties/QF1/legs/1`, {
        method: 'PUT',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'if-match': `"${version - 1}"`,
        },
        body: JSON.stringify({ home: 'mc-alger', away: 'club-africain', score: [c % 5, 0] }),
      });
      const ackMs = now() - sent;
      await put.arrayBuffer();
      if (put.status !== 200) throw new Error(`the write answered ${put.status}`);
      const got = await Promise.all(arrivals);
      const health = (await (await fetch(`${api}/health`)).json()) as {
        live?: { lastFanOut?: { ms: number; cpuMs: number } };
      };
      const delays = got.flatMap((g) => g.times.map((t) => t - sent)).sort((a, b) => a - b);
      all.push(...delays);
      perChange.push({
        p50: round3(percentile(delays, 0.5)),
        p99: round3(percentile(delays, 0.99)),
        max: round3(delays[delays.length - 1] ?? Number.NaN),
        ackMs: round3(ackMs),
        serverFanOutMs: health.live?.lastFanOut?.ms ?? Number.NaN,
        serverFanOutCpuMs: health.live?.lastFanOut?.cpuMs ?? Number.NaN,
        missing: got.reduce((a, g) => a + g.missing, 0),
      });
      await new Promise((r) => setTimeout(r, 800));
    }
    all.sort((a, b) => a - b);
    const maxes = perChange.map((p) => p.max);
    console.log(
      JSON.stringify({
        bench: 'live-streams',
        endpoint: 'GET /competitions/:id/events (Server-Sent Events)',
        streams: open,
        failedToOpen: failed,
        openSeconds: round3(openSeconds),
        changes,
        deliveryMs: {
          p50: round3(percentile(all, 0.5)),
          p99: round3(percentile(all, 0.99)),
          max: round3(all[all.length - 1] ?? Number.NaN),
          maxPerChange_median: round3(median(maxes)),
        },
        allWithin1s: perChange.every((p) => p.max < 1000 && p.missing === 0),
        perChange,
        memoryPerStream: {
          rssBytes: Math.round((after.rss - before.rss) / Math.max(open, 1)),
          heapBytes: Math.round((after.heap - before.heap) / Math.max(open, 1)),
        },
        serverRssMB: { before: round3(before.rss / 2 ** 20), after: round3(after.rss / 2 ** 20) },
        clientProcesses: processes,
        loadAverage: round3(loadavg()[0] ?? 0),
        node: process.version,
      }),
    );
  } finally {
    for (const c of children)
      if (c.exitCode === null && c.connected) c.send({ type: 'stop' } satisfies ToChild);
    await new Promise((r) => setTimeout(r, 500));
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
