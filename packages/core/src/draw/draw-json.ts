import { type CupError, cupError, err, ok, type Result } from '../result.ts';
import type {
  DrawConstraint,
  DrawLog,
  DrawSpec,
  DrawStep,
  DrawTeam,
  FixedPair,
  PairingRules,
  PositionBowl,
} from './types.ts';

/** A pots file (`POTS.json`) as JSON: the draw spec with `procedure` for `kind` and `team` for `name`. */
export type DrawSpecJson = Record<string, unknown>;

type Path = ReadonlyArray<string | number>;
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const PROCEDURES = ['fixed', 'leg-order', 'open', 'uefa-round-of-16', 'bracket-positions'] as const;
const CONSTRAINTS: ReadonlyArray<DrawConstraint> = ['different-group', 'different-association'];
const TEXT_MAX = 200;

function text(v: unknown, path: Path, what: string, errors: CupError[]): string | undefined {
  if (typeof v === 'string' && v.trim() !== '' && v.length <= TEXT_MAX) return v;
  errors.push(
    cupError('not-a-name', path, `${what} must be a non-empty text of at most ${TEXT_MAX} characters`),
  );
  return undefined;
}

function team(v: unknown, path: Path, errors: CupError[]): DrawTeam | undefined {
  if (typeof v === 'string') {
    const name = text(v, path, 'a team', errors);
    return name === undefined ? undefined : { name };
  }
  if (!isRecord(v)) {
    errors.push(cupError('not-a-team', path, 'a team is a name or {"team", "group", "association"}'));
    return undefined;
  }
  for (const key of Object.keys(v))
    if (!['team', 'group', 'association'].includes(key))
      errors.push(
        cupError(
          'unknown-field',
          [...path, key],
          `unknown field "${key}"; a team has team, group, association`,
        ),
      );
  const name = text(v.team, [...path, 'team'], 'team', errors);
  const group = v.group === undefined ? undefined : text(v.group, [...path, 'group'], 'group', errors);
  const association =
    v.association === undefined
      ? undefined
      : text(v.association, [...path, 'association'], 'association', errors);
  if (name === undefined) return undefined;
  return {
    name,
    ...(group !== undefined ? { group } : {}),
    ...(association !== undefined ? { association } : {}),
  };
}

function teams(v: unknown, path: Path, errors: CupError[]): DrawTeam[] {
  if (!Array.isArray(v)) {
    errors.push(cupError('not-a-list', path, `${path.join('.')} must be a list of teams`));
    return [];
  }
  return v.flatMap((t, i) => team(t, [...path, i], errors) ?? []);
}

function pairs(v: unknown, path: Path, what: string, errors: CupError[]): FixedPair[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    errors.push(cupError('not-a-list', path, `${path.join('.')} must be a list of pairs such as ["A", "B"]`));
    return [];
  }
  const out: FixedPair[] = [];
  v.forEach((p, i) => {
    if (!Array.isArray(p) || p.length !== 2) {
      errors.push(
        cupError('not-a-pair', [...path, i], `each entry of ${path.join('.')} is a pair of two ${what}`),
      );
      return;
    }
    const a = text(p[0], [...path, i, 0], what, errors);
    const b = text(p[1], [...path, i, 1], what, errors);
    if (a !== undefined && b !== undefined) out.push([a, b]);
  });
  return out;
}

function rules(v: Record<string, unknown>, errors: CupError[]): PairingRules {
  const constraints: DrawConstraint[] = [];
  if (v.constraints !== undefined) {
    if (!Array.isArray(v.constraints))
      errors.push(
        cupError('not-a-list', ['constraints'], `constraints must be a list of ${CONSTRAINTS.join(', ')}`),
      );
    else
      v.constraints.forEach((c, i) => {
        const known = CONSTRAINTS.find((k) => k === c);
        if (known) constraints.push(known);
        else
          errors.push(
            cupError(
              'unknown-constraint',
              ['constraints', i],
              `unknown constraint ${JSON.stringify(c)}; use ${CONSTRAINTS.join(', ')}`,
            ),
          );
      });
  }
  return {
    constraints,
    forbiddenAssociationPairs: pairs(
      v.forbiddenAssociationPairs,
      ['forbiddenAssociationPairs'],
      'associations',
      errors,
    ),
  };
}

function bowls(v: unknown, errors: CupError[]): PositionBowl[] {
  if (!Array.isArray(v)) {
    errors.push(
      cupError(
        'not-a-list',
        ['bowls'],
        'bowls must be a list of {"name", "teams": [...], "positions": [...]}',
      ),
    );
    return [];
  }
  return v.flatMap((b, i): PositionBowl[] => {
    const path = ['bowls', i];
    if (!isRecord(b)) {
      errors.push(cupError('not-a-bowl', path, 'a bowl is {"name", "teams": [...], "positions": [...]}'));
      return [];
    }
    for (const key of Object.keys(b))
      if (!['name', 'teams', 'positions'].includes(key))
        errors.push(
          cupError(
            'unknown-field',
            [...path, key],
            `unknown field "${key}"; a bowl has name, teams, positions`,
          ),
        );
    const name = text(b.name, [...path, 'name'], 'a bowl name', errors);
    const list = (key: 'teams' | 'positions'): string[] => {
      const xs = b[key];
      if (!Array.isArray(xs)) {
        errors.push(cupError('not-a-list', [...path, key], `${key} must be a list of names`));
        return [];
      }
      return xs.flatMap(
        (x, j) => text(x, [...path, key, j], key === 'teams' ? 'a team' : 'a position', errors) ?? [],
      );
    };
    const teams = list('teams');
    const positions = list('positions');
    return name === undefined ? [] : [{ name, teams, positions }];
  });
}

/**
 * Reads a pots file (parsed JSON) into a draw spec, listing every problem with its path.
 *
 * @example
 * readDrawSpec({ procedure: 'open', teams: ['A', 'B'] }); // ok: { kind: 'open', teams: [{ name: 'A' }, { name: 'B' }], ... }
 */
export function readDrawSpec(value: unknown): Result<DrawSpec, CupError[]> {
  if (!isRecord(value))
    return err([cupError('not-an-object', [], 'a pots file is a JSON object with a "procedure"')]);
  const kind = PROCEDURES.find((p) => p === value.procedure);
  if (kind === undefined)
    return err([
      cupError(
        'unknown-procedure',
        ['procedure'],
        `unknown procedure ${JSON.stringify(value.procedure)}; use ${PROCEDURES.join(', ')}`,
      ),
    ]);
  const allowedKeys: Record<typeof kind, string[]> = {
    fixed: ['ties'],
    'leg-order': ['ties'],
    open: ['teams', 'constraints', 'forbiddenAssociationPairs'],
    'uefa-round-of-16': ['winners', 'runnersUp', 'constraints', 'forbiddenAssociationPairs'],
    'bracket-positions': ['bowls', 'ties'],
  };
  const errors: CupError[] = [];
  for (const key of Object.keys(value))
    if (!['procedure', 'name', '$schema', ...allowedKeys[kind]].includes(key))
      errors.push(
        cupError(
          'unknown-field',
          [key],
          `unknown field "${key}" for a ${kind} draw; expected ${allowedKeys[kind].join(', ')}`,
        ),
      );
  let spec: DrawSpec;
  switch (kind) {
    case 'fixed':
    case 'leg-order':
      if (value.ties === undefined)
        errors.push(cupError('missing-field', ['ties'], `a ${kind} draw needs "ties"`));
      spec = { kind, ties: pairs(value.ties, ['ties'], 'teams', errors) };
      break;
    case 'open':
      spec = { kind, teams: teams(value.teams, ['teams'], errors), rules: rules(value, errors) };
      break;
    case 'bracket-positions':
      if (value.ties === undefined)
        errors.push(cupError('missing-field', ['ties'], 'a bracket-positions draw needs "ties"'));
      spec = {
        kind,
        bowls: bowls(value.bowls, errors),
        ties: pairs(value.ties, ['ties'], 'positions', errors),
      };
      break;
    case 'uefa-round-of-16':
      spec = {
        kind,
        winners: teams(value.winners, ['winners'], errors),
        runnersUp: teams(value.runnersUp, ['runnersUp'], errors),
        rules: rules(value, errors),
      };
      break;
    default: {
      const never: never = kind;
      return never;
    }
  }
  return errors.length > 0 ? err(errors) : ok(spec);
}

const teamJson = (t: DrawTeam): Record<string, string> => ({
  team: t.name,
  ...(t.group !== undefined ? { group: t.group } : {}),
  ...(t.association !== undefined ? { association: t.association } : {}),
});

/**
 * A draw spec as a pots file (the inverse of `readDrawSpec`).
 *
 * @example drawSpecJson({ kind: 'leg-order', ties: [['A', 'B']] }) // { procedure: 'leg-order', ties: [['A', 'B']] }
 */
export function drawSpecJson(spec: DrawSpec): DrawSpecJson {
  switch (spec.kind) {
    case 'fixed':
    case 'leg-order':
      return { procedure: spec.kind, ties: spec.ties.map((t) => [...t]) };
    case 'open':
      return {
        procedure: spec.kind,
        teams: spec.teams.map(teamJson),
        constraints: [...spec.rules.constraints],
        forbiddenAssociationPairs: spec.rules.forbiddenAssociationPairs.map((p) => [...p]),
      };
    case 'bracket-positions':
      return {
        procedure: spec.kind,
        bowls: spec.bowls.map((b) => ({ name: b.name, teams: [...b.teams], positions: [...b.positions] })),
        ties: spec.ties.map((t) => [...t]),
      };
    case 'uefa-round-of-16':
      return {
        procedure: spec.kind,
        winners: spec.winners.map(teamJson),
        runnersUp: spec.runnersUp.map(teamJson),
        constraints: [...spec.rules.constraints],
        forbiddenAssociationPairs: spec.rules.forbiddenAssociationPairs.map((p) => [...p]),
      };
    default: {
      const never: never = spec;
      return never;
    }
  }
}

/**
 * A draw log as JSON, ready to publish.
 *
 * @example JSON.stringify(drawLogJson(log), null, 2)
 */
export function drawLogJson(log: DrawLog): Record<string, unknown> {
  return {
    format: log.format,
    spec: drawSpecJson(log.spec),
    ...(log.seed !== undefined ? { seed: log.seed } : {}),
    ...(log.commitment !== undefined ? { commitment: log.commitment } : {}),
    steps: log.steps.map((s) => ({ pot: s.pot, from: [...s.from], drawn: s.drawn })),
    ties: log.ties.map((t) => [...t]),
  };
}

function strings(v: unknown, path: Path, errors: CupError[]): string[] {
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
    errors.push(cupError('not-a-list', path, `${path.join('.')} must be a list of names`));
    return [];
  }
  return v as string[];
}

/**
 * Reads a draw log (parsed JSON), listing every structural problem with its path. Whether the log
 * is a true record of the draw is `verifyDrawLog`'s question.
 *
 * @example readDrawLog(JSON.parse(text))
 */
export function readDrawLog(value: unknown): Result<DrawLog, CupError[]> {
  if (!isRecord(value)) return err([cupError('not-an-object', [], 'a draw log is a JSON object')]);
  if (value.format !== 'cupstage-draw-log/1')
    return err([cupError('unknown-format', ['format'], 'a draw log has "format": "cupstage-draw-log/1"')]);
  const errors: CupError[] = [];
  const spec = readDrawSpec(value.spec);
  if (!spec.ok) errors.push(...spec.error.map((e) => ({ ...e, path: ['spec', ...e.path] })));
  const optionalText = (key: 'seed' | 'commitment'): string | undefined => {
    const v = value[key];
    if (v === undefined) return undefined;
    if (typeof v === 'string') return v;
    errors.push(cupError('not-a-name', [key], `${key} must be text`));
    return undefined;
  };
  const seed = optionalText('seed');
  const commitment = optionalText('commitment');
  if (commitment !== undefined && !/^[0-9a-f]{64}$/.test(commitment))
    errors.push(
      cupError(
        'bad-commitment',
        ['commitment'],
        'commitment must be a SHA-256 hash: 64 lower-case hex digits',
      ),
    );
  const steps: DrawStep[] = [];
  if (!Array.isArray(value.steps))
    errors.push(cupError('not-a-list', ['steps'], 'steps must be a list of balls'));
  else
    value.steps.forEach((s, i) => {
      if (!isRecord(s) || typeof s.pot !== 'string' || typeof s.drawn !== 'string') {
        errors.push(cupError('not-a-step', ['steps', i], 'each step is {"pot", "from": [...], "drawn"}'));
        return;
      }
      steps.push({ pot: s.pot, from: strings(s.from, ['steps', i, 'from'], errors), drawn: s.drawn });
    });
  const ties = pairs(value.ties, ['ties'], 'teams', errors);
  if (errors.length > 0 || !spec.ok) return err(errors);
  return ok({
    format: 'cupstage-draw-log/1',
    spec: spec.value,
    ...(seed !== undefined ? { seed } : {}),
    ...(commitment !== undefined ? { commitment } : {}),
    steps,
    ties,
  });
}
