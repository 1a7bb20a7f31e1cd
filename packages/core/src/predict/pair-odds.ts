import { InvariantError } from '../result.ts';
import { hasDecider, playoffDecider, type TieRules } from '../rules/tie-rules.ts';
import { decide, emptyTally, type Tally } from '../tie/decide.ts';
import { type ScoreGrid, scoreGrid } from './score-grid.ts';
import { settle, type TieSetup } from './tie-odds.ts';

/** Goals per side per leg over which a rule set's verdict classes are checked (and used). */
const M = 24;
/** Classes per axis: goal differences from −(M − 1) to M − 1. */
const W = 2 * M - 1;
/** Verdict codes: side 0 or side 1 goes through after 90 minutes; from PENDING on, group g is PENDING + g. */
const SIDE0 = 1;
const SIDE1 = 2;
const PENDING = 3;

/**
 * How `decide` treats the 90-minute tallies of one rule set, by class: for two legs the class of a
 * tally is (x, e) = (side 0's leg-1 home goals − side 1's leg-2 home goals, side 0's away goals −
 * side 1's away goals), so the aggregate difference is x + e; for one match x is the goal
 * difference. `verdict[(x + M − 1)·W + e + M − 1]` is SIDE0, SIDE1, or PENDING + g when the tie goes
 * on past 90 minutes the same way as every other tally of group g.
 */
interface Classes {
  readonly rules: TieRules;
  readonly verdict: Int32Array;
  /**
   * The same table as runs of equal verdicts along e within each row x: run r of row x (for r from
   * rowStart[x] to rowStart[x + 1]) covers e offsets runFrom[r] .. runTo[r] (inclusive) with verdict runCode[r].
   */
  readonly rowStart: Int32Array;
  readonly runFrom: Int32Array;
  readonly runTo: Int32Array;
  readonly runCode: Int32Array;
  /** For each pending group, one tally of it (settled once per pairing and group). */
  readonly groups: ReadonlyArray<Tally>;
}

/** Verdict classes per rule set object; null when `decide` does not depend on tallies by class. */
const classCache = new WeakMap<TieRules, Classes | null>();

/**
 * A setup with distinct, irregular probabilities, to compare how two tallies go on past 90 minutes:
 * two tallies with the same outcome under it take the same branch at every extra-time score, shoot-out,
 * play-off result and coin toss down to a probability of 1e-14 (see `settle`).
 */
function probeSetup(rules: TieRules): TieSetup {
  const et = scoreGrid(0.8731, 0.5123);
  if (!et.ok) throw new InvariantError('the probe extra-time grid has fixed, valid rates');
  return {
    rules,
    legs: [],
    extraTime: et.value,
    shootoutHome: 0.3719,
    playoff: [0.2917, 0.5261, 0.1822],
    coinToss: 0.4133,
  };
}

/**
 * Checks, once per rule set, that `decide`'s verdict on every 90-minute tally with fewer than 24
 * goals per side and leg depends only on the tally's class (and, where the tie goes on, that every
 * tally of the class goes on alike); returns the classes, or null (then pairings are enumerated
 * score by score). This is what lets `pairTieOdds` sum probabilities by class instead of by score:
 * `decide` still decides every class; no tie rule is written here.
 *
 * @example verdictClasses(caf2017)?.groups.length // 1 (level on aggregate and away goals: penalties)
 */
export function verdictClasses(rules: TieRules): Classes | null {
  const hit = classCache.get(rules);
  if (hit !== undefined) return hit;
  const made = buildClasses(rules);
  classCache.set(rules, made);
  return made;
}

function buildClasses(rules: TieRules): Classes | null {
  if (playoffDecider(rules) !== undefined) return null;
  const verdict = new Int32Array(W * W);
  const groups: Tally[] = [];
  const groupOf = new Map<string, number>();
  const probe = probeSetup(rules);
  const t = emptyTally();
  const out: [number, number, number] = [0, 0, 0];
  const code = (): number => {
    const v = decide(rules, t);
    if (v.kind === 'decided') return v.side === 0 ? SIDE0 : SIDE1;
    out[0] = 0;
    out[1] = 0;
    out[2] = 0;
    settle(probe, t, 1, out);
    const key = `${out[0]}|${out[1]}|${out[2]}`;
    let g = groupOf.get(key);
    if (g === undefined) {
      g = groups.length;
      groupOf.set(key, g);
      groups.push({ ...t });
    }
    return PENDING + g;
  };
  const check = (x: number, e: number): boolean => {
    const i = (x + M - 1) * W + e + M - 1;
    const c = code();
    if (verdict[i] === 0) verdict[i] = c;
    return verdict[i] === c;
  };
  if (rules.legs === 2) {
    t.etAwaySide = 0;
    for (let h1 = 0; h1 < M; h1++)
      for (let a1 = 0; a1 < M; a1++)
        for (let h2 = 0; h2 < M; h2++)
          for (let a2 = 0; a2 < M; a2++) {
            t.goals0 = h1 + a2;
            t.goals1 = a1 + h2;
            t.away0 = a2;
            t.away1 = a1;
            t.wins0 = (h1 > a1 ? 1 : 0) + (a2 > h2 ? 1 : 0);
            t.wins1 = (a1 > h1 ? 1 : 0) + (h2 > a2 ? 1 : 0);
            if (!check(h1 - h2, a2 - a1)) return null;
          }
  } else {
    t.etAwaySide = 1;
    for (let h = 0; h < M; h++)
      for (let a = 0; a < M; a++) {
        t.goals0 = h;
        t.goals1 = a;
        if (!check(h - a, 0)) return null;
      }
  }
  const rowStart = new Int32Array(W + 1);
  const from: number[] = [];
  const to: number[] = [];
  const codes: number[] = [];
  for (let x = 0; x < W; x++) {
    for (let e = 0; e < W; e++) {
      const c = verdict[x * W + e]!;
      if (c === 0) continue; // a class no tally in the checked range reaches
      const last = codes.length - 1;
      if (last >= rowStart[x]! && codes[last] === c && to[last] === e - 1) to[last] = e;
      else {
        from.push(e);
        to.push(e);
        codes.push(c);
      }
    }
    rowStart[x + 1] = codes.length;
  }
  return {
    rules,
    verdict,
    rowStart,
    runFrom: Int32Array.from(from),
    runTo: Int32Array.from(to),
    runCode: Int32Array.from(codes),
    groups,
  };
}

/** The expected goals of a pairing, as `expectedGoals` gives them (home side first). */
export interface PairRates {
  /** Leg 1 (side 0 at home), or the one match. */
  readonly first: readonly [number, number];
  /** Leg 2 (side 1 at home); absent for one match. */
  readonly second?: readonly [number, number];
  /** Extra-time goals relative to 90 minutes (default 1/3). */
  readonly extraTimeRate: number;
  /** P(the home side of the last match wins a shoot-out). */
  readonly shootoutHome: number;
}

/**
 * P(side 0 goes through) of a pairing with no result entered, under independent Poisson goals:
 * the distributions of the two class coordinates are convolutions of the Poisson laws
 * (x = leg-1 home goals − leg-2 home goals, e = away-goal difference), each class takes
 * `decide`'s verdict (checked once per rule set by `verdictClasses`), and the mass of each group of
 * classes that goes past 90 minutes is settled once through `settle` (extra time, shoot-out,
 * coin toss). About 30² products instead of every pair of leg scores. Returns undefined when the
 * rule set has no verdict classes or a goal law reaches 24 goals (then enumerate with `tieOdds`).
 *
 * @example pairTieOdds(caf2017, { first: [0.75, 0.8], second: [0.96, 0.48], extraTimeRate: 1 / 3, shootoutHome: 0.5 }) // ≈ 0.4
 */
export function pairTieOdds(rules: TieRules, rates: PairRates): number | undefined {
  const classes = verdictClasses(rules);
  if (classes === null) return undefined;
  const two = rules.legs === 2;
  if (two && rates.second === undefined) return undefined;
  // x: side 0's leg-1 home goals less side 1's leg-2 home goals (one match: the goal difference);
  // e: side 0's away goals (leg 2) less side 1's (leg 1); both as offsets from −(M − 1).
  px.fill(0);
  pe.fill(0);
  const p1 = poisson(rates.first[0], pmfs[0]!);
  const q1 = poisson(rates.first[1], pmfs[1]!);
  if (p1 === 0 || q1 === 0) return undefined;
  if (two) {
    const p2 = poisson(rates.second![0], pmfs[2]!);
    const q2 = poisson(rates.second![1], pmfs[3]!);
    if (p2 === 0 || q2 === 0) return undefined;
    convolveDifference(pmfs[0]!, p1, pmfs[2]!, p2, px);
    convolveDifference(pmfs[3]!, q2, pmfs[1]!, q1, pe);
  } else {
    convolveDifference(pmfs[0]!, p1, pmfs[1]!, q1, px);
    pe[M - 1] = 1;
  }
  const out: [number, number, number] = [0, 0, 0];
  const pending = new Float64Array(classes.groups.length);
  // cum[i] = P(e offset < i), so that a run of equal verdicts along e costs one subtraction.
  cum[0] = 0;
  for (let e = 0; e < W; e++) cum[e + 1] = cum[e]! + pe[e]!;
  const { rowStart, runFrom, runTo, runCode } = classes;
  for (let x = 0; x < W; x++) {
    const wx = px[x]!;
    if (wx === 0) continue;
    for (let r = rowStart[x]!; r < rowStart[x + 1]!; r++) {
      const mass = cum[runTo[r]! + 1]! - cum[runFrom[r]!]!;
      if (mass === 0) continue;
      const p = wx * mass;
      const c = runCode[r]!;
      if (c === SIDE0) out[0] += p;
      else if (c === SIDE1) out[1] += p;
      else pending[c - PENDING]! += p;
    }
  }
  let setup: TieSetup | undefined;
  for (let g = 0; g < pending.length; g++) {
    const p = pending[g]!;
    if (p === 0) continue;
    setup ??= settleSetup(rules, two ? rates.second! : rates.first, rates);
    if (setup === undefined) return undefined;
    settle(setup, { ...classes.groups[g]! }, p, out);
  }
  return out[0] / (out[0] + out[1]);
}

/** Scratch space of `pairTieOdds` (it neither recurses nor yields, so one set serves every call). */
const px = new Float64Array(W);
const pe = new Float64Array(W);
const cum = new Float64Array(W + 1);
const pmfs = [0, 1, 2, 3].map(() => new Float64Array(M));

/**
 * P(X = 0..k) of a Poisson count into `out`, up to the first k ≥ λ whose tail beyond is below 1e-15
 * (as `poissonPmf`); returns k + 1, or 0 if that takes 24 goals or more.
 */
function poisson(lambda: number, out: Float64Array): number {
  if (!(lambda >= 0 && lambda <= 20)) return 0;
  let p = Math.exp(-lambda);
  let cumulative = 0;
  for (let k = 0; k < M; k++) {
    out[k] = p;
    cumulative += p;
    if (k >= lambda && 1 - cumulative < 1e-15) return k + 1;
    p = (p * lambda) / (k + 1);
  }
  return 0;
}

const NO_EXTRA_TIME: ScoreGrid = {
  home: new Int32Array(0),
  away: new Int32Array(0),
  p: new Float64Array(0),
  length: 0,
};

/** What `settle` needs past 90 minutes: extra time at the last match's rates (if the rules have it), the shoot-out. */
function settleSetup(
  rules: TieRules,
  last: readonly [number, number],
  rates: PairRates,
): TieSetup | undefined {
  let extraTime = NO_EXTRA_TIME;
  if (hasDecider(rules, 'extra-time')) {
    const g = scoreGrid(last[0] * rates.extraTimeRate, last[1] * rates.extraTimeRate, 0);
    if (!g.ok) return undefined;
    extraTime = g.value;
  }
  return {
    rules,
    legs: [],
    extraTime,
    shootoutHome: rates.shootoutHome,
    playoff: [0.5, 0.5, 0],
    coinToss: 0.5,
  };
}

/** out[i − j + M − 1] += a[i]·b[j] (i < na, j < nb): the law of the difference of two independent counts. */
function convolveDifference(
  a: Float64Array,
  na: number,
  b: Float64Array,
  nb: number,
  out: Float64Array,
): void {
  for (let i = 0; i < na; i++) {
    const ai = a[i]!;
    for (let j = 0; j < nb; j++) out[i - j + M - 1]! += ai * b[j]!;
  }
}
