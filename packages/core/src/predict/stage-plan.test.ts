import { describe, expect, it } from 'vitest';
import { seedTeams, singleElimination } from '../bracket/single-elimination.ts';
import type { Competition } from '../competition/types.ts';
import { roundId, teamId, tieId } from '../ids.ts';
import { caf2017, singleMatch } from '../rules/presets.ts';
import { exactStageOdds } from './stage-odds.ts';
import { planStage } from './stage-plan.ts';

const team = (t: string) => ({ kind: 'team' as const, team: teamId(t) });
const base = (rounds: Competition['rounds']): Competition => ({
  id: 'x',
  name: 'X',
  stageName: 'knockout stage',
  teams: ['A', 'B', 'C'].map((n) => ({ id: teamId(n), name: n, country: 'XXX' })),
  groups: [],
  rounds,
  amendments: [],
  draws: [],
});

describe('planStage', () => {
  it('gives a neutral single match between equal teams 50/50', () => {
    const c = base([
      {
        id: roundId('f'),
        name: 'Final',
        rules: singleMatch,
        legOrder: { kind: 'neutral' },
        ties: [{ id: tieId('F'), sides: [team('A'), team('B')], legs: [] }],
      },
    ]);
    const plan = planStage(c, { kind: 'elo', ratings: {} });
    if (!plan.ok) throw new Error(plan.error.message);
    const odds = exactStageOdds(plan.value);
    if (!odds.ok) throw new Error(odds.error.message);
    expect(odds.value.champion[teamId('A')]).toBeCloseTo(0.5, 12);
  });

  it('refuses exact odds when both sides of a tie depend on the same tie', () => {
    const c = base([
      {
        id: roundId('r1'),
        name: 'Round 1',
        rules: caf2017,
        legOrder: { kind: 'fixed' },
        ties: [{ id: tieId('T1'), sides: [team('A'), team('B')], legs: [] }],
      },
      {
        id: roundId('r2'),
        name: 'Round 2',
        rules: caf2017,
        legOrder: { kind: 'fixed' },
        ties: [
          { id: tieId('T2'), sides: [{ kind: 'winner', tie: tieId('T1') }, team('C')], legs: [] },
          {
            id: tieId('T3'),
            sides: [
              { kind: 'loser', tie: tieId('T1') },
              { kind: 'winner', tie: tieId('T2') },
            ],
            legs: [],
          },
        ],
      },
    ]);
    const plan = planStage(c, { kind: 'elo', ratings: {} });
    if (!plan.ok) throw new Error(plan.error.message);
    const odds = exactStageOdds(plan.value);
    expect(odds.ok ? 'ok' : odds.error.code).toBe('bracket-sides-dependent');
  });

  it('names a team the strength model leaves out', () => {
    const c = base([
      {
        id: roundId('f'),
        name: 'Final',
        rules: caf2017,
        legOrder: { kind: 'fixed' },
        ties: [{ id: tieId('F'), sides: [team('A'), team('B')], legs: [] }],
      },
    ]);
    const plan = planStage(c, { kind: 'strength', baseRate: 1, homeFactor: 1, strengths: { A: 1 } });
    expect(plan.ok ? 'ok' : [plan.error.code, plan.error.message]).toEqual([
      'team-not-rated',
      'F: the model gives no strength for B',
    ]);
  });

  it('holds odds only for the pairs that can meet: n(n − 1)/2 for a 64-team single elimination', () => {
    const teams = seedTeams(Array.from({ length: 64 }, (_, i) => `T${i + 1}`));
    const plan = planStage(singleElimination({ id: 'k', name: 'K', teams, rules: caf2017 }), {
      kind: 'elo',
      ratings: {},
    });
    if (!plan.ok) throw new Error(plan.error.message);
    expect(plan.value.win0.length).toBe((64 * 63) / 2);
  });

  it('refuses a stage with more pairings than it can hold, naming the limit (no RangeError)', () => {
    const teams = seedTeams(Array.from({ length: 8192 }, (_, i) => `T${i + 1}`));
    const plan = planStage(singleElimination({ id: 'k', name: 'K', teams, rules: caf2017 }), {
      kind: 'elo',
      ratings: {},
    });
    expect(plan.ok ? 'ok' : [plan.error.code, plan.error.message]).toEqual([
      'stage-too-large',
      'the stage has more than 16,777,216 pairings of teams that can meet: too large to predict',
    ]);
  });
});
