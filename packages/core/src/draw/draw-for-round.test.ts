import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCompetition } from '../../../formats/src/competition/parse-competition.ts';
import type { Competition } from '../competition/types.ts';
import { drawSpecForRound } from './draw-for-round.ts';

const caf2017 = (): Competition => {
  const parsed = parseCompetition(
    readFileSync(new URL('../../../../examples/caf-confederation-cup-2017.json', import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value;
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
