/** The IANA time zones the browser knows (for the time-zone boxes' suggestions). */
function zones(): ReadonlyArray<string> {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  try {
    return intl.supportedValuesOf?.('timeZone') ?? [];
  } catch {
    return [];
  }
}

/** The id of the one list of time zones on a page. */
export const TIME_ZONES_LIST = 'time-zones';

/** A `<datalist>` of every time zone, rendered once per page and referred to by `list=`. */
export function TimeZonesList() {
  return (
    <datalist id={TIME_ZONES_LIST}>
      {zones().map((z) => (
        <option key={z} value={z} />
      ))}
    </datalist>
  );
}
