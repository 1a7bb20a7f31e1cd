import { describe, expect, it } from 'vitest';
import type { TeamId } from '../ids.ts';
import { checkRules } from '../rules/check-rules.ts';
import { goldenGoal, silverGoal, singleMatch } from '../rules/presets.ts';
import { resolveTie } from './resolve-tie.ts';
import type { MatchFacts } from './types.ts';

type G = readonly [number, number];
const match = (home: string, away: string, score: G, extraTime?: G, penalties?: G): MatchFacts => ({
  home: home as TeamId,
  away: away as TeamId,
  score,
  ...(extraTime ? { extraTime } : {}),
  ...(penalties ? { penalties } : {}),
});

describe('golden goal and silver goal are deciders of their own', () => {
  it('gives the UEFA Euro 1996 final to Germany by the golden goal (Czech Republic 1–2 Germany, g.g. 95′)', () => {
    // Source: https://en.wikipedia.org/wiki/UEFA_Euro_1996_final — 1–1 after 90 minutes, Bierhoff's golden goal.
    const outcome = resolveTie({ legs: [match('Czech Republic', 'Germany', [1, 1], [0, 1])] }, goldenGoal);
    expect(outcome).toMatchObject({
      ok: true,
      value: {
        kind: 'decided',
        winner: 'Germany',
        decidedBy: 'golden-goal',
        summary: 'Germany won 2–1 with a golden goal in extra time.',
      },
    });
  });

  it('gives the UEFA Euro 2004 semi-final to Greece by the silver goal (Greece 1–0 Czech Republic, s.g. 105+1′)', () => {
    // Source: https://en.wikipedia.org/wiki/UEFA_Euro_2004_knockout_stage — Dellas's silver goal.
    const outcome = resolveTie({ legs: [match('Greece', 'Czech Republic', [0, 0], [1, 0])] }, silverGoal);
    expect(outcome).toMatchObject({
      ok: true,
      value: { kind: 'decided', winner: 'Greece', decidedBy: 'silver-goal' },
    });
  });

  it('goes to penalties when no golden goal came (1998 World Cup quarter-final Italy 0–0 France, France 4–3 on penalties)', () => {
    // Source: https://en.wikipedia.org/wiki/1998_FIFA_World_Cup_knockout_stage
    const tie = { legs: [match('Italy', 'France', [0, 0], [0, 0], [3, 4])] };
    expect(resolveTie(tie, goldenGoal)).toMatchObject({
      ok: true,
      value: { kind: 'decided', winner: 'France', decidedBy: 'penalties' },
    });
  });

  it('asks for extra time when only 90 minutes are given', () => {
    expect(resolveTie({ legs: [match('Czech Republic', 'Germany', [1, 1])] }, goldenGoal)).toMatchObject({
      ok: true,
      value: { kind: 'undecided', next: 'extra-time' },
    });
  });

  it('refuses two goals in a golden-goal extra time: the first one ended the match', () => {
    const outcome = resolveTie({ legs: [match('Czech Republic', 'Germany', [1, 1], [1, 1])] }, goldenGoal);
    expect(outcome).toMatchObject({
      ok: false,
      error: { code: 'golden-goal-ends-extra-time', path: ['legs', 0, 'extraTime'] },
    });
    // The same facts are fine with plain extra time.
    expect(
      resolveTie({ legs: [match('Czech Republic', 'Germany', [1, 1], [1, 1], [4, 5])] }, singleMatch).ok,
    ).toBe(true);
  });

  it('checkRules refuses a chain that plays extra time twice', () => {
    const twice = checkRules({
      ...goldenGoal,
      deciders: [
        { kind: 'aggregate' },
        { kind: 'extra-time', awayGoals: false },
        { kind: 'golden-goal' },
        { kind: 'penalties' },
      ],
    });
    expect(twice).toMatchObject({ ok: false, error: { code: 'extra-time-twice', path: ['deciders', 2] } });
    expect(checkRules(goldenGoal).ok).toBe(true);
    expect(checkRules(silverGoal).ok).toBe(true);
  });
});
