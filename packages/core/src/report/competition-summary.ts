import type { Knockout } from '../bracket/knockout.ts';
import type { Competition, DateRange } from '../competition/types.ts';
import type { RoundId, TeamId, TieId } from '../ids.ts';

/** Where a competition stands: no leg played yet, under way, or its champion known. */
export type CompetitionStatus = 'upcoming' | 'live' | 'finished';

/** A leg still to be played whose teams are known. */
export interface NextLeg {
  readonly round: RoundId;
  readonly roundName: string;
  readonly tie: TieId;
  /** Counts from 1. */
  readonly leg: number;
  readonly home: TeamId;
  readonly away: TeamId;
  readonly date?: string;
  readonly kickoff?: string;
  readonly timeZone?: string;
}

/** What a list of competitions shows of each: status, dates, champion, next legs. */
export interface CompetitionSummary {
  readonly status: CompetitionStatus;
  /** The competition's period, or the span of its round windows and leg dates; absent when none is known. */
  readonly dates?: DateRange;
  readonly champion?: TeamId;
  /** The next legs to be played, dated ones first by date (at most `limit`). */
  readonly next: ReadonlyArray<NextLeg>;
}

function span(c: Competition): DateRange | undefined {
  if (c.period) return c.period;
  const days: string[] = [];
  for (const round of c.rounds) {
    for (const w of [round.schedule?.firstLeg, round.schedule?.secondLeg, round.schedule?.match]) {
      if (w) days.push(w.from, w.to);
    }
    for (const tie of round.ties) for (const leg of tie.legs) if (leg.date) days.push(leg.date);
  }
  if (days.length === 0) return undefined;
  days.sort();
  return { from: days[0]!, to: days[days.length - 1]! };
}

/**
 * The next legs: legs entered as fixtures without a score, then for each undecided tie whose teams
 * are known and whose entered legs are all played, the leg it needs next (the first-leg host of the
 * tie hosts odd legs). Dated legs first, by date.
 */
export function nextLegs(c: Competition, ko: Knockout, limit = 6): NextLeg[] {
  const out: NextLeg[] = [];
  for (const round of c.rounds) {
    for (const spec of round.ties) {
      const tie = ko.tie(spec.id);
      const [a, b] = tie?.teams ?? [undefined, undefined];
      if (!tie || a === undefined || b === undefined || tie.state.kind === 'invalid') continue;
      const legs = tie.spec.legs;
      legs.forEach((leg, i) => {
        if (leg.score) return;
        out.push({
          round: round.id,
          roundName: round.name,
          tie: spec.id,
          leg: i + 1,
          home: leg.home,
          away: leg.away,
          ...(leg.date ? { date: leg.date } : {}),
          ...(leg.kickoff ? { kickoff: leg.kickoff } : {}),
          ...(leg.timeZone ? { timeZone: leg.timeZone } : {}),
        });
      });
      const undecided = tie.state.kind === 'resolved' && tie.state.outcome.kind === 'undecided';
      if (undecided && legs.length < round.rules.legs && legs.every((l) => l.score)) {
        const home = legs.length % 2 === 0 ? a : b;
        out.push({
          round: round.id,
          roundName: round.name,
          tie: spec.id,
          leg: legs.length + 1,
          home,
          away: home === a ? b : a,
        });
      }
    }
  }
  const dated = out.filter((l) => l.date !== undefined);
  dated.sort((x, y) => `${x.date} ${x.kickoff ?? ''}`.localeCompare(`${y.date} ${y.kickoff ?? ''}`));
  return [...dated, ...out.filter((l) => l.date === undefined)].slice(0, limit);
}

/**
 * A competition at a glance: finished once it has a champion, live once a leg has a score (or a
 * tie a reported result), upcoming before.
 *
 * @example competitionSummary(caf, createKnockout(caf)).status // 'finished'
 */
export function competitionSummary(c: Competition, ko: Knockout, limit = 6): CompetitionSummary {
  const champion = ko.champion();
  const played = ko.ties().some((t) => t.spec.reported !== undefined || t.spec.legs.some((l) => l.score));
  const status: CompetitionStatus = champion !== undefined ? 'finished' : played ? 'live' : 'upcoming';
  const dates = span(c);
  return {
    status,
    ...(dates ? { dates } : {}),
    ...(champion !== undefined ? { champion } : {}),
    next: champion !== undefined ? [] : nextLegs(c, ko, limit),
  };
}
