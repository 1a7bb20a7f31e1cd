import { describe, expect, it } from 'vitest';
import { exampleCompetition } from '../../test/example.ts';
import { createKnockout } from '../bracket/knockout.ts';
import { type TeamId, tieId } from '../ids.ts';
import { type BracketTie, bracketModel, STALE_TIE_SUMMARY, sideMarker } from './bracket-model.ts';

const example = () => {
  return exampleCompetition();
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
    const qf2 = model.rounds[0]!.ties.find((t) => t.id === 'QF2')!;
    expect(qf2.marker).toBe('5–4 p');
    // Each side's own shoot-out goals: FUS Rabat (through) scored 5, CS Sfaxien 4.
    expect(qf2.sides.map((s) => [s.label, s.penalties, s.winner])).toEqual([
      ['FUS Rabat', 5, true],
      ['CS Sfaxien', 4, false],
    ]);
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

  it('writes a shoot-out from the winning side: 4–3 on the row of the team that won it 4–3', () => {
    const tie: BracketTie = {
      id: tieId('QF9'),
      sides: [
        { label: 'RS Berkane', legs: [1, 0], aggregate: 1, penalties: 3, winner: false },
        { label: 'Zamalek', legs: [0, 1], aggregate: 1, penalties: 4, winner: true },
      ],
      marker: '3–4 p',
    };
    expect(sideMarker(tie, 1)).toBe('4–3 p');
    expect(sideMarker(tie, 0)).toBeUndefined();
    const awayGoals: BracketTie = {
      id: tieId('QF8'),
      sides: [
        { label: 'SuperSport United', legs: [0, 2], aggregate: 2, winner: true },
        { label: 'ZESCO United', legs: [0, 2], aggregate: 2, winner: false },
      ],
      marker: 'a',
    };
    expect(sideMarker(awayGoals, 0)).toBe('a');
    expect(sideMarker(awayGoals, 1)).toBeUndefined();
  });
});
