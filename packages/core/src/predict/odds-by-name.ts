import type { Competition } from '../competition/types.ts';
import type { StageOdds } from './stage-odds.ts';

/** Stage odds keyed by what people read: team names, and round names for `reach`. */
export interface OddsByName {
  readonly champion: Record<string, number>;
  readonly reach: Record<string, Record<string, number>>;
  readonly ties: Record<string, Record<string, number>>;
}

/**
 * The shape `cupstage simulate --json` prints and the API serves: `{"champion": {"<team>": p},
 * "reach": {"<round>": {"<team>": p}}, "ties": {"<tie>": {"<team>": p}}}`, every team listed.
 *
 * @example oddsByName(c, odds).champion['TP Mazembe'] // 0.31
 */
export function oddsByName(c: Competition, odds: StageOdds): OddsByName {
  const byName = (o: Readonly<Record<string, number>>): Record<string, number> =>
    Object.fromEntries(c.teams.map((t) => [t.name, o[t.id] ?? 0]));
  const names = new Map(c.teams.map((t) => [t.id as string, t.name]));
  return {
    champion: byName(odds.champion),
    reach: Object.fromEntries(odds.reach.map((r) => [r.name, byName(r.teams)])),
    ties: Object.fromEntries(
      odds.ties.map((t) => [
        t.tie,
        Object.fromEntries(Object.entries(t.teams).map(([id, p]) => [names.get(id) ?? id, p])),
      ]),
    ),
  };
}
