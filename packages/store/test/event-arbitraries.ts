import type { CompetitionEvent } from '@cupstage/app';
import {
  type Competition,
  type Decider,
  findPreset,
  presetIds,
  type TieRules,
  teamId,
  tieId,
} from '@cupstage/core';
import fc from 'fast-check';

/** fast-check arbitraries for every event cupstage stores (any competition, leg, draw, amendment). */
const text = fc.string({ minLength: 1, maxLength: 12 });
const goals = fc.tuple(fc.nat(30), fc.nat(30));
const date = fc
  .date({ min: new Date('1955-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const range = fc.record({ from: date, to: date });
const leg = fc.record(
  {
    home: text.map(teamId),
    away: text.map(teamId),
    score: goals,
    extraTime: goals,
    penalties: goals,
    neutral: fc.boolean(),
    awarded: fc.boolean(),
    date,
    kickoff: fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
    timeZone: fc.constantFrom('Africa/Lubumbashi', 'Europe/Madrid', 'UTC'),
    venue: text,
    city: text,
  },
  { requiredKeys: ['home', 'away'] },
);
const decider: fc.Arbitrary<Decider> = fc.oneof(
  fc.constant({ kind: 'aggregate' as const }),
  fc.constant({ kind: 'points' as const }),
  fc.constant({ kind: 'away-goals' as const }),
  fc.constant({ kind: 'golden-goal' as const }),
  fc.constant({ kind: 'silver-goal' as const }),
  fc.record({ kind: fc.constant('extra-time' as const), awayGoals: fc.boolean() }),
  fc.constant({ kind: 'penalties' as const }),
  fc.record({ kind: fc.constant('play-off' as const), extraTime: fc.boolean(), penalties: fc.boolean() }),
  fc.constant({ kind: 'coin-toss' as const }),
);
const rules: fc.Arbitrary<TieRules> = fc.oneof(
  fc.constantFrom(...presetIds).map((id) => findPreset(id) as TieRules),
  fc.record({
    id: text,
    name: text,
    legs: fc.constantFrom(1 as const, 2 as const),
    deciders: fc.array(decider, { minLength: 1, maxLength: 6 }),
    source: text,
  }),
);
const slot = fc.oneof(
  fc.record({ kind: fc.constant('team' as const), team: text.map(teamId) }),
  fc.record({ kind: fc.constant('group' as const), group: text, position: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('winner' as const), tie: text.map(tieId) }),
  fc.record({ kind: fc.constant('loser' as const), tie: text.map(tieId) }),
);
const tie = fc.record(
  {
    id: text.map(tieId),
    sides: fc.tuple(slot, slot),
    legs: fc.array(leg, { maxLength: 2 }),
    playoff: leg,
    coinToss: text.map(teamId),
    walkover: text.map(teamId),
    reported: fc.record({ summary: text, winner: text.map(teamId) }, { requiredKeys: ['summary'] }),
  },
  { requiredKeys: ['id', 'sides', 'legs'] },
);
const windowName = fc.constantFrom('first-leg' as const, 'second-leg' as const, 'match' as const);
const amendment = fc.record(
  { round: text, window: windowName, from: range, to: range, reason: text },
  { requiredKeys: ['round', 'window', 'from', 'to'] },
);
const draw = fc.record(
  {
    id: text,
    description: text,
    heldAt: text,
    timeZoneLabel: text,
    place: text,
    rounds: fc.array(text),
    seed: text,
    commitment: text,
    committedAt: text,
    ties: fc.array(fc.tuple(text, text), { maxLength: 3 }),
  },
  { requiredKeys: ['id', 'description', 'rounds'] },
);
const windows = fc.record({ firstLeg: range, secondLeg: range, match: range }, { requiredKeys: [] });
const outcome = fc.record({ round: text, sides: fc.array(fc.tuple(slot, slot), { maxLength: 3 }) });
const competition = fc.record(
  {
    id: text,
    name: text,
    stageName: text,
    season: text,
    period: range,
    rulesReference: text,
    teams: fc.array(
      fc.record(
        { id: text.map(teamId), name: text, country: text, association: text },
        { requiredKeys: ['id', 'name', 'country'] },
      ),
      { maxLength: 6 },
    ),
    groups: fc.array(fc.record({ group: text, positions: fc.array(text.map(teamId), { maxLength: 4 }) }), {
      maxLength: 3,
    }),
    rounds: fc.array(
      fc.record(
        {
          id: text,
          name: text,
          rules,
          legOrder: fc.oneof(
            fc.constant({ kind: 'group-winners-host-second-leg' as const }),
            fc.record({ kind: fc.constant('draw' as const), draw: text }, { requiredKeys: ['kind'] }),
            fc.constant({ kind: 'fixed' as const }),
            fc.constant({ kind: 'neutral' as const }),
          ),
          ties: fc.array(tie, { maxLength: 3 }),
          schedule: windows,
          openDraw: fc.record({
            constraints: fc.subarray(['different-group' as const, 'different-association' as const]),
          }),
        },
        { requiredKeys: ['id', 'name', 'rules', 'legOrder', 'ties'] },
      ),
      { maxLength: 3 },
    ),
    amendments: fc.array(amendment, { maxLength: 2 }),
    draws: fc.array(draw, { maxLength: 2 }),
  },
  { requiredKeys: ['id', 'name', 'stageName', 'teams', 'groups', 'rounds', 'amendments', 'draws'] },
) as unknown as fc.Arbitrary<Competition>;

/** Any event cupstage can write. */
export const anyEvent: fc.Arbitrary<CompetitionEvent> = fc.oneof(
  fc.record({ kind: fc.constant('competition-created' as const), competition }),
  fc.record({
    kind: fc.constant('leg-result-entered' as const),
    tie: text.map(tieId),
    leg: fc.integer({ min: 0, max: 2 }),
    match: leg,
  }),
  fc.record(
    {
      kind: fc.constant('leg-result-corrected' as const),
      tie: text.map(tieId),
      leg: fc.integer({ min: 0, max: 2 }),
      match: leg,
      previous: leg,
    },
    { requiredKeys: ['kind', 'tie', 'leg', 'match'] },
  ),
  fc.record(
    { kind: fc.constant('leg-result-deleted' as const), tie: text.map(tieId), leg: fc.nat(2), previous: leg },
    { requiredKeys: ['kind', 'tie', 'leg'] },
  ),
  fc.record(
    { kind: fc.constant('draw-recorded' as const), draw, outcome },
    { requiredKeys: ['kind', 'draw'] },
  ),
  fc.record({ kind: fc.constant('draw-committed' as const), round: text, commitment: text, at: text }),
  fc.record({ kind: fc.constant('windows-set' as const), round: text, windows }),
  fc.record({
    kind: fc.constantFrom('group-result-entered' as const, 'group-result-corrected' as const),
    group: text,
    match: fc.record(
      {
        home: text.map(teamId),
        away: text.map(teamId),
        score: goals,
        awarded: fc.boolean(),
        matchday: fc.integer({ min: 1, max: 8 }),
        date,
        source: text,
      },
      { requiredKeys: ['home', 'away'] },
    ),
  }),
  fc.record({ kind: fc.constant('schedule-amended' as const), amendment }),
  fc.constant({ kind: 'published' as const }),
  fc.constant({ kind: 'unpublished' as const }),
) as fc.Arbitrary<CompetitionEvent>;
