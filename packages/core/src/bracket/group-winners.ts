import type { Competition, Round, Slot, Team, TieSpec } from '../competition/types.ts';
import { roundId, type TieId, tieId } from '../ids.ts';
import type { TieRules } from '../rules/tie-rules.ts';
import { roundName, roundSlug, tieName } from './seeding.ts';

/** One group's two qualifiers. */
export interface GroupQualifiers {
  /** The group's name as printed, e.g. `A`. */
  readonly group: string;
  readonly winner: Team;
  readonly runnerUp: Team;
}

export interface GroupWinnersOptions {
  readonly id: string;
  readonly name: string;
  /** Groups in order (A, B, C, D, ...): an even number, 2, 4, 8 or 16 of them. */
  readonly groups: ReadonlyArray<GroupQualifiers>;
  /** Rules of every round but the final. */
  readonly rules: TieRules;
  /** Rules of the final (default: `rules`). */
  readonly finalRules?: TieRules;
}

const group = (g: string, position: 1 | 2): Slot => ({ kind: 'group', group: g, position });

/**
 * The knockout stage of group winners against runners-up, as the 2017 CAF Confederation Cup's
 * ("the 8 teams which qualified as winners and runners-up of each of the four groups"; the
 * quarter-finals B2 v A1, A2 v B1, D2 v C1, C2 v D1, group winners hosting the second leg). Groups are
 * paired in order (A with B, C with D, ...); in each pair the runner-up of each group meets the winner
 * of the other. Teams of one group are in different halves of the bracket: the ties with a winner of
 * the first group of its pair (QF1, QF3) make the upper half, the others (QF2, QF4) the lower. Later
 * rounds pair the winners in bracket order; ties are named as articles name them (QF1, SF1, F).
 * Returns undefined when the number of groups is not 2, 4, 8 or 16.
 *
 * @example groupWinnersBracket({ id: 'caf', name: 'CAF', groups: [a, b, c, d], rules: caf2017 })?.rounds[0]?.ties[0]?.sides // [B2, A1]
 */
export function groupWinnersBracket(options: GroupWinnersOptions): Competition | undefined {
  const { groups } = options;
  const n = groups.length;
  if (![2, 4, 8, 16].includes(n)) return undefined;
  const teamsInRound = 2 * n;
  const upper: TieSpec[] = [];
  const lower: TieSpec[] = [];
  for (let p = 0; p < n; p += 2) {
    const a = groups[p]!.group;
    const b = groups[p + 1]!.group;
    upper.push({ id: tieId(tieName(teamsInRound, p + 1)), sides: [group(b, 2), group(a, 1)], legs: [] });
    lower.push({ id: tieId(tieName(teamsInRound, p + 2)), sides: [group(a, 2), group(b, 1)], legs: [] });
  }
  const first = [...upper, ...lower];
  const rounds: Round[] = [
    {
      id: roundId(roundSlug(teamsInRound)),
      name: roundName(teamsInRound),
      rules: teamsInRound === 2 ? (options.finalRules ?? options.rules) : options.rules,
      legOrder: { kind: 'group-winners-host-second-leg' },
      ties: first,
    },
  ];
  let previous: ReadonlyArray<TieId> = first.map((t) => t.id);
  for (let teams = teamsInRound / 2; teams >= 2; teams /= 2) {
    const ties: TieSpec[] = [];
    for (let k = 0; k < previous.length; k += 2) {
      ties.push({
        id: tieId(tieName(teams, k / 2 + 1)),
        sides: [
          { kind: 'winner', tie: previous[k]! },
          { kind: 'winner', tie: previous[k + 1]! },
        ],
        legs: [],
      });
    }
    rounds.push({
      id: roundId(roundSlug(teams)),
      name: roundName(teams),
      rules: teams === 2 ? (options.finalRules ?? options.rules) : options.rules,
      legOrder: { kind: 'fixed' },
      ties,
    });
    previous = ties.map((t) => t.id);
  }
  return {
    id: options.id,
    name: options.name,
    stageName: 'knockout stage',
    teams: groups.flatMap((g) => [g.winner, g.runnerUp]),
    groups: groups.map((g) => ({ group: g.group, positions: [g.winner.id, g.runnerUp.id] })),
    rounds,
    amendments: [],
    draws: [],
  };
}
