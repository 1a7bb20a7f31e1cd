import { useEffect, useState } from 'react';
import type { LegDto } from '../api/dto.ts';
import {
  formatDateTimeIn,
  formatDay,
  formatTimeIn,
  kickoffInstant,
  viewerTimeZone,
} from '../time/kickoff.ts';

/**
 * A leg's date and kick-off: in the venue's time zone and, once in the browser, the viewer's (the
 * server does not know the viewer's zone, so the page it renders shows the venue's only).
 */
export function KickOff({ leg }: { readonly leg: LegDto }) {
  const [viewer, setViewer] = useState<string | undefined>();
  useEffect(() => setViewer(viewerTimeZone()), []);
  if (!leg.date) return <span className="muted">date to be announced</span>;
  const day = <time dateTime={leg.date}>{formatDay(leg.date)}</time>;
  if (!leg.kickoff || !leg.timeZone) {
    return (
      <span>
        {day}
        {leg.kickoff ? `, ${leg.kickoff} local time` : ''}
      </span>
    );
  }
  const instant = kickoffInstant(leg.date, leg.kickoff, leg.timeZone);
  if (!instant) return <span>{day}</span>;
  return (
    <span>
      {day}, <time dateTime={instant.toISOString()}>{formatTimeIn(instant, leg.timeZone)}</time> at the venue
      {viewer !== undefined && viewer !== leg.timeZone ? (
        <> ({formatDateTimeIn(instant, viewer)} your time)</>
      ) : null}
    </span>
  );
}
