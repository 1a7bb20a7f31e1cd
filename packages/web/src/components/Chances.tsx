import { useEffect, useState } from 'react';
import { api, type PredictionsDto } from '../api/client.ts';
import type { TeamDto } from '../api/dto.ts';
import { TeamName } from './TeamName.tsx';

const percent = (p: number): string =>
  p >= 0.9995 ? '100%' : p < 0.0005 ? '0%' : `${(p * 100).toFixed(1)}%`;

const settled = (p: number): boolean => p < 0.0005 || p >= 0.9995;

/**
 * The table's rows and columns: rounds whose column is settled for every team (100% or 0%: all
 * quarter-finalists reach the quarter-finals) are left out; teams by their chance of winning, then
 * of reaching each later round, so eliminated teams come last.
 */
export function chancesTable(odds: PredictionsDto): { rounds: string[]; teams: string[] } {
  const all = Object.keys(odds.reach);
  const rounds = all.filter((r) => Object.values(odds.reach[r] ?? {}).some((p) => !settled(p)));
  const key = (team: string): number[] => [
    odds.champion[team] ?? 0,
    ...[...all].reverse().map((r) => odds.reach[r]?.[team] ?? 0),
  ];
  const teams = Object.keys(odds.champion).sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) {
      const d = (kb[i] ?? 0) - (ka[i] ?? 0);
      if (d !== 0) return d;
    }
    return a.localeCompare(b);
  });
  return { rounds, teams };
}

/**
 * Each team's chance of winning the competition, as a bar chart with the numbers beside the bars
 * (a table underneath, for screen readers and for copying). Read again whenever the competition's
 * version changes, so it moves with every result entered.
 */
export function Chances({
  id,
  version,
  teams,
}: {
  readonly id: string;
  readonly version: number;
  readonly teams: ReadonlyArray<TeamDto>;
}) {
  const [odds, setOdds] = useState<PredictionsDto | undefined>();
  // biome-ignore lint/correctness/useExhaustiveDependencies: read the odds again whenever the competition's version changes
  useEffect(() => {
    let live = true;
    void api.predictions(id).then((r) => {
      if (live && r.ok) setOdds(r.value);
    });
    return () => {
      live = false;
    };
  }, [id, version]);
  if (!odds) return null;
  const { rounds, teams: order } = chancesTable(odds);
  // Once the champion is known every chance is settled: nothing left to show.
  if (Object.values(odds.champion).every(settled)) return null;
  const byName = new Map(teams.map((t) => [t.name, t]));
  return (
    <section aria-labelledby="chances-heading" className="chances">
      <h2 id="chances-heading">Chances</h2>
      <p className="muted">
        Each team's chance of reaching each round and of winning, given every result so far (all teams rated
        alike, home advantage; {odds.method === 'exact' ? 'exact' : 'simulated'}).
      </p>
      <div className="table-scroll">
        <table>
          <caption className="sr-only">Chances of each team</caption>
          <thead>
            <tr>
              <th scope="col">Team</th>
              {rounds.map((r) => (
                <th scope="col" key={r}>
                  {r}
                </th>
              ))}
              <th scope="col">Champions</th>
            </tr>
          </thead>
          <tbody>
            {order.map((team) => {
              const p = odds.champion[team] ?? 0;
              const dto = byName.get(team);
              return (
                <tr key={team} data-team={team}>
                  <th scope="row">{dto ? <TeamName competition={id} team={dto} /> : team}</th>
                  {rounds.map((r) => (
                    <td key={r}>{percent(odds.reach[r]?.[team] ?? 0)}</td>
                  ))}
                  <td>
                    <span
                      className="chance-bar"
                      aria-hidden="true"
                      style={{ width: `${(p * 6).toFixed(2)}em` }}
                    />
                    <span data-testid="champion-chance">{percent(p)}</span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
