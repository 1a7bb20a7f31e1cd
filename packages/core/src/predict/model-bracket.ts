import type { Competition, Round, Slot, TieSpec } from '../competition/types.ts';
import { roundId, teamId, tieId } from '../ids.ts';
import { type CupError, err, ok, type Result } from '../result.ts';
import { checkRules } from '../rules/check-rules.ts';
import { findPreset, presetIds } from '../rules/presets.ts';
import type { Decider, TieRules } from '../rules/tie-rules.ts';
import { bad, isObject, type Json } from './model-json.ts';

/** The most teams a benchmark model file may bracket (a 4,096-team stage has 4,095 ties). */
export const MAX_MODEL_TEAMS = 4096;

/**
 * The `rules` of a benchmark model file: a preset id (`"caf-2017"`, …) or a decider chain
 * `{"legs": 2, "deciders": [{"kind": "aggregate"}, {"kind": "away-goals"}, {"kind": "penalties"}]}`
 * (optionally with `id`, `name`, `source`), checked by `checkRules`. Required: there is no default.
 *
 * @example readModelRules({ rules: 'uefa-2021' }) // ok(uefa2021)
 */
export function readModelRules(v: Json): Result<TieRules, CupError[]> {
  const r = v.rules;
  if (r === undefined)
    return bad(
      'model-field-missing',
      ['rules'],
      `rules is required: a preset id (${presetIds.join(', ')}) or a decider chain {"legs", "deciders"}`,
    );
  if (typeof r === 'string') {
    const preset = findPreset(r);
    return preset
      ? ok(preset)
      : bad(
          'unknown-rules-preset',
          ['rules'],
          `"${r}" is not a rules preset; use one of ${presetIds.join(', ')}`,
        );
  }
  if (!isObject(r))
    return bad('model-field-type', ['rules'], 'rules must be a preset id or an object {"legs", "deciders"}');
  if (r.legs !== 1 && r.legs !== 2)
    return bad('model-field-type', ['rules', 'legs'], 'rules.legs must be 1 or 2');
  const list = r.deciders;
  if (!Array.isArray(list) || list.length === 0 || list.length > 8)
    return bad('model-field-type', ['rules', 'deciders'], 'rules.deciders must list 1 to 8 deciders');
  const deciders: Decider[] = [];
  for (const [i, d] of list.entries()) {
    const one = readDecider(d, ['rules', 'deciders', i]);
    if (!one.ok) return one;
    deciders.push(one.value);
  }
  const text = (key: string, fallback: string): Result<string, CupError[]> => {
    const x = r[key];
    if (x === undefined) return ok(fallback);
    return typeof x === 'string' && x.length > 0 && x.length <= 200
      ? ok(x)
      : bad('model-field-type', ['rules', key], `rules.${key} must be a text of 1 to 200 characters`);
  };
  const id = text('id', 'model-rules');
  if (!id.ok) return id;
  const name = text('name', 'Rules of the model file');
  if (!name.ok) return name;
  const source = text('source', 'the model file');
  if (!source.ok) return source;
  const rules: TieRules = { id: id.value, name: name.value, legs: r.legs, deciders, source: source.value };
  const checked = checkRules(rules);
  if (!checked.ok) return err([{ ...checked.error, path: ['rules', ...checked.error.path] }]);
  return ok(rules);
}

function readDecider(d: unknown, path: Array<string | number>): Result<Decider, CupError[]> {
  if (!isObject(d)) return bad('model-field-type', path, 'a decider must be an object with a kind');
  const flag = (key: string): Result<boolean, CupError[]> =>
    typeof d[key] === 'boolean'
      ? ok(d[key] as boolean)
      : bad('model-field-missing', [...path, key], `a ${String(d.kind)} decider needs ${key}: true or false`);
  switch (d.kind) {
    case 'aggregate':
    case 'away-goals':
    case 'penalties':
    case 'coin-toss':
      return ok({ kind: d.kind });
    case 'extra-time': {
      const away = flag('awayGoals');
      return away.ok ? ok({ kind: 'extra-time', awayGoals: away.value }) : away;
    }
    case 'play-off': {
      const et = flag('extraTime');
      if (!et.ok) return et;
      const pens = flag('penalties');
      if (!pens.ok) return pens;
      return ok({ kind: 'play-off', extraTime: et.value, penalties: pens.value });
    }
    default:
      return bad(
        'unknown-decider',
        [...path, 'kind'],
        'kind must be aggregate, away-goals, extra-time, penalties, play-off or coin-toss',
      );
  }
}

/** Round names and tie ids by the number of ties in a round: Final F, Semi-finals SF1…, Quarter-finals QF1…, Round of 2k R2k-1…. */
function roundOf(ties: number): { id: string; name: string; tie: (i: number) => string } {
  if (ties === 1) return { id: 'final', name: 'Final', tie: () => 'F' };
  if (ties === 2) return { id: 'semi-finals', name: 'Semi-finals', tie: (i) => `SF${i}` };
  if (ties === 4) return { id: 'quarter-finals', name: 'Quarter-finals', tie: (i) => `QF${i}` };
  return { id: `round-of-${2 * ties}`, name: `Round of ${2 * ties}`, tie: (i) => `R${2 * ties}-${i}` };
}

/**
 * The bracket of a benchmark model file as a competition (team names are ids), under its `rules`
 * (required). Two shapes: `"bracket": [[["A", "B"], …], [[1, 2], …], …, [[1, 2]]]` (the first round
 * pairs teams, each later round pairs the winners of the previous round's ties by number; each pair
 * lists the leg-1 host first; any number of teams, up to 4,096), or the 8-team form of
 * shared/bench/monte-carlo: `"quarterFinals"`, `"semiFinals"`, `"final"`.
 *
 * @example readModelBracket({ rules: 'caf-2017', bracket: [[['A', 'B'], ['C', 'D']], [[1, 2]]] }, ['A', 'B', 'C', 'D'])
 */
export function readModelBracket(v: Json, names: ReadonlyArray<string>): Result<Competition, CupError[]> {
  const rules = readModelRules(v);
  if (!rules.ok) return rules;
  let rounds: unknown[];
  let key: (r: number) => Array<string | number>;
  if (v.bracket !== undefined) {
    if (!Array.isArray(v.bracket) || v.bracket.length === 0 || v.bracket.length > 12)
      return bad('bench-bracket', ['bracket'], 'bracket must list 1 to 12 rounds');
    rounds = v.bracket;
    key = (r) => ['bracket', r];
  } else {
    if (v.semiFinals === undefined || v.final === undefined)
      return bad(
        'bench-bracket',
        ['semiFinals'],
        'give quarterFinals, semiFinals and final (or one bracket)',
      );
    rounds = [v.quarterFinals, v.semiFinals, [v.final]];
    const keys = ['quarterFinals', 'semiFinals', 'final'];
    key = (r) => [keys[r]!];
  }
  if (names.length > MAX_MODEL_TEAMS)
    return bad('too-many-teams', ['teams'], `a model file may list at most ${MAX_MODEL_TEAMS} teams`);
  const known = new Set(names);
  const out: Round[] = [];
  let previous: string[] = [];
  for (const [r, list] of rounds.entries()) {
    const path = key(r);
    const expected = r === 0 ? names.length / 2 : previous.length / 2;
    if (!Array.isArray(list) || list.length !== expected || !Number.isInteger(expected))
      return bad(
        'bench-bracket',
        path,
        r === 0
          ? `the first round must pair all ${names.length} teams (${names.length / 2} pairs)`
          : `round ${r + 1} must pair the ${previous.length} winners of round ${r} (${previous.length / 2} pairs)`,
      );
    const naming = roundOf(list.length);
    const used = new Set<unknown>();
    const ties: TieSpec[] = [];
    for (const [i, pair] of list.entries()) {
      const entryPath = v.bracket === undefined && r === 2 ? path : [...path, i];
      const okEntry = (x: unknown): boolean =>
        r === 0
          ? typeof x === 'string' && known.has(x)
          : Number.isInteger(x) && (x as number) >= 1 && (x as number) <= previous.length;
      if (
        !Array.isArray(pair) ||
        pair.length !== 2 ||
        !okEntry(pair[0]) ||
        !okEntry(pair[1]) ||
        pair[0] === pair[1]
      )
        return bad(
          'bench-bracket',
          entryPath,
          r === 0
            ? 'each pair must be two different teams of "teams"'
            : `each pair must be two different tie numbers from 1 to ${previous.length} of the previous round`,
        );
      for (const x of pair) {
        if (used.has(x))
          return bad(
            'bench-bracket',
            entryPath,
            r === 0
              ? `${String(x)} plays twice in the first round`
              : `the winner of tie ${String(x)} plays twice`,
          );
        used.add(x);
      }
      const slot = (x: unknown): Slot =>
        r === 0
          ? { kind: 'team', team: teamId(x as string) }
          : { kind: 'winner', tie: tieId(previous[(x as number) - 1]!) };
      ties.push({ id: tieId(naming.tie(i + 1)), sides: [slot(pair[0]), slot(pair[1])], legs: [] });
    }
    out.push({
      id: roundId(naming.id),
      name: naming.name,
      rules: rules.value,
      legOrder: { kind: 'fixed' },
      ties,
    });
    previous = ties.map((t) => t.id);
  }
  if (previous.length !== 1)
    return bad('bench-bracket', key(rounds.length - 1), 'the last round must be one tie (the final)');
  return ok({
    id: 'bench-model',
    name: 'Benchmark model',
    stageName: 'knockout stage',
    teams: names.map((name) => ({ id: teamId(name), name, country: 'XXX' })),
    groups: [],
    rounds: out,
    amendments: [],
    draws: [],
  });
}
