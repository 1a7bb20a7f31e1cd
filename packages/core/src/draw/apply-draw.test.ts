import { describe, expect, it } from 'vitest';
import { exampleCompetition } from '../../test/example.ts';
import { singleElimination } from '../bracket/single-elimination.ts';
import type { Competition } from '../competition/types.ts';
import { teamId } from '../ids.ts';
import { findPreset } from '../rules/presets.ts';
import { applyDrawOutcome, drawOutcome } from './apply-draw.ts';
import { drawSpecForRound } from './draw-for-round.ts';
import { runDraw } from './run-draw.ts';

const caf2017 = (): Competition => {
  return exampleCompetition();
};

/** The example with the semi-finals and final not played yet (as on the day of the 2017 draw). */
const beforeSemis = (): Competition => {
  const c = caf2017();
  return {
    ...c,
    rounds: c.rounds.map((r, i) => (i === 0 ? r : { ...r, ties: r.ties.map((t) => ({ ...t, legs: [] })) })),
  };
};

const logOf = (c: Competition, round: string, seed: string) => {
  const spec = drawSpecForRound(c, round);
  if (!spec.ok) throw new Error(spec.error.message);
  const log = runDraw(spec.value, seed);
  if (!log.ok) throw new Error(log.error[0]!.message);
  return log.value;
};

describe('drawOutcome', () => {
  it('refuses a round with any leg entered, naming the legs', () => {
    const c = caf2017();
    const r = drawOutcome(c, 'semi-finals', logOf(beforeSemis(), 'semi-finals', 'a seed of twenty chars'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error[0]!.code).toBe('round-has-results');
    expect(r.error[0]!.message).toBe(
      'Semi-finals already has results (SF1 leg 1, SF1 leg 2, SF2 leg 1, SF2 leg 2): a draw cannot change a round that has started',
    );
  });

  it('puts the drawn first-leg host of each semi-final on side 0', () => {
    const c = beforeSemis();
    const log = logOf(c, 'semi-finals', 'cairo-2017-04-26-semis');
    const outcome = drawOutcome(c, 'semi-finals', log);
    if (!outcome.ok) throw new Error(outcome.error[0]!.message);
    const applied = applyDrawOutcome(c, outcome.value, 'sf-draw');
    const sf = applied.rounds[1]!;
    const label = (s: { kind: string; tie?: string }) => `Winner ${s.tie}`;
    expect(sf.ties.map((t) => [label(t.sides[0]), label(t.sides[1])])).toEqual(log.ties.map((t) => [...t]));
    expect(sf.legOrder).toEqual({ kind: 'draw', draw: 'sf-draw' });
  });

  it('sets the pairs of an open draw in the order drawn', () => {
    const teams = ['Alpha', 'Bravo', 'Charlie', 'Delta'].map((name, i) => ({
      id: teamId(name.toLowerCase()),
      name,
      country: ['AAA', 'AAA', 'CCC', 'DDD'][i]!,
    }));
    const base = singleElimination({ id: 'cup', name: 'Cup', teams, rules: findPreset('caf-2017')! });
    const c: Competition = {
      ...base,
      rounds: base.rounds.map((r, i) =>
        i === 0
          ? { ...r, legOrder: { kind: 'draw' }, openDraw: { constraints: ['different-association'] } }
          : r,
      ),
    };
    const log = logOf(c, base.rounds[0]!.id, 'open draw seed 0001');
    const outcome = drawOutcome(c, base.rounds[0]!.id, log);
    if (!outcome.ok) throw new Error(outcome.error[0]!.message);
    const first = applyDrawOutcome(c, outcome.value, 'd1').rounds[0]!;
    const names = new Map(teams.map((t) => [t.id as string, t.name]));
    const pairs = first.ties.map((t) => t.sides.map((s) => (s.kind === 'team' ? names.get(s.team) : '?')));
    expect(pairs).toEqual(log.ties.map((t) => [...t]));
    // Alpha and Bravo share an association: never paired.
    expect(pairs.some((p) => p.includes('Alpha') && p.includes('Bravo'))).toBe(false);
  });

  it('refuses a log of another round', () => {
    const c = beforeSemis();
    const r = drawOutcome(c, 'final', logOf(c, 'semi-finals', 'cairo-2017-04-26-semis'));
    expect(r.ok ? '' : r.error[0]!.code).toBe('draw-spec-mismatch');
  });
});
