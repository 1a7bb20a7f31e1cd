import { DateTime } from 'luxon';

const MINUTE = 60_000;
const DAY = 86_400_000;

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  return `${sign}${String(Math.floor(m / 60)).padStart(2, '0')}${String(m % 60).padStart(2, '0')}`;
}

const offsetAt = (zone: string, ms: number): number => DateTime.fromMillis(ms, { zone }).offset;

/** The instants (ms) in [from, to) at which the zone's UTC offset changes. */
function transitions(zone: string, from: number, to: number): number[] {
  const out: number[] = [];
  let prev = offsetAt(zone, from);
  for (let t = from + DAY; t <= to; t += DAY) {
    const now = offsetAt(zone, t);
    if (now === prev) continue;
    // The change happened in (t - DAY, t]: find its minute.
    let lo = t - DAY;
    let hi = t;
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE || lo + MINUTE;
      if (offsetAt(zone, mid) === prev) lo = mid;
      else hi = mid;
    }
    out.push(hi);
    prev = now;
  }
  return out;
}

/**
 * A VTIMEZONE block for an IANA zone over the given years, built from the zone's real offsets (luxon,
 * i.e. the tz database of the running ICU): one observance at the start of the first year, then one
 * per change of offset (daylight saving time), so that a calendar reader needs no tz database.
 *
 * @example vtimezone('Africa/Lubumbashi', [2017]) // 'BEGIN:VTIMEZONE\r\nTZID:Africa/Lubumbashi\r\n...'
 */
export function vtimezone(zone: string, years: ReadonlyArray<number>): string {
  const first = Math.min(...years);
  const last = Math.max(...years);
  const start = DateTime.fromObject({ year: first, month: 1, day: 1 }, { zone: 'utc' }).toMillis();
  const end = DateTime.fromObject({ year: last + 1, month: 1, day: 1 }, { zone: 'utc' }).toMillis();
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const startOffset = offsetAt(zone, start);
  const changes = transitions(zone, start, end);
  const offsets = [startOffset, ...changes.map((t) => offsetAt(zone, t))];
  const standard = Math.min(...offsets);
  const observance = (at: number, from: number, to: number): void => {
    const kind = to > standard ? 'DAYLIGHT' : 'STANDARD';
    const local = DateTime.fromMillis(at + from * MINUTE, { zone: 'utc' }).toFormat("yyyyLLdd'T'HHmmss");
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${local}`,
      `TZOFFSETFROM:${offsetText(from)}`,
      `TZOFFSETTO:${offsetText(to)}`,
      `TZNAME:${DateTime.fromMillis(at, { zone }).toFormat('ZZZZ')}`,
      `END:${kind}`,
    );
  };
  observance(start, startOffset, startOffset);
  let prev = startOffset;
  for (const t of changes) {
    const now = offsetAt(zone, t);
    observance(t, prev, now);
    prev = now;
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}
