import type { Goals } from '@cupstage/core';

const MINUTE = /(?:^|[\s,(])(\d{1,3})(?:\+(\d{1,2}))?(?:'|(?=\s*(?:og|o\.g\.|pen\.?|p\b|\(|,|;|\)|\s|$)))/g;

function minutesOf(text: string): number[] {
  const out: number[] = [];
  MINUTE.lastIndex = 0;
  for (let m = MINUTE.exec(text); m; m = MINUTE.exec(text)) {
    const minute = Number(m[1]);
    if (minute >= 1 && minute <= 130) out.push(minute);
  }
  return out;
}

/**
 * The goals after 90 minutes and after extra time, counted from a goal line such as
 * `(Orsi 81' Schiavio 95';  Puč 71')` or `(Ondrus 20, Nehoda 114, Vesely 119; Ondrus 77og)`:
 * minutes up to 90 (and 90+N) are normal time, later ones extra time. A line without `;` names the
 * goals of one side only, which must be the side that scored.
 *
 * @example goalsByTime("(Orsi 81' Schiavio 95';  Puč 71')", [2, 1]) // { fullTime: [1, 1], total: [2, 1] }
 */
export function goalsByTime(text: string, total: Goals): { fullTime: Goals; total: Goals } | undefined {
  const inner = text.trim().replace(/^\(/, '').replace(/\)$/, '');
  const parts = inner.split(';');
  let sides: [number[], number[]];
  if (parts.length === 2) sides = [minutesOf(parts[0]!), minutesOf(parts[1]!)];
  else if (parts.length === 1 && total[1] === 0) sides = [minutesOf(inner), []];
  else if (parts.length === 1 && total[0] === 0) sides = [[], minutesOf(inner)];
  else return undefined;
  const counted: Goals = [sides[0].length, sides[1].length];
  if (counted[0] !== total[0] || counted[1] !== total[1]) return undefined;
  const ft = (xs: number[]) => xs.filter((x) => x <= 90).length;
  return { fullTime: [ft(sides[0]), ft(sides[1])], total: counted };
}

/**
 * The first goal minute after 90 in a goal line (`95'`; `90+3'` is still normal time), if any: a
 * match with such a goal went to extra time.
 *
 * @example extraTimeMinute("(Orsi 81' Schiavio 95';  Puč 71')") // 95
 */
export function extraTimeMinute(text: string): number | undefined {
  return minutesOf(text).find((m) => m > 90);
}
