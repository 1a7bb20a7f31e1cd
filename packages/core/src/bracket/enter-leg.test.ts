import { describe, expect, it } from 'vitest';
import type { Competition, Leg } from '../competition/types.ts';
import { roundId, type TeamId, tieId } from '../ids.ts';
import { caf2017 } from '../rules/presets.ts';
import { enterLeg, legOrderProblem, nextStepAfter } from './enter-leg.ts';
import { findTie, unknownTie } from './find-tie.ts';

const t = (s: string) => s as TeamId;

/**
 * The 2017 CAF Confederation Cup final as in examples/caf-confederation-cup-2017.json: TP Mazembe 2–1
 * SuperSport United in Lubumbashi, then SuperSport United 0–0 TP Mazembe; here only the first leg is entered.
 */
const final: Competition = {
  id: 'caf-2017-final',
  name: '2017 CAF Confederation Cup',
  stageName: 'final',
  teams: [
    { id: t('tp-mazembe'), name: 'TP Mazembe', country: 'COD' },
    { id: t('supersport-united'), name: 'SuperSport United', country: 'RSA' },
  ],
  groups: [],
  rounds: [
    {
      id: roundId('final'),
      name: 'Final',
      rules: caf2017,
      legOrder: { kind: 'draw' },
      ties: [
        {
          id: tieId('F'),
          sides: [
            { kind: 'team', team: t('tp-mazembe') },
            { kind: 'team', team: t('supersport-united') },
          ],
          legs: [{ home: t('tp-mazembe'), away: t('supersport-united'), score: [2, 1] }],
        },
      ],
    },
  ],
  amendments: [],
  draws: [],
};
const secondLeg: Leg = { home: t('supersport-united'), away: t('tp-mazembe'), score: [0, 0] };

describe('enterLeg', () => {
  it('gives the tie its legs with the entered one in place', () => {
    const entered = enterLeg(final, 'F', 1, secondLeg);
    expect(entered.ok && entered.value).toEqual([final.rounds[0]!.ties[0]!.legs[0], secondLeg]);
  });
  it('corrects a leg already entered', () => {
    const corrected = enterLeg(final, 'F', 0, {
      home: t('tp-mazembe'),
      away: t('supersport-united'),
      score: [2, 0],
    });
    expect(corrected.ok && corrected.value[0]?.score).toEqual([2, 0]);
  });
  it('wants the legs in order, naming the leg to enter first', () => {
    const early = enterLeg(final, 'F', 2, secondLeg);
    expect(early.ok ? undefined : early.error).toEqual({
      code: 'leg-out-of-order',
      path: ['leg'],
      message: 'F has 1 leg(s) entered: enter leg 2 before leg 3',
    });
    expect(legOrderProblem(final, 'F', 1)).toBeUndefined();
  });
  it('names a tie the competition does not have', () => {
    const r = enterLeg(final, 'QF9', 0, secondLeg);
    expect(r.ok ? undefined : r.error).toEqual(unknownTie('QF9'));
    expect(unknownTie('QF9', ['tieId'])).toEqual({
      code: 'unknown-tie',
      path: ['tieId'],
      message: '"QF9" is not a tie of this competition',
    });
    expect(findTie(final, 'QF9')).toBeUndefined();
  });
  it('refuses what the knockout refuses: a second leg at the wrong ground', () => {
    const r = enterLeg(final, 'F', 1, { ...secondLeg, home: t('tp-mazembe'), away: t('supersport-united') });
    expect(r.ok ? undefined : r.error.code).toBe('second-leg-home-mismatch');
  });
});

describe('nextStepAfter: what the tie needs once these legs are in (the leg form offers extra time or a shoot-out by it)', () => {
  const first: Leg = { home: t('tp-mazembe'), away: t('supersport-united'), score: [2, 1] };
  const second = (score: readonly [number, number]): Leg => ({
    home: t('supersport-united'),
    away: t('tp-mazembe'),
    score,
  });

  it('asks for the shoot-out when the final is level on aggregate and away goals (CAF 2017: no extra time)', () => {
    // 2–1 then SuperSport United 2–1: 3–3 on aggregate, one away goal each
    expect(nextStepAfter(final, 'F', [first, second([2, 1])])).toBe('penalties');
    // 2–1 then 1–0: 2–2, but SuperSport United scored the only away goal
    expect(nextStepAfter(final, 'F', [first, second([1, 0])])).toBeUndefined();
  });

  it('asks for nothing when the legs decide the tie (the real 0–0: TP Mazembe 2–1 on aggregate)', () => {
    expect(nextStepAfter(final, 'F', [first, second([0, 0])])).toBeUndefined();
  });

  it('asks for the second leg after the first, and for nothing on invalid legs or an unknown tie', () => {
    expect(nextStepAfter(final, 'F', [first])).toBe('second-leg');
    expect(nextStepAfter(final, 'F', [first, { ...second([0, 0]), home: t('tp-mazembe') }])).toBeUndefined();
    expect(nextStepAfter(final, 'QF9', [first])).toBeUndefined();
  });
});
