import { describe, expect, it } from 'vitest';
import { exampleCompetition } from '../../test/example.ts';
import type { Competition } from '../competition/types.ts';
import { drawSpecForRound } from './draw-for-round.ts';

const caf2017 = (): Competition => {
  return exampleCompetition();
};

describe('drawSpecForRound', () => {
  it('gives the semi-finals a leg-order draw between the quarter-final winners', () => {
    // Seed article: "the order of legs for the semi-finals and final was decided by an additional draw".
    expect(drawSpecForRound(caf2017(), 'Semi-finals')).toEqual({
      ok: true,
      value: {
        kind: 'leg-order',
        ties: [
          ['Winner QF3', 'Winner QF1'],
          ['Winner QF4', 'Winner QF2'],
        ],
      },
    });
  });

  it('gives the quarter-finals the fixed template, the group runners-up hosting the first leg', () => {
    const spec = drawSpecForRound(caf2017(), 'quarter-finals');
    expect(spec.ok && spec.value.kind).toBe('fixed');
    expect(spec.ok && spec.value.kind === 'fixed' && spec.value.ties[0]).toEqual([
      'MC Alger',
      'Club Africain',
    ]);
  });

  it('rejects an unknown round, listing the rounds', () => {
    const r = drawSpecForRound(caf2017(), 'round-of-16');
    expect(r.ok ? '' : r.error.message).toBe(
      'no round "round-of-16"; the rounds are quarter-finals, semi-finals, final',
    );
  });
});
