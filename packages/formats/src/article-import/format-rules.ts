import { checkRules, type Decider, presets, type TieRules } from '@cupstage/core';
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
 * The preset with the same legs and decider chain, if any.
 *
 * @example matchPreset({ ...caf2017, id: 'x' })?.id // 'caf-2017'
 */
export function matchPreset(rules: TieRules): TieRules | undefined {
  return Object.values(presets).find((p) => sameRules(p, rules));
}

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
  const text = paragraph.replace(/\s+/g, ' ');
  const legs: 1 | 2 | undefined = /two-legged|home-and-away|two legs/i.test(text)
    ? 2
    : /single match|one match|single-match|one-off/i.test(text)
      ? 1
      : undefined;
  if (legs === undefined) return undefined;
  const found: Array<{ at: number; decider: Decider }> = [];
  let rest = text;
  const take = (re: RegExp, decider: (m: RegExpExecArray) => Decider): void => {
    const m = re.exec(rest);
    if (!m) return;
    found.push({ at: m.index, decider: decider(m) });
    rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index + m[0].length);
  };
  take(
    /(?:a )?(?:play-off|replay)(?: match)? would be (?:played|held)(, with extra time if needed)?( and a penalty shoot-out)?/i,
    (m) => ({ kind: 'play-off', extraTime: m[1] !== undefined, penalties: m[2] !== undefined }),
  );
  const etAway =
    /away goals rule (?:would be )?(?:again )?applied (?:again )?after extra time|away goals (?:also )?count(?:ed)? in extra time/i;
  const awayInEt = etAway.test(rest);
  rest = rest.replace(etAway, (s) => ' '.repeat(s.length));
  take(/away goals rule would be applied|away goals rule (?:was|is) applied|on away goals/i, () => ({
    kind: 'away-goals',
  }));
  const noEt = /extra time would not be played|no extra time/i.exec(rest);
  if (noEt) rest = rest.replace(noEt[0], ' '.repeat(noEt[0].length));
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
    /extra time would be played|extra time (?:was|is) played|(?:thirty|30) minutes of extra time/i,
    () => ({
      kind: 'extra-time',
      awayGoals: awayInEt && legs === 2,
    }),
  );
  take(/penalty shoot-out|penalties would/i, () => ({ kind: 'penalties' }));
  take(/coin toss|drawing of lots|toss of a coin/i, () => ({ kind: 'coin-toss' }));
  if (found.length === 0) return undefined;
  found.sort((a, b) => a.at - b.at);
  const deciders: Decider[] = [{ kind: 'aggregate' }, ...found.map((f) => f.decider)];
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
