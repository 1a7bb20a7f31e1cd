import { InvariantError } from '../result.ts';
import type { Decider, TieRules } from '../rules/tie-rules.ts';
import { decide, emptyTally, type Tally } from '../tie/decide.ts';
import type { ScoreGrid } from './score-grid.ts';

/**
 * What is still uncertain about one tie between two known sides (side 0 hosts leg 1), as
 * probability grids. A result already entered is a grid with one certain score.
 */
export interface TieSetup {
  readonly rules: TieRules;
  /** 90-minute scores of each leg, that leg's home side first (one grid per leg of the rules). */
  readonly legs: ReadonlyArray<ScoreGrid>;
  /** Goals scored in extra time of the last leg, its home side first. */
  readonly extraTime: ScoreGrid;
  /** Probability that the home side of the last leg wins a shoot-out. */
  readonly shootoutHome: number;
  /** Probability that the play-off match is won by side 0, by side 1, or still level after it. */
  readonly playoff: readonly [number, number, number];
  /** Probability that side 0 wins a coin toss. */
  readonly coinToss: number;
  /**
   * Optional memo of `decide`'s verdicts on 90-minute tallies for these rules (from `verdictMemo`),
   * shared by the pairings of one plan so that `decide` runs once per distinct tally.
   */
  readonly memo?: Uint8Array;
}

/** Goals per side per leg covered by a verdict memo (higher scores call `decide` directly). */
const MEMO_GOALS = 24;
const PENDING = 3;

/**
 * An empty memo of `decide` verdicts for one rule set (two-legged ties), for `TieSetup.memo`.
 *
 * @example const memo = verdictMemo(); tieOdds({ ...setup, memo });
 */
export function verdictMemo(): Uint8Array {
  return new Uint8Array(MEMO_GOALS ** 4);
}

/** Score combinations less likely than this are skipped (in the CAF model their total is about 1e-11, the effect on any probability about 1e-12). */
const CUTOFF = 1e-14;

/**
 * The exact probability that each side goes through: sums over every combination of leg scores
 * (and extra time, shoot-out, play-off, coin toss) the probability of that combination, the winner
 * being the one `decide(rules, tally)` names: the very function that decides real ties.
 * Returns [side 0, side 1, still level when the chain runs out] (the last is 0 for checked rules).
 *
 * @example tieOdds(setup) // e.g. [0.31, 0.69, 0]
 */
export function tieOdds(setup: TieSetup): readonly [number, number, number] {
  const { rules } = setup;
  if (setup.legs.length !== rules.legs)
    throw new InvariantError(`tieOdds: ${setup.legs.length} leg grids for rules with ${rules.legs} legs`);
  const out: [number, number, number] = [0, 0, 0];
  const t = emptyTally();
  const g1 = setup.legs[0]!;
  if (rules.legs === 2) {
    const g2 = setup.legs[1]!;
    const top2 = g2.p[0]!;
    const memo = setup.memo;
    const M = MEMO_GOALS;
    // Leg 2 is hosted by side 1, so side 0 is the visitor in its extra time.
    t.etAwaySide = 0;
    for (let i = 0; i < g1.length; i++) {
      const p1 = g1.p[i]!;
      if (p1 * top2 < CUTOFF) break;
      const h1 = g1.home[i]!;
      const a1 = g1.away[i]!;
      for (let j = 0; j < g2.length; j++) {
        const p = p1 * g2.p[j]!;
        if (p < CUTOFF) break;
        const h2 = g2.home[j]!;
        const a2 = g2.away[j]!;
        t.goals0 = h1 + a2;
        t.goals1 = a1 + h2;
        t.away0 = a2;
        t.away1 = a1;
        t.wins0 = (h1 > a1 ? 1 : 0) + (a2 > h2 ? 1 : 0);
        t.wins1 = (a1 > h1 ? 1 : 0) + (h2 > a2 ? 1 : 0);
        if (memo !== undefined && h1 < M && a1 < M && h2 < M && a2 < M) {
          // 0: not seen yet; 1 or 2: side 0 or 1 won at 90 minutes; 3: decide needs more.
          const key = ((h1 * M + a1) * M + h2) * M + a2;
          let known = memo[key]!;
          if (known === 0) {
            const v = decide(rules, t);
            known = v.kind === 'decided' ? v.side + 1 : PENDING;
            memo[key] = known;
          }
          if (known === PENDING) settle(setup, t, p, out);
          else out[known - 1]! += p;
          continue;
        }
        const v = decide(rules, t);
        if (v.kind === 'decided') out[v.side] += p;
        else settle(setup, t, p, out);
      }
    }
  } else {
    t.etAwaySide = 1;
    for (let i = 0; i < g1.length; i++) {
      const p = g1.p[i]!;
      if (p < CUTOFF) break;
      t.goals0 = g1.home[i]!;
      t.goals1 = g1.away[i]!;
      t.wins0 = t.goals0 > t.goals1 ? 1 : 0;
      t.wins1 = t.goals1 > t.goals0 ? 1 : 0;
      const v = decide(rules, t);
      if (v.kind === 'decided') out[v.side] += p;
      else settle(setup, t, p, out);
    }
  }
  return out;
}

/**
 * Follows the chain past 90 minutes from tally `t` (of probability `p`), adding to `out`: branches
 * on what `decide` says the tie needs next (extra time, shoot-out, play-off, coin toss).
 *
 * @example settle(setup, tally, 0.1, out) // out[0] += P(side 0 wins from there) · 0.1, …
 */
export function settle(setup: TieSetup, t: Tally, p: number, out: [number, number, number]): void {
  const { rules } = setup;
  const v = decide(rules, t);
  if (v.kind === 'decided') {
    out[v.side] += p;
    return;
  }
  // In the last leg the home side is side 1 of a two-legged tie, side 0 of a single match.
  const homeSide = rules.legs === 2 ? 1 : 0;
  switch (v.next) {
    case 'extra-time': {
      const g = setup.extraTime;
      t.etPlayed = true;
      for (let i = 0; i < g.length; i++) {
        const q = p * g.p[i]!;
        if (q < CUTOFF) break;
        if (homeSide === 1) {
          t.et1 = g.home[i]!;
          t.et0 = g.away[i]!;
        } else {
          t.et0 = g.home[i]!;
          t.et1 = g.away[i]!;
        }
        settle(setup, t, q, out);
      }
      t.etPlayed = false;
      t.et0 = 0;
      t.et1 = 0;
      return;
    }
    case 'penalties': {
      t.pensTaken = true;
      for (const winner of [0, 1] as const) {
        const q = winner === homeSide ? setup.shootoutHome : 1 - setup.shootoutHome;
        if (q === 0) continue;
        t.pens0 = winner === 0 ? 1 : 0;
        t.pens1 = winner === 1 ? 1 : 0;
        settle(setup, t, p * q, out);
      }
      t.pensTaken = false;
      t.pens0 = 0;
      t.pens1 = 0;
      return;
    }
    case 'play-off': {
      for (const result of [0, 1, 2] as const) {
        const q = setup.playoff[result];
        if (q === 0) continue;
        t.playoff = result;
        settle(setup, t, p * q, out);
      }
      t.playoff = -1;
      return;
    }
    case 'coin-toss': {
      if (v.step >= rules.deciders.length) {
        out[2] += p; // the chain ran out: still level (a play-off match that ended level)
        return;
      }
      for (const side of [0, 1] as const) {
        const q = side === 0 ? setup.coinToss : 1 - setup.coinToss;
        if (q === 0) continue;
        t.coinToss = side;
        settle(setup, t, p * q, out);
      }
      t.coinToss = -1;
      return;
    }
    case 'first-leg':
    case 'second-leg':
      throw new InvariantError(`decide asked for the ${v.next} of a tie whose legs are all in the grid`);
    default: {
      const never: never = v.next;
      throw new InvariantError(`unknown next step ${String(never)}`);
    }
  }
}

/**
 * The rules of a play-off match as a one-match decider chain (score, then its own extra time and
 * shoot-out if the play-off decider has them), so that `decide` also settles the play-off itself.
 * A play-off that ends level comes out of `tieOdds` as its third number.
 *
 * @example playoffRules({ kind: 'play-off', extraTime: true, penalties: false }).deciders.length // 2
 */
export function playoffRules(d: Extract<Decider, { kind: 'play-off' }>): TieRules {
  const deciders: Decider[] = [{ kind: 'aggregate' }];
  if (d.extraTime) deciders.push({ kind: 'extra-time', awayGoals: false });
  if (d.penalties) deciders.push({ kind: 'penalties' });
  return {
    id: 'play-off-match',
    name: 'Play-off match',
    legs: 1,
    deciders,
    source: 'the tie rules’ play-off decider',
  };
}
