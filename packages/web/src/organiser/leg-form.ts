import { isTimeZone } from '@cupstage/app/time-zones';
import {
  type Competition,
  type CupError,
  checkLegTimes,
  enterLeg,
  type Goals,
  kickoffProblems,
  type Leg,
  nextStepAfter,
  problemSentence,
  type TeamId,
} from '@cupstage/core';

/** What the user typed for one leg: goals as text, so that any input reaches the checks. */
export interface LegInput {
  readonly home: string;
  readonly away: string;
  readonly extraTimeHome: string;
  readonly extraTimeAway: string;
  readonly penaltiesHome: string;
  readonly penaltiesAway: string;
  /** `YYYY-MM-DD` (local date at the venue), as a date input gives it. */
  readonly date: string;
  /** `HH:MM` (local kick-off at the venue). */
  readonly kickoff: string;
  /** IANA time zone of the venue. */
  readonly timeZone: string;
  readonly venue: string;
  readonly city: string;
}

export const EMPTY_INPUT: LegInput = {
  home: '',
  away: '',
  extraTimeHome: '',
  extraTimeAway: '',
  penaltiesHome: '',
  penaltiesAway: '',
  date: '',
  kickoff: '',
  timeZone: '',
  venue: '',
  city: '',
};

/** The group of fields a problem is shown beside. */
export type FieldGroup = 'score' | 'extraTime' | 'penalties' | 'fixture' | 'leg';

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
    date: leg.date ?? '',
    kickoff: leg.kickoff ?? '',
    timeZone: leg.timeZone ?? '',
    venue: leg.venue ?? '',
    city: leg.city ?? '',
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

const LABEL: Record<Exclude<FieldGroup, 'leg' | 'fixture'>, string> = {
  score: 'the score',
  extraTime: 'extra time',
  penalties: 'the penalty shoot-out',
};

/** True when the form holds any fact of when and where (date, kick-off, time zone, venue, city). */
export const hasFixture = (input: LegInput): boolean =>
  [input.date, input.kickoff, input.timeZone, input.venue, input.city].some((v) => v.trim() !== '');

function fixtureProblem(input: LegInput): FieldProblem | undefined {
  const zone = input.timeZone.trim();
  const times = {
    ...(input.date !== '' ? { date: input.date } : {}),
    ...(input.kickoff !== '' ? { kickoff: input.kickoff } : {}),
    ...(zone !== '' ? { timeZone: zone } : {}),
  };
  // The date, kick-off and zone themselves: core's checks (as the server makes them); then what an
  // organiser is asked besides, so that fans can be shown the kick-off in their own time. In words.
  const [bad] = [...checkLegTimes(times, [], isTimeZone, 'leg'), ...kickoffProblems(times, [])];
  return bad ? { field: 'fixture', code: bad.code, message: problemSentence(bad) } : undefined;
}

/**
 * Builds the leg to send from the form: the score (and extra time and penalties when given) and the
 * fixture (date, kick-off, time zone, venue, city). A leg with no score is a fixture only: it can be
 * saved when it says when or where the match is.
 *
 * @example matchOf({ ...EMPTY_INPUT, home: '2', away: '0' }, fixture) // ok: score [2, 0]
 */
export function matchOf(
  input: LegInput,
  fixture: Leg,
): { readonly ok: true; readonly value: Leg } | { readonly ok: false; readonly error: FieldProblem } {
  const {
    score: _s,
    extraTime: _e,
    penalties: _p,
    date: _d,
    kickoff: _k,
    timeZone: _z,
    venue: _v,
    city: _c,
    ...rest
  } = fixture;
  const parts: Array<[Exclude<FieldGroup, 'leg' | 'fixture'>, Pair]> = [
    ['score', pair(input.home, input.away)],
    ['extraTime', pair(input.extraTimeHome, input.extraTimeAway)],
    ['penalties', pair(input.penaltiesHome, input.penaltiesAway)],
  ];
  const out: { -readonly [K in 'score' | 'extraTime' | 'penalties']?: Goals } = {};
  for (const [field, p] of parts) {
    if (p.kind === 'incomplete') {
      return {
        ok: false,
        error: { field, code: 'score-incomplete', message: `Enter both sides of ${LABEL[field]}.` },
      };
    }
    if (p.kind === 'goals') out[field] = p.goals;
  }
  const bad = fixtureProblem(input);
  if (bad) return { ok: false, error: bad };
  if (out.score === undefined && (out.extraTime || out.penalties)) {
    return {
      ok: false,
      error: { field: 'score', code: 'score-missing', message: 'Enter the score after 90 minutes first.' },
    };
  }
  if (out.score === undefined && !hasFixture(input)) {
    return {
      ok: false,
      error: { field: 'score', code: 'score-missing', message: 'Enter the score of the match.' },
    };
  }
  const where = {
    ...(input.date !== '' ? { date: input.date } : {}),
    ...(input.kickoff !== '' ? { kickoff: input.kickoff } : {}),
    ...(input.timeZone.trim() !== '' ? { timeZone: input.timeZone.trim() } : {}),
    ...(input.venue.trim() !== '' ? { venue: input.venue.trim() } : {}),
    ...(input.city.trim() !== '' ? { city: input.city.trim() } : {}),
  };
  return { ok: true, value: { ...rest, ...out, ...where } };
}

/** Which optional parts of a leg's result apply: extra time and a shoot-out. */
export interface Applicable {
  readonly extraTime: boolean;
  readonly penalties: boolean;
}

/**
 * Which of extra time and penalties can apply to leg `index` of a tie, as core's tie resolution says
 * after the score typed so far: only on the last leg (or a single match), and only when the tie is
 * then undecided with `next: extra-time` (then, after the extra time typed, `penalties`) or
 * `next: penalties`. A part that already holds a value is always shown, so that it can be corrected.
 * `before` are the earlier legs as typed (the results grid); by default the stored ones.
 */
export function applicable(
  competition: Competition,
  tie: string,
  index: number,
  input: LegInput,
  fixture: Leg,
  before?: ReadonlyArray<Leg>,
): Applicable {
  const typedEt = input.extraTimeHome !== '' || input.extraTimeAway !== '';
  const typedPens = input.penaltiesHome !== '' || input.penaltiesAway !== '';
  const round = competition.rounds.find((r) => r.ties.some((t) => t.id === tie));
  const spec = round?.ties.find((t) => t.id === tie);
  if (!round || !spec || index < round.rules.legs - 1) return { extraTime: typedEt, penalties: typedPens };
  const score = pair(input.home, input.away);
  if (score.kind !== 'goals') return { extraTime: typedEt, penalties: typedPens };
  const next = (leg: Leg) => nextStepAfter(competition, tie, [...(before ?? spec.legs.slice(0, index)), leg]);
  const base: Leg = { home: fixture.home, away: fixture.away, score: score.goals };
  const afterScore = next(base);
  const extraTime = typedEt || afterScore === 'extra-time';
  let penalties = typedPens || afterScore === 'penalties';
  if (!penalties && extraTime) {
    const et = pair(input.extraTimeHome, input.extraTimeAway);
    if (et.kind === 'goals') penalties = next({ ...base, extraTime: et.goals }) === 'penalties';
  }
  return { extraTime, penalties };
}

/** Where a core error belongs in the form of leg `index` (0-based). */
export function fieldOf(error: CupError, index: number): FieldGroup {
  const [first, leg, field] = error.path;
  if (first !== 'legs' || leg !== index) return 'leg';
  if (field === 'score' || field === 'extraTime' || field === 'penalties') return field;
  if (
    field === 'date' ||
    field === 'kickoff' ||
    field === 'timeZone' ||
    field === 'venue' ||
    field === 'city'
  )
    return 'fixture';
  return 'leg';
}

/**
 * Checks a leg as the server will: core's `enterLeg` on the competition the user sees (the order of
 * legs, then the tie's legs with this one in place). Returns the problem (core's code, and core's
 * sentence for it in the organiser's words, `problemSentence`) or nothing.
 */
export function checkLeg(
  competition: Competition,
  tie: string,
  index: number,
  match: Leg,
): FieldProblem | undefined {
  const entered = enterLeg(competition, tie, index, match);
  if (entered.ok) return undefined;
  return {
    field: fieldOf(entered.error, index),
    code: entered.error.code,
    message: problemSentence(entered.error),
  };
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
