/**
 * The one time zone check of cupstage (core loads no zone data, so it is passed in): whether the
 * host's IANA database (Intl, the data luxon reads too when the calendar is written) knows a zone.
 * The CLI, the server and the use cases all pass this function to core's `checkTimes`.
 *
 * @example isTimeZone('Africa/Lubumbashi') // true
 * @example isTimeZone('Not/AZone') // false
 */
export function isTimeZone(zone: string): boolean {
  if (zone.length === 0 || zone.length > 100) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
