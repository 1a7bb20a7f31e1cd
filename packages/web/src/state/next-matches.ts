import type { CompetitionViewDto, TeamDto } from '../api/dto.ts';

/** A leg still to be played whose teams are known. */
export interface UpcomingLeg {
  readonly round: string;
  readonly roundId: string;
  readonly tie: string;
  readonly leg: number;
  readonly home: TeamDto;
  readonly away: TeamDto;
  readonly date?: string;
}

/**
 * The next legs to be played: legs entered as fixtures without a score, and for undecided ties
 * whose teams are known, the leg they need next (home side by the order of legs).
 */
export function nextMatches(view: CompetitionViewDto, limit = 6): UpcomingLeg[] {
  const out: UpcomingLeg[] = [];
  for (const round of view.rounds) {
    for (const tie of round.ties) {
      const a = tie.sides[0].team;
      const b = tie.sides[1].team;
      if (!a || !b) continue;
      for (const leg of tie.legs) {
        if (leg.score) continue;
        out.push({
          round: round.name,
          roundId: round.id,
          tie: tie.id,
          leg: leg.number,
          home: leg.home,
          away: leg.away,
          ...(leg.date ? { date: leg.date } : {}),
        });
      }
      const played = tie.legs.length;
      if (tie.status === 'undecided' && played < round.rules.legs && tie.legs.every((l) => l.score)) {
        const home = played % 2 === 0 ? a : b;
        const away = home === a ? b : a;
        out.push({ round: round.name, roundId: round.id, tie: tie.id, leg: played + 1, home, away });
      }
    }
  }
  return out.slice(0, limit);
}
