import type { Competition } from '../competition/types.ts';
import type { TeamId } from '../ids.ts';
import { type CupError, cupError, err, ok, type Result } from '../result.ts';
import { checkModel, type GoalsModel } from './goals-model.ts';
import { readModelBracket } from './model-bracket.ts';
import { bad, isObject, type Json } from './model-json.ts';

/** A model file: a goals model, and for the benchmark format also the bracket it describes. */
export interface ModelFile {
  readonly model: GoalsModel;
  /** Present for the benchmark format (teams, rules, bracket or quarterFinals, …). */
  readonly competition?: Competition;
}

/** A strength model from a file: the strengths under `key` (`teams` in the benchmark format), the base rate and the home factor. */
function strengthModel(
  value: Json,
  key: 'teams' | 'strengths',
  extras: Readonly<Record<string, number>>,
): Result<Extract<GoalsModel, { kind: 'strength' }>, CupError[]> {
  const strengths = numberMap(value[key], key);
  if (!strengths.ok) return strengths;
  const base = numberField(value, 'baseRate');
  if (!base.ok) return base;
  const home = numberField(value, 'homeFactor');
  if (!home.ok) return home;
  return ok({
    kind: 'strength',
    baseRate: base.value,
    homeFactor: home.value,
    strengths: strengths.value,
    ...extras,
  });
}

/**
 * Reads a parsed model file. Three shapes:
 * - `{"kind": "elo", "ratings": {team: rating}, "baseRate"?, "homeAdvantage"?, …}`
 * - `{"kind": "strength", "baseRate", "homeFactor", "strengths": {team: strength}, …}`
 * - the benchmark format `{"baseRate", "homeFactor", "teams": {name: strength}, "rules", "bracket"}`
 *   or its 8-team form with `"quarterFinals", "semiFinals", "final"` instead of `bracket`, which
 *   also yields the competition it describes (see `readModelBracket`; `rules` is required).
 * Every shape may add `dixonColes`, `extraTimeRate` and `shootout`.
 *
 * @example readModelFile({ kind: 'elo', ratings: { 'tp-mazembe': 1700 } }) // ok
 */
export function readModelFile(value: unknown): Result<ModelFile, CupError[]> {
  if (!isObject(value)) return bad('model-not-object', [], 'a model file must be a JSON object');
  const extras: Record<string, number> = {};
  for (const key of ['dixonColes', 'extraTimeRate', 'shootout'] as const) {
    const v = value[key];
    if (v === undefined) continue;
    if (typeof v !== 'number') return bad('model-field-type', [key], `${key} must be a number`);
    extras[key] = v;
  }
  let model: GoalsModel;
  let competition: Competition | undefined;
  if (value.kind === undefined && (value.quarterFinals !== undefined || value.bracket !== undefined)) {
    const strength = strengthModel(value, 'teams', extras);
    if (!strength.ok) return strength;
    model = strength.value;
    const c = readModelBracket(value, Object.keys(strength.value.strengths));
    if (!c.ok) return c;
    competition = c.value;
  } else if (value.kind === 'strength') {
    const strength = strengthModel(value, 'strengths', extras);
    if (!strength.ok) return strength;
    model = strength.value;
  } else if (value.kind === 'elo') {
    const ratings = numberMap(value.ratings ?? {}, 'ratings');
    if (!ratings.ok) return ratings;
    let elo: GoalsModel = { kind: 'elo', ratings: ratings.value, ...extras };
    for (const key of ['baseRate', 'homeAdvantage'] as const) {
      if (value[key] === undefined) continue;
      const v = numberField(value, key);
      if (!v.ok) return v;
      elo = { ...elo, [key]: v.value };
    }
    model = elo;
  } else {
    return bad(
      'unknown-model-kind',
      ['kind'],
      'kind must be "elo" or "strength" (or give the benchmark format with teams, rules and a bracket)',
    );
  }
  const checked = checkModel(model);
  if (!checked.ok) return err([checked.error]);
  return ok(competition ? { model, competition } : { model });
}

/**
 * Re-keys a model's team table by the competition's team ids (the file may name teams by id or by
 * name) and rejects teams that are not in the competition.
 *
 * @example bindModel(model, competition) // ok(model keyed by 'club-africain', …)
 */
export function bindModel(model: GoalsModel, c: Competition): Result<GoalsModel, CupError[]> {
  const byKey = new Map<string, TeamId>();
  for (const t of c.teams) {
    byKey.set(t.id, t.id);
    byKey.set(t.name, t.id);
  }
  const field = model.kind === 'strength' ? 'strengths' : 'ratings';
  const table = model.kind === 'strength' ? model.strengths : model.ratings;
  const out: Record<string, number> = {};
  const errors: CupError[] = [];
  for (const [key, v] of Object.entries(table)) {
    const id = byKey.get(key);
    if (id === undefined)
      errors.push(cupError('unknown-team', [field, key], `"${key}" is not a team of ${c.name}`));
    else out[id] = v;
  }
  if (model.kind === 'strength') {
    for (const t of c.teams) {
      if (out[t.id] === undefined)
        errors.push(
          cupError('team-not-rated', [field], `the model gives no strength for ${t.name} (${t.id})`),
        );
    }
  }
  if (errors.length > 0) return err(errors);
  return ok(model.kind === 'strength' ? { ...model, strengths: out } : { ...model, ratings: out });
}

function numberField(v: Json, key: string): Result<number, CupError[]> {
  const x = v[key];
  if (typeof x !== 'number' || !Number.isFinite(x))
    return bad('model-field-type', [key], `${key} must be a number`);
  return ok(x);
}

function numberMap(v: unknown, key: string): Result<Record<string, number>, CupError[]> {
  if (!isObject(v)) return bad('model-field-type', [key], `${key} must be an object of team: number`);
  const out: Record<string, number> = {};
  for (const [team, x] of Object.entries(v)) {
    if (typeof x !== 'number' || !Number.isFinite(x))
      return bad('model-field-type', [key, team], `${key}.${team} must be a number`);
    out[team] = x;
  }
  return ok(out);
}
