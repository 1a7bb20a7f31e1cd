/**
 * `npm run bench:http [-- --runs R] [--seconds S] [--no-postgres] [--reads-only]`
 *
 * The HTTP server on loopback, measured against references in the same run:
 * - reads: autocannon (10 connections) on GET /competitions/:id/bracket of the example, against a
 *   bare Fastify route returning the same bytes; reads per second and p99 latency, and their ratios
 *   (cupstage / bare). Each of R runs (default 5) measures both, alternately; medians are reported,
 *   and `readsRatio` is the median of the runs' own ratios (each against the bare run just before it).
 *   Also the server process's CPU time per read for each (`cpuRatio` = bare / ours): on a machine whose
 *   cores other processes share, reads per second swing with their load, CPU per read much less.
 * - conditional reads: the same clients sending `If-None-Match` with the ETag they last got, while an
 *   editor enters a result every 500 ms: the share of 304 answers, and conditional reads per second.
 * - on PostgreSQL the reads are measured too: there every read waits for a shared version check (one
 *   query per batch of reads) so that no read is stale after a commit by another process.
 * - writes: leg results per second through PUT .../ties/:tie/legs/1 with If-Match, 8 clients each
 *   correcting its own competition one write after another, on SQLite (synchronous=FULL: every
 *   acknowledged write is on disk) and on PostgreSQL.
 * The servers run in a child process so that the load generator does not share their event loop.
 * `--reads-only`: the reads alone (SQLite, then PostgreSQL unless `--no-postgres`).
 * Prints one JSON line per measurement.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exampleWithEditor, median, round3 } from './shared-path.ts';

interface Histogram {
  readonly mean: number;
  readonly p99: number;
  readonly total?: number;
}
interface AutocannonResult {
  readonly requests: Histogram;
  readonly latency: Histogram;
  readonly non2xx: number;
  readonly errors: number;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
}) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const HERE = fileURLToPath(import.meta.url);
const POSTGRES_URL = process.env.CUPSTAGE_BENCH_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/test';
const CAF = 'caf-confederation-cup-2017';
const TEAMS = Array.from({ length: 16 }, (_, i) => ({
  id: `t${i + 1}`,
  name: `Team ${i + 1}`,
  country: 'XXX',
}));

// ---- child: the servers -------------------------------------------------------------------------

async function child(kind: 'sqlite' | 'postgres', target: string): Promise<void> {
  const { createPostgresStore, createSqliteStore } = await import('@cupstage/store');
  const { buildServer } = await import('@cupstage/server');
  const Fastify = (await import('fastify')).default;
  const store = kind === 'sqlite' ? await createSqliteStore(target) : await createPostgresStore(target);
  const token = await exampleWithEditor(store);
  const app = await buildServer({ store, webDist: null });
  const api = await app.listen({ port: 0, host: '127.0.0.1' });
  const bytes = (await app.inject({ url: `/competitions/${CAF}/bracket` })).body;
  const encoded = Buffer.from(bytes);
  const bare = Fastify();
  // the reference at its cheapest: the same bytes, already encoded, no hooks, no headers of its own
  bare.get('/bracket', (_request, reply) => reply.type('application/json; charset=utf-8').send(encoded));
  // the CPU time this process has used so far (µs): both servers live here, measured one at a time
  bare.get('/cpu', () => {
    const u = process.cpuUsage();
    return { us: u.user + u.system };
  });
  const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });
  process.stdout.write(`READY ${JSON.stringify({ api, bare: bareUrl, token, bytes: bytes.length })}\n`);
  process.once('SIGTERM', () => {
    void Promise.all([app.close(), bare.close()]).then(async () => {
      await store.close();
      process.exit(0);
    });
  });
}

// ---- parent: the load ---------------------------------------------------------------------------

interface Servers {
  readonly api: string;
  readonly bare: string;
  readonly token: string;
  readonly bytes: number;
  readonly proc: ChildProcess;
}

function startChild(kind: 'sqlite' | 'postgres', target: string): Promise<Servers> {
  const proc = spawn(process.execPath, ['--import', 'tsx', HERE, '--child', kind, target], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    proc.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
    proc.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /READY (.*)\n/.exec(out);
      if (m) resolve({ ...(JSON.parse(m[1]!) as Omit<Servers, 'proc'>), proc });
    });
  });
}

async function stopChild(s: Servers): Promise<void> {
  const exited = new Promise((r) => s.proc.once('exit', r));
  s.proc.kill('SIGTERM');
  await exited;
}

async function reads(kind: 'sqlite' | 'postgres', s: Servers, runs: number, seconds: number): Promise<void> {
  const url = `${s.api}/competitions/${CAF}/bracket`;
  const check = await fetch(url);
  const same = (await check.text()).length === s.bytes;
  await autocannon({ url, connections: 10, duration: 1 }); // warm-up, untimed
  await autocannon({ url: `${s.bare}/bracket`, connections: 10, duration: 1 });
  const ours: AutocannonResult[] = [];
  const bare: AutocannonResult[] = [];
  const cpuOurs: number[] = [];
  const cpuBare: number[] = [];
  const cpu = async (): Promise<number> =>
    ((await (await fetch(`${s.bare}/cpu`)).json()) as { us: number }).us;
  // CPU time per answer in the server process: unlike reads per second, it hardly moves when other
  // processes compete for the cores, and a saturated server's throughput is its inverse
  const timed = async (target: string, into: AutocannonResult[], perRead: number[]): Promise<void> => {
    const before = await cpu();
    const r = await autocannon({ url: target, connections: 10, duration: seconds });
    perRead.push(((await cpu()) - before) / Math.max(1, r.requests.total ?? r.requests.mean * seconds));
    into.push(r);
  };
  for (let i = 0; i < runs; i++) {
    await timed(`${s.bare}/bracket`, bare, cpuBare);
    await timed(url, ours, cpuOurs);
  }
  const rps = median(ours.map((r) => r.requests.mean));
  const bareRps = median(bare.map((r) => r.requests.mean));
  const p99 = median(ours.map((r) => r.latency.p99));
  const bareP99 = median(bare.map((r) => r.latency.p99));
  console.log(
    JSON.stringify({
      bench: 'http-reads',
      store: kind,
      endpoint: 'GET /competitions/:id/bracket',
      bytes: s.bytes,
      sameBytes: same,
      readsPerSec_median: Math.round(rps),
      p99Ms_median: p99,
      bare: { readsPerSec_median: Math.round(bareRps), p99Ms_median: bareP99 },
      // each run's ratio against the bare route measured just before it (the machine's load drifts
      // between runs), median over the runs
      readsRatio: round3(median(ours.map((r, i) => r.requests.mean / bare[i]!.requests.mean))),
      readsRatio_runs: ours.map((r, i) => round3(r.requests.mean / bare[i]!.requests.mean)),
      cpuUsPerRead_median: round3(median(cpuOurs)),
      bare_cpuUsPerRead_median: round3(median(cpuBare)),
      // the CPU estimate of the ratio: bare CPU per read over ours (1 = as cheap as the bare route)
      cpuRatio: round3(median(cpuBare) / median(cpuOurs)),
      loadAverage: round3(loadavg()[0] ?? 0),
      p99Ratio: round3(p99 / Math.max(bareP99, 1)),
      non2xx: ours.reduce((a, r) => a + r.non2xx + r.errors, 0),
      runs,
      seconds,
      connections: 10,
      node: process.version,
    }),
  );
}

/**
 * Conditional reads: `clients` keep-alive clients each send If-None-Match with the last ETag they got,
 * while an editor enters a result of QF1's first leg every `writeEveryMs`.
 */
async function conditionalReads(s: Servers, seconds: number): Promise<void> {
  const clients = 10;
  const writeEveryMs = 500;
  const target = new URL(`${s.api}/competitions/${CAF}/bracket`);
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const get = (etag: string | undefined): Promise<{ status: number; etag: string | undefined }> =>
    new Promise((resolve, reject) => {
      const req = http.request(target, { agent, headers: etag ? { 'if-none-match': etag } : {} }, (res) => {
        res.resume();
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, etag: res.headers.etag as string | undefined }),
        );
      });
      req.on('error', reject);
      req.end();
    });
  const end = performance.now() + seconds * 1000;
  let status200 = 0;
  let status304 = 0;
  let other = 0;
  let writesDone = 0;
  const writer = (async () => {
    let version = Number((await get(undefined)).etag?.replaceAll('"', ''));
    for (let i = 0; performance.now() < end; i++) {
      await new Promise((r) => setTimeout(r, writeEveryMs));
      const r = await fetch(`${s.api}/competitions/${CAF}/ties/QF1/legs/1`, {
        method: 'PUT',
        headers: {
          authorization: `Bearer ${s.token}`,
          'content-type': 'application/json',
          'if-match': `"${version}"`,
        },
        body: JSON.stringify({ home: 'mc-alger', away: 'club-africain', score: [i % 5, 0] }),
      });
      await r.arrayBuffer();
      if (r.status !== 200) throw new Error(`write answered ${r.status}`);
      version++;
      writesDone++;
    }
  })();
  const started = performance.now();
  await Promise.all([
    writer,
    ...Array.from({ length: clients }, async () => {
      let etag: string | undefined;
      while (performance.now() < end) {
        const r = await get(etag);
        if (r.status === 304) status304++;
        else if (r.status === 200) {
          status200++;
          etag = r.etag;
        } else other++;
      }
    }),
  ]);
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  const total = status200 + status304;
  console.log(
    JSON.stringify({
      bench: 'http-conditional-reads',
      endpoint: 'GET /competitions/:id/bracket with If-None-Match',
      share304: round3(status304 / Math.max(total, 1)),
      answers: { '200': status200, '304': status304, other },
      readsPerSec: Math.round(total / elapsed),
      writes: writesDone,
      writeEveryMs,
      clients,
      seconds,
    }),
  );
}

async function writes(kind: 'sqlite' | 'postgres', s: Servers, runs: number, seconds: number): Promise<void> {
  const headers = { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' };
  const clients = 8;
  const perSec: number[] = [];
  for (let run = 0; run < runs; run++) {
    const ids = Array.from({ length: clients }, (_, c) => `bench-${run}-${c}`);
    for (const id of ids) {
      const r = await fetch(`${s.api}/competitions`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ id, name: id, rules: 'caf-2017', teams: TEAMS }),
      });
      if (r.status !== 201) throw new Error(`create answered ${r.status}`);
    }
    let done = 0;
    const end = performance.now() + seconds * 1000;
    const started = performance.now();
    await Promise.all(
      ids.map(async (id) => {
        let version = 1;
        for (let i = 0; performance.now() < end; i++) {
          const r = await fetch(`${s.api}/competitions/${id}/ties/R16-1/legs/1`, {
            method: 'PUT',
            headers: { ...headers, 'if-match': `"${version}"` },
            body: JSON.stringify({ home: 't1', away: 't16', score: [i % 10, 0] }),
          });
          await r.arrayBuffer();
          if (r.status !== 200) throw new Error(`write answered ${r.status}`);
          version++;
          done++;
        }
      }),
    );
    perSec.push(done / ((performance.now() - started) / 1000));
  }
  console.log(
    JSON.stringify({
      bench: 'http-writes',
      store: kind,
      endpoint: 'PUT /competitions/:id/ties/:tie/legs/:leg',
      writesPerSec_median: Math.round(median(perSec)),
      writesPerSec_runs: perSec.map((x) => Math.round(x)),
      clients,
      runs,
      seconds,
      node: process.version,
    }),
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return child(args[1] as 'sqlite' | 'postgres', args[2]!);
  let runs = 5;
  let seconds = 3;
  let postgres = true;
  let readsOnly = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--runs') runs = Number(args[++i]);
    else if (a === '--seconds') seconds = Number(args[++i]);
    else if (a === '--no-postgres') postgres = false;
    else if (a === '--reads-only') readsOnly = true;
    else {
      process.stderr.write(
        `bench:http: unexpected argument '${a}' (use --runs R, --seconds S, --no-postgres, --reads-only)\n`,
      );
      process.exit(2);
    }
  }
  if (!Number.isInteger(runs) || runs < 1 || !(seconds > 0)) {
    process.stderr.write('bench:http: --runs must be a whole number ≥ 1 and --seconds > 0\n');
    process.exit(2);
  }
  const dir = mkdtempSync(join(tmpdir(), 'cupstage-bench-'));
  try {
    const sqlite = await startChild('sqlite', join(dir, 'bench.db'));
    try {
      await reads('sqlite', sqlite, runs, seconds);
      if (!readsOnly) {
        await conditionalReads(sqlite, seconds);
        await writes('sqlite', sqlite, Math.min(runs, 3), seconds);
      }
    } finally {
      await stopChild(sqlite);
    }
    if (postgres) {
      const schema = `bench_${process.pid}_${Date.now().toString(36)}`;
      const pg = await startChild('postgres', `${POSTGRES_URL}?schema=${schema}`);
      try {
        await reads('postgres', pg, Math.min(runs, 3), seconds);
        if (!readsOnly) await writes('postgres', pg, Math.min(runs, 3), seconds);
      } finally {
        await stopChild(pg);
        const { dropPostgresSchema } = await import('@cupstage/store');
        await dropPostgresSchema(POSTGRES_URL, schema);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
