import { type CupError, cupError, err, ok, type Result } from '../result.ts';
import { compatibility } from './can-meet.ts';
import {
  type BipartiteFeasibility,
  bipartiteFeasibility,
  countBipartiteMatchings,
  countPotMatchings,
  type PotFeasibility,
  potFeasibility,
} from './matching.ts';
import type { DrawSpec, DrawTeam, FixedPair, PositionBowl } from './types.ts';

/** Largest pot of a two-pot draw (the memo keys hold 16 bits per pot). */
export const MAX_POT = 16;
/** Largest single pot of an open draw. */
export const MAX_OPEN_POT = 24;
/** Largest bowl, and most bowls, of a bracket-positions draw. */
export const MAX_POSITION_BOWL = 8;
export const MAX_POSITION_BOWLS = 32;

/** A draw ready to run: names, who may meet whom as bit masks, and the memoised completion checks. */
export type PreparedDraw =
  | { readonly kind: 'fixed' | 'leg-order'; readonly ties: ReadonlyArray<FixedPair> }
  | {
      readonly kind: 'bracket-positions';
      readonly bowls: ReadonlyArray<PositionBowl>;
      readonly ties: ReadonlyArray<FixedPair>;
      readonly validDraws: bigint;
    }
  | {
      readonly kind: 'open';
      readonly names: ReadonlyArray<string>;
      /** allowed[i]: mask of teams team i may meet. */
      readonly allowed: ReadonlyArray<number>;
      readonly feasible: PotFeasibility;
      readonly validDraws: bigint;
    }
  | {
      readonly kind: 'uefa-round-of-16';
      readonly winners: ReadonlyArray<string>;
      readonly runnersUp: ReadonlyArray<string>;
      /** allowed[r]: mask of winners runner-up r may meet. */
      readonly allowed: ReadonlyArray<number>;
      readonly feasible: BipartiteFeasibility;
      readonly validDraws: bigint;
    };

function masks(matrix: ReadonlyArray<ReadonlyArray<boolean>>): number[] {
  return matrix.map((row) => row.reduce((m, yes, j) => (yes ? m | (1 << j) : m), 0));
}

function duplicates(names: ReadonlyArray<string>, path: ReadonlyArray<string | number>): CupError[] {
  const seen = new Set<string>();
  const out: CupError[] = [];
  names.forEach((n, i) => {
    if (seen.has(n))
      out.push(cupError('duplicate-team', [...path, i], `${n} appears twice in the draw; each team once`));
    seen.add(n);
  });
  return out;
}

function missing(teams: ReadonlyArray<DrawTeam>, spec: DrawSpec, pot: string): CupError[] {
  if (spec.kind !== 'open' && spec.kind !== 'uefa-round-of-16') return [];
  const out: CupError[] = [];
  const needsGroup = spec.rules.constraints.includes('different-group');
  const needsAssociation =
    spec.rules.constraints.includes('different-association') ||
    spec.rules.forbiddenAssociationPairs.length > 0;
  teams.forEach((t, i) => {
    if (needsGroup && t.group === undefined)
      out.push(
        cupError(
          'missing-group',
          [pot, i, 'group'],
          `${t.name} has no group, but the draw keeps groups apart`,
        ),
      );
    if (needsAssociation && t.association === undefined)
      out.push(
        cupError(
          'missing-association',
          [pot, i, 'association'],
          `${t.name} has no association, but the draw keeps associations apart`,
        ),
      );
  });
  return out;
}

/**
 * Checks a draw and prepares it to run: every team once, pots of equal size (two-pot draws) or an
 * even pot (open draws), every constraint answerable, and at least one valid complete draw.
 *
 * @example
 * const prepared = prepareDraw({ kind: 'open', teams, rules: { constraints: ['different-group'], forbiddenAssociationPairs: [] } });
 * if (prepared.ok && prepared.value.kind === 'open') prepared.value.validDraws; // e.g. 9n
 */
export function prepareDraw(spec: DrawSpec): Result<PreparedDraw, CupError[]> {
  switch (spec.kind) {
    case 'fixed':
    case 'leg-order': {
      if (spec.ties.length === 0) return err([cupError('empty-draw', ['ties'], 'the draw has no ties')]);
      const errors = duplicates(spec.ties.flat(), ['ties']);
      return errors.length > 0 ? err(errors) : ok({ kind: spec.kind, ties: spec.ties });
    }
    case 'open': {
      const n = spec.teams.length;
      const errors: CupError[] = [];
      if (n === 0) errors.push(cupError('empty-draw', ['teams'], 'the pot has no teams'));
      if (n % 2 === 1)
        errors.push(
          cupError(
            'odd-number-of-teams',
            ['teams'],
            `the pot has ${n} teams; an open draw pairs an even number`,
          ),
        );
      if (n > MAX_OPEN_POT)
        errors.push(cupError('pot-too-large', ['teams'], `the pot has ${n} teams; at most ${MAX_OPEN_POT}`));
      errors.push(
        ...duplicates(
          spec.teams.map((t) => t.name),
          ['teams'],
        ),
        ...missing(spec.teams, spec, 'teams'),
      );
      if (errors.length > 0) return err(errors);
      const allowed = masks(compatibility(spec.teams, spec.teams, spec.rules));
      const validDraws = countPotMatchings(allowed);
      if (validDraws === 0n) return err([impossible()]);
      return ok({
        kind: 'open',
        names: spec.teams.map((t) => t.name),
        allowed,
        feasible: potFeasibility(allowed),
        validDraws,
      });
    }
    case 'bracket-positions':
      return prepareBracketPositions(spec.bowls, spec.ties);
    case 'uefa-round-of-16': {
      const errors: CupError[] = [];
      const w = spec.winners.length;
      const r = spec.runnersUp.length;
      if (w === 0) errors.push(cupError('empty-draw', ['winners'], 'the pot of group winners is empty'));
      if (w !== r)
        errors.push(
          cupError(
            'pot-sizes-differ',
            ['runnersUp'],
            `${w} group winners but ${r} runners-up; the pots must be equal`,
          ),
        );
      if (w > MAX_POT || r > MAX_POT)
        errors.push(
          cupError('pot-too-large', ['winners'], `pots of ${Math.max(w, r)} teams; at most ${MAX_POT}`),
        );
      errors.push(
        ...duplicates(
          [...spec.winners, ...spec.runnersUp].map((t) => t.name),
          ['teams'],
        ),
        ...missing(spec.winners, spec, 'winners'),
        ...missing(spec.runnersUp, spec, 'runnersUp'),
      );
      if (errors.length > 0) return err(errors);
      const allowed = masks(compatibility(spec.runnersUp, spec.winners, spec.rules));
      const validDraws = countBipartiteMatchings(allowed);
      if (validDraws === 0n) return err([impossible()]);
      return ok({
        kind: 'uefa-round-of-16',
        winners: spec.winners.map((t) => t.name),
        runnersUp: spec.runnersUp.map((t) => t.name),
        allowed,
        feasible: bipartiteFeasibility(allowed),
        validDraws,
      });
    }
    default: {
      const never: never = spec;
      return never;
    }
  }
}

function factorial(n: number): bigint {
  let f = 1n;
  for (let k = 2n; k <= BigInt(n); k++) f *= k;
  return f;
}

/**
 * A bracket-positions draw: bowls of 1 to 8 teams, as many positions as teams, every team and every
 * position once, every position on exactly one side of one tie; a tie side that is no position is a
 * team placed before the draw and must not also be in a bowl.
 */
function prepareBracketPositions(
  bowls: ReadonlyArray<PositionBowl>,
  ties: ReadonlyArray<FixedPair>,
): Result<PreparedDraw, CupError[]> {
  const errors: CupError[] = [];
  if (bowls.length === 0) errors.push(cupError('empty-draw', ['bowls'], 'the draw has no bowls'));
  if (bowls.length > MAX_POSITION_BOWLS)
    errors.push(cupError('pot-too-large', ['bowls'], `${bowls.length} bowls; at most ${MAX_POSITION_BOWLS}`));
  if (ties.length === 0) errors.push(cupError('empty-draw', ['ties'], 'the draw has no ties'));
  const positions = new Map<string, number>();
  bowls.forEach((b, i) => {
    if (b.teams.length === 0)
      errors.push(cupError('empty-draw', ['bowls', i, 'teams'], `bowl ${b.name} is empty`));
    if (b.teams.length > MAX_POSITION_BOWL)
      errors.push(
        cupError(
          'pot-too-large',
          ['bowls', i, 'teams'],
          `bowl ${b.name} holds ${b.teams.length} teams; at most ${MAX_POSITION_BOWL}`,
        ),
      );
    if (b.positions.length !== b.teams.length)
      errors.push(
        cupError(
          'pot-sizes-differ',
          ['bowls', i, 'positions'],
          `bowl ${b.name} holds ${b.teams.length} teams for ${b.positions.length} positions; one position a team`,
        ),
      );
    b.positions.forEach((p, j) => {
      if (positions.has(p))
        errors.push(
          cupError('duplicate-position', ['bowls', i, 'positions', j], `position "${p}" appears twice`),
        );
      positions.set(p, 0);
    });
  });
  const placed: string[] = [];
  ties.forEach((t, i) => {
    t.forEach((side, k) => {
      const used = positions.get(side);
      if (used === undefined) placed.push(side);
      else if (used > 0)
        errors.push(cupError('duplicate-position', ['ties', i, k], `position "${side}" is in two ties`));
      else positions.set(side, 1);
    });
  });
  for (const [p, used] of positions)
    if (used === 0) errors.push(cupError('position-unused', ['ties'], `position "${p}" is in no tie`));
  errors.push(...duplicates([...bowls.flatMap((b) => b.teams), ...placed], ['teams']));
  if (errors.length > 0) return err(errors);
  const validDraws = bowls.reduce((n, b) => n * factorial(b.teams.length), 1n);
  return ok({ kind: 'bracket-positions', bowls, ties, validDraws });
}

function impossible(): CupError {
  return cupError(
    'draw-impossible',
    ['constraints'],
    'no complete draw satisfies the constraints: some team cannot be paired with anyone left',
  );
}
