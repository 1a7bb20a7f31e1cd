/**
 * `npm run bench:hostile [-- --runs R] [--seconds S] [--queries Q]`
 *
 * Issue 11's expensive requests against a `buildServer` in a child process (SQLite), default limits and
 * pool (one worker thread on a 2-core machine), except the anonymous rate limit, raised so that the
 * heavy requests really run instead of being answered 429:
 * - draw8000: `POST /draws/odds` with a fixed draw of 8,000 pairs (158 kB): status and time, median of R.
 * - predictionsLoad: 3 anonymous clients ask `GET /competitions/cup-256/predictions` of a published
 *   256-team competition with a fresh seed each time, without pause, for S seconds (default 15), while
 *   autocannon (2 connections) reads `GET .../bracket`; the reference is the same reads without the
 *   prediction clients, measured in the same run. Prints the bracket p99 of both and every status seen.
 * - memory: Q (default 100,000) distinct anonymous prediction queries (fresh seeds) on the example; the
 *   server's RSS after a full GC before and after.
 * Prints one JSON line per measurement.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, round3 } from './shared-path.ts';

interface AutocannonResult {
  readonly latency: { readonly p99: number; readonly p50: number };
  readonly requests: { readonly mean: number };
  readonly non2xx: number;
  readonly errors: number;
}
type Autocannon = (o: { url: string; connections: number; duration: number }) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const HERE = fileURLToPath(import.meta.url);
const CAF = 'caf-confederation-cup-2017';

// ---- child: the server ---------------------------------------------------------------------------

async function child(path: string): Promise<void> {
  const { createSqliteStore } = await import('@cupstage/store');
  const { buildServer, loadExample } = await import('@cupstage/server');
  const { createCompetition, setPublished } = await import('@cupstage/app');
  const { findPreset, singleElimination, teamId } = await import('@cupstage/core');
  const store = await createSqliteStore(path);
  await loadExample(
    store,
    fileURLToPath(new URL('../examples/caf-confederation-cup-2017.json', import.meta.url)),
  );
  const userId = 'bench-owner';
  await store.accounts.addUser({
    id: userId,
    email: 'bench@example.org',
    passwordHash: 'locked',
    createdAt: new Date().toISOString(),
  });
  let n = 0;
  const ports = {
    competitions: store.competitions,
    accounts: store.accounts,
    clock: { now: () => new Date().toISOString() },
    ids: { next: () => `bench-${++n}` },
  };
  const actor = { userId, email: 'bench@example.org' };
  const cup = singleElimination({
    id: 'cup-256',
    name: 'A cup of 256',
    teams: Array.from({ length: 256 }, (_, i) => ({
      id: teamId(`t${i + 1}`),
      name: `Team ${i + 1}`,
      country: 'XXX',
    })),
    rules: findPreset('uefa-2021')!,
  });
  const created = await createCompetition(ports, actor, cup);
  if (!created.ok) throw new Error(created.error.message);
  await setPublished(ports, actor, 'cup-256', true, created.value.version);
  const app = await buildServer({ store, webDist: null, anonymousRateLimit: 1_000_000_000 });
  const api = await app.listen({ port: 0, host: '127.0.0.1' });
  process.on('message', (m) => {
    if (m !== 'rss') return;
    (globalThis as { gc?: () => void }).gc?.();
    const usage = process.memoryUsage();
    process.send?.({ rss: usage.rss, heapUsed: usage.heapUsed, external: usage.external });
  });
  process.stdout.write(`READY ${JSON.stringify({ api })}\n`);
  process.once('SIGTERM', () => {
    void app.close().then(async () => {
      await store.close();
      process.exit(0);
    });
  });
}

// ---- parent: the load ----------------------------------------------------------------------------

interface Server {
  readonly api: string;
  readonly proc: ChildProcess;
}

function startChild(path: string): Promise<Server> {
  const proc = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', HERE, '--child', path], {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    proc.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
    proc.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /READY (.*)\n/.exec(out);
      if (m) resolve({ ...(JSON.parse(m[1]!) as { api: string }), proc });
    });
  });
}

interface Memory {
  readonly rss: number;
  readonly heapUsed: number;
  readonly external: number;
}

function memoryOf(s: Server): Promise<Memory> {
  return new Promise((resolve) => {
    s.proc.once('message', (m: Memory) => resolve(m));
    s.proc.send('rss');
  });
}

async function draw8000(s: Server, runs: number): Promise<void> {
  const body = JSON.stringify({
    procedure: 'fixed',
    ties: Array.from({ length: 8000 }, (_, i) => [`Home team ${i}`, `Away team ${i}`]),
  });
  const times: number[] = [];
  const statuses = new Set<number>();
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = await fetch(`${s.api}/draws/odds`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    await r.arrayBuffer();
    times.push(performance.now() - t);
    statuses.add(r.status);
  }
  const up = (await fetch(`${s.api}/health`)).status;
  console.log(
    JSON.stringify({
      bench: 'draw8000',
      bodyBytes: body.length,
      statuses: [...statuses],
      ms_median: round3(median(times)),
      ms_max: round3(Math.max(...times)),
      healthAfter: up,
      runs,
    }),
  );
}

async function predictionsLoad(s: Server, seconds: number): Promise<void> {
  const url = `${s.api}/competitions/cup-256/bracket`;
  await autocannon({ url, connections: 2, duration: 1 }); // warm-up
  const alone = await autocannon({ url, connections: 2, duration: Math.min(seconds, 5) });
  const statuses = new Map<number, number>();
  let stop = false;
  let seed = 0;
  const times: number[] = [];
  const clients = Array.from({ length: 3 }, async () => {
    while (!stop) {
      const t = performance.now();
      const r = await fetch(
        `${s.api}/competitions/cup-256/predictions?method=monte-carlo&seed=load${++seed}`,
      );
      await r.arrayBuffer();
      times.push(performance.now() - t);
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
    }
  });
  const loaded = await autocannon({ url, connections: 2, duration: seconds });
  stop = true;
  await Promise.all(clients);
  console.log(
    JSON.stringify({
      bench: 'predictionsLoad',
      predictionClients: 3,
      seconds,
      predictionStatuses: Object.fromEntries(statuses),
      predictionMs_median: Math.round(median(times)),
      bracket: {
        p99Ms: loaded.latency.p99,
        p50Ms: loaded.latency.p50,
        readsPerSec: Math.round(loaded.requests.mean),
        non2xx: loaded.non2xx + loaded.errors,
      },
      bracketAlone: {
        p99Ms: alone.latency.p99,
        p50Ms: alone.latency.p50,
        readsPerSec: Math.round(alone.requests.mean),
      },
      fiveHundreds: [...statuses].filter(([k]) => k >= 500).reduce((a, [, v]) => a + v, 0) + loaded.non2xx,
    }),
  );
}

async function memory(s: Server, queries: number): Promise<void> {
  const ask = async (i: number): Promise<number> => {
    const r = await fetch(`${s.api}/competitions/${CAF}/predictions?method=monte-carlo&runs=1000&seed=m${i}`);
    await r.arrayBuffer();
    return r.status;
  };
  for (let i = 0; i < 2000; i++) await ask(-i - 1); // warm-up: JIT, worker, cache full
  const before = await memoryOf(s);
  const started = performance.now();
  let next = 0;
  const statuses = new Map<number, number>();
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < queries) {
        const status = await ask(next++);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }),
  );
  const after = await memoryOf(s);
  console.log(
    JSON.stringify({
      bench: 'memory',
      queries,
      statuses: Object.fromEntries(statuses),
      rssBeforeMB: round3(before.rss / 2 ** 20),
      rssAfterMB: round3(after.rss / 2 ** 20),
      growthMB: round3((after.rss - before.rss) / 2 ** 20),
      heapUsedGrowthMB: round3((after.heapUsed - before.heapUsed) / 2 ** 20),
      externalGrowthMB: round3((after.external - before.external) / 2 ** 20),
      seconds: round3((performance.now() - started) / 1000),
    }),
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return child(args[1]!);
  const opt = (name: string, fallback: number): number => {
    const i = args.indexOf(name);
    return i >= 0 ? Number(args[i + 1]) : fallback;
  };
  const dir = mkdtempSync(join(tmpdir(), 'cupstage-hostile-'));
  const s = await startChild(join(dir, 'bench.db'));
  try {
    const only = args.includes('--memory-only');
    if (!only) await draw8000(s, opt('--runs', 5));
    if (!only) await predictionsLoad(s, opt('--seconds', 15));
    await memory(s, opt('--queries', 100_000));
  } finally {
    const exited = new Promise((r) => s.proc.once('exit', r));
    s.proc.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
