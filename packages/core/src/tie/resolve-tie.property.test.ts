import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TeamId } from '../ids.ts';
import { presets } from '../rules/presets.ts';
import type { TieRules } from '../rules/tie-rules.ts';
import { resolveTie } from './resolve-tie.ts';
import { isPossibleShootout } from './shootout.ts';
import type { Goals, MatchFacts, TieFacts, TieOutcome } from './types.ts';

/** The football of a tie, independent of team names: leg scores plus what extra time etc. would bring. */
interface Football {
  readonly rules: TieRules;
  readonly scores: ReadonlyArray<Goals>;
  readonly extraTime: Goals;
  readonly penalties: Goals;
  readonly playoff: Goals;
  readonly playoffExtraTime: Goals;
  readonly playoffPenalties: Goals;
  readonly coinTossSide: 0 | 1;
}

const goals = (max: number) => fc.tuple(fc.nat(max), fc.nat(max)) as fc.Arbitrary<Goals>;
const shootout = fc
  .tuple(fc.integer({ min: 1, max: 9 }), fc.nat(8), fc.boolean())
  .filter(([w, l]) => isPossibleShootout(w, l))
  .map(([w, l, flip]) => (flip ? [l, w] : [w, l]) as Goals);

const football: fc.Arbitrary<Football> = fc.constantFrom(...Object.values(presets)).chain((rules) =>
  fc.record({
    rules: fc.constant(rules),
    scores: fc.array(goals(4), { minLength: rules.legs, maxLength: rules.legs }),
    // Under the golden goal, extra time ends at its first goal.
    extraTime: rules.deciders.some((d) => d.kind === 'golden-goal')
      ? (fc.constantFrom([0, 0], [1, 0], [0, 1]) as fc.Arbitrary<Goals>)
      : goals(2),
    penalties: shootout,
    playoff: goals(3),
    playoffExtraTime: goals(2),
    playoffPenalties: shootout,
    coinTossSide: fc.constantFrom(0 as const, 1 as const),
  }),
);

const names = fc
  .uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 2, maxLength: 2 })
  .map(([a, b]) => [a as TeamId, b as TeamId] as const);

/**
 * The tie as it would be recorded: legs alternate hosts, and extra time, penalties, a play-off or a
 * coin toss are added only when the tie still needs them, exactly as an organiser would enter them.
 */
function record(f: Football, [a, b]: readonly [TeamId, TeamId]): TieFacts {
  const legs: MatchFacts[] = f.scores.map((score, i) =>
    i % 2 === 0 ? { home: a, away: b, score } : { home: b, away: a, score },
  );
  let tie: TieFacts = { legs };
  for (let step = 0; step < 8; step++) {
    const r = resolveTie(tie, f.rules);
    if (!r.ok) throw new Error(`generated an invalid tie: ${r.error.code} ${r.error.message}`);
    if (r.value.kind === 'decided') return tie;
    const last = tie.legs.length - 1;
    const setLast = (extra: Partial<MatchFacts>): TieFacts => ({
      ...tie,
      legs: tie.legs.map((l, i) => (i === last ? { ...l, ...extra } : l)),
    });
    switch (r.value.next) {
      case 'extra-time':
        tie = tie.playoff
          ? { ...tie, playoff: { ...tie.playoff, extraTime: f.playoffExtraTime } }
          : setLast({ extraTime: f.extraTime });
        break;
      case 'penalties':
        tie = tie.playoff
          ? { ...tie, playoff: { ...tie.playoff, penalties: f.playoffPenalties } }
          : setLast({ penalties: f.penalties });
        break;
      case 'play-off':
        tie = { ...tie, playoff: { home: a, away: b, score: f.playoff, neutral: true } };
        break;
      case 'coin-toss':
        tie = { ...tie, coinToss: f.coinTossSide === 0 ? a : b };
        break;
      default:
        throw new Error(`unexpected next step ${r.value.next}`);
    }
  }
  throw new Error('tie not settled after 8 steps');
}

function outcome(f: Football, teams: readonly [TeamId, TeamId]): Extract<TieOutcome, { kind: 'decided' }> {
  const r = resolveTie(record(f, teams), f.rules);
  if (!r.ok || r.value.kind !== 'decided') throw new Error('expected a decided tie');
  return r.value;
}

describe('resolveTie properties', () => {
  it('renaming the teams never changes who wins on the same football', () => {
    fc.assert(
      fc.property(football, names, names, (f, before, after) => {
        const o1 = outcome(f, before);
        const o2 = outcome(f, after);
        const side1 = o1.winner === before[0] ? 0 : 1;
        const side2 = o2.winner === after[0] ? 0 : 1;
        expect(side2).toBe(side1);
        expect(o2.decidedBy).toBe(o1.decidedBy);
        expect(o2.totals.aggregate).toEqual(o1.totals.aggregate);
      }),
      { numRuns: 2000 },
    );
  });

  it('swapping the two teams hands the win to the other name, decided the same way', () => {
    fc.assert(
      fc.property(football, names, (f, [a, b]) => {
        const o1 = outcome(f, [a, b]);
        const o2 = outcome(f, [b, a]);
        expect(o2.winner).toBe(o1.winner === a ? b : a);
        expect(o2.decidedBy).toBe(o1.decidedBy);
      }),
      { numRuns: 2000 },
    );
  });

  it('a goal added to the winner of a decided tie never changes the winner', () => {
    fc.assert(
      fc.property(football, names, fc.nat(1), (f, teams, legIndex) => {
        const before = outcome(f, teams);
        const i = legIndex % f.rules.legs;
        const hostOfLeg = i % 2 === 0 ? teams[0] : teams[1];
        const scores = f.scores.map((s, k) => {
          if (k !== i) return s;
          return (before.winner === hostOfLeg ? [s[0] + 1, s[1]] : [s[0], s[1] + 1]) as Goals;
        });
        const after = outcome({ ...f, scores }, teams);
        expect(after.winner).toBe(before.winner);
      }),
      { numRuns: 2000 },
    );
  });
});
