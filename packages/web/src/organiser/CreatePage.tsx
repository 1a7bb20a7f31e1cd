import {
  bracketModel,
  checkCompetition,
  createKnockout,
  presetIds,
  presets,
  singleElimination,
} from '@cupstage/core';
import { type FormEvent, useId, useMemo, useState } from 'react';
import { api } from '../api/client.ts';
import type { Problem } from '../api/problem.ts';
import { BracketFigure } from '../components/BracketFigure.tsx';
import { Link } from '../components/Link.tsx';
import { ProblemMessage } from '../components/Problem.tsx';
import { navigate } from '../routing/use-route.ts';
import { useSession } from '../state/session.tsx';
import { readTeams, slug } from './teams-input.ts';

const EXAMPLE_TEAMS = ['TP Mazembe, COD', 'Club Africain, TUN', 'CS Sfaxien, TUN', 'ZESCO United, ZAM'].join(
  '\n',
);

/**
 * Organisers create a competition from qualified teams (in seed order), a rules preset and the
 * single-elimination bracket template; the bracket is previewed by core before anything is saved.
 */
export function CreatePage() {
  const { session, refresh } = useSession();
  const ids = {
    name: useId(),
    id: useId(),
    rules: useId(),
    final: useId(),
    teams: useId(),
    teamsHelp: useId(),
  };
  const [name, setName] = useState('');
  const [id, setId] = useState('');
  const [rules, setRules] = useState(presetIds[0] ?? '');
  const [finalRules, setFinalRules] = useState('');
  const [teamsText, setTeamsText] = useState(EXAMPLE_TEAMS);
  const [problem, setProblem] = useState<Problem | undefined>();
  const teams = readTeams(teamsText);
  const competitionId = id || slug(name);
  const preview = useMemo(() => {
    const r = presets[rules];
    if (!teams.ok || !r) return undefined;
    const f = finalRules ? presets[finalRules] : undefined;
    const c = singleElimination({
      id: competitionId || 'new',
      name: name || 'New competition',
      teams: teams.teams,
      rules: r,
      ...(f ? { finalRules: f } : {}),
    });
    return { model: bracketModel(c, createKnockout(c)), problems: checkCompetition(c) };
  }, [teams, rules, finalRules, competitionId, name]);

  if (session.status !== 'signed-in') {
    return (
      <>
        <h1>New competition</h1>
        <p>
          <Link to={{ kind: 'sign-in', next: '#/new' }}>Sign in</Link> to create a competition.
        </p>
      </>
    );
  }

  const onSubmit = async (e: FormEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    if (!teams.ok) return;
    const r = await api.create({
      id: competitionId,
      name,
      rules,
      ...(finalRules ? { finalRules } : {}),
      bracket: 'single-elimination',
      teams: teams.teams.map((t) => ({ id: t.id, name: t.name, country: t.country })),
    });
    if (!r.ok) {
      setProblem(r.problem);
      return;
    }
    await refresh();
    navigate(`#/c/${encodeURIComponent(competitionId)}/manage`);
  };

  return (
    <>
      <h1>New competition</h1>
      <form className="form" onSubmit={(e) => void onSubmit(e)}>
        <div className="field">
          <label htmlFor={ids.name}>Name</label>
          <input
            id={ids.name}
            value={name}
            required
            maxLength={200}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.id}>Id (in links)</label>
          <input
            id={ids.id}
            value={id}
            placeholder={slug(name) || 'my-cup-2026'}
            pattern="[a-z0-9][a-z0-9-]*"
            onChange={(e) => setId(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.rules}>Rules of each tie</label>
          <select id={ids.rules} value={rules} onChange={(e) => setRules(e.target.value)}>
            {presetIds.map((p) => (
              <option key={p} value={p}>
                {presets[p]?.name ?? p}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.final}>Rules of the final</label>
          <select id={ids.final} value={finalRules} onChange={(e) => setFinalRules(e.target.value)}>
            <option value="">The same</option>
            {presetIds.map((p) => (
              <option key={p} value={p}>
                {presets[p]?.name ?? p}
              </option>
            ))}
          </select>
        </div>
        <div className="field wide">
          <label htmlFor={ids.teams}>Qualified teams, in seed order</label>
          <textarea
            id={ids.teams}
            rows={8}
            value={teamsText}
            aria-describedby={ids.teamsHelp}
            aria-invalid={teams.ok ? undefined : true}
            onChange={(e) => setTeamsText(e.target.value)}
          />
          <p
            id={ids.teamsHelp}
            className={teams.ok ? 'hint' : 'field-problem'}
            role={teams.ok ? undefined : 'alert'}
          >
            {teams.ok
              ? `${teams.teams.length} teams, one a line as "Name, COD"; the first is seed 1. Byes go to the top seeds.`
              : teams.message}
          </p>
        </div>
        {preview && preview.problems.length > 0 ? (
          <p className="field-problem" role="alert">
            {preview.problems[0]?.message}
          </p>
        ) : null}
        {problem ? <ProblemMessage problem={problem} /> : null}
        <button type="submit" disabled={!teams.ok || name === ''}>
          Create competition
        </button>
      </form>
      {preview ? (
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading">Bracket preview</h2>
          <BracketFigure model={preview.model} title={name || 'New competition'} />
        </section>
      ) : null}
    </>
  );
}
