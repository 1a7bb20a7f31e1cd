import { finalTie } from '../bracket/final-tie.ts';
import type { DerivedTie, Knockout } from '../bracket/knockout.ts';
import type { Competition, Slot, Team } from '../competition/types.ts';
import type { TeamId, TieId } from '../ids.ts';

/** One side of a tie as a bracket draws it. */
export interface BracketSide {
  /** Team name, or the slot's label while unknown ("Winner QF1", "Runner-up Group B"). */
  readonly label: string;
  readonly team?: TeamId;
  readonly country?: string;
  /** Goals in each leg (after extra time), `undefined` for a leg not yet played. */
  readonly legs: ReadonlyArray<number | undefined>;
  readonly aggregate?: number;
  /** This side's goals in the tie's penalty shoot-out, when one decided it. */
  readonly penalties?: number;
  readonly winner: boolean;
}

export interface BracketTie {
  readonly id: TieId;
  /** Side 0 hosted leg 1. */
  readonly sides: readonly [BracketSide, BracketSide];
  /** `a` away goals, `a.e.t.` extra time, `p` penalties (with the shoot-out score). */
  readonly marker?: string;
  readonly summary?: string;
}

export interface BracketRound {
  readonly name: string;
  readonly legs: 1 | 2;
  readonly ties: ReadonlyArray<BracketTie>;
}

/** The bracket as drawn: rounds left to right, ties top to bottom so that each feeds the one beside it. */
export interface BracketModel {
  readonly rounds: ReadonlyArray<BracketRound>;
  readonly champion?: string;
}

/** The label of a slot while its team is unknown. */
export function slotLabel(slot: Slot, teams: ReadonlyMap<TeamId, Team>): string {
  switch (slot.kind) {
    case 'team':
      return teams.get(slot.team)?.name ?? slot.team;
    case 'group':
      return `${slot.position === 1 ? 'Winner' : slot.position === 2 ? 'Runner-up' : `No. ${slot.position}`} Group ${slot.group}`;
    case 'winner':
      return `Winner ${slot.tie}`;
    case 'loser':
      return `Loser ${slot.tie}`;
    default: {
      const never: never = slot;
      return never;
    }
  }
}

/** Ties of every round in drawing order: the final (`finalTie`) first, then each round in the order its winners feed the next. */
export function bracketOrder(c: Competition): TieId[][] {
  const rounds = c.rounds.map((r) => r.ties.map((t) => t.id));
  const ordered: TieId[][] = rounds.map(() => []);
  const last = rounds.length - 1;
  if (last < 0) return ordered;
  // The final is drawn first, whatever the order its round lists it in (a third-place tie may come first).
  const final = finalTie(c)?.id;
  const lastRound = rounds[last] ?? [];
  ordered[last] = final === undefined ? [...lastRound] : [final, ...lastRound.filter((id) => id !== final)];
  for (let r = last; r > 0; r--) {
    const prev = new Set(rounds[r - 1]);
    const seen = new Set<TieId>();
    for (const id of ordered[r] ?? []) {
      const spec = c.rounds[r]?.ties.find((t) => t.id === id);
      for (const slot of spec?.sides ?? []) {
        if ((slot.kind === 'winner' || slot.kind === 'loser') && prev.has(slot.tie) && !seen.has(slot.tie)) {
          seen.add(slot.tie);
          ordered[r - 1]!.push(slot.tie);
        }
      }
    }
    for (const id of rounds[r - 1] ?? []) if (!seen.has(id)) ordered[r - 1]!.push(id);
  }
  return ordered;
}

function marker(tie: DerivedTie): string | undefined {
  if (tie.state.kind !== 'resolved' || tie.state.outcome.kind !== 'decided') return undefined;
  const o = tie.state.outcome;
  switch (o.decidedBy) {
    case 'away-goals':
    case 'away-goals-extra-time':
      return 'a';
    case 'penalties': {
      const p = o.totals.penalties;
      return p ? `${p[0]}–${p[1]} p` : 'p';
    }
    case 'extra-time':
      return 'a.e.t.';
    case 'golden-goal':
      return 'g.g.';
    case 'silver-goal':
      return 's.g.';
    case 'play-off':
      return 'play-off';
    case 'coin-toss':
      return 'coin toss';
    case 'walkover':
      return 'w/o';
    case 'aggregate':
    case 'points':
      return undefined;
    default:
      return undefined;
  }
}

/**
 * The marker beside one side of a tie, read from that side: only the side that went through has one,
 * and a shoot-out is written with that side's goals first (`4–3 p` on the row of the team that won it
 * 4–3, whichever side hosted the first leg).
 *
 * @example sideMarker(tie, 1) // '4–3 p' when side 1 won the shoot-out 4–3 (tie.marker is '3–4 p')
 */
export function sideMarker(tie: BracketTie, side: 0 | 1): string | undefined {
  const own = tie.sides[side];
  const other = tie.sides[side === 0 ? 1 : 0];
  if (!own.winner || !tie.marker) return undefined;
  if (own.penalties !== undefined && other.penalties !== undefined)
    return `${own.penalties}–${other.penalties} p`;
  return tie.marker;
}

/** What a bracket says of a tie whose stored facts no longer fit (`invalid`, e.g. `team-changed`). */
export const STALE_TIE_SUMMARY = 'Results to be re-entered: an earlier result was corrected.';

/**
 * Builds the bracket drawing model from a running knockout. Every view of a bracket (the web's, the
 * SVG and PNG exports, the article) is drawn from it, so they show each tie alike. An `invalid` tie
 * (a correction upstream changed a team, so its legs name a team no longer in it) shows its teams
 * with every leg blank, no aggregate, no winner and `STALE_TIE_SUMMARY`: those goals must not be
 * shown against the new team.
 *
 * @example bracketModel(c, createKnockout(c)).champion // 'TP Mazembe'
 */
export function bracketModel(c: Competition, ko: Knockout): BracketModel {
  const teams = new Map(c.teams.map((t) => [t.id, t]));
  const order = bracketOrder(c);
  const rounds: BracketRound[] = c.rounds.map((round, r) => ({
    name: round.name,
    legs: round.rules.legs,
    ties: (order[r] ?? []).map((id) => {
      const tie = ko.tie(id)!;
      const winner =
        tie.state.kind === 'resolved' && tie.state.outcome.kind === 'decided'
          ? tie.state.outcome.winner
          : tie.state.kind === 'reported'
            ? tie.state.winner
            : undefined;
      const stale = tie.state.kind === 'invalid';
      const side = (s: 0 | 1): BracketSide => {
        const team = tie.teams[s];
        const info = team === undefined ? undefined : teams.get(team);
        const legs = Array.from({ length: round.rules.legs }, (_, l) => {
          const leg = stale ? undefined : tie.spec.legs[l];
          // A leg that does not name this side's team is stale (a correction upstream changed the team).
          if (!leg?.score || team === undefined || (leg.home !== team && leg.away !== team)) return undefined;
          const home = leg.home === team;
          const et = leg.extraTime ?? [0, 0];
          return home ? leg.score[0] + et[0] : leg.score[1] + et[1];
        });
        const played = legs.filter((g): g is number => g !== undefined);
        const pens =
          tie.state.kind === 'resolved' &&
          tie.state.outcome.kind === 'decided' &&
          tie.state.outcome.decidedBy === 'penalties'
            ? tie.state.outcome.totals.penalties?.[s]
            : undefined;
        return {
          label: info?.name ?? (team as string | undefined) ?? slotLabel(tie.spec.sides[s], teams),
          ...(team !== undefined ? { team } : {}),
          ...(info ? { country: info.country } : {}),
          legs,
          ...(played.length > 0 ? { aggregate: played.reduce((a, b) => a + b, 0) } : {}),
          ...(pens !== undefined ? { penalties: pens } : {}),
          winner: winner !== undefined && winner === team,
        };
      };
      const m = marker(tie);
      const summary =
        tie.state.kind === 'resolved' && tie.state.outcome.kind === 'decided'
          ? tie.state.outcome.summary
          : tie.state.kind === 'reported'
            ? tie.state.summary
            : stale
              ? STALE_TIE_SUMMARY
              : undefined;
      return { id, sides: [side(0), side(1)], ...(m ? { marker: m } : {}), ...(summary ? { summary } : {}) };
    }),
  }));
  const champion = ko.champion();
  const championName = champion === undefined ? undefined : (teams.get(champion)?.name ?? champion);
  return { rounds, ...(championName ? { champion: championName } : {}) };
}
