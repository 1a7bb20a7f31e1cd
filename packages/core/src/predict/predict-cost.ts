import { createKnockout } from '../bracket/knockout.ts';
import type { Competition } from '../competition/types.ts';
import type { TieId } from '../ids.ts';
import { hasDecider, type TieRules } from '../rules/tie-rules.ts';
import type { GoalsModel } from './goals-model.ts';
import type { StagePlan } from './stage-plan.ts';

/**
 * Cost units per second: one unit is about 1 µs of one core of the 2-core reference machine
 * (measured with `npm run bench:exact` while other processes shared it), so about 1,000,000 units a
 * second on one core. Estimates are meant for budgets (refuse or pick a method), not for timing.
 */
export const COST_UNITS_PER_SECOND = 1_000_000;

/** One pairing's odds by verdict class (`pairTieOdds`): about 5 µs; with extra time about 25 µs. */
const CLASS_PAIR = 5;
const CLASS_PAIR_EXTRA_TIME = 25;
/** One pairing enumerated score by score (`tieOdds`; Dixon–Coles, play-offs): about 300 µs; with extra time 1 ms. */
const ENUMERATED_PAIR = 300;
const ENUMERATED_PAIR_EXTRA_TIME = 1000;
/** Checking a rule set's verdict classes once (`verdictClasses`): about 50 ms; with extra time 200 ms. */
const RULES_CHECK = 50_000;
const RULES_CHECK_EXTRA_TIME = 200_000;
/** Combining a plan into stage odds, per pairing and per (tie or round) × team listed. */
const COMBINE_PAIR = 0.02;
const ODDS_ENTRY = 0.2;
/** One tie of one Monte Carlo run on one core: 10 ns for small brackets, 25 ns for 2,048 teams (a pairing table past the caches). */
const RUN_TIE = 0.025;

/** What a plan of a competition would hold, counted without computing any odds. */
interface Shape {
  readonly ties: number;
  readonly rounds: number;
  readonly teams: number;
  /** Pairings to compute, weighted by their cost in units. */
  readonly pairCost: number;
  readonly pairs: number;
  readonly winEntries: number;
}

function shapeOf(c: Competition, model: GoalsModel | undefined): Shape {
  const derived = createKnockout(c).ties();
  const index = new Map<TieId, number>(derived.map((d, i) => [d.id, i]));
  const winners: number[] = [];
  const losers: number[] = [];
  const checked = new Set<TieRules>();
  const enumerate = (model?.dixonColes ?? 0) !== 0;
  let pairs = 0;
  let pairCost = 0;
  let winEntries = 0;
  for (const [t, d] of derived.entries()) {
    const rules = c.rounds[d.roundIndex]?.rules;
    const size = (s: 0 | 1): number => {
      const slot = d.spec.sides[s];
      if (slot.kind !== 'winner' && slot.kind !== 'loser') return 1;
      const from = index.get(slot.tie);
      if (from === undefined || from >= t) return 1;
      return (slot.kind === 'winner' ? winners : losers)[from] ?? 1;
    };
    const k0 = size(0);
    const k1 = size(1);
    const decided =
      (d.state.kind === 'resolved' && d.state.outcome.kind === 'decided') || d.state.kind === 'reported';
    if (decided) {
      pairs += 1;
      winners.push(1);
      losers.push(1);
      winEntries += 1;
      continue;
    }
    const all = Math.min(c.teams.length, k0 + k1);
    winners.push(all);
    losers.push(all);
    winEntries += all;
    pairs += k0 * k1;
    if (rules === undefined) continue;
    const extraTime = hasDecider(rules, 'extra-time');
    const byClass = !enumerate && !hasDecider(rules, 'play-off');
    if (byClass && !checked.has(rules)) {
      checked.add(rules);
      pairCost += extraTime ? RULES_CHECK_EXTRA_TIME : RULES_CHECK;
    }
    const each = byClass
      ? extraTime
        ? CLASS_PAIR_EXTRA_TIME
        : CLASS_PAIR
      : extraTime
        ? ENUMERATED_PAIR_EXTRA_TIME
        : ENUMERATED_PAIR;
    pairCost += k0 * k1 * each;
  }
  return {
    ties: derived.length,
    rounds: c.rounds.length,
    teams: c.teams.length,
    pairCost,
    pairs,
    winEntries,
  };
}

function planShape(plan: StagePlan): Shape {
  return {
    ties: plan.ties.length,
    rounds: plan.rounds.length,
    teams: plan.teams.length,
    pairCost: 0,
    pairs: plan.win0.length,
    winEntries: plan.winStart[plan.ties.length]!,
  };
}

const isPlan = (x: Competition | StagePlan): x is StagePlan => 'win0' in x;

/** Building StageOdds from win counts: every round × team, every tie's possible winners. */
const oddsCost = (s: Shape): number => ODDS_ENTRY * (s.rounds * s.teams + s.winEntries + s.teams);

/**
 * The estimated cost, in units of about 1 µs of one core (`COST_UNITS_PER_SECOND`), of exact stage
 * odds: for a competition, planning (every pairing of teams that can meet, by verdict class or
 * enumerated) and combining; for a plan already made, combining only. Pure and quick (it counts the
 * pairings without computing them); never throws. Pass the model if it may use Dixon–Coles.
 *
 * @example exactOddsCost(competition) / COST_UNITS_PER_SECOND // e.g. 2.7 (seconds) for 1,024 teams
 */
export function exactOddsCost(subject: Competition | StagePlan, model?: GoalsModel): number {
  const s = isPlan(subject) ? planShape(subject) : shapeOf(subject, model);
  return s.pairCost + COMBINE_PAIR * s.pairs + oddsCost(s);
}

/**
 * The estimated cost, in the same units, of `runs` Monte Carlo runs on one core (divide by the
 * workers for wall-clock time on a pool): for a competition it includes planning, which Monte Carlo
 * needs as much as exact odds do (so for a bracket where exact odds apply they are never dearer).
 *
 * @example monteCarloCost(plan, 1_000_000) // about 175,000 (0.18 s) for the 7 ties of the 2017 CAF stage
 */
export function monteCarloCost(subject: Competition | StagePlan, runs: number, model?: GoalsModel): number {
  const s = isPlan(subject) ? planShape(subject) : shapeOf(subject, model);
  const r = Number.isFinite(runs) && runs > 0 ? runs : 0;
  return s.pairCost + RUN_TIE * r * s.ties + oddsCost(s);
}
