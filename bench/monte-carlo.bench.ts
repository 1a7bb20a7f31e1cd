/**
 * `npm run bench:simulate [-- --runs N] [-- --shared DIR]`: the Monte Carlo benchmark of
 * shared/bench/monte-carlo. In one run, interleaved, median of 5 each (ratios: median of per-repeat ratios):
 * - numpy: reference_numpy.py MODEL RUNS SEED (its own timer, simulation only);
 * - cupstage on one core: planStage (exact pairing odds through decide) + simulateStage;
 * - cupstage on 2 worker threads: the same through a warm prediction pool;
 * - cupstage --exact: planStage + exactStageOdds.
 * Goals (issue 7): one core ≥ 10× numpy; 2 workers ≥ 1.7× one core; exact < 10 ms.
 * The shared folder is ../shared next to the repository, or $CUPSTAGE_SHARED, or --shared DIR.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createPredictionPool } from '@cupstage/app/predict';
import { exactStageOdds, planStage, readModelFile, simulateStage } from '@cupstage/core';

const REPEATS = 5;
const args = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(arg('--shared') ?? process.env.CUPSTAGE_SHARED ?? join(repo, '..', 'shared'));
const dir = join(shared, 'bench', 'monte-carlo');
const modelPath = join(dir, 'caf-2017-model.json');
const reference = join(dir, 'reference_numpy.py');
if (!existsSync(modelPath) || !existsSync(reference)) {
  process.stderr.write(
    `bench:simulate: cannot find ${modelPath} and reference_numpy.py.\n` +
      'Point to the shared folder with CUPSTAGE_SHARED=/path/to/shared or --shared /path/to/shared.\n',
  );
  process.exit(2);
}
const runs = Number(arg('--runs') ?? 4_000_000);
if (!Number.isSafeInteger(runs) || runs < 1) {
  process.stderr.write('bench:simulate: --runs must be a positive whole number\n');
  process.exit(2);
}
const seed = 1;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};
const fmt = (x: number): string => Math.round(x).toLocaleString('en-GB');

// The shared model names its rules in prose only (shared/bench/monte-carlo/README.md: "CAF 2017
// rules"; its "about": aggregate, away goals, no extra time, penalties ½): the caf-2017 preset.
const file = readModelFile({ ...JSON.parse(readFileSync(modelPath, 'utf8')), rules: 'caf-2017' });
if (!file.ok || !file.value.competition) throw new Error(`bad model file ${modelPath}`);
const { competition, model } = file.value;

/** One run of the numpy reference (its own timer: simulation only). */
let numpyChampion: Record<string, number> = {};
const numpyOnce = (s: number): number => {
  const r = spawnSync('python3', [reference, modelPath, String(runs), String(s)], { encoding: 'utf8' });
  if (r.status !== 0) {
    process.stderr.write(`bench:simulate: reference_numpy.py failed:\n${r.stderr}`);
    process.exit(2);
  }
  const out = JSON.parse(r.stdout) as { runsPerSecond: number; champion: Record<string, number> };
  numpyChampion = out.champion;
  return out.runsPerSecond;
};

/** Process CPU time (all threads) per run, in nanoseconds, of each measured run. */
const cpuOne: number[] = [];
const cpuTwo: number[] = [];
const cpuNs = (since: NodeJS.CpuUsage): number => {
  const c = process.cpuUsage(since);
  return ((c.user + c.system) * 1000) / runs;
};

/** cupstage on this thread: the plan (exact pairing odds through decide) and the simulation. */
const oneCore = (s: number): number => {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const plan = planStage(competition, model);
  if (!plan.ok) throw new Error(plan.error.message);
  const r = simulateStage(plan.value, { runs, seed: s });
  if (!r.ok) throw new Error(r.error.message);
  const rate = runs / ((performance.now() - t0) / 1000);
  cpuOne.push(cpuNs(c0));
  return rate;
};

/** cupstage on 2 worker threads of a warm pool (as a server keeps one). */
const pool = createPredictionPool({ workers: 2 });
const twoCores = async (s: number): Promise<number> => {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const plan = planStage(competition, model);
  if (!plan.ok) throw new Error(plan.error.message);
  const r = await pool.simulate(plan.value, { runs, seed: s });
  if (!r.ok) throw new Error(r.error.message);
  const rate = runs / ((performance.now() - t0) / 1000);
  cpuTwo.push(cpuNs(c0));
  return rate;
};

/** cupstage --exact: the plan and the exact stage odds. */
const exactOnce = (): { ms: number; champion: Record<string, number> } => {
  const t0 = performance.now();
  const plan = planStage(competition, model);
  if (!plan.ok) throw new Error(plan.error.message);
  const odds = exactStageOdds(plan.value);
  if (!odds.ok) throw new Error(odds.error.message);
  return { ms: performance.now() - t0, champion: odds.value.champion };
};

// Warm-up (JIT, worker start), then the measurements interleaved so that each repeat of each
// contender sees the same load on the machine; ratios are taken per repeat, then the median.
oneCore(999);
await twoCores(999);
cpuOne.length = 0;
cpuTwo.length = 0;
const numpyRates: number[] = [];
const oneRates: number[] = [];
const twoRates: number[] = [];
const exactTimes: number[] = [];
for (let i = 0; i < REPEATS; i++) {
  numpyRates.push(numpyOnce(seed + i));
  // Alternate which cupstage contender goes first, so neither always follows the numpy process.
  if (i % 2 === 0) {
    oneRates.push(oneCore(seed + i));
    twoRates.push(await twoCores(seed + i));
  } else {
    twoRates.push(await twoCores(seed + i));
    oneRates.push(oneCore(seed + i));
  }
  exactTimes.push(exactOnce().ms);
}
await pool.close();
const exact = exactOnce().champion;

/**
 * What this machine gives 2 threads right now: a fixed integer loop in 1 and in 2 eval workers
 * (no cupstage code), throughput ratio. About 2 on an idle 2-core machine; about 1 when other
 * processes keep the cores busy, and then no thread pool can reach 1.7×.
 */
const parallelCapacity = async (): Promise<number> => {
  const loop = `const { parentPort } = require('node:worker_threads'); let s = 0;
    for (let i = 0; i < 1e8; i++) s = (s + Math.imul(i, 2654435761)) | 0; parentPort.postMessage(s);`;
  const timed = async (k: number): Promise<number> => {
    const t0 = performance.now();
    await Promise.all(
      Array.from(
        { length: k },
        () =>
          new Promise<void>((done) => {
            const w = new Worker(loop, { eval: true });
            w.on('message', () => {
              void w.terminate();
              done();
            });
          }),
      ),
    );
    return performance.now() - t0;
  };
  const one = await timed(1);
  const two = await timed(2);
  return (2 * one) / two;
};
const capacity = await parallelCapacity();

// agreement of numpy's last run with the exact odds
let worstZ = 0;
for (const [team, p] of Object.entries(exact)) {
  const se = Math.sqrt((p * (1 - p)) / runs);
  worstZ = Math.max(worstZ, Math.abs((numpyChampion[team] ?? 0) - p) / se);
}

const numpy = median(numpyRates);
const one = median(oneRates);
const two = median(twoRates);
const oneVsNumpy = median(oneRates.map((r, i) => r / numpyRates[i]!));
const twoVsOne = median(twoRates.map((r, i) => r / oneRates[i]!));
const exactMs = median(exactTimes);
const verdict = (okay: boolean): string => (okay ? 'goal met' : 'goal NOT met');
process.stdout.write(
  [
    `monte-carlo: caf-2017-model.json, ${fmt(runs)} runs, median of ${REPEATS} (${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)}: other processes compete for the cores)`,
    `  numpy reference        ${fmt(numpy).padStart(12)} runs/s`,
    `  cupstage, 1 core       ${fmt(one).padStart(12)} runs/s   ${oneVsNumpy.toFixed(1)}× numpy (goal ≥ 10×: ${verdict(oneVsNumpy >= 10)})`,
    `  cupstage, 2 workers    ${fmt(two).padStart(12)} runs/s   ${twoVsOne.toFixed(2)}× one core (goal ≥ 1.7×: ${verdict(twoVsOne >= 1.7)})`,
    `  cupstage --exact       ${exactMs.toFixed(2).padStart(12)} ms       (goal < 10 ms: ${verdict(exactMs < 10)})`,
    `  CPU time per run (all threads): one core ${median(cpuOne).toFixed(0)} ns, two workers ${median(cpuTwo).toFixed(0)} ns (the 2-worker wall-clock gain needs 2 cores free of other work)`,
    `  machine parallel capacity now: ${capacity.toFixed(2)}× (a plain loop on 2 threads vs 1; ~2 when the cores are free)`,
    `  numpy vs exact champion odds: largest gap ${worstZ.toFixed(2)} standard errors`,
    `  all runs/s: numpy ${numpyRates.map(fmt).join(' ')}; one core ${oneRates.map(fmt).join(' ')}; two workers ${twoRates.map(fmt).join(' ')}; exact ms ${exactTimes.map((t) => t.toFixed(2)).join(' ')}`,
    '',
  ].join('\n'),
);
