import { describe, expect, it } from 'vitest';
import { exampleCompetition } from '../../test/example.ts';
import type { Competition } from '../competition/types.ts';
import { amendmentParts, amendWindow, describeAmendment } from './amendment.ts';

const caf2017 = (): Competition => {
  return exampleCompetition();
};

describe('describeAmendment', () => {
  it('prints the three amendments of the 2017 calendar as the article does', () => {
    const c = caf2017();
    expect(c.amendments.map((a) => describeAmendment(c, a))).toEqual([
      'Quarter-finals first leg: moved from 8–10 September to 15–17 September',
      'Quarter-finals second leg: moved from 15–17 September to 22–24 September',
      'Semi-finals second leg: moved from 13–15 October to 20–22 October',
    ]);
  });
  it('gives the sentence in pieces, the old and new dates marked, with years when asked', () => {
    const c = caf2017();
    const a = { ...c.amendments[2]!, reason: 'FIFA calendar' };
    expect(amendmentParts('Semi-finals', a, { years: true })).toEqual([
      { kind: 'text', text: 'Semi-finals second leg: moved from ' },
      { kind: 'from', text: '13–15 October 2017' },
      { kind: 'text', text: ' to ' },
      { kind: 'to', text: '20–22 October 2017' },
      { kind: 'text', text: ' (FIFA calendar)' },
    ]);
    expect(describeAmendment(c, a)).toBe(
      'Semi-finals second leg: moved from 13–15 October to 20–22 October (FIFA calendar)',
    );
  });
});

describe('amendWindow', () => {
  it('moves a window and records the old value, the new value and the reason', () => {
    const c = caf2017();
    const moved = amendWindow(c, {
      round: 'final',
      window: 'second-leg',
      to: { from: '2017-11-25', to: '2017-11-26' },
      reason: 'television',
    });
    if (!moved.ok) throw new Error(moved.error.message);
    expect(moved.value.rounds[2]!.schedule?.secondLeg).toEqual({ from: '2017-11-25', to: '2017-11-26' });
    const last = moved.value.amendments.at(-1)!;
    expect(describeAmendment(moved.value, last)).toBe(
      'Final second leg: moved from 24–26 November to 25–26 November (television)',
    );
    expect(c.rounds[2]!.schedule?.secondLeg).toEqual({ from: '2017-11-24', to: '2017-11-26' });
  });

  it('rejects a reversed window, an unchanged window and an unknown round', () => {
    const c = caf2017();
    const code = (r: ReturnType<typeof amendWindow>): string => (r.ok ? 'ok' : r.error.code);
    expect(
      code(
        amendWindow(c, { round: 'final', window: 'first-leg', to: { from: '2017-11-19', to: '2017-11-17' } }),
      ),
    ).toBe('window-reversed');
    expect(
      code(
        amendWindow(c, { round: 'final', window: 'first-leg', to: { from: '2017-11-17', to: '2017-11-19' } }),
      ),
    ).toBe('amendment-no-change');
    expect(
      code(
        amendWindow(c, {
          round: 'round-of-16',
          window: 'first-leg',
          to: { from: '2017-11-17', to: '2017-11-19' },
        }),
      ),
    ).toBe('unknown-round');
    expect(
      code(amendWindow(c, { round: 'final', window: 'match', to: { from: '2017-11-17', to: '2017-11-19' } })),
    ).toBe('window-not-set');
  });
});

describe('a window moved under played legs', () => {
  it('is refused, naming each played leg the new window would leave out', () => {
    // The 2017 final's second leg was played on 25 November 2017 (TP Mazembe 0–0 SuperSport United).
    const moved = amendWindow(caf2017(), {
      round: 'final',
      window: 'second-leg',
      to: { from: '2017-12-01', to: '2017-12-03' },
    });
    expect(moved.ok).toBe(false);
    if (moved.ok) return;
    expect(moved.error.code).toBe('window-excludes-played-legs');
    expect(moved.error.path).toEqual(['to']);
    expect(moved.error.message).toBe(
      'Final second leg cannot move to 1–3 December 2017: F leg 2 was played on 25 November 2017, outside it',
    );
  });

  it('is allowed when every played leg stays inside', () => {
    const moved = amendWindow(caf2017(), {
      round: 'final',
      window: 'second-leg',
      to: { from: '2017-11-25', to: '2017-11-28' },
    });
    expect(moved.ok).toBe(true);
  });
});
