import {
  type CupError,
  err,
  findGroupPreset,
  type Group,
  type GroupMatch,
  type GroupStage,
  groupPresetIds,
  ok,
  type Result,
  type Team,
  type TieBreakers,
  teamId,
} from '@cupstage/core';
import type * as z from 'zod';
import { formatsError } from '../error-codes.ts';
import type { CompetitionFile, groupStageSchema, tieBreakersSchema } from './schema.ts';

type GroupStageOut = z.output<typeof groupStageSchema>;

function toTieBreakers(t: z.output<typeof tieBreakersSchema>): Result<TieBreakers> {
  if (typeof t !== 'string') return ok(t as TieBreakers);
  const preset = findGroupPreset(t);
  return preset
    ? ok(preset)
    : err(
        formatsError(
          'unknown-tie-breakers-preset',
          ['groupStage', 'tieBreakers'],
          `"${t}" is not a tie-breakers preset; use one of ${groupPresetIds.join(', ')}`,
        ),
      );
}

// zod omits absent optional keys, so its output fits the domain's exact optional properties; the
// casts below only tell the compiler so.

/** Maps a schema-valid `groupStage` section to the domain; fails only on an unknown preset. */
export function groupStageFromFile(file: GroupStageOut): Result<GroupStage, CupError> {
  const tieBreakers = toTieBreakers(file.tieBreakers);
  if (!tieBreakers.ok) return tieBreakers;
  const groups: Group[] = file.groups.map((g) => ({
    id: g.group,
    teams: g.teams.map(teamId),
    rounds: g.rounds,
    ...(g.league ? { league: { ...g.league } } : {}),
    matches: g.matches.map((m) => ({ ...m, home: teamId(m.home), away: teamId(m.away) }) as GroupMatch),
    ...(g.lots ? { lots: g.lots.map(teamId) } : {}),
    ...(g.disciplinary ? { disciplinary: g.disciplinary } : {}),
    ...(g.coefficients ? { coefficients: g.coefficients } : {}),
  }));
  return ok({
    name: file.name,
    points: file.points,
    tieBreakers: tieBreakers.value,
    advance: file.advance,
    advanceLabel: file.advanceLabel,
    teams: file.teams.map((t) => ({ ...t, id: teamId(t.id) })) as Team[],
    groups,
  });
}

/** The group stage as the competition file writes it, the inverse of `groupStageFromFile`. */
export function groupStageToFile(stage: GroupStage): NonNullable<CompetitionFile['groupStage']> {
  const t = stage.tieBreakers;
  return {
    name: stage.name,
    tieBreakers:
      findGroupPreset(t.id) === t
        ? t.id
        : { id: t.id, name: t.name, criteria: t.criteria.map((c) => ({ ...c }) as never), source: t.source },
    points: { ...stage.points },
    advance: stage.advance,
    advanceLabel: stage.advanceLabel,
    ...(stage.teams.length > 0 ? { teams: stage.teams.map((x) => ({ ...x })) } : {}),
    groups: stage.groups.map((g) => ({
      group: g.id,
      teams: [...g.teams],
      rounds: g.rounds,
      ...(g.league ? { league: { ...g.league } } : {}),
      matches: g.matches.map((m) => {
        const { home, away, score, ...rest } = m;
        return { home, away, ...(score ? { score: [...score] as [number, number] } : {}), ...rest };
      }),
      ...(g.lots ? { lots: [...g.lots] } : {}),
      ...(g.disciplinary ? { disciplinary: { ...g.disciplinary } } : {}),
      ...(g.coefficients ? { coefficients: { ...g.coefficients } } : {}),
    })),
  };
}
