import { readFileSync } from 'node:fs';
import { type Competition, roundId, teamId, tieId } from '@cupstage/core';
import { describe, expect, it } from 'vitest';
import type { StoredEvent } from './events.ts';
import { foldEvents } from './fold.ts';

// The example file as plain JSON is close enough to the domain for the fold (ids are strings).
const example = JSON.parse(readFileSync('examples/caf-confederation-cup-2017.json', 'utf8')) as {
  rounds: Array<{ id: string; ties: Array<{ id: string; legs: unknown[] }> }>;
};
const competition = {
  id: 'cup',
  name: 'Cup',
  stageName: 'knockout stage',
  teams: [],
  groups: [],
  amendments: [],
  draws: [],
  rounds: example.rounds.map((r) => ({
    id: roundId(r.id),
    name: r.id,
    legOrder: { kind: 'fixed' },
    ties: r.ties.map((t) => ({ id: tieId(t.id), sides: [], legs: t.legs })),
    schedule: { secondLeg: { from: '2017-11-24', to: '2017-11-26' } },
  })),
} as unknown as Competition;

const at = (version: number, event: StoredEvent['event']): StoredEvent => ({
  version,
  event,
  actor: 'a@b.c',
  at: '2026-11-28T00:00:00Z',
});
const legsOf = (c: Competition, tie: string) =>
  c.rounds.flatMap((r) => r.ties).find((t) => t.id === tie)?.legs;

describe('foldEvents', () => {
  it('gives nothing for an empty log and the created competition, unpublished, at version 1', () => {
    expect(foldEvents([])).toBeUndefined();
    expect(foldEvents([at(1, { kind: 'competition-created', competition })])).toEqual({
      competition,
      published: false,
      version: 1,
      commitments: [],
    });
  });

  it('replaces a corrected leg, drops a deleted one, and never touches the events it was given', () => {
    const match = { home: teamId('mc-alger'), away: teamId('club-africain'), score: [3, 0] as const };
    const log = [
      at(1, { kind: 'competition-created', competition }),
      at(2, { kind: 'leg-result-corrected', tie: tieId('QF1'), leg: 0, match }),
      at(3, { kind: 'leg-result-deleted', tie: tieId('QF1'), leg: 1 }),
      at(4, { kind: 'published' }),
    ];
    const state = foldEvents(log)!;
    expect(legsOf(state.competition, 'QF1')).toEqual([match]);
    expect(legsOf(state.competition, 'QF2')).toHaveLength(2);
    expect(state).toMatchObject({ published: true, version: 4 });
    expect(legsOf(competition, 'QF1')).toHaveLength(2);
  });

  it('moves a window and keeps the amendment; a draw with the same id replaces the earlier record', () => {
    const amendment = {
      round: roundId('final'),
      window: 'second-leg' as const,
      from: { from: '2017-11-24', to: '2017-11-26' },
      to: { from: '2017-12-01', to: '2017-12-03' },
    };
    const draw = { id: 'd', description: 'first', rounds: [] };
    const state = foldEvents([
      at(1, { kind: 'competition-created', competition }),
      at(2, { kind: 'schedule-amended', amendment }),
      at(3, { kind: 'draw-recorded', draw }),
      at(4, { kind: 'draw-recorded', draw: { ...draw, description: 'second' } }),
      at(5, { kind: 'published' }),
      at(6, { kind: 'unpublished' }),
    ])!;
    expect(state.competition.rounds.find((r) => r.id === 'final')?.schedule?.secondLeg).toEqual({
      from: '2017-12-01',
      to: '2017-12-03',
    });
    expect(state.competition.amendments).toEqual([amendment]);
    expect(state.competition.draws.map((d) => d.description)).toEqual(['second']);
    expect(state).toMatchObject({ published: false, version: 6 });
  });

  it('throws on a log that does not start with the competition (a bug, not bad input)', () => {
    expect(() => foldEvents([at(1, { kind: 'published' })])).toThrow(/before competition-created/);
  });
});
