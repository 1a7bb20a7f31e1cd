/**
 * `npm run bench:draw [-- --pots FILE] [--reps R] [--brute-reps B] [--no-brute]`
 *
 * Exact odds of a full 16-team UEFA round-of-16 draw (default: the 2017-18 Champions League pots,
 * examples/pots/; `--pots` any pots file, e.g. the 2024-25 knockout phase play-off draw), measured against brute-force enumeration of the sequential procedure in the same
 * run (every order of balls, every allowed opponent, found by listing every valid complete draw): the
 * exact odds run R times (default 7) after one untimed warm-up, the enumeration B times (default 1: it
 * takes tens of seconds). Both answers are compared pairing by pairing. Then the whole command,
 * `cupstage draw odds POTS`, is timed as a user runs it (a fresh process, tsx start-up included), 3
 * times, against `cupstage --version` (start-up alone) in the same run. Prints one JSON line per
 * measurement, with medians.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bruteForceOdds, exactOdds, fractionValue, readDrawSpec } from '@cupstage/core';
import { median, round3 } from './shared-path.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
let pots = join(root, 'examples/pots/uefa-champions-league-2017-18-round-of-16.json');
let reps = 7;
let bruteReps = 1;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--pots') pots = args[++i] ?? '';
  else if (a === '--reps') reps = Number(args[++i]);
  else if (a === '--brute-reps') bruteReps = Number(args[++i]);
  else if (a === '--no-brute') bruteReps = 0;
  else {
    process.stderr.write(
      `bench:draw: unexpected argument '${a}' (use --pots FILE, --reps R, --brute-reps B, --no-brute)\n`,
    );
    process.exit(2);
  }
}
if (!Number.isInteger(reps) || reps < 1 || !Number.isInteger(bruteReps) || bruteReps < 0) {
  process.stderr.write(
    'bench:draw: --reps must be a positive integer, --brute-reps a non-negative integer\n',
  );
  process.exit(2);
}
const spec = readDrawSpec(JSON.parse(readFileSync(pots, 'utf8')));
if (!spec.ok) {
  process.stderr.write(`bench:draw: ${pots}: ${spec.error.map((e) => e.message).join('; ')}\n`);
  process.exit(2);
}
const teams =
  spec.value.kind === 'uefa-round-of-16'
    ? spec.value.winners.length * 2
    : spec.value.kind === 'bracket-positions'
      ? spec.value.bowls.reduce((n, b) => n + b.teams.length, 0)
      : 0;
const ms = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e6;

exactOdds(spec.value); // warm-up
const exactTimes: number[] = [];
let exact = exactOdds(spec.value);
for (let r = 0; r < reps; r++) {
  const t0 = process.hrtime.bigint();
  exact = exactOdds(spec.value);
  exactTimes.push(ms(t0));
}
if (!exact.ok) throw new Error('exact odds failed');
const exactMs = median(exactTimes);
process.stdout.write(
  `${JSON.stringify({ bench: 'draw-odds', what: 'exact odds (BigInt, memoised over remaining sets)', pots: pots.replace(`${root}/`, ''), teams, validDraws: Number(exact.value.validDraws), medianMs: round3(exactMs), reps })}\n`,
);

if (bruteReps > 0) {
  const bruteTimes: number[] = [];
  let maxDiff = 0;
  for (let r = 0; r < bruteReps; r++) {
    const t0 = process.hrtime.bigint();
    const brute = bruteForceOdds(spec.value);
    bruteTimes.push(ms(t0));
    if (!brute.ok) throw new Error('brute force failed');
    if (brute.value.validDraws !== Number(exact.value.validDraws)) throw new Error('valid draws differ');
    exact.value.probabilities.forEach((row, i) => {
      row.forEach((p, j) => {
        maxDiff = Math.max(maxDiff, Math.abs(fractionValue(p) - brute.value.probabilities[i]![j]!));
      });
    });
  }
  const bruteMs = median(bruteTimes);
  process.stdout.write(
    `${JSON.stringify({ bench: 'draw-odds', what: 'reference: brute-force enumeration of the sequential procedure', medianMs: round3(bruteMs), reps: bruteReps, speedup: round3(bruteMs / exactMs), maxAbsDifference: maxDiff, agree: maxDiff < 1e-12 })}\n`,
  );
}

// The command as a user runs it, against the same binary doing nothing (`--version`) in the same run:
// the difference is the command's own time; the rest is Node and tsx start-up.
const cli = (argv: string[]): number => {
  const t0 = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [join(root, 'packages/cli/bin/cupstage.js'), ...argv], {
    encoding: 'utf8',
  });
  const took = ms(t0);
  if (run.status !== 0) throw new Error(`cupstage ${argv.join(' ')} failed: ${run.stderr}`);
  return took;
};
const oddsTimes: number[] = [];
const startTimes: number[] = [];
for (let r = 0; r < 3; r++) {
  startTimes.push(cli(['--version']));
  oddsTimes.push(cli(['draw', 'odds', pots]));
}
const oddsMs = median(oddsTimes);
const startMs = median(startTimes);
process.stdout.write(
  `${JSON.stringify({ bench: 'draw-odds', what: 'cupstage draw odds (fresh process)', medianMs: round3(oddsMs), startupMs: round3(startMs), commandMs: round3(oddsMs - startMs), reps: 3, commandUnderOneSecond: oddsMs - startMs < 1000, wallUnderOneSecond: oddsMs < 1000 })}\n`,
);
