import { type Competition, type CupError, enterLeg, type Goals, type Leg, type TeamId } from '@cupstage/core';

/** What the user typed for one leg: goals as text, so that any input reaches the checks. */
export interface LegInput {
  readonly home: string;
  readonly away: string;
  readonly extraTimeHome: string;
  readonly extraTimeAway: string;
  readonly penaltiesHome: string;
  readonly penaltiesAway: string;
}

export const EMPTY_INPUT: LegInput = {
  home: '',
  away: '',
  extraTimeHome: '',
  extraTimeAway: '',
  penaltiesHome: '',
  penaltiesAway: '',
};

/** The group of fields a problem is shown beside. */
export type FieldGroup = 'score' | 'extraTime' | 'penalties' | 'leg';

/** A problem with the input, placed beside its fields; `code` and `message` are core's (as the API's). */
export interface FieldProblem {
  readonly field: FieldGroup;
  readonly code: string;
  readonly message: string;
}

const text = (n: number | undefined): string => (n === undefined ? '' : String(n));

/** The form's text for an entered leg. */
export function inputOf(leg: Leg | undefined): LegInput {
  if (!leg) return EMPTY_INPUT;
  return {
    home: text(leg.score?.[0]),
    away: text(leg.score?.[1]),
    extraTimeHome: text(leg.extraTime?.[0]),
    extraTimeAway: text(leg.extraTime?.[1]),
    penaltiesHome: text(leg.penalties?.[0]),
    penaltiesAway: text(leg.penalties?.[1]),
  };
}

type Pair =
  | { readonly kind: 'empty' }
  | { readonly kind: 'incomplete' }
  | { readonly kind: 'goals'; readonly goals: Goals };

/** Reads a pair of goal fields; numbers are passed on as typed (core says what is wrong with them). */
function pair(a: string, b: string): Pair {
  const x = a.trim();
  const y = b.trim();
  if (x === '' && y === '') return { kind: 'empty' };
  if (x === '' || y === '') return { kind: 'incomplete' };
  return { kind: 'goals', goals: [Number(x), Number(y)] };
}

const LABEL: Record<Exclude<FieldGroup, 'leg'>, string> = {
  score: 'the score',
  extraTime: 'extra time',
  penalties: 'the penalty shoot-out',
};

/**
 * Builds the leg to send from the form, keeping the fixture's other facts (date, venue, ...).
 *
 * @example matchOf({ ...EMPTY_INPUT, home: '2', away: '0' }, fixture) // ok: score [2, 0]
 */
export function matchOf(
  input: LegInput,
  fixture: Leg,
): { readonly ok: true; readonly value: Leg } | { readonly ok: false; readonly error: FieldProblem } {
  const { score: _s, extraTime: _e, penalties: _p, ...rest } = fixture;
  const parts: Array<[Exclude<FieldGroup, 'leg'>, Pair]> = [
    ['score', pair(input.home, input.away)],
    ['extraTime', pair(input.extraTimeHome, input.extraTimeAway)],
    ['penalties', pair(input.penaltiesHome, input.penaltiesAway)],
  ];
  const out: { -readonly [K in 'score' | 'extraTime' | 'penalties']?: Goals } = {};
  for (const [field, p] of parts) {
    if (p.kind === 'incomplete') {
      return {
        ok: false,
        error: { field, code: 'score-incomplete', message: `enter both sides of ${LABEL[field]}` },
      };
    }
    if (p.kind === 'goals') out[field] = p.goals;
  }
  if (out.score === undefined) {
    return {
      ok: false,
      error: { field: 'score', code: 'score-missing', message: 'enter the score of the match' },
    };
  }
  return { ok: true, value: { ...rest, ...out } };
}

/** Where a core error belongs in the form of leg `index` (0-based). */
export function fieldOf(error: CupError, index: number): FieldGroup {
  const [first, leg, field] = error.path;
  if (first !== 'legs' || leg !== index) return 'leg';
  return field === 'score' || field === 'extraTime' || field === 'penalties' ? field : 'leg';
}

/**
 * Checks a leg as the server will: core's `enterLeg` on the competition the user sees (the order of
 * legs, then the tie's legs with this one in place). Returns the problem (core's code and message,
 * placed beside its fields) or nothing.
 */
export function checkLeg(
  competition: Competition,
  tie: string,
  index: number,
  match: Leg,
): FieldProblem | undefined {
  const entered = enterLeg(competition, tie, index, match);
  if (entered.ok) return undefined;
  return { field: fieldOf(entered.error, index), code: entered.error.code, message: entered.error.message };
}

/**
 * The fixture of leg `index` of a tie between `teams` (side 0 hosts the first leg): the entered leg
 * if there is one, else the home side by the order of legs. An entered leg that names a team no
 * longer in the tie (an upstream correction changed it) gets the new team in that place.
 */
export function fixtureOf(entered: Leg | undefined, teams: readonly [TeamId, TeamId], index: number): Leg {
  if (entered) {
    const known = (t: TeamId): boolean => t === teams[0] || t === teams[1];
    if (known(entered.home) && known(entered.away)) return entered;
    const other = (t: TeamId): TeamId => (t === teams[0] ? teams[1] : teams[0]);
    if (known(entered.home)) return { ...entered, away: other(entered.home) };
    if (known(entered.away)) return { ...entered, home: other(entered.away) };
  }
  const home = index % 2 === 0 ? teams[0] : teams[1];
  return { ...(entered ?? {}), home, away: home === teams[0] ? teams[1] : teams[0] };
}
