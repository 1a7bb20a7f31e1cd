import type { TieRules } from '../rules/tie-rules.ts';
import type { DecidedBy, NextStep } from './types.ts';

/**
 * The numbers a decider chain looks at, by side (side 0 hosted leg 1). Plain numbers so that the
 * same function serves a single tie, a batch of a million ties and the exact score-grid odds.
 */
export interface Tally {
  /** Goals over all legs after 90 minutes each. */
  goals0: number;
  goals1: number;
  /** Away goals after 90 minutes each. */
  away0: number;
  away1: number;
  /** Legs won after 90 minutes, by side: the side with more has more points (`points` decider). */
  wins0: number;
  wins1: number;
  /** Extra time in the last leg: played or not, goals by side, and which side was the visitor. */
  etPlayed: boolean;
  et0: number;
  et1: number;
  etAwaySide: 0 | 1;
  /** The shoot-out of the last leg, by side. */
  pensTaken: boolean;
  pens0: number;
  pens1: number;
  /** The play-off match: -1 not played, 0 or 1 the side that won it, 2 still level after it. */
  playoff: -1 | 0 | 1 | 2;
  /** The coin toss: -1 not held, else the side that won it. */
  coinToss: -1 | 0 | 1;
}

/** A tally with nothing played beyond 90 minutes. */
export function emptyTally(): Tally {
  return {
    goals0: 0,
    goals1: 0,
    away0: 0,
    away1: 0,
    wins0: 0,
    wins1: 0,
    etPlayed: false,
    et0: 0,
    et1: 0,
    etAwaySide: 0,
    pensTaken: false,
    pens0: 0,
    pens1: 0,
    playoff: -1,
    coinToss: -1,
  };
}

/** What the chain says: a side won at decider `step`, or the tie needs `next` (found at `step`). */
export type Verdict =
  | { readonly kind: 'decided'; readonly side: 0 | 1; readonly by: DecidedBy; readonly step: number }
  | { readonly kind: 'pending'; readonly next: NextStep; readonly step: number };

/** Verdicts are few: cache them by step, kind and side so the hot path allocates nothing. */
const MAX_STEPS = 8;
const verdictCache = new Map<string, Verdict[]>();

function rowOf(key: string): Verdict[] {
  let row = verdictCache.get(key);
  if (row === undefined) {
    row = [];
    verdictCache.set(key, row);
  }
  return row;
}

function decided(side: 0 | 1, by: DecidedBy, step: number): Verdict {
  const row = rowOf(by);
  const slot = step * 2 + side;
  let v = row[slot];
  if (v === undefined) {
    v = Object.freeze({ kind: 'decided', side, by, step });
    row[slot] = v;
  }
  return v;
}

function pending(next: NextStep, step: number): Verdict {
  const row = rowOf(next);
  const slot = MAX_STEPS * 2 + step;
  let v = row[slot];
  if (v === undefined) {
    v = Object.freeze({ kind: 'pending', next, step });
    row[slot] = v;
  }
  return v;
}

const leader = (a: number, b: number): 0 | 1 => (a > b ? 0 : 1);

/**
 * Applies a rule set's decider chain to a tie whose legs are all played. This is the one place
 * where a rule decides a tie: `resolveTie`, the bracket, the simulator and the exact odds all call it.
 * Verdicts are shared frozen objects, so the hot path allocates nothing.
 *
 * @example decide(caf2017, { ...emptyTally(), goals0: 2, goals1: 2, away0: 2, away1: 0 }) // { kind: 'decided', side: 0, by: 'away-goals', step: 1 }
 */
export function decide(rules: TieRules, t: Tally): Verdict {
  let goals0 = t.goals0;
  let goals1 = t.goals1;
  let away0 = t.away0;
  let away1 = t.away1;
  const deciders = rules.deciders;
  for (let step = 0; step < deciders.length; step++) {
    const d = deciders[step]!;
    switch (d.kind) {
      case 'aggregate':
        if (goals0 !== goals1) return decided(leader(goals0, goals1), 'aggregate', step);
        break;
      case 'points':
        if (t.wins0 !== t.wins1) return decided(leader(t.wins0, t.wins1), 'points', step);
        break;
      case 'away-goals':
        if (away0 !== away1) return decided(leader(away0, away1), 'away-goals', step);
        break;
      case 'extra-time':
        if (!t.etPlayed) return pending('extra-time', step);
        goals0 += t.et0;
        goals1 += t.et1;
        if (goals0 !== goals1) return decided(leader(goals0, goals1), 'extra-time', step);
        if (d.awayGoals && rules.legs === 2) {
          if (t.etAwaySide === 0) away0 += t.et0;
          else away1 += t.et1;
          if (away0 !== away1) return decided(leader(away0, away1), 'away-goals-extra-time', step);
        }
        break;
      case 'golden-goal':
      case 'silver-goal':
        // The facts are those of extra time: the golden goal ends it, the silver goal at half-time
        // of it, so the side ahead when it stopped won it.
        if (!t.etPlayed) return pending('extra-time', step);
        goals0 += t.et0;
        goals1 += t.et1;
        if (goals0 !== goals1) return decided(leader(goals0, goals1), d.kind, step);
        break;
      case 'penalties':
        if (!t.pensTaken) return pending('penalties', step);
        return decided(leader(t.pens0, t.pens1), 'penalties', step);
      case 'play-off':
        if (t.playoff === -1) return pending('play-off', step);
        if (t.playoff !== 2) return decided(t.playoff, 'play-off', step);
        break;
      case 'coin-toss':
        if (t.coinToss === -1) return pending('coin-toss', step);
        return decided(t.coinToss, 'coin-toss', step);
      default: {
        const never: never = d;
        throw new Error(`unknown decider ${String(never)}`);
      }
    }
  }
  // A chain checked by checkRules ends in penalties or a coin toss, so this is only reached by
  // unchecked rules: report the tie as needing a coin toss rather than inventing a winner.
  return pending('coin-toss', deciders.length);
}
