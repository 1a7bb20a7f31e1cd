import type { GroupResult } from '../competition/types.ts';
import type { TeamId } from '../ids.ts';
import { rankGroup } from './rank-group.ts';
import type { GroupRanking, GroupStage } from './types.ts';

/** Every group of a stage ranked by its tie-breakers. */
export function rankGroupStage(stage: GroupStage): GroupRanking[] {
  return stage.groups.map((g) => rankGroup(g, stage.tieBreakers, stage.points));
}

/**
 * The final positions a knockout slot such as `{"group": "A", "position": 1}` reads: for each
 * complete group, its teams from the top down to the first position the criteria leave undecided
 * (a group still playing, or waiting for lots, fills no slot: never a guess).
 *
 * @example groupResultsOf(stage) // [{ group: 'A', positions: ['Club Africain', 'FUS Rabat', 'KCCA', 'Rivers United'] }, ...]
 */
export function groupResultsOf(stage: GroupStage, rankings = rankGroupStage(stage)): GroupResult[] {
  return rankings.map((r) => {
    const positions: TeamId[] = [];
    if (r.complete) {
      for (const line of r.table) {
        if (line.undecided !== undefined) break;
        positions.push(line.row.team);
      }
    }
    return { group: r.group, positions };
  });
}

/**
 * The group positions of a competition: the ones entered by hand (`groups`) and, for a competition
 * with a group stage, the ones its final standings give.
 */
export function groupPositions(c: {
  readonly groups: ReadonlyArray<GroupResult>;
  readonly groupStage?: GroupStage;
}): GroupResult[] {
  const derived = c.groupStage ? groupResultsOf(c.groupStage) : [];
  const own = new Set(derived.map((g) => g.group));
  return [...c.groups.filter((g) => !own.has(g.group)), ...derived];
}

/**
 * The teams that went through from each group, as an article's "Qualified teams" table lists them:
 * the positions entered by hand, and from a group stage the top `advance` of each complete group.
 */
export function qualifiedGroups(c: {
  readonly groups: ReadonlyArray<GroupResult>;
  readonly groupStage?: GroupStage;
}): GroupResult[] {
  const advance = c.groupStage?.advance;
  const own = new Set(c.groupStage?.groups.map((g) => g.id) ?? []);
  return groupPositions(c).map((g) =>
    advance !== undefined && own.has(g.group)
      ? { group: g.group, positions: g.positions.slice(0, advance) }
      : g,
  );
}
