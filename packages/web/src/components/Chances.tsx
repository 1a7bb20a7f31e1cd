import { useEffect, useState } from 'react';
import { api, type PredictionsDto } from '../api/client.ts';

const percent = (p: number): string =>
  p >= 0.9995 ? '100%' : p < 0.0005 ? '0%' : `${(p * 100).toFixed(1)}%`;

/**
 * Each team's chance of winning the competition, as a bar chart with the numbers beside the bars
 * (a table underneath, for screen readers and for copying). Read again whenever the competition's
 * version changes, so it moves with every result entered.
 */
export function Chances({ id, version }: { readonly id: string; readonly version: number }) {
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
  const rows = Object.entries(odds.champion).sort((a, b) => b[1] - a[1]);
  const rounds = Object.keys(odds.reach);
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
            {rows.map(([team, p]) => (
              <tr key={team} data-team={team}>
                <th scope="row">{team}</th>
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
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
