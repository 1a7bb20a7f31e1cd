import type { Round, Slot, TeamId, TieId } from '@cupstage/core';
import { type ImportProblem, problem } from '../article-import/problems.ts';
import { roundKeyOf } from './round-names.ts';

/** What the importer learnt of a tie: its two teams, the winner when decided, its last line. */
export interface Outcome {
  readonly teams: [TeamId, TeamId];
  winner?: TeamId;
  /** False when a match of the tie has no score written. */
  played?: boolean;
  readonly line: number;
}

/**
 * Sets each side of a later tie to the earlier tie it comes from (winner, or loser for a third-place
 * match), and reports a tie whose loser plays on in the next round while its winner does not.
 */
export function linkRounds(
  rounds: ReadonlyArray<Round>,
  outcomes: ReadonlyMap<TieId, Outcome>,
  nameOf: (t: TeamId) => string,
  problems: ImportProblem[],
): Round[] {
  return rounds.map((round, r) => {
    const thirdPlace = roundKeyOf(round.name) === 'third-place';
    const slotOf = (team: TeamId): Slot => {
      for (let p = r - 1; p >= 0; p--) {
        if (roundKeyOf(rounds[p]!.name) === 'third-place') continue;
        for (const t of rounds[p]!.ties) {
          const o = outcomes.get(t.id);
          if (!o?.teams.includes(team)) continue;
          if (o.winner === undefined) {
            if (!thirdPlace && o.played === false)
              problems.push(
                problem(
                  'warning',
                  'result-missing',
                  o.line,
                  `${t.id}: no result is written, but ${nameOf(team)} play on in ${round.name}`,
                ),
              );
            return { kind: 'team', team };
          }
          if (o.winner === team) return thirdPlace ? { kind: 'team', team } : { kind: 'winner', tie: t.id };
          if (thirdPlace) return { kind: 'loser', tie: t.id };
          problems.push(
            problem(
              'error',
              'winner-disagrees',
              o.line,
              `${t.id}: the engine gives this tie to ${nameOf(o.winner)}, but ${nameOf(team)} play on in ${round.name}`,
            ),
          );
          return { kind: 'team', team };
        }
      }
      return { kind: 'team', team };
    };
    const side = (s: Slot): Slot => (s.kind === 'team' ? slotOf(s.team) : s);
    return { ...round, ties: round.ties.map((t) => ({ ...t, sides: [side(t.sides[0]), side(t.sides[1])] })) };
  });
}
