import {
  bracketModel,
  checkCompetition,
  createKnockout,
  groupWinnersBracket,
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
import { href } from '../routing/route.ts';
import { navigate } from '../routing/use-route.ts';
import { useSession } from '../state/session.tsx';
import { competitionIdProblem } from './competition-id.ts';
import { groupTemplateFile } from './group-template.ts';
import { ImportForm } from './ImportForm.tsx';
import { PresetOptions } from './PresetOptions.tsx';
import { RoundsFields } from './RoundsFields.tsx';
import { EMPTY_PLAN, type RoundPlan, roundsBody, windowsOf, windowsProblem } from './round-plan.ts';
import { readGroups, readTeams, slug } from './teams-input.ts';
import './organiser.css';

/** An example for the teams box: shown as a placeholder, never as a value. */
const TEAMS_PLACEHOLDER = [
  'TP Mazembe, COD',
  'Club Africain, TUN',
  'CS Sfaxien, TUN',
  'ZESCO United, ZAM',
].join('\n');

/** An example for the groups box (the 2017 CAF Confederation Cup's qualifiers), as a placeholder. */
const GROUPS_PLACEHOLDER = [
  'A: Club Africain, TUN; FUS Rabat, MAR',
  'B: CS Sfaxien, TUN; MC Alger, ALG',
  'C: ZESCO United, ZAM; Al-Hilal Al-Ubayyid, SDN',
  'D: TP Mazembe, COD; SuperSport United, RSA',
].join('\n');

type Template = 'seeded' | 'groups' | 'import';

/**
 * Organisers create a competition: from qualified teams in seed order (seeded single elimination,
 * rounds and ties named as football names them, previewed by core before anything is saved), or from
 * a file or an article (imported, previewed, then created).
 */
export function CreatePage() {
  const { session, refresh } = useSession();
  const ids = {
    name: useId(),
    id: useId(),
    idHelp: useId(),
    rules: useId(),
    final: useId(),
    teams: useId(),
    teamsHelp: useId(),
  };
  const [template, setTemplate] = useState<Template>('seeded');
  const [name, setName] = useState('');
  const [id, setId] = useState('');
  const [rules, setRules] = useState(presetIds[0] ?? '');
  const [finalRules, setFinalRules] = useState('');
  const [teamsText, setTeamsText] = useState('');
  const [groupsText, setGroupsText] = useState('');
  const [plans, setPlans] = useState<ReadonlyArray<RoundPlan>>([]);
  const [submitted, setSubmitted] = useState(false);
  const [problem, setProblem] = useState<Problem | undefined>();
  const seeded = template === 'seeded';
  const teams = seeded ? readTeams(teamsText) : readGroups(groupsText);
  const competitionId = id.trim() || slug(name);
  const idProblem = competitionIdProblem(competitionId, id.trim() !== '', name.trim() !== '');
  const preview = useMemo(() => {
    const r = presets[rules];
    if (!teams.ok || !r) return undefined;
    const f = finalRules ? presets[finalRules] : undefined;
    const base = {
      id: competitionId || 'new',
      name: name || 'New competition',
      rules: r,
      ...(f ? { finalRules: f } : {}),
    };
    const c =
      'groups' in teams
        ? groupWinnersBracket({ ...base, groups: teams.groups })
        : singleElimination({ ...base, teams: teams.teams });
    if (!c) return undefined;
    return { competition: c, model: bracketModel(c, createKnockout(c)), problems: checkCompetition(c) };
  }, [teams, rules, finalRules, competitionId, name]);

  if (session.status !== 'signed-in') {
    return (
      <>
        <h1>New competition</h1>
        <p>
          <Link to={{ kind: 'sign-in', next: href({ kind: 'create' }) }}>Sign in</Link> to create a
          competition.
        </p>
      </>
    );
  }

  const nameProblem = submitted && name.trim() === '' ? 'Give the competition a name.' : undefined;
  const teamsProblem =
    !teams.ok && (submitted || (seeded ? teamsText : groupsText).trim() !== '')
      ? `${teams.message[0]?.toUpperCase()}${teams.message.slice(1)}.`
      : undefined;
  const shownIdProblem = submitted || id.trim() !== '' ? idProblem : undefined;

  const onSubmit = async (e: FormEvent<HTMLFormElement>): Promise<void> => {
    e.preventDefault();
    setSubmitted(true);
    if (!teams.ok || name.trim() === '' || idProblem || !preview) return;
    const rounds = preview.competition.rounds;
    if (rounds.some((round, i) => windowsProblem(round, planAt(i)))) return;
    const plans = rounds.map((_, i) => planAt(i));
    const r =
      'groups' in teams
        ? await api.createFromFile(
            groupTemplateFile(
              { ...preview.competition, id: competitionId, name: name.trim() },
              rules,
              finalRules || undefined,
              rounds.map((round, i) => ({
                schedule: windowsOf(plans[i] ?? EMPTY_PLAN, round.rules.legs),
                procedure: plans[i]?.procedure ?? 'fixed',
              })),
            ),
          )
        : await api.create({
            id: competitionId,
            name: name.trim(),
            rules,
            ...(finalRules ? { finalRules } : {}),
            bracket: 'single-elimination',
            teams: teams.teams.map((t) => ({ id: t.id, name: t.name, country: t.country })),
            rounds: roundsBody(rounds, plans),
          });
    if (!r.ok) {
      setProblem(r.problem);
      return;
    }
    await refresh();
    navigate(href({ kind: 'manage', id: competitionId }));
  };

  const planAt = (i: number): RoundPlan => plans[i] ?? EMPTY_PLAN;
  const setPlan = (i: number, plan: RoundPlan): void =>
    setPlans((prev) => {
      const next = [...prev];
      for (let k = next.length; k < i; k++) next[k] = EMPTY_PLAN;
      next[i] = plan;
      return next;
    });

  const described = (help: string, bad: string | undefined) => ({
    'aria-describedby': help,
    'aria-invalid': bad ? true : undefined,
  });

  return (
    <>
      <h1>New competition</h1>
      <fieldset className="fieldset-plain">
        <legend>Start from</legend>
        <div className="field">
          <label>
            <input
              type="radio"
              name="template"
              value="seeded"
              checked={template === 'seeded'}
              onChange={() => setTemplate('seeded')}
            />{' '}
            Qualified teams in seed order (seeded single elimination: 1 v 8, 4 v 5, …)
          </label>
        </div>
        <div className="field">
          <label>
            <input
              type="radio"
              name="template"
              value="groups"
              checked={template === 'groups'}
              onChange={() => setTemplate('groups')}
            />{' '}
            Winners v runners-up of groups (as the 2017 CAF Confederation Cup: B2 v A1, A2 v B1, …; group
            winners host the second leg)
          </label>
        </div>
        <div className="field">
          <label>
            <input
              type="radio"
              name="template"
              value="import"
              checked={template === 'import'}
              onChange={() => setTemplate('import')}
            />{' '}
            A file or an article (a Wikipedia knockout-stage article, football.txt, a CSV of legs, a
            competition file)
          </label>
        </div>
      </fieldset>
      {template === 'import' ? (
        <ImportForm />
      ) : (
        <>
          <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
            <div className="field">
              <label htmlFor={ids.name}>Name</label>
              <input
                id={ids.name}
                value={name}
                maxLength={200}
                placeholder="Example Cup 2026"
                aria-invalid={nameProblem ? true : undefined}
                onChange={(e) => setName(e.target.value)}
              />
              {nameProblem ? (
                <p className="field-problem" role="alert">
                  {nameProblem}
                </p>
              ) : null}
            </div>
            <div className="field">
              <label htmlFor={ids.id}>Id (in links)</label>
              <input
                id={ids.id}
                value={id}
                maxLength={100}
                placeholder={slug(name) || 'example-cup-2026'}
                {...described(ids.idHelp, shownIdProblem)}
                onChange={(e) => setId(e.target.value)}
              />
              <p
                id={ids.idHelp}
                className={shownIdProblem ? 'field-problem' : 'hint'}
                role={shownIdProblem ? 'alert' : undefined}
              >
                {shownIdProblem ??
                  (competitionId
                    ? `From the name: ${competitionId}. Change it only if you want another link.`
                    : 'Made from the name; change it only if you want another link.')}
              </p>
            </div>
            <div className="field">
              <label htmlFor={ids.rules}>Rules of each tie</label>
              <select id={ids.rules} value={rules} onChange={(e) => setRules(e.target.value)}>
                <PresetOptions />
              </select>
            </div>
            <div className="field">
              <label htmlFor={ids.final}>Rules of the final</label>
              <select id={ids.final} value={finalRules} onChange={(e) => setFinalRules(e.target.value)}>
                <option value="">The same</option>
                <PresetOptions />
              </select>
            </div>
            <div className="field wide">
              <label htmlFor={ids.teams}>
                {seeded ? 'Qualified teams, in seed order' : 'Group winners and runners-up, one group a line'}
              </label>
              <textarea
                id={ids.teams}
                rows={8}
                value={seeded ? teamsText : groupsText}
                placeholder={seeded ? TEAMS_PLACEHOLDER : GROUPS_PLACEHOLDER}
                {...described(ids.teamsHelp, teamsProblem)}
                onChange={(e) => (seeded ? setTeamsText : setGroupsText)(e.target.value)}
              />
              <p
                id={ids.teamsHelp}
                className={teamsProblem ? 'field-problem' : 'hint'}
                role={teamsProblem ? 'alert' : undefined}
              >
                {teamsProblem ??
                  (seeded
                    ? `${teams.ok && 'teams' in teams ? `${teams.teams.length} teams. ` : ''}One a line as "Name, COD" (a three-letter country code); the first is seed 1. Byes go to the top seeds.`
                    : `${teams.ok && 'groups' in teams ? `${teams.groups.length} groups. ` : ''}One group a line: "A: Winner, COD; Runner-up, COD", in group order (2, 4, 8 or 16 groups).`)}
              </p>
            </div>
            {preview ? (
              <section aria-labelledby="rounds-heading">
                <h2 id="rounds-heading">Rounds: windows and draws</h2>
                <p className="hint">
                  The dates each round is played on (leave them empty to set them later), and how its ties are
                  drawn.
                </p>
                <RoundsFields
                  firstByGroups={!seeded}
                  rounds={preview.competition.rounds}
                  plans={preview.competition.rounds.map((_, i) => planAt(i))}
                  onChange={setPlan}
                />
              </section>
            ) : null}
            {preview && preview.problems.length > 0 ? (
              <p className="field-problem" role="alert">
                {preview.problems[0]?.message}
              </p>
            ) : null}
            {problem ? <ProblemMessage problem={problem} /> : null}
            <button type="submit">Create competition</button>
          </form>
          {preview ? (
            <section aria-labelledby="preview-heading">
              <h2 id="preview-heading">Bracket preview</h2>
              <ul className="plain-list preview-rounds">
                {preview.competition.rounds.map((r) => (
                  <li key={r.id}>
                    <strong>{r.name}</strong>: {r.ties.map((t) => t.id).join(', ')}
                  </li>
                ))}
              </ul>
              <BracketFigure model={preview.model} title={name || 'New competition'} />
            </section>
          ) : null}
        </>
      )}
    </>
  );
}
