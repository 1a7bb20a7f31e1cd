/**
 * `npm run bench:ties`: ties resolved per second.
 * - `resolveTie`: the full path of `cupstage ties` and the API (checks every fact, builds the result line);
 * - `decide`: the allocation-free decider chain the simulator uses;
 * - reference: a bare inline aggregate / away goals / penalties comparison with no checks, measured in
 *   the same run, so the figures read as ratios against the least work that could decide a tie.
 * Median of 5 runs of 200,000 ties each (CAF 2017 rules, scores drawn once from a fixed seed).
 */
import {
  caf2017,
  createRng,
  decide,
  emptyTally,
  type MatchFacts,
  resolveTie,
  type TeamId,
  type TieFacts,
} from '@cupstage/core';
import { median, round3 } from './shared-path.ts';

const N = 200_000;
const rng = createRng(2017);
const A = 'Home' as TeamId;
const B = 'Away' as TeamId;
const ties: TieFacts[] = [];
const raw: Int32Array = new Int32Array(N * 6);
for (let i = 0; i < N; i++) {
  const s = [rng.nextInt(4), rng.nextInt(4), rng.nextInt(4), rng.nextInt(4)] as const;
  const level = s[0] + s[3] === s[1] + s[2] && s[3] === s[1];
  const pens = rng.nextInt(2) === 0 ? ([5, 4] as const) : ([3, 4] as const);
  const legs: MatchFacts[] = [
    { home: A, away: B, score: [s[0], s[1]] },
    level
      ? { home: B, away: A, score: [s[2], s[3]], penalties: pens }
      : { home: B, away: A, score: [s[2], s[3]] },
  ];
  ties.push({ legs });
  raw.set([s[0], s[1], s[2], s[3], level ? 1 : 0, pens[0] > pens[1] ? 1 : 0], i * 6);
}

function timed(fn: () => number): { perSecond: number; check: number } {
  const rates: number[] = [];
  let check = 0;
  fn();
  for (let r = 0; r < 5; r++) {
    const t0 = process.hrtime.bigint();
    check = fn();
    rates.push(N / (Number(process.hrtime.bigint() - t0) / 1e9));
  }
  return { perSecond: Math.round(median(rates)), check };
}

const full = timed(() => {
  let home = 0;
  for (const tie of ties) {
    const r = resolveTie(tie, caf2017);
    if (r.ok && r.value.kind === 'decided' && r.value.winner === A) home++;
  }
  return home;
});

const tally = emptyTally();
const fast = timed(() => {
  let home = 0;
  for (let i = 0; i < N; i++) {
    const o = i * 6;
    tally.goals0 = raw[o]! + raw[o + 3]!;
    tally.goals1 = raw[o + 1]! + raw[o + 2]!;
    tally.away0 = raw[o + 3]!;
    tally.away1 = raw[o + 1]!;
    tally.pensTaken = raw[o + 4] === 1;
    tally.pens0 = raw[o + 5] === 1 ? 4 : 5;
    tally.pens1 = raw[o + 5] === 1 ? 5 : 4;
    const v = decide(caf2017, tally);
    if (v.kind === 'decided' && v.side === 0) home++;
  }
  return home;
});

const bare = timed(() => {
  let home = 0;
  for (let i = 0; i < N; i++) {
    const o = i * 6;
    const g0 = raw[o]! + raw[o + 3]!;
    const g1 = raw[o + 1]! + raw[o + 2]!;
    const wins =
      g0 !== g1 ? g0 > g1 : raw[o + 3]! !== raw[o + 1]! ? raw[o + 3]! > raw[o + 1]! : raw[o + 5] === 0;
    if (wins) home++;
  }
  return home;
});

if (full.check !== fast.check || fast.check !== bare.check) {
  throw new Error(`the three paths disagree: ${full.check}, ${fast.check}, ${bare.check}`);
}
console.log(
  JSON.stringify({
    bench: 'ties',
    ties: N,
    resolveTiePerSecond: full.perSecond,
    decidePerSecond: fast.perSecond,
    bareReferencePerSecond: bare.perSecond,
    resolveTieVsBare: round3(full.perSecond / bare.perSecond),
    decideVsBare: round3(fast.perSecond / bare.perSecond),
    node: process.version,
  }),
);
