import type { DateRange } from '../competition/types.ts';

/** English month names, January first. */
export const MONTHS: ReadonlyArray<string> = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

function ymd(iso: string): Ymd {
  const [y, m, d] = iso.split('-').map(Number);
  return { y: y ?? 0, m: m ?? 1, d: d ?? 1 };
}

/** `2017-11-19` → `19 November 2017` (day-month-year, as the article writes). */
export function formatDate(iso: string): string {
  const { y, m, d } = ymd(iso);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/**
 * A date range the way the article writes it, en dashes included:
 * `15–17 September 2017`, `29 September – 1 October 2017`; without the year: `8–10 September`.
 */
export function formatDateRange(range: DateRange, withYear = true): string {
  const a = ymd(range.from);
  const b = ymd(range.to);
  const year = (y: number): string => (withYear ? ` ${y}` : '');
  if (range.from === range.to) return `${a.d} ${MONTHS[a.m - 1]}${year(a.y)}`;
  if (a.y === b.y && a.m === b.m) return `${a.d}–${b.d} ${MONTHS[a.m - 1]}${year(a.y)}`;
  if (a.y === b.y) return `${a.d} ${MONTHS[a.m - 1]} – ${b.d} ${MONTHS[b.m - 1]}${year(a.y)}`;
  return `${a.d} ${MONTHS[a.m - 1]} ${a.y} – ${b.d} ${MONTHS[b.m - 1]} ${b.y}`;
}

/** `from 8 September to 25 November 2017`: the stage's period as the intro writes it. */
export function formatPeriod(range: DateRange): string {
  const a = ymd(range.from);
  const b = ymd(range.to);
  const from = a.y === b.y ? `${a.d} ${MONTHS[a.m - 1]}` : formatDate(range.from);
  return `from ${from} to ${formatDate(range.to)}`;
}

/**
 * A moment of the audit log, `2017-10-20T19:02:31.000Z` → `20 Oct 2017 19:02` (UTC, 24-hour clock,
 * short month). Text that is not an ISO 8601 UTC time is returned as it is.
 *
 * @example formatMoment('2017-10-20T19:02:31.000Z') // '20 Oct 2017 19:02'
 */
export function formatMoment(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  if (month === undefined) return iso;
  return `${Number(m[3])} ${month.slice(0, 3)} ${m[1]} ${m[4]}:${m[5]}`;
}
