import { formatDate } from '@cupstage/core';
import type { LegDto } from '../api/dto.ts';
import { formatDateTimeIn, formatTimeIn, kickoffInstant, viewerTimeZone } from '../time/kickoff.ts';

/** A leg's date and kick-off: in the viewer's time zone and the venue's, when both are known. */
export function KickOff({ leg }: { readonly leg: LegDto }) {
  if (!leg.date) return <span className="muted">date to be announced</span>;
  const day = <time dateTime={leg.date}>{formatDate(leg.date)}</time>;
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
  const viewer = viewerTimeZone();
  return (
    <span>
      {day}, <time dateTime={instant.toISOString()}>{formatTimeIn(instant, leg.timeZone)}</time> at the venue
      {viewer !== leg.timeZone ? <> ({formatDateTimeIn(instant, viewer)} your time)</> : null}
    </span>
  );
}
