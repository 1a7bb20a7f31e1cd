import { checkRules, type Decider, eraRules, presets, type TieRules } from '@cupstage/core';
import { countOf } from './text.ts';

/** What the format paragraph states. */
export interface StatedFormat {
  readonly rules: TieRules;
  /** The preset the rules match, when one does. */
  readonly preset?: string;
  /** The citation in brackets at the end of the rule sentence, e.g. `Regulations III. 26 & 27`. */
  readonly reference?: string;
  /** "the eight teams played ...". */
  readonly teams?: number;
}

const sameRules = (a: TieRules, b: TieRules): boolean =>
  a.legs === b.legs && JSON.stringify(a.deciders) === JSON.stringify(b.deciders);

/**
 * The preset (or, failing one, the era rule set) with the same legs and decider chain, if any.
 *
 * @example matchPreset({ ...caf2017, id: 'x' })?.id // 'caf-2017'
 * @example matchPreset({ ...afc2002, id: 'x' })?.id // 'afc-2002' (an era rule set)
 */
export function matchPreset(rules: TieRules): TieRules | undefined {
  return (
    Object.values(presets).find((p) => sameRules(p, rules)) ??
    Object.values(eraRules).find((p) => sameRules(p, rules))
  );
}

/**
 * Words of a format paragraph that name a tie-break: each one the paragraph mentions must have been
 * read as a decider (or as its explicit absence), otherwise the paragraph is not understood, never
 * read as a guessed chain.
 */
const MENTIONS: ReadonlyArray<{ readonly word: RegExp; readonly what: string }> = [
  { word: /away goals?/i, what: 'away goals' },
  { word: /extra time/i, what: 'extra time' },
  { word: /penalt/i, what: 'penalties' },
  { word: /play-?off|replay/i, what: 'a play-off match' },
  { word: /coin|lots/i, what: 'a coin toss' },
  { word: /points/i, what: 'points' },
  { word: /golden goal/i, what: 'the golden goal' },
  { word: /silver goal/i, what: 'the silver goal' },
];

/** Why a format paragraph could not be read, for the warning that names it. */
export type UnreadFormat = { readonly reason: string };

/**
 * Reads the rules from an article's format paragraph: two legs or a single match, then each tie-break
 * in the order the paragraph states them (away goals, extra time with or without away goals, penalties,
 * a play-off match, a coin toss). Understands the wording of the seed article, of cupstage's own
 * `formatParagraph` and Wikipedia's usual UEFA wording. Returns undefined when the paragraph names no
 * number of legs or no tie-break.
 *
 * @example
 * rulesFromFormat('... two-legged basis. If the aggregate score was tied after the second leg, the away
 *   goals rule would be applied, and if still tied, extra time would not be played, and the penalty
 *   shoot-out would be used to determine the winner (Regulations III. 26 & 27).')?.preset // 'caf-2017'
 */
export function rulesFromFormat(paragraph: string): StatedFormat | undefined {
  const read = readFormat(paragraph);
  return 'reason' in read ? undefined : read;
}

/**
 * Like `rulesFromFormat`, but says why a paragraph was not read: no number of legs, no tie-break, or a
 * tie-break named in words the reader does not know (which would otherwise be silently left out, a
 * guessed chain).
 *
 * @example readFormat('Ties were decided by a penalty contest.') // { reason: 'it states neither two legs nor a single match' }
 */
export function readFormat(paragraph: string): StatedFormat | UnreadFormat {
  const text = paragraph.replace(/\s+/g, ' ');
  const legs: 1 | 2 | undefined = /two-legged|home-and-away|two legs/i.test(text)
    ? 2
    : /single match|one match|single-match|one-off/i.test(text)
      ? 1
      : undefined;
  if (legs === undefined) {
    return { reason: 'it states neither two legs nor a single match' };
  }
  const found: Array<{ at: number; decider: Decider }> = [];
  // The wording that names no decider (references, "decide the winner if necessary") is blanked out
  // before the mentions are checked, as is each decider once read.
  let rest = text
    .replace(/\([^()]*(?:Regulations?|Article|Rule|Law)[^()]*\)/gi, (s) => ' '.repeat(s.length))
    // Round names such as the AFC Cup's "Inter-zone play-off semi-finals" name no play-off match.
    .replace(/play-off (?:semi-finals?|finals?|round|stage)/gi, (s) => ' '.repeat(s.length));
  const blank = (re: RegExp): boolean => {
    const m = re.exec(rest);
    if (!m) return false;
    rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index + m[0].length);
    return true;
  };
  const take = (re: RegExp, decider: (m: RegExpExecArray) => Decider): void => {
    const m = re.exec(rest);
    if (!m) return;
    found.push({ at: m.index, decider: decider(m) });
    rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index + m[0].length);
  };
  // Points over two legs (CONMEBOL until 2004): the chain starts with them, and "goal difference"
  // is the aggregate that follows.
  const byPoints =
    legs === 2 &&
    blank(
      /(?:the team with )?more points over the two legs \(two for a win, one for a draw\)(?: advanced)?|(?:the )?(?:team|side) (?:that accumulated|with) the most points|level on points/i,
    );
  if (byPoints) {
    blank(/If the teams were level on points after the second leg|tied on points/i);
    take(/(?:the )?goal difference(?: over the two legs)?(?: would be used| was used)?/i, () => ({
      kind: 'aggregate',
    }));
  }
  take(
    /(?:a )?(?:play-off|replay)(?: match)? would be (?:played|held)(, with extra time if needed)?( and a penalty shoot-out)?/i,
    (m) => ({ kind: 'play-off', extraTime: m[1] !== undefined, penalties: m[2] !== undefined }),
  );
  const playoffKicks = blank(/the play-off match would go to a penalty shoot-out/i);
  if (playoffKicks) {
    found.push({ at: rest.length, decider: { kind: 'penalties', playoff: true } });
  }
  // "away goals would not apply in extra time" (AFC): extra time in which away goals do not count.
  const etNoAway = blank(/\(?away goals (?:would|do|does|did) not apply in extra time\)?/i);
  // "the away goals rule was not used" (CONMEBOL finals, UEFA from 2021–22): no away goals at all.
  blank(
    /(?:the )?away goals rule (?:would|will|was|is) not (?:be )?(?:used|applied)|no away goals|away goals (?:rule )?(?:was|were|is) abolished/i,
  );
  const etAway =
    /away goals rule (?:would be )?(?:again )?applied (?:again )?after extra time|away goals (?:also )?count(?:ed)? in extra time/i;
  const awayInEt = etAway.test(rest);
  rest = rest.replace(etAway, (s) => ' '.repeat(s.length));
  take(
    /away goals rule (?:would be|will be|was|is) (?:applied|used)|on away goals|(?:the )?away goals rule(?: \(for two-legged ties\))?/i,
    () => ({ kind: 'away-goals' }),
  );
  blank(
    /extra time (?:would|will|was|is) not (?:be )?played|extra time won't (?:also )?be played|no extra time(?: (?:is|was) played)?/i,
  );
  take(/extra time would be played, the first goal in it \(the golden goal\)|golden goal/i, () => ({
    kind: 'golden-goal',
  }));
  take(
    /extra time would be played, a side leading after its first half \(the silver goal\)|silver goal/i,
    () => ({
      kind: 'silver-goal',
    }),
  );
  take(
    /extra time would be played|extra time (?:was|is|were) played|(?:thirty|30) minutes of extra time(?: (?:would be|were|will be) played)?|\bextra time\b/i,
    () => ({
      kind: 'extra-time',
      awayGoals: awayInEt && !etNoAway && legs === 2,
    }),
  );
  // A later mention of the same extra time or shoot-out ("If still tied after extra time, a penalty
  // shoot-out ...") names no new decider.
  take(/penalty shoot-?out|penalties would|penalty kicks/i, () => ({ kind: 'penalties' }));
  while (blank(/(?:after )?extra time|penalty shoot-?out|away goals/i)) {
    // each further mention of a decider already read
  }
  take(/coin toss|drawing of lots|toss of a coin/i, () => ({ kind: 'coin-toss' }));
  if (found.length === 0) {
    return { reason: 'it names no tie-break that cupstage can read' };
  }
  const unread = MENTIONS.filter((m) => m.word.test(rest)).map((m) => m.what);
  if (unread.length > 0) {
    return { reason: `it mentions ${unread.join(' and ')} in words cupstage cannot read as a tie-break` };
  }
  found.sort((a, b) => a.at - b.at);
  const first: Decider = byPoints ? { kind: 'points' } : { kind: 'aggregate' };
  const deciders: Decider[] = [first, ...found.map((f) => f.decider)];
  const reference = /\(([^()]*(?:Regulations?|Article|Rule|Law)[^()]*)\)/i.exec(text)?.[1];
  const teamsWord = /the ([a-z-]+|\d+) teams played/i.exec(text)?.[1];
  const stated: TieRules = {
    id: 'article',
    name: 'As stated in the article',
    legs,
    deciders,
    source: reference ?? "the article's format paragraph",
  };
  const preset = matchPreset(stated);
  const rules = preset ?? stated;
  const teams = teamsWord ? countOf(teamsWord) : undefined;
  return {
    rules,
    ...(preset ? { preset: preset.id } : {}),
    ...(reference ? { reference } : {}),
    ...(teams !== undefined ? { teams } : {}),
  };
}

/** True when the chain can settle every tie (see `checkRules`). */
export function rulesAreSound(rules: TieRules): boolean {
  return checkRules(rules).ok;
}
