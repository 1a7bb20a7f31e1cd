import { type CupError, formatPath } from '../result.ts';

type Path = ReadonlyArray<string | number>;

/** Where a request's field sits: these first keys are the request's parts, not the organiser's words. */
const PARTS = new Set(['body', 'params', 'querystring', 'headers', 'log']);

const SIDE = ['Home', 'Away'] as const;

const FIELDS: Readonly<Record<string, string>> = {
  id: 'the id',
  name: 'the name',
  teams: 'the teams',
  rules: 'the rules',
  finalRules: 'the rules of the final',
  home: 'the home team',
  away: 'the away team',
  score: 'the score',
  extraTime: 'the extra-time score',
  penalties: 'the shoot-out score',
  date: 'the date',
  kickoff: 'the kick-off time',
  timeZone: 'the time zone',
  venue: 'the venue',
  city: 'the city',
  seed: 'the seed',
  commitment: 'the commitment',
  round: 'the round',
  rounds: 'the rounds',
  window: 'the window',
  to: 'the new window',
  from: 'the start',
  description: 'the description',
  country: 'the country code',
  email: 'the e-mail address',
  password: 'the password',
  role: 'the role',
  leg: 'the leg number',
};

const PARTS_OF_LEG: Readonly<Record<string, string>> = {
  score: 'goals',
  extraTime: 'goals in extra time',
  penalties: 'penalties',
};

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * A field path in an organiser's words: `['legs', 0, 'score', 0]` → `Home goals in leg 1`,
 * `['body', 'teams', 2, 'country']` → `The country code of team 3`, `['body', 'id']` → `The id`.
 *
 * @example fieldLabel(['legs', 1, 'penalties', 1]) // 'Away penalties in leg 2'
 */
export function fieldLabel(path: Path): string {
  const p = path.filter((x, i) => !(i === 0 && typeof x === 'string' && PARTS.has(x)));
  const legAt = p.indexOf('legs');
  const legNo = legAt >= 0 && typeof p[legAt + 1] === 'number' ? (p[legAt + 1] as number) + 1 : undefined;
  const rest = legAt >= 0 && legNo !== undefined ? p.slice(legAt + 2) : p;
  const inLeg = legNo !== undefined ? ` in leg ${legNo}` : '';
  const [key, side] = rest;
  if (typeof key === 'string' && PARTS_OF_LEG[key] && (side === 0 || side === 1))
    return `${SIDE[side]} ${PARTS_OF_LEG[key]}${inLeg}`;
  const named = [...rest].reverse().find((x): x is string => typeof x === 'string');
  if (named === undefined) return legNo !== undefined ? `Leg ${legNo}` : 'The request';
  const label = FIELDS[named] ?? `the ${named.replace(/([A-Z])/g, ' $1').toLowerCase()}`;
  const listAt = rest.indexOf(named) - 1;
  const owner = rest[listAt - 1];
  const index = rest[listAt];
  const of =
    typeof index === 'number' && typeof owner === 'string' && owner.endsWith('s') && owner !== named
      ? ` of ${owner.slice(0, -1)} ${index + 1}`
      : '';
  return cap(`${label}${of}${inLeg}`);
}

/** What a rule code says of a number of goals, after the field's label. */
const GOAL_RULES: Readonly<Record<string, string>> = {
  'negative-goals': 'cannot be negative',
  'non-integer-goals': 'must be a whole number',
  'goals-out-of-range': 'is too large to be a football score',
  'invalid-score': 'must be a number of goals',
};

/**
 * A problem as a sentence an organiser reads, without the field path (which the problem carries
 * separately): `Home goals in leg 1 cannot be negative` for `legs[0].score[0] is -1: goals cannot be
 * negative`. Messages that begin with their path have it replaced by the field's label; others are
 * kept as they are, capitalised.
 *
 * @example problemSentence({ code: 'negative-goals', path: ['legs', 0, 'score', 0], message: '...' }) // 'Home goals in leg 1 cannot be negative'
 */
export function problemSentence(e: CupError): string {
  const rule = GOAL_RULES[e.code];
  if (rule && e.path.length > 0 && typeof e.path[e.path.length - 1] === 'number')
    return `${fieldLabel(e.path)} ${rule}`;
  const path = e.path.filter((x, i) => !(i === 0 && typeof x === 'string' && PARTS.has(x)));
  for (const prefix of [formatPath(e.path), formatPath(path), e.path.join('.')]) {
    if (prefix === '' || !e.message.startsWith(prefix)) continue;
    const rest = e.message.slice(prefix.length);
    if (rest.startsWith(': ')) return `${fieldLabel(e.path)} is not valid: ${rest.slice(2)}`;
    if (rest.startsWith(' ')) return `${fieldLabel(e.path)}${rest}`;
  }
  return cap(e.message);
}
