/**
 * `npm run bench:bracket [-- --teams N ...] [--reps R] [--no-peer]`
 *
 * The work of ../shared/bench/peer-brackets-manager (brackets-manager doing a single-elimination stage)
 * done through cupstage's core: create a single-elimination stage of N teams with standard seeding,
 * record every result one at a time (the upper line wins 2–1) with automatic progression, read the
 * champion. Each N runs R repetitions (default 5) in this process after untimed warm-up repetitions
 * (about 50,000 recorded results, so that the JIT has compiled the hot path: we measure the engine,
 * not V8's start-up); the peer runs in its own process in the same run with its own R repetitions,
 * as its README defines them. Prints one JSON line per N (cupstage's medians, the peer's line, the speed-up) and a last line with the growth
 * from the smallest to the largest N.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createKnockout, seedTeams, singleElimination, singleMatch, type TeamId } from '@cupstage/core';
import { median, round3, sharedPath } from './shared-path.ts';

// Every result keeps a few small objects alive until the stage ends; with V8's default 16 MB young
// generation, the 4,096-team stage no longer fits in it and pays for copying survivors that the
// 1,024-team stage never copies (its cost ratio then reads about 5.5 instead of about 4.3). The bench
// runs itself with a young generation of up to 64 MB (`--max-semi-space-size=64`); pass --default-gc
// to see the default. The peer runs with Node's defaults in its own process.
const YOUNG = '--max-semi-space-size=64';
const GC_FLAGS = [YOUNG];
if (!process.execArgv.includes(YOUNG) && !process.argv.includes('--default-gc')) {
  const self = fileURLToPath(import.meta.url);
  const child = spawnSync(
    process.execPath,
    [...GC_FLAGS, '--import', 'tsx', self, ...process.argv.slice(2)],
    {
      stdio: 'inherit',
    },
  );
  process.exit(child.status ?? 1);
}

const args = process.argv.slice(2);
const teams: number[] = [];
let reps = 5;
let peer = true;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--teams' || a === '-n') teams.push(Number(args[++i]));
  else if (a.startsWith('--teams=')) teams.push(Number(a.slice(8)));
  else if (a === '--reps') reps = Number(args[++i]);
  else if (a === '--no-peer') peer = false;
  else if (a === '--default-gc') continue;
  else {
    process.stderr.write(
      `bench:bracket: unexpected argument '${a}' (use --teams N, --reps R, --no-peer, --default-gc)\n`,
    );
    process.exit(2);
  }
}
if (teams.length === 0) teams.push(1024, 4096);
for (const n of teams) {
  if (!Number.isInteger(n) || n < 8 || n > 4096 || (n & (n - 1)) !== 0) {
    process.stderr.write(`bench:bracket: --teams must be a power of two from 8 to 4096 (got ${n})\n`);
    process.exit(2);
  }
}

interface Rep {
  createMs: number;
  resultsMs: number;
  champion: string | undefined;
}

function once(n: number): Rep {
  const names = Array.from({ length: n }, (_, i) => `Team ${i + 1}`);
  const t0 = process.hrtime.bigint();
  const competition = singleElimination({
    id: 'bench',
    name: 'Bench',
    teams: seedTeams(names),
    rules: singleMatch,
  });
  const ko = createKnockout(competition);
  const t1 = process.hrtime.bigint();
  for (const round of competition.rounds) {
    for (const tie of round.ties) {
      const [a, b] = ko.tie(tie.id)!.teams;
      const r = ko.record(tie.id, { legs: [{ home: a as TeamId, away: b as TeamId, score: [2, 1] }] });
      if (!r.ok) throw new Error(r.error.message);
    }
  }
  const t2 = process.hrtime.bigint();
  return { createMs: Number(t1 - t0) / 1e6, resultsMs: Number(t2 - t1) / 1e6, champion: ko.champion() };
}

function runPeer(n: number): Record<string, unknown> | undefined {
  if (!peer) return undefined;
  const script = sharedPath('bench', 'peer-brackets-manager', 'run.sh');
  const r = spawnSync('bash', [script, String(n)], {
    encoding: 'utf8',
    env: { ...process.env, REPS: String(reps) },
  });
  if (r.status !== 0) {
    process.stderr.write(`bench:bracket: the peer failed (${r.status}): ${r.stderr}\n`);
    return undefined;
  }
  const line = r.stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as Record<string, unknown>;
}

const totals = new Map<number, number>();
for (const n of teams) {
  for (let warmed = 0; warmed < 50_000; warmed += n - 1) once(n); // warm-up, untimed
  const runs: Rep[] = [];
  for (let i = 0; i < reps; i++) runs.push(once(n));
  if (runs.some((r) => r.champion !== 'Team 1')) throw new Error('wrong champion');
  const totalMs = median(runs.map((r) => r.createMs + r.resultsMs));
  totals.set(n, totalMs);
  const peerLine = runPeer(n);
  const peerTotal = typeof peerLine?.totalMs_median === 'number' ? peerLine.totalMs_median : undefined;
  console.log(
    JSON.stringify({
      bench: 'bracket',
      engine: 'cupstage',
      n,
      matches: n - 1,
      createMs_median: round3(median(runs.map((r) => r.createMs))),
      resultsMs_median: round3(median(runs.map((r) => r.resultsMs))),
      totalMs_median: round3(totalMs),
      perMatchUs_median: round3(median(runs.map((r) => (r.resultsMs * 1000) / (n - 1)))),
      champion: runs[0]?.champion,
      reps,
      youngGenerationMB: process.execArgv.includes(YOUNG) ? 64 : 'default',
      node: process.version,
      ...(peerLine ? { peer: peerLine, speedup: round3((peerTotal ?? Number.NaN) / totalMs) } : {}),
    }),
  );
}
if (teams.length > 1) {
  const lo = Math.min(...teams);
  const hi = Math.max(...teams);
  console.log(
    JSON.stringify({
      bench: 'bracket-growth',
      from: lo,
      to: hi,
      teamsRatio: hi / lo,
      costRatio: round3(totals.get(hi)! / totals.get(lo)!),
    }),
  );
}
