import type { Competition, Round, Slot, Team, TieSpec } from '../competition/types.ts';
import { roundId, type TeamId, tieId } from '../ids.ts';
import type { TieRules } from '../rules/tie-rules.ts';
import { bracketSize, roundName, roundSlug, standardPlacement, tieName } from './seeding.ts';

export interface SingleEliminationOptions {
  readonly id: string;
  readonly name: string;
  /** Teams in seed order: the first is seed 1. */
  readonly teams: ReadonlyArray<Team>;
  /** Rules of every round but the final. */
  readonly rules: TieRules;
  /** Rules of the final (default: `rules`). */
  readonly finalRules?: TieRules;
}

/**
 * A single-elimination bracket of any number of teams with standard seeding (1 v N, 2 v N−1, ...).
 * When the number of teams is not a power of two, the top seeds get byes: they have no first-round
 * tie and enter the next round directly. The higher seed is listed second, so it hosts the second leg
 * (or, for single matches, the lower line is the nominal home side... the upper line is side 0).
 * Rounds and ties are named as articles name them: `Quarter-finals` (id `quarter-finals`) with ties
 * `QF1`...`QF4`, then `SF1`, `SF2` and the final `F` (`R16-1` for a round of 16); the slots of later
 * rounds read "Winner QF1".
 *
 * @example singleElimination({ id: 'cup', name: 'Cup', teams, rules: uefa2021 }).rounds.length // log2 of the bracket size
 */
export function singleElimination(options: SingleEliminationOptions): Competition {
  const { teams } = options;
  const size = bracketSize(Math.max(2, teams.length));
  const placement = standardPlacement(size);
  // Lines of the first round: a team, or null for a bye.
  let lines: Array<Slot | null> = placement.map((seed) => {
    const team = teams[seed - 1];
    return team ? { kind: 'team', team: team.id } : null;
  });
  const rounds: Round[] = [];
  while (lines.length > 1) {
    const ties: TieSpec[] = [];
    const next: Array<Slot | null> = [];
    const isFinal = lines.length === 2;
    for (let k = 0; k < lines.length; k += 2) {
      const upper = lines[k] ?? null;
      const lower = lines[k + 1] ?? null;
      if (upper && lower) {
        const id = tieId(tieName(lines.length, ties.length + 1));
        ties.push({ id, sides: [upper, lower], legs: [] });
        next.push({ kind: 'winner', tie: id });
      } else {
        next.push(upper ?? lower);
      }
    }
    rounds.push({
      id: roundId(roundSlug(lines.length)),
      name: roundName(lines.length),
      rules: isFinal ? (options.finalRules ?? options.rules) : options.rules,
      legOrder: { kind: 'fixed' },
      ties,
    });
    lines = next;
  }
  return {
    id: options.id,
    name: options.name,
    stageName: 'knockout stage',
    teams,
    groups: [],
    rounds,
    amendments: [],
    draws: [],
  };
}

/** Team ids of a bracket in seed order, for callers that only have names. */
export function seedTeams(names: ReadonlyArray<string>, country = 'XXX'): Team[] {
  return names.map((name) => ({ id: name as TeamId, name, country }));
}
