import type { CompetitionState } from '@cupstage/app';
import type { Competition, DerivedTie, Knockout, Leg, Slot, Team, TeamId } from '@cupstage/core';
import { matchLine, qualifiedGroups, slotLabel } from '@cupstage/core';
import { slotOut } from '@cupstage/formats';
import type { CompetitionViewDto, LegDto, RoundDto, SideDto, SlotDto, TeamDto, TieDto } from './types.ts';

const teamDto = (t: Team): TeamDto => ({ id: t.id, name: t.name, country: t.country });

/** A slot in the API as in the competition file. */
const slotDto = (slot: Slot): SlotDto => slotOut(slot) as SlotDto;

/** Maps the derived ties and facts of a competition to the API's DTOs. */
export class ViewBuilder {
  private readonly teams: ReadonlyMap<TeamId, Team>;
  constructor(
    private readonly c: Competition,
    private readonly ko: Knockout,
  ) {
    this.teams = new Map(c.teams.map((t) => [t.id, t]));
  }

  team(id: TeamId): TeamDto {
    const t = this.teams.get(id);
    return t ? teamDto(t) : { id, name: id, country: '' };
  }

  leg(leg: Leg, number: number): LegDto {
    const { home, away, score, extraTime, penalties, ...rest } = leg;
    return {
      number,
      home: this.team(home),
      away: this.team(away),
      ...(score ? { score: [score[0], score[1]] as const } : {}),
      ...(extraTime ? { extraTime: [extraTime[0], extraTime[1]] as const } : {}),
      ...(penalties ? { penalties: [penalties[0], penalties[1]] as const } : {}),
      result: matchLine(leg, this.teams).score,
      ...rest,
    };
  }

  tie(d: DerivedTie): TieDto {
    const round = this.c.rounds[d.roundIndex]!;
    const side = (s: 0 | 1): SideDto => {
      const team = d.teams[s];
      return {
        slot: slotDto(d.spec.sides[s]),
        label: team !== undefined ? this.team(team).name : slotLabel(d.spec.sides[s], this.teams),
        ...(team !== undefined ? { team: this.team(team) } : {}),
      };
    };
    const base = {
      id: d.id,
      round: round.id,
      sides: [side(0), side(1)] as const,
      legs: d.spec.legs.map((l, i) => this.leg(l, i + 1)),
    };
    const s = d.state;
    switch (s.kind) {
      case 'waiting':
        return { ...base, status: 'waiting' };
      case 'reported':
        return {
          ...base,
          status: 'reported',
          summary: s.summary,
          ...(s.winner !== undefined ? { winner: this.team(s.winner) } : {}),
        };
      case 'invalid':
        return {
          ...base,
          status: 'invalid',
          error: { code: s.error.code, path: [...s.error.path], message: s.error.message },
        };
      case 'resolved': {
        const o = s.outcome;
        const aggregate = [o.totals.aggregate[0], o.totals.aggregate[1]] as const;
        if (o.kind === 'undecided') return { ...base, status: 'undecided', next: o.next, aggregate };
        return {
          ...base,
          status: 'decided',
          winner: this.team(o.winner),
          decidedBy: o.decidedBy,
          aggregate,
          summary: o.summary,
        };
      }
      default: {
        const never: never = s;
        return never;
      }
    }
  }

  rounds(): RoundDto[] {
    const ties = this.ko.ties();
    return this.c.rounds.map((r, i) => ({
      id: r.id,
      name: r.name,
      rules: {
        id: r.rules.id,
        name: r.rules.name,
        legs: r.rules.legs,
        deciders: r.rules.deciders,
        source: r.rules.source,
      },
      legOrder: r.legOrder.kind,
      ...(r.legOrder.kind === 'draw' && r.legOrder.draw !== undefined
        ? { legOrderDraw: r.legOrder.draw }
        : {}),
      ...(r.schedule ? { schedule: r.schedule } : {}),
      ...(r.openDraw ? { openDraw: { constraints: [...r.openDraw.constraints] } } : {}),
      ties: ties.filter((t) => t.roundIndex === i).map((t) => this.tie(t)),
    }));
  }

  view(state: CompetitionState): CompetitionViewDto {
    const c = this.c;
    const champion = this.ko.champion();
    return {
      id: c.id,
      name: c.name,
      stageName: c.stageName,
      ...(c.season !== undefined ? { season: c.season } : {}),
      ...(c.period ? { period: c.period } : {}),
      ...(c.rulesReference !== undefined ? { rulesReference: c.rulesReference } : {}),
      version: state.version,
      published: state.published,
      teams: c.teams.map(teamDto),
      groups: qualifiedGroups(c).map((g) => ({ group: g.group, positions: [...g.positions] })),
      ...(c.groupStage
        ? { groupStage: { name: c.groupStage.name, groups: c.groupStage.groups.map((g) => g.id) } }
        : {}),
      rounds: this.rounds(),
      ...(champion !== undefined ? { champion: this.team(champion) } : {}),
      amendments: c.amendments.map((a) => ({ ...a })),
      draws: c.draws.map((d) => ({
        ...d,
        rounds: [...d.rounds],
        ...(d.ties ? { ties: d.ties.map((t) => [t[0], t[1]] as [string, string]) } : {}),
      })),
      ...(state.commitments && state.commitments.length > 0
        ? { commitments: state.commitments.map((x) => ({ ...x })) }
        : {}),
    };
  }
}
