import type { Leg, TeamId } from '@cupstage/core';
import { extraTimeMinute, goalsByTime } from './goal-minutes.ts';
import type { RawMatch } from './read-football-txt.ts';

/**
 * A match as a leg of the engine, with what is wrong in it. A match is never dropped: a score that
 * cannot be split into 90 minutes and extra time leaves the leg without a score, and a score that
 * contradicts its goal minutes is kept as written; both come with an error.
 */
export function legOf(m: RawMatch, home: TeamId, away: TeamId): { leg: Leg; error?: string } {
  const s = m.score;
  const leg: { -readonly [K in keyof Leg]?: Leg[K] } = { home, away };
  if (m.date) leg.date = m.date;
  if (m.kickoff) leg.kickoff = m.kickoff;
  if (m.venue) leg.venue = m.venue;
  if (m.awarded) leg.awarded = true;
  let error: string | undefined;
  let fullTime = s.fullTime;
  if (s.afterExtraTime) {
    const aet = s.afterExtraTime;
    if (!fullTime && m.goals) fullTime = goalsByTime(m.goals, aet)?.fullTime;
    if (!fullTime)
      return {
        leg: leg as Leg,
        error: `the score after 90 minutes of "${aet.join('-')} a.e.t." is not written, nor can it be counted from the goal minutes; the match is kept without a score`,
      };
    if (fullTime[0] > aet[0] || fullTime[1] > aet[1])
      return {
        leg: leg as Leg,
        error: `the score after 90 minutes (${fullTime.join('-')}) is above the score after extra time (${aet.join('-')}); the match is kept without a score`,
      };
    leg.score = fullTime;
    leg.extraTime = [aet[0] - fullTime[0], aet[1] - fullTime[1]];
  } else if (fullTime) {
    leg.score = fullTime;
    const late = m.goals ? extraTimeMinute(m.goals) : undefined;
    if (late !== undefined)
      error = `a goal in minute ${late} is written, but the score ${fullTime.join('-')} has no "a.e.t."; the score is kept as written (after 90 minutes)`;
  }
  if (s.penalties) {
    leg.penalties = s.penalties;
    if (s.penalties[0] === s.penalties[1])
      error = `a shoot-out cannot end level (${s.penalties.join('-')} pen.)`;
  }
  return error ? { leg: leg as Leg, error } : { leg: leg as Leg };
}
