/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`) without the clock or the host's time zone: a date
 * is turned into a day number (days since 1970-01-01 in the proleptic Gregorian calendar).
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The day number of an ISO date, or undefined when the text is not a real date.
 *
 * @example dayNumber('1970-01-02') // 1
 * @example dayNumber('2017-02-29') // undefined
 */
export function dayNumber(iso: string): number | undefined {
  const m = ISO.exec(iso);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  // Days from civil (H. Hinnant's algorithm).
  const yy = mo <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/**
 * The ISO date `n` days after (or before) a date.
 *
 * @example addDays('2017-11-26', 1) // '2017-11-27'
 */
export function addDays(iso: string, n: number): string {
  const day = dayNumber(iso);
  if (day === undefined) throw new RangeError(`addDays: not a date: ${iso}`);
  const z = day + n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
