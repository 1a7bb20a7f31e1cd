import type { Goals } from '@cupstage/core';

/**
 * What a football.txt score says, before any check: every score style of the openfootball
 * repositories reads into this one shape.
 */
export interface WrittenScore {
  /** After 90 minutes, when written (or implied: a `0-0 a.e.t.` was 0-0 after 90 minutes too). */
  readonly fullTime?: Goals;
  readonly halfTime?: Goals;
  /** After extra time (including the 90 minutes), when the match went to extra time. */
  readonly afterExtraTime?: Goals;
  /** The shoot-out. */
  readonly penalties?: Goals;
  /** Not played (`n/p`). */
  readonly notPlayed?: boolean;
}

/** Where the score sits in a match text, and what it says. */
export interface FoundScore {
  readonly start: number;
  readonly end: number;
  readonly score: WrittenScore;
}

const AET = String.raw`(?:aet\/[gs]g|a\.\s?e\.\s?t\.?|a\.e\.t|aet|n\.\s?V\.?|a\.s\.d\.e\.t\.?|asdet|g\.g\.|golden goal|sudden death)`;
const PEN = String.raw`(?:pen\.?|pens\.?|p\.|i\.\s?E\.?)`;
const GOALS = String.raw`\d{1,2}\s?-\s?\d{1,2}`;
/** One item: a score with an optional mark, or a mark alone (`(aet, 4-2 pen)`). */
const ITEM = new RegExp(
  String.raw`^(?:(${GOALS})(?:\s*(${AET}|${PEN})(?![\p{L}]))?|(${AET})(?![\p{L}])|(?:(${PEN})\s*(${GOALS})))`,
  'iu',
);
const START = new RegExp(String.raw`(?:^|\s)(${GOALS}|n/p)(?=$|[\s,(])`, 'gu');

type Mark = 'plain' | 'aet' | 'pen';
interface Item {
  readonly goals?: Goals;
  readonly mark: Mark;
  readonly bracket: boolean;
}

const goalsOf = (text: string): Goals => {
  const [a, b] = text.split('-').map((s) => Number(s.trim()));
  return [a!, b!];
};
const markOf = (word: string | undefined): Mark =>
  word === undefined ? 'plain' : new RegExp(`^${AET}$`, 'i').test(word) ? 'aet' : 'pen';

/** Reads the items from `text[i]` on: scores, marks, brackets, commas. */
function readItems(text: string, from: number): { items: Item[]; end: number } {
  const items: Item[] = [];
  let i = from;
  let end = from;
  let open = -1; // the number of items when the bracket opened, or -1 outside a bracket
  while (i < text.length) {
    const ch = text[i]!;
    if (/[\s,]/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '(') {
      // A bracket belongs to the score only when it holds score items: `(1-1, 0-0)`, `(aet, 4-2 pen)`.
      if (open >= 0 || !ITEM.exec(text.slice(i + 1).trimStart())) break;
      open = items.length;
      i++;
      continue;
    }
    if (ch === ')' && open >= 0) {
      open = -1;
      i++;
      end = i;
      continue;
    }
    const m = ITEM.exec(text.slice(i));
    if (!m) break;
    const bracket = open >= 0;
    if (m[1] !== undefined) items.push({ goals: goalsOf(m[1]), mark: markOf(m[2]), bracket });
    else if (m[3] !== undefined) items.push({ mark: 'aet', bracket });
    else items.push({ goals: goalsOf(m[5]!), mark: 'pen', bracket });
    i += m[0].length;
    if (!bracket) end = i;
  }
  // An unclosed bracket is not part of the score.
  if (open >= 0) items.splice(open);
  return { items, end };
}

/** The meaning of a list of items, or why it has none. */
function meaning(items: ReadonlyArray<Item>): WrittenScore | string {
  const outside = items.filter((x) => !x.bracket);
  const inside = items.filter((x) => x.bracket);
  const pens = items.filter((x) => x.mark === 'pen' && x.goals);
  const aets = items.filter((x) => x.mark === 'aet');
  if (pens.length > 1) return 'two shoot-out scores';
  if (aets.filter((x) => x.goals).length > 1) return 'two scores after extra time';
  const plainOut = outside.filter((x) => x.mark === 'plain' && x.goals);
  const plainIn = inside.filter((x) => x.mark === 'plain' && x.goals);
  const aetScored = aets.find((x) => x.goals)?.goals;
  const aetWord = aets.length > 0;
  let afterExtraTime: Goals | undefined;
  let fullTime: Goals | undefined;
  let halfTime: Goals | undefined;
  if (aetWord) {
    // `2-1 a.e.t. (1-1, 0-0)`: after extra time, then (90 minutes, half time).
    // `0-0 Spain (aet, 4-2 pen)`: the score written outside is the one after extra time.
    afterExtraTime = aetScored ?? plainOut[0]?.goals;
    const rest = aetScored ? [...plainOut, ...plainIn] : [...plainOut.slice(1), ...plainIn];
    fullTime = rest[0]?.goals;
    halfTime = rest[1]?.goals;
    if (rest.length > 2) return 'more scores than 90 minutes and half time';
    if (!afterExtraTime) return 'extra time is marked but no score after extra time is written';
  } else {
    // `4-3 (1-1)`: 90 minutes (half time). `4-2 pen. (0-0)` / `(2-0, 2-0)`: shoot-out (90 minutes, half time).
    const all = [...plainOut, ...plainIn];
    fullTime = all[0]?.goals;
    halfTime = all[1]?.goals;
    if (all.length > 2) return 'more scores than 90 minutes and half time';
  }
  if (!fullTime && afterExtraTime && afterExtraTime[0] === 0 && afterExtraTime[1] === 0) fullTime = [0, 0];
  if (!fullTime && !afterExtraTime) return 'no score after 90 minutes';
  return {
    ...(fullTime ? { fullTime } : {}),
    ...(halfTime ? { halfTime } : {}),
    ...(afterExtraTime ? { afterExtraTime } : {}),
    ...(pens[0]?.goals ? { penalties: pens[0].goals } : {}),
  };
}

/**
 * Finds the score in the text of a match line (team names, score, and what follows) and reads it.
 * Every style of the openfootball repositories: `2-1`, `2-1 (0-1)`, `3-1 a.e.t. (2-1, 1-1)`,
 * `4-3 pen. 1-1 a.e.t. (1-1, 0-0)`, `1-1 a.e.t. (1-1, 1-1), 3-4 pen.`, `2-2 a.e.t., 5-3 pen.`,
 * `5-6 pen. (1-1, 0-1)` (no extra time), `0-0 Spain (aet, 4-2 pen)`, `4-2 a.e.t` and `n/p`.
 * The first score preceded by some text is the match's; a score at the very start is not (the
 * home team comes first).
 *
 * @example findScore('France 4-3 (1-1) Argentina')?.score // { fullTime: [4, 3], halfTime: [1, 1] }
 */
export function findScore(
  text: string,
): FoundScore | { readonly error: string; readonly at: number } | undefined {
  START.lastIndex = 0;
  for (let m = START.exec(text); m; m = START.exec(text)) {
    const at = m.index + (m[0].length - m[1]!.length);
    if (text.slice(0, at).trim() === '') continue;
    if (m[1] === 'n/p') return { start: at, end: at + 3, score: { notPlayed: true } };
    const { items, end } = readItems(text, at);
    // `(aet, 4-2 pen)` after the away team: `England 0-0 Spain (aet, 4-2 pen)`.
    const tail = /\s\((?=[^()]*\b(?:aet|a\.e\.t\.?|pen)\b)[^()]*\)\s*$/i.exec(text.slice(end));
    const extra = tail ? readItems(text, end + tail.index + 1).items : [];
    const read = meaning([...items, ...extra.map((x) => ({ ...x, bracket: true }))]);
    if (typeof read === 'string') return { error: read, at };
    return { start: at, end, score: read };
  }
  return undefined;
}

/** The text of a match with the score removed, split into the two sides. */
export function sidesAround(text: string, found: FoundScore): { home: string; away: string } | string {
  const before = text.slice(0, found.start).trim();
  let after = text.slice(found.end).trim();
  const tail = /\s*\((?=[^()]*\b(?:aet|a\.e\.t\.?|pen)\b)[^()]*\)\s*$/i.exec(after);
  if (tail) after = after.slice(0, tail.index).trim();
  const v = /^(.+?)\s+(?:v|vs\.?|-)\s+(.+)$/.exec(before);
  if (v && after === '') return { home: v[1]!.trim(), away: v[2]!.trim() };
  if (!v && before !== '' && after !== '') return { home: before, away: after };
  if (v && after !== '') return `text after the score ("${after}") where the score should end the line`;
  return 'two teams are needed, one on each side of the score (or "Home v Away  2-1")';
}
