import {
  type Competition,
  type Group,
  type GroupOdds,
  type GroupStage,
  groupTables,
  matchLine,
  rankingRulesText,
  type Team,
  type TeamId,
} from '@cupstage/core';
import type { GroupDto, GroupMatchDto, GroupOddsDto, GroupStageDto, TeamDto } from './types.ts';

/**
 * Maps a competition's group stage to the API's DTOs. Every cell and sentence comes from core
 * (`groupTables`, `rankingRulesText`, `matchLine`): the report, the wikitext and the API print the same.
 */
export class GroupViewBuilder {
  private readonly teams: ReadonlyMap<TeamId, Team>;
  constructor(
    private readonly c: Competition,
    private readonly stage: GroupStage,
  ) {
    this.teams = new Map([...c.teams, ...stage.teams].map((t) => [t.id, t]));
  }

  team(id: TeamId | string): TeamDto {
    const t = this.teams.get(id as TeamId);
    return t ? { id: t.id, name: t.name, country: t.country } : { id, name: id, country: '' };
  }

  private match(m: Group['matches'][number]): GroupMatchDto {
    const { home, away, score, ...rest } = m;
    const printed = matchLine(m, this.teams).score;
    return {
      home: this.team(home),
      away: this.team(away),
      ...(score ? { score: [score[0], score[1]] as const } : {}),
      result: m.awarded && score ? `${printed} (awarded)` : printed,
      ...rest,
    };
  }

  /** Every group, or the one whose id is `only`. */
  groups(only?: string): GroupDto[] {
    const tables = groupTables(this.c, this.stage);
    return this.stage.groups.flatMap((g, i): GroupDto[] => {
      if (only !== undefined && g.id !== only) return [];
      const t = tables[i]!;
      return [
        {
          group: g.id,
          complete: t.complete,
          ...(g.league ? { league: { matchesPerTeam: g.league.matchesPerTeam } } : {}),
          table: t.rows.map((r) => ({
            position: r.position,
            team: this.team(r.team),
            played: r.played,
            won: r.won,
            drawn: r.drawn,
            lost: r.lost,
            goalsFor: r.goalsFor,
            goalsAgainst: r.goalsAgainst,
            goalDifference: r.goalDifference,
            points: r.points,
            qualification: r.qualification,
            ...(r.status ? { status: r.status } : {}),
          })),
          notes: [...t.notes],
          matches: g.matches.map((m) => this.match(m)),
        },
      ];
    });
  }

  stageView(): GroupStageDto {
    const s = this.stage;
    return {
      name: s.name,
      rules: rankingRulesText(s),
      tieBreakers: { id: s.tieBreakers.id, name: s.tieBreakers.name, source: s.tieBreakers.source },
      advance: s.advance,
      advanceLabel: s.advanceLabel,
      groups: this.groups(),
    };
  }

  odds(o: GroupOdds): GroupOddsDto {
    return {
      group: o.group,
      method: o.method,
      outcomes: o.outcomes,
      teams: o.teams.map((t) => ({
        team: this.team(t.team),
        positions: [...t.positions],
        qualify: t.qualify,
      })),
    };
  }
}
