import {
  type Competition,
  type Leg,
  type LegOrder,
  type RoundWindows,
  roundId,
  type Slot,
  type TieSpec,
  teamId,
  tieId,
  type WindowName,
} from '@cupstage/core';
import type { CompetitionViewDto, LegDto, RoundDto, SlotDto, TieDto } from './dto.ts';

function slotOf(slot: SlotDto): Slot {
  if ('team' in slot) return { kind: 'team', team: teamId(slot.team) };
  if ('group' in slot) return { kind: 'group', group: slot.group, position: slot.position };
  if ('winner' in slot) return { kind: 'winner', tie: tieId(slot.winner) };
  return { kind: 'loser', tie: tieId(slot.loser) };
}

/** A leg DTO back to core's leg (the facts core checks and resolves). */
export function legOf(leg: LegDto): Leg {
  return {
    home: teamId(leg.home.id),
    away: teamId(leg.away.id),
    ...(leg.score ? { score: [leg.score[0], leg.score[1]] as const } : {}),
    ...(leg.extraTime ? { extraTime: [leg.extraTime[0], leg.extraTime[1]] as const } : {}),
    ...(leg.penalties ? { penalties: [leg.penalties[0], leg.penalties[1]] as const } : {}),
    ...(leg.neutral !== undefined ? { neutral: leg.neutral } : {}),
    ...(leg.awarded !== undefined ? { awarded: leg.awarded } : {}),
    ...(leg.date !== undefined ? { date: leg.date } : {}),
    ...(leg.kickoff !== undefined ? { kickoff: leg.kickoff } : {}),
    ...(leg.timeZone !== undefined ? { timeZone: leg.timeZone } : {}),
    ...(leg.venue !== undefined ? { venue: leg.venue } : {}),
    ...(leg.city !== undefined ? { city: leg.city } : {}),
  };
}

function tieOf(t: TieDto): TieSpec {
  const reported =
    t.status === 'reported' && t.summary !== undefined
      ? { reported: { summary: t.summary, ...(t.winner ? { winner: teamId(t.winner.id) } : {}) } }
      : {};
  return {
    id: tieId(t.id),
    sides: [slotOf(t.sides[0].slot), slotOf(t.sides[1].slot)],
    legs: t.legs.map(legOf),
    ...reported,
  };
}

function legOrderOf(r: RoundDto): LegOrder {
  switch (r.legOrder) {
    case 'group-winners-host-second-leg':
      return { kind: 'group-winners-host-second-leg' };
    case 'draw':
      return { kind: 'draw', ...(r.legOrderDraw !== undefined ? { draw: r.legOrderDraw } : {}) };
    case 'neutral':
      return { kind: 'neutral' };
    default:
      return { kind: 'fixed' };
  }
}

const roundOf = (r: RoundDto): Competition['rounds'][number] => ({
  id: roundId(r.id),
  name: r.name,
  rules: r.rules,
  legOrder: legOrderOf(r),
  ties: r.ties.map(tieOf),
  ...(r.schedule ? { schedule: windowsOf(r.schedule) } : {}),
});

function windowsOf(s: NonNullable<RoundDto['schedule']>): RoundWindows {
  return {
    ...(s.firstLeg ? { firstLeg: s.firstLeg } : {}),
    ...(s.secondLeg ? { secondLeg: s.secondLeg } : {}),
    ...(s.match ? { match: s.match } : {}),
  };
}

/**
 * Rebuilds core's competition from the API's view, so that the browser can run the same pure
 * checks and derivations as the server (bracket model, result validation, article text).
 *
 * @example createKnockout(toCompetition(await api.competition('cup')).value.body)
 */
export function toCompetition(v: CompetitionViewDto): Competition {
  return {
    id: v.id,
    name: v.name,
    stageName: v.stageName,
    ...(v.season !== undefined ? { season: v.season } : {}),
    ...(v.period ? { period: v.period } : {}),
    ...(v.rulesReference !== undefined ? { rulesReference: v.rulesReference } : {}),
    teams: v.teams.map((t) => ({ id: teamId(t.id), name: t.name, country: t.country })),
    groups: v.groups.map((g) => ({ group: g.group, positions: g.positions.map(teamId) })),
    rounds: v.rounds.map(roundOf),
    amendments: v.amendments.map((a) => ({
      round: roundId(a.round),
      window: a.window as WindowName,
      from: a.from,
      to: a.to,
      ...(a.reason !== undefined ? { reason: a.reason } : {}),
    })),
    draws: v.draws.map((d) => ({
      id: d.id,
      description: d.description,
      ...(d.heldAt !== undefined ? { heldAt: d.heldAt } : {}),
      ...(d.timeZoneLabel !== undefined ? { timeZoneLabel: d.timeZoneLabel } : {}),
      ...(d.place !== undefined ? { place: d.place } : {}),
      rounds: d.rounds.map(roundId),
    })),
  };
}
