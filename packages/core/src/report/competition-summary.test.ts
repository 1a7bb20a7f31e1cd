import { describe, expect, it } from 'vitest';
import { exampleCompetition } from '../../test/example.ts';
import { createKnockout } from '../bracket/knockout.ts';
import type { Competition } from '../competition/types.ts';
import { competitionSummary } from './competition-summary.ts';

const example = (): Competition => {
  return exampleCompetition();
};

/** The example with the legs of the given rounds (by index) taken out. */
function withoutLegs(c: Competition, from: number): Competition {
  return {
    ...c,
    rounds: c.rounds.map((r, i) => (i < from ? r : { ...r, ties: r.ties.map((t) => ({ ...t, legs: [] })) })),
  };
}

describe('competitionSummary', () => {
  it('says the example is finished, names TP Mazembe champions and spans September to November 2017', () => {
    const c = example();
    const s = competitionSummary(c, createKnockout(c));
    expect(s.status).toBe('finished');
    expect(s.champion).toBe('tp-mazembe');
    expect(s.dates?.from.startsWith('2017-09')).toBe(true);
    expect(s.dates?.to.startsWith('2017-11')).toBe(true);
    expect(s.next).toEqual([]);
  });

  it('is live after the semi-finals, with the final first leg at TP Mazembe next', () => {
    const c = withoutLegs(example(), 2);
    const s = competitionSummary(c, createKnockout(c));
    expect(s.status).toBe('live');
    expect(s.champion).toBeUndefined();
    expect(s.next).toEqual([
      { round: 'final', roundName: 'Final', tie: 'F', leg: 1, home: 'tp-mazembe', away: 'supersport-united' },
    ]);
  });

  it('is upcoming before any leg, and lists the quarter-final first legs', () => {
    const c = withoutLegs(example(), 0);
    const s = competitionSummary(c, createKnockout(c), 10);
    expect(s.status).toBe('upcoming');
    expect(s.next.map((l) => `${l.tie} ${l.leg}`).sort()).toEqual(['QF1 1', 'QF2 1', 'QF3 1', 'QF4 1']);
  });
});
