import { type DateRange, MONTHS } from '@cupstage/core';

/** Any of the dashes an article uses between numbers (hyphen, en dash, minus sign, figure dash). */
export const DASH = '[-\u2010\u2011\u2012\u2013\u2212]';

/**
 * Replaces a hyphen, minus sign or figure dash between two numbers by an en dash, as the engine writes.
 *
 * @example normalizeScoreDashes('1−0 and 2-2') // '1–0 and 2–2'
 */
export function normalizeScoreDashes(text: string): string {
  return text.replace(new RegExp(`(\\d)\\s*${DASH}\\s*(\\d)`, 'g'), '$1–$2');
}

const WORDS: Readonly<Record<string, number>> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  twenty: 20,
  'twenty-four': 24,
  'thirty-two': 32,
  'sixty-four': 64,
};

/**
 * A count written as a word or in digits.
 *
 * @example countOf('eight') // 8
 */
export function countOf(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  return WORDS[word.toLowerCase()];
}

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
const monthOf = (name: string): number => MONTHS.indexOf(name) + 1;

interface DayMonth {
  readonly d: number;
  readonly m: number;
  readonly y?: number;
}

function dayMonth(text: string): DayMonth | undefined {
  const m = /^(\d{1,2})(?: ([A-Z][a-z]+))?(?: (\d{4}))?$/.exec(text.trim());
  if (!m) return undefined;
  const month = m[2] ? monthOf(m[2]) : 0;
  if (m[2] && month === 0) return undefined;
  const d = Number(m[1]);
  if (d < 1 || d > 31) return undefined;
  return { d, m: month, ...(m[3] ? { y: Number(m[3]) } : {}) };
}

/**
 * Reads a date range as an article writes it: `15–17 September 2017`, `29 September – 1 October 2017`,
 * `19 November 2017`, `30 December 2017 – 2 January 2018`; without a year (`8–10 September`) the
 * year must be given. A range that ends before it starts is rejected.
 *
 * @example parseDateRange('29 September – 1 October 2017') // { from: '2017-09-29', to: '2017-10-01' }
 */
export function parseDateRange(text: string, year?: number): DateRange | undefined {
  const parts = normalizeScoreDashes(text.trim()).split(/\s*–\s*/);
  if (parts.length > 2 || parts.length === 0) return undefined;
  const b = dayMonth(parts[parts.length - 1]!);
  if (!b || b.m === 0) return undefined;
  const a = parts.length === 2 ? dayMonth(parts[0]!) : b;
  if (!a) return undefined;
  const toYear = b.y ?? year;
  if (toYear === undefined) return undefined;
  const fromMonth = a.m === 0 ? b.m : a.m;
  const fromYear = a.y ?? (fromMonth > b.m ? toYear - 1 : toYear);
  const from = iso(fromYear, fromMonth, a.d);
  const to = iso(toYear, b.m, b.d);
  if (!validDate(from) || !validDate(to) || from > to) return undefined;
  return { from, to };
}

function validDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  const t = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1));
  return t.getUTCFullYear() === y && t.getUTCMonth() + 1 === m && t.getUTCDate() === d;
}

/**
 * A single date such as `26 April 2017` as `2017-04-26`.
 *
 * @example parseDate('26 April 2017') // '2017-04-26'
 */
export function parseDate(text: string): string | undefined {
  const d = dayMonth(text);
  if (!d || d.m === 0 || d.y === undefined) return undefined;
  const out = iso(d.y, d.m, d.d);
  return validDate(out) ? out : undefined;
}
