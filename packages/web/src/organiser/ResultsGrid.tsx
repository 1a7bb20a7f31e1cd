import { type Leg, problemSentence, type TeamId, teamId, tieLegsProblem } from '@cupstage/core';
import { type FormEvent, useState } from 'react';
import { api } from '../api/client.ts';
import type { RoundDto, TieDto } from '../api/dto.ts';
import { legOf } from '../api/to-competition.ts';
import { Link } from '../components/Link.tsx';
import { useCompetition } from '../state/competition-context.tsx';
import type { Loaded } from '../state/derive.ts';
import { GoalsField } from './GoalsField.tsx';
import { applicable, fixtureOf, inputOf, type LegInput, matchOf } from './leg-form.ts';

const key = (tie: string, index: number): string => `${tie}#${index}`;

const same = (a: LegInput, b: LegInput): boolean =>
  (Object.keys(a) as Array<keyof LegInput>).every((k) => a[k].trim() === b[k].trim());

/** One leg to save: where it goes and what it says. */
interface Change {
  readonly tie: string;
  readonly index: number;
  readonly match: Leg;
}

type Checked =
  | { readonly ok: true; readonly changes: ReadonlyArray<Change> }
  | { readonly ok: false; readonly problems: ReadonlyMap<string, string> };

const legName = (round: RoundDto, index: number): string =>
  round.rules.legs === 2 ? `leg ${index + 1}` : 'the match';

/** The teams of a tie (side 0 hosts leg 1), once both are known. */
const teamsOf = (t: TieDto) =>
  t.sides[0].team && t.sides[1].team
    ? ([teamId(t.sides[0].team.id), teamId(t.sides[1].team.id)] as const)
    : undefined;

/**
 * Checks every changed leg of the grid the way the server will (core's `record` on the tie with the
 * typed legs in place), and returns the legs to save in order, or each tie's first problem.
 */
function checkGrid(data: Loaded, round: RoundDto, inputs: ReadonlyMap<string, LegInput>): Checked {
  const problems = new Map<string, string>();
  const changes: Change[] = [];
  for (const t of round.ties) {
    const teams = teamsOf(t);
    if (!teams) continue;
    const legs: Leg[] = t.legs.map(legOf);
    const changed: Change[] = [];
    for (let index = 0; index < round.rules.legs; index++) {
      const stored = t.legs[index];
      const initial = inputOf(stored ? legOf(stored) : undefined);
      const input = inputs.get(key(t.id, index)) ?? initial;
      if (same(input, initial)) continue;
      const fixture = fixtureOf(stored ? legOf(stored) : undefined, teams, index);
      const built = matchOf(input, fixture);
      if (!built.ok) {
        problems.set(t.id, `${t.id} ${legName(round, index)}: ${built.error.message}`);
        break;
      }
      if (index > legs.length) {
        problems.set(t.id, `${t.id}: enter ${legName(round, legs.length)} before ${legName(round, index)}.`);
        break;
      }
      legs[index] = built.value;
      changed.push({ tie: t.id, index, match: built.value });
    }
    if (problems.has(t.id) || changed.length === 0) continue;
    const bad = tieLegsProblem(data.competition, t.id, legs);
    if (bad) {
      const [, at] = bad.path;
      const where = typeof at === 'number' ? ` ${legName(round, at)}` : '';
      problems.set(t.id, `${t.id}${where}: ${problemSentence(bad)}`);
      continue;
    }
    changes.push(...changed);
  }
  return problems.size > 0 ? { ok: false, problems } : { ok: true, changes };
}

/**
 * A whole round on one page: one compact score row per leg (home box next to away box), extra time
 * and penalties only where core says the tie needs them, checked as the organiser types; one Save
 * sends every changed leg in order (each with the version it is based on).
 */
export function ResultsGrid({ data, round }: { readonly data: Loaded; readonly round: RoundDto }) {
  const { reload } = useCompetition();
  const [inputs, setInputs] = useState<ReadonlyMap<string, LegInput>>(new Map());
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ readonly ok: boolean; readonly text: string } | undefined>();
  const id = data.view.id;
  const checked = checkGrid(data, round, inputs);
  const problems = touched && !checked.ok ? checked.problems : new Map<string, string>();
  const legs = round.rules.legs;
  const headingId = `grid-${round.id}`;

  const inputOfCell = (t: TieDto, index: number): LegInput => {
    const stored = t.legs[index];
    return inputs.get(key(t.id, index)) ?? inputOf(stored ? legOf(stored) : undefined);
  };
  /** The legs of a tie before leg `index`, as typed in the grid (or as stored). */
  const typedLegsBefore = (t: TieDto, teams: readonly [TeamId, TeamId], index: number): Leg[] => {
    const out: Leg[] = [];
    for (let k = 0; k < index; k++) {
      const stored = t.legs[k];
      const built = matchOf(inputOfCell(t, k), fixtureOf(stored ? legOf(stored) : undefined, teams, k));
      if (built.ok) out.push(built.value);
      else if (stored) out.push(legOf(stored));
      else break;
    }
    return out;
  };
  const set = (t: TieDto, index: number, field: keyof LegInput) => (value: string) => {
    setTouched(true);
    setNotice(undefined);
    setInputs((prev) => {
      const next = new Map(prev);
      next.set(key(t.id, index), { ...inputOfCell(t, index), [field]: value });
      return next;
    });
  };

  const onSubmit = async (e: FormEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    setTouched(true);
    if (!checked.ok) return;
    if (checked.changes.length === 0) {
      setNotice({
        ok: false,
        text: `Nothing to save: no score of the ${round.name.toLowerCase()} was changed.`,
      });
      return;
    }
    setBusy(true);
    // One write: every changed leg is stored, or none is (PATCH .../legs).
    const r = await api.enterLegs(
      id,
      checked.changes.map((c) => ({ tie: c.tie, leg: c.index + 1, ...c.match })),
      data.version,
    );
    const total = checked.changes.length;
    setBusy(false);
    if (!r.ok && r.problem.code !== 'version-conflict') {
      // the typed scores stay in the grid, to be corrected and saved again
      setNotice({ ok: false, text: `Nothing saved: ${r.problem.errors[0]?.message ?? r.problem.detail}` });
      return;
    }
    // saved, or someone else's change came first: the grid shows the current results either way
    await reload();
    setTouched(false);
    setInputs(new Map());
    setNotice(
      r.ok
        ? {
            ok: true,
            text: `Saved ${total} ${total === 1 ? 'leg' : 'legs'} of the ${round.name.toLowerCase()}.`,
          }
        : {
            ok: false,
            text: 'Nothing saved: someone else changed this competition meanwhile. The grid now shows the current results; enter your changes again.',
          },
    );
  };

  return (
    <form className="results-form" aria-labelledby={headingId} onSubmit={(e) => void onSubmit(e)} noValidate>
      <h2 id={headingId}>{round.name}</h2>
      <div className="table-scroll">
        <table className="results-grid">
          <thead>
            <tr>
              <th scope="col">Tie</th>
              {Array.from({ length: legs }, (_, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: legs are positional
                <th key={i} scope="col">
                  {legs === 2 ? `Leg ${i + 1}` : 'Match'}
                </th>
              ))}
              <th scope="col">Result</th>
            </tr>
          </thead>
          <tbody>
            {round.ties.map((t) => {
              const teams = teamsOf(t);
              const problem = problems.get(t.id);
              const names = new Map([
                [t.sides[0].team?.id ?? '', t.sides[0].team?.name ?? t.sides[0].label],
                [t.sides[1].team?.id ?? '', t.sides[1].team?.name ?? t.sides[1].label],
              ]);
              return (
                <tr key={t.id} data-tie={t.id} className={problem ? 'has-problem' : undefined}>
                  <th scope="row">
                    <Link to={{ kind: 'manage', id, tie: t.id }}>{t.id}</Link>
                  </th>
                  {Array.from({ length: legs }, (_, index) => {
                    if (!teams) {
                      return (
                        // biome-ignore lint/suspicious/noArrayIndexKey: legs are positional
                        <td key={index} className="leg-cell">
                          {index === 0 ? (
                            <span className="leg-state">
                              {t.sides[0].label} v {t.sides[1].label}
                            </span>
                          ) : null}
                        </td>
                      );
                    }
                    const stored = t.legs[index];
                    const fixture = fixtureOf(stored ? legOf(stored) : undefined, teams, index);
                    const input = inputOfCell(t, index);
                    const shown = applicable(
                      data.competition,
                      t.id,
                      index,
                      input,
                      fixture,
                      typedLegsBefore(t, teams, index),
                    );
                    const home = names.get(fixture.home) ?? fixture.home;
                    const away = names.get(fixture.away) ?? fixture.away;
                    const label = `${t.id} ${legName(round, index)}`;
                    return (
                      <td
                        key={label}
                        className="leg-cell"
                        data-leg={legs === 2 ? `Leg ${index + 1}` : undefined}
                      >
                        <GoalsField
                          bare
                          legend={label}
                          homeName={home}
                          awayName={away}
                          home={input.home}
                          away={input.away}
                          onHome={set(t, index, 'home')}
                          onAway={set(t, index, 'away')}
                          problem={undefined}
                        />
                        {shown.extraTime ? (
                          <GoalsField
                            legend={`${label} extra time`}
                            homeName={home}
                            awayName={away}
                            home={input.extraTimeHome}
                            away={input.extraTimeAway}
                            onHome={set(t, index, 'extraTimeHome')}
                            onAway={set(t, index, 'extraTimeAway')}
                            problem={undefined}
                          />
                        ) : null}
                        {shown.penalties ? (
                          <GoalsField
                            legend={`${label} penalties`}
                            homeName={home}
                            awayName={away}
                            home={input.penaltiesHome}
                            away={input.penaltiesAway}
                            onHome={set(t, index, 'penaltiesHome')}
                            onAway={set(t, index, 'penaltiesAway')}
                            problem={undefined}
                          />
                        ) : null}
                        {stored?.date ? <span className="leg-state">{stored.date}</span> : null}
                      </td>
                    );
                  })}
                  <td>
                    <span className={`summary status-${t.status}`}>{t.summary ?? STATE[t.status]}</span>
                    {problem ? (
                      <p className="field-problem" role="alert">
                        {problem}
                      </p>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {notice ? (
        <p className={notice.ok ? 'notice success' : 'notice warning'} role={notice.ok ? 'status' : 'alert'}>
          {notice.text}
        </p>
      ) : null}
      {round.ties.some((t) => teamsOf(t) !== undefined) ? (
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : `Save the ${round.name.toLowerCase()}`}
        </button>
      ) : null}
    </form>
  );
}

const STATE: Record<TieDto['status'], string> = {
  waiting: 'Teams to be decided',
  undecided: 'In progress',
  decided: 'Decided',
  reported: 'Reported',
  invalid: 'Needs attention: an earlier result was corrected',
};
