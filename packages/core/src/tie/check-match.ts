import type { TeamId } from '../ids.ts';
import { type CupError, cupError, formatPath } from '../result.ts';
import { isPossibleShootout } from './shootout.ts';
import type { Goals, MatchFacts } from './types.ts';

/** The most goals one side can be recorded as scoring in one part of a match. */
export const MAX_GOALS = 999;

type Path = ReadonlyArray<string | number>;

const isCount = (g: unknown): boolean =>
  typeof g === 'number' && Number.isInteger(g) && g >= 0 && g <= MAX_GOALS;

/** True for a pair of whole numbers of goals from 0 to MAX_GOALS. */
export function isGoals(goals: unknown): goals is Goals {
  return Array.isArray(goals) && goals.length === 2 && isCount(goals[0]) && isCount(goals[1]);
}

/**
 * Checks one pair of goals: two whole numbers from 0 to MAX_GOALS. Paths are built only on failure,
 * so checking valid input allocates nothing.
 */
export function checkGoals(goals: unknown, path: Path): CupError | undefined {
  if (isGoals(goals)) return undefined;
  if (!Array.isArray(goals) || goals.length !== 2) {
    return cupError('invalid-score', path, `${formatPath(path)} must be a pair of goals such as [1, 0]`);
  }
  for (let i = 0; i < 2; i++) {
    const g: unknown = goals[i];
    if (isCount(g)) continue;
    const at = [...path, i];
    if (typeof g !== 'number' || Number.isNaN(g)) {
      return cupError('invalid-score', at, `${formatPath(at)} must be a number of goals`);
    }
    if (g < 0) return cupError('negative-goals', at, `${formatPath(at)} is ${g}: goals cannot be negative`);
    if (!Number.isInteger(g)) {
      return cupError('non-integer-goals', at, `${formatPath(at)} is ${g}: goals must be whole numbers`);
    }
    return cupError(
      'goals-out-of-range',
      at,
      `${formatPath(at)} is ${g}: more than ${MAX_GOALS} goals is not a football score`,
    );
  }
  return undefined;
}

/** Checks a shoot-out: valid goals, not level, and a score the kicking order can produce. */
export function checkShootout(pens: Goals, path: Path): CupError | undefined {
  const bad = checkGoals(pens, path);
  if (bad) return bad;
  const [a, b] = pens;
  if (a === b) {
    return cupError(
      'penalties-level',
      path,
      `a penalty shoot-out cannot end level (${a}–${b}): it goes on until one side leads`,
    );
  }
  if (!isPossibleShootout(Math.max(a, b), Math.min(a, b))) {
    return cupError(
      'penalties-impossible',
      path,
      `a penalty shoot-out cannot end ${a}–${b}: after five kicks each it stops as soon as one side cannot catch up, and in sudden death it ends one goal apart`,
    );
  }
  return undefined;
}

function unknownTeam(team: unknown, path: Path, teams: readonly [TeamId, TeamId]): CupError {
  return cupError(
    'unknown-team',
    path,
    `${formatPath(path)} is "${String(team)}", which is not in this tie (${teams[0]} v ${teams[1]})`,
  );
}

/**
 * Checks the teams and numbers of one match of a tie between `teams`: known teams, not the same team
 * twice, whole non-negative goals, a possible shoot-out, and no extra time or penalties without a score.
 * `path` is where the match sits in the input, for error paths.
 */
export function checkMatch(
  match: MatchFacts,
  teams: readonly [TeamId, TeamId],
  path: Path,
): CupError | undefined {
  if (match.home !== teams[0] && match.home !== teams[1])
    return unknownTeam(match.home, [...path, 'home'], teams);
  if (match.away !== teams[0] && match.away !== teams[1])
    return unknownTeam(match.away, [...path, 'away'], teams);
  if (match.home === match.away) {
    return cupError('same-team', [...path, 'away'], `${formatPath(path)}: a team cannot play itself`);
  }
  if (match.score === undefined) {
    if (match.extraTime !== undefined || match.penalties !== undefined) {
      return cupError(
        'score-missing',
        [...path, 'score'],
        `${formatPath(path)} has extra time or penalties but no score`,
      );
    }
    return undefined;
  }
  if (!isGoals(match.score)) return checkGoals(match.score, [...path, 'score']);
  if (match.extraTime !== undefined && !isGoals(match.extraTime))
    return checkGoals(match.extraTime, [...path, 'extraTime']);
  if (match.penalties !== undefined) return checkShootout(match.penalties, [...path, 'penalties']);
  return undefined;
}
