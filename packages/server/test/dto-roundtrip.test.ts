import { readFileSync } from 'node:fs';
import type { CompetitionState } from '@cupstage/app';
import { type Competition, createKnockout, type Leg, type LegOrder, qualifiedGroups } from '@cupstage/core';
import { parseCompetition } from '@cupstage/formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCompetition } from '../../web/src/api/to-competition.ts';
import { ViewBuilder } from '../src/dto/competition-view.ts';
import { competitionViewDto } from '../src/dto/schemas.ts';
import { EXAMPLE } from './harness.ts';

/**
 * core → DTO → web state: the view the server sends (GET /competitions/:id) parses with its schema
 * without losing a key, and the web's `toCompetition` rebuilds core's competition from it, field for
 * field. Competitions are the 2017 CAF Confederation Cup example (examples/, from the Wikipedia
 * article cited there) with every optional fact of rounds, legs, draws and amendments varied.
 */

const parsed = parseCompetition(readFileSync(EXAMPLE, 'utf8'));
if (!parsed.ok) throw new Error(parsed.error.map((e) => e.message).join('; '));
const example: Competition = parsed.value;

const text = fc.string({ minLength: 1, maxLength: 12 });
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
/** Spreads only the keys whose value is defined (the DTO and core omit absent facts). */
const defined = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };

const legFacts = fc.record({
  date: opt(fc.constantFrom('2017-09-08', '2017-09-17')),
  kickoff: opt(fc.constantFrom('16:00', '20:30')),
  timeZone: opt(fc.constantFrom('Africa/Tunis', 'Africa/Lubumbashi')),
  venue: opt(text),
  city: opt(text),
  neutral: opt(fc.boolean()),
  awarded: opt(fc.boolean()),
});

const legOrder: fc.Arbitrary<LegOrder> = fc.oneof(
  fc.constant({ kind: 'group-winners-host-second-leg' as const }),
  fc.constant({ kind: 'fixed' as const }),
  fc.constant({ kind: 'neutral' as const }),
  opt(text).map((draw) => ({ kind: 'draw' as const, ...defined({ draw }) })),
);

const drawFacts = fc.record({
  heldAt: opt(fc.constant('2017-04-26T14:00:00+02:00')),
  timeZoneLabel: opt(fc.constantFrom('EET', 'EET (UTC+2)')),
  place: opt(text),
});

const competition: fc.Arbitrary<Competition> = fc
  .record({
    season: opt(text),
    rulesReference: opt(text),
    orders: fc.array(legOrder, { minLength: example.rounds.length, maxLength: example.rounds.length }),
    legs: fc.array(legFacts, { minLength: 64, maxLength: 64 }),
    draws: fc.array(drawFacts, { minLength: example.draws.length, maxLength: example.draws.length }),
    reasons: fc.array(opt(text), {
      minLength: example.amendments.length,
      maxLength: example.amendments.length,
    }),
  })
  .map(({ season, rulesReference, orders, legs, draws, reasons }) => {
    let n = 0;
    const { season: _s, rulesReference: _r, ...base } = example;
    return {
      ...base,
      ...defined({ season, rulesReference }),
      rounds: example.rounds.map((r, i) => ({
        ...r,
        legOrder: orders[i]!,
        ties: r.ties.map((t) => ({
          ...t,
          legs: t.legs.map((l): Leg => {
            const { date, kickoff, timeZone, venue, city, neutral, awarded, ...facts } = l;
            return { ...facts, ...defined(legs[n++ % legs.length]!) };
          }),
        })),
      })),
      draws: example.draws.map((d, i) => {
        const { heldAt, timeZoneLabel, place, ...rest } = d;
        return { ...rest, ...defined(draws[i]!) };
      }),
      amendments: example.amendments.map((a, i) => {
        const { reason, ...rest } = a;
        return { ...rest, ...defined({ reason: reasons[i] }) };
      }),
    };
  });

/**
 * What the view carries of a competition: everything but the facts the DTO does not hold yet (a
 * team's association, a tie's play-off, coin toss and walkover; of the group stage, only its final
 * positions, which fill the group slots).
 */
function carried(c: Competition): Competition {
  const { groupStage: _g, ...rest } = c;
  return {
    ...rest,
    groups: qualifiedGroups(c).map((g) => ({ group: g.group, positions: [...g.positions] })),
    teams: c.teams.map(({ association: _a, ...t }) => t),
    rounds: c.rounds.map((r) => ({
      ...r,
      ties: r.ties.map(({ playoff: _p, coinToss: _c, walkover: _w, ...t }) => t),
    })),
  };
}

const viewOf = (c: Competition) => {
  const state: CompetitionState = { competition: c, version: 7, published: true };
  return new ViewBuilder(c, createKnockout(c)).view(state);
};

describe('core → DTO → web state', () => {
  it('the view parses with its schema and nothing is stripped', () => {
    fc.assert(
      fc.property(competition, (c) => {
        const view = JSON.parse(JSON.stringify(viewOf(c)));
        expect(competitionViewDto.parse(view)).toEqual(view);
      }),
      { numRuns: 60 },
    );
  });

  it("the web's competition equals core's, field for field", () => {
    fc.assert(
      fc.property(competition, (c) => {
        const view = competitionViewDto.parse(JSON.parse(JSON.stringify(viewOf(c))));
        expect(toCompetition(view)).toEqual(carried(c));
      }),
      { numRuns: 60 },
    );
  });

  it('carries a draw that set the order of legs, and the time zone label of a draw (issue 15)', () => {
    const draw = example.draws[0]!;
    const c: Competition = {
      ...example,
      rounds: example.rounds.map((r) => ({ ...r, legOrder: { kind: 'draw', draw: draw.id } })),
      draws: [{ ...draw, timeZoneLabel: 'EET' }, ...example.draws.slice(1)],
    };
    const back = toCompetition(competitionViewDto.parse(JSON.parse(JSON.stringify(viewOf(c)))));
    expect(back.rounds[0]!.legOrder).toEqual({ kind: 'draw', draw: draw.id });
    expect(back.draws[0]!.timeZoneLabel).toBe('EET');
  });
});
