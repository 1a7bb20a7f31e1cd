import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCompetition } from '../../../formats/src/competition/parse-competition.ts';
import { createKnockout } from '../bracket/knockout.ts';
import { type TeamId, tieId } from '../ids.ts';
import { bracketModel, STALE_TIE_SUMMARY } from './bracket-model.ts';

const example = () => {
  const r = parseCompetition(
    readFileSync(new URL('../../../../examples/caf-confederation-cup-2017.json', import.meta.url), 'utf8'),
  );
  if (!r.ok) throw new Error('bad example');
  return r.value;
};

describe('bracketModel', () => {
  it('gives each side its goals per leg, the aggregate, the winner and the markers', () => {
    const c = example();
    const model = bracketModel(c, createKnockout(c));
    expect(model.rounds.map((r) => r.ties.length)).toEqual([4, 2, 1]);
    const qf3 = model.rounds[0]!.ties.find((t) => t.id === 'QF3')!;
    expect(qf3.sides.map((s) => [s.label, s.legs, s.aggregate, s.winner])).toEqual([
      ['SuperSport United', [0, 2], 2, true],
      ['ZESCO United', [0, 2], 2, false],
    ]);
    expect(qf3.marker).toBe('a');
    expect(model.rounds[0]!.ties.find((t) => t.id === 'QF2')!.marker).toBe('5–4 p');
    expect(model.champion).toBe('TP Mazembe');
  });

  it('shows a tie made stale by a correction upstream with every leg blank and no winner', () => {
    const c = example();
    const ko = createKnockout(c);
    ko.record(tieId('QF1'), {
      legs: [
        { home: 'mc-alger' as TeamId, away: 'club-africain' as TeamId, score: [3, 0] },
        { home: 'club-africain' as TeamId, away: 'mc-alger' as TeamId, score: [2, 0] },
      ],
    });
    const sf1 = bracketModel(c, ko).rounds[1]!.ties.find((t) => t.id === 'SF1')!;
    expect(sf1.sides[1].label).toBe('MC Alger');
    expect(sf1.sides[1].legs).toEqual([undefined, undefined]);
    // SuperSport United's goals were scored against Club Africain: not shown against MC Alger either.
    expect(sf1.sides[0].legs).toEqual([undefined, undefined]);
    expect(sf1.sides.map((s) => [s.aggregate, s.winner])).toEqual([
      [undefined, false],
      [undefined, false],
    ]);
    expect(sf1.summary).toBe(STALE_TIE_SUMMARY);
    expect(sf1.summary).toBe('Results to be re-entered: an earlier result was corrected.');
  });
});
