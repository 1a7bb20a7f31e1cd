import { useEffect, useState } from 'react';
import type { GroupDto, GroupOddsDto, GroupStageDto } from '../api/dto.ts';
import { groupsApi } from '../api/groups.ts';
import type { Problem } from '../api/problem.ts';
import { ProblemMessage } from '../components/Problem.tsx';
import type { Loaded } from '../state/derive.ts';

const STATUS_MARK: Record<string, string> = {
  'through-as-winners': ' (Q)',
  through: ' (Q)',
  eliminated: ' (E)',
};
const STATUS_TEXT: Record<string, string> = {
  'through-as-winners': 'through as group winners',
  through: 'through',
  eliminated: 'eliminated',
};

type Loading<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly problem: Problem }
  | T;

const percent = (p: number): string =>
  p >= 0.9995 ? '100%' : p < 0.0005 ? '0%' : `${(p * 100).toFixed(1)}%`;

/** One group's table (as Wikipedia prints it), its notes, and its matches by matchday. */
function GroupSection({ id, group }: { readonly id: string; readonly group: GroupDto }) {
  const [odds, setOdds] = useState<GroupOddsDto | undefined>(undefined);
  const version = group.matches.filter((m) => m.score !== undefined).length;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the number of results is the trigger
  useEffect(() => {
    if (group.complete || group.league !== undefined) {
      setOdds(undefined);
      return;
    }
    let live = true;
    void groupsApi.odds(id, group.group).then((r) => {
      if (live && r.ok) setOdds(r.value);
    });
    return () => {
      live = false;
    };
  }, [id, group.group, group.complete, group.league, version]);
  const chance = new Map(odds?.teams.map((t) => [t.team.id, t.qualify]));
  const days = [...new Set(group.matches.map((m) => m.matchday ?? 0))].sort((a, b) => a - b);
  const heading = group.league ? group.group : `Group ${group.group}`;
  return (
    <section aria-labelledby={`group-${group.group}`} className="group" data-group={group.group}>
      <h2 id={`group-${group.group}`}>{heading}</h2>
      {/* On a phone the table scrolls sideways: the region takes the focus so that keys can scroll it. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1) */}
      <section className="table-scroll" tabIndex={0} aria-label={`${heading} table, scrollable`}>
        <table className="data group-table">
          <caption className="sr-only">
            {heading} table{group.complete ? '' : ' (matches still to play)'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Pos</th>
              <th scope="col">Team</th>
              <th scope="col">Pld</th>
              <th scope="col">W</th>
              <th scope="col">D</th>
              <th scope="col">L</th>
              <th scope="col">GF</th>
              <th scope="col">GA</th>
              <th scope="col">GD</th>
              <th scope="col">Pts</th>
              <th scope="col">Qualification</th>
              {odds ? <th scope="col">Chance of going through</th> : null}
            </tr>
          </thead>
          <tbody>
            {group.table.map((r) => (
              <tr key={r.team.id} data-team={r.team.name}>
                <td>{r.position}</td>
                <th scope="row">
                  {r.team.name}
                  {r.status ? (
                    <abbr title={STATUS_TEXT[r.status]} className={`group-status status-${r.status}`}>
                      {STATUS_MARK[r.status]}
                    </abbr>
                  ) : null}
                </th>
                <td>{r.played}</td>
                <td>{r.won}</td>
                <td>{r.drawn}</td>
                <td>{r.lost}</td>
                <td>{r.goalsFor}</td>
                <td>{r.goalsAgainst}</td>
                <td>{r.goalDifference}</td>
                <td>
                  <strong>{r.points}</strong>
                </td>
                <td>{r.qualification}</td>
                {odds ? <td data-testid="qualify-chance">{percent(chance.get(r.team.id) ?? 0)}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {group.notes.length > 0 ? (
        <ul className="plain-list group-notes">
          {group.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
      <details open={!group.complete && group.league === undefined}>
        <summary>Matches</summary>
        {days.map((day) => (
          <div key={day}>
            {day > 0 ? <h3>Matchday {day}</h3> : null}
            <ul className="plain-list group-matches">
              {group.matches
                .filter((m) => (m.matchday ?? 0) === day)
                .map((m) => (
                  <li key={`${m.home.id}-${m.away.id}`}>
                    {m.home.name} <strong>{m.result}</strong> {m.away.name}
                    {m.date ? <span className="muted"> · {m.date}</span> : null}
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </details>
    </section>
  );
}

/**
 * The group stage (or league phase): the ranking rules with their source, then every group's table,
 * notes and matches. Reloaded whenever the competition's version moves (live updates included).
 */
export function GroupsPage({ data }: { readonly data: Loaded }) {
  const { view } = data;
  const [stage, setStage] = useState<Loading<{ readonly status: 'ready'; readonly stage: GroupStageDto }>>({
    status: 'loading',
  });
  // Reloads whenever the competition's version moves (a live change).
  // biome-ignore lint/correctness/useExhaustiveDependencies: the version is the trigger
  useEffect(() => {
    let live = true;
    void groupsApi.stage(view.id).then((r) => {
      if (!live) return;
      setStage(r.ok ? { status: 'ready', stage: r.value } : { status: 'failed', problem: r.problem });
    });
    return () => {
      live = false;
    };
  }, [view.id, data.version]);
  const name = view.groupStage?.name ?? 'Group stage';
  return (
    <>
      <h1>
        {name.charAt(0).toUpperCase()}
        {name.slice(1)} <span className="subtitle">{view.name}</span>
      </h1>
      {stage.status === 'loading' ? (
        <p aria-busy="true">Loading…</p>
      ) : stage.status === 'failed' ? (
        <ProblemMessage problem={stage.problem} />
      ) : (
        <>
          <p className="muted">{stage.stage.rules}</p>
          {stage.stage.groups.map((g) => (
            <GroupSection key={g.group} id={view.id} group={g} />
          ))}
        </>
      )}
    </>
  );
}
