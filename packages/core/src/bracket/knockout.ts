import type { Competition, Round, TieSpec } from '../competition/types.ts';
import { groupPositions } from '../group/group-positions.ts';
import type { RoundId, TeamId, TieId } from '../ids.ts';
import { type CupError, cupError, err, InvariantError, ok, type Result } from '../result.ts';
import { checkMatch } from '../tie/check-match.ts';
import { resolveTie } from '../tie/resolve-tie.ts';
import type { MatchFacts, TieFacts, TieOutcome, TieTotals } from '../tie/types.ts';
import { finalTie } from './final-tie.ts';
import { unknownTie } from './find-tie.ts';

/** The current state of one tie, derived from its slots and facts. */
export type TieState =
  /** One or both teams are still to be decided (TBD). */
  | { readonly kind: 'waiting' }
  /** Teams known; the outcome is decided or says what is needed next. */
  | { readonly kind: 'resolved'; readonly outcome: TieOutcome }
  /** Only a reported result is known (legs unknown). */
  | { readonly kind: 'reported'; readonly summary: string; readonly winner?: TeamId }
  /**
   * The stored facts no longer fit: e.g. a correction upstream changed a team, so the legs entered
   * for the old team are stale (`team-changed`). Nothing downstream is derived from this tie.
   */
  | { readonly kind: 'invalid'; readonly error: CupError };

export interface DerivedTie {
  readonly id: TieId;
  readonly round: RoundId;
  readonly roundIndex: number;
  readonly spec: TieSpec;
  /** The teams the slots resolve to now; `undefined` while still to be decided. */
  readonly teams: readonly [TeamId | undefined, TeamId | undefined];
  readonly state: TieState;
}

/** The facts of a tie that a result entry replaces. */
export type TieEntry = Pick<TieSpec, 'legs' | 'playoff' | 'coinToss' | 'walkover'>;

/**
 * A knockout stage being run: it owns a copy of the competition's ties and keeps every derived
 * state current. Entering or correcting a result re-derives only what depends on it, so a whole
 * stage of N ties costs O(N). Inputs are never mutated.
 */
export interface Knockout {
  /** Every tie in competition order (rounds in order, ties as listed). */
  ties(): ReadonlyArray<DerivedTie>;
  tie(id: TieId): DerivedTie | undefined;
  /** The winner of the final (see `finalTie`: the last round's tie fed by winners), once decided. */
  champion(): TeamId | undefined;
  /**
   * Enters or corrects a tie's facts. Rejected (state unchanged) when the facts are invalid for the
   * tie's current teams and rules. A tie left stale by a correction upstream (`team-changed`) can be
   * repaired a leg at a time: legs left unchanged may still name the old team, while every leg entered
   * or changed must fit the tie as it is now. On success, returns the ids of every tie whose state changed,
   * the entered one first; downstream ties whose teams changed are re-derived (and become `invalid`
   * with code `team-changed` if they hold legs of a team that is no longer there).
   */
  record(id: TieId, entry: TieEntry): Result<ReadonlyArray<TieId>>;
  /** The competition with every entered fact, as a new value. */
  competition(): Competition;
}

const WAITING: TieState = Object.freeze({ kind: 'waiting' });
const NOTHING_PLAYED: TieTotals = Object.freeze({
  aggregate: [0, 0] as const,
  awayGoals: [0, 0] as const,
  extraTime: false,
});

/**
 * Builds a knockout from a competition (assumed to pass `checkCompetition`).
 *
 * @example
 * const ko = createKnockout(competition);
 * ko.record(tieId('QF1'), { legs: [...] });
 * ko.champion();
 */
export function createKnockout(c: Competition): Knockout {
  const names = new Map<TeamId, string>(c.teams.map((t) => [t.id, t.name]));
  const nameOf = (t: TeamId): string => names.get(t) ?? t;
  const options = { nameOf };
  const groupTeam = new Map<string, TeamId>();
  for (const g of groupPositions(c)) {
    for (const [i, t] of g.positions.entries()) groupTeam.set(`${g.group}#${i + 1}`, t);
  }

  const rounds: Round[] = [...c.rounds];
  const specs: TieSpec[] = [];
  const roundOf: number[] = [];
  const index = new Map<TieId, number>();
  rounds.forEach((round, r) => {
    for (const tie of round.ties) {
      index.set(tie.id, specs.length);
      specs.push(tie);
      roundOf.push(r);
    }
  });
  const n = specs.length;
  // Flat arrays, built once: where each side's team comes from, and who each tie passes on. A
  // result then costs a few array reads, whatever the size of the bracket.
  const fixedTeam: Array<TeamId | undefined> = new Array<TeamId | undefined>(2 * n).fill(undefined);
  const source = new Int32Array(2 * n).fill(-1);
  const fromLoser = new Uint8Array(2 * n);
  const feeds: number[][] = [];
  for (let i = 0; i < n; i++) feeds.push([]);
  for (let i = 0; i < n; i++) {
    const sides = specs[i]!.sides;
    for (let s = 0; s < 2; s++) {
      const slot = sides[s]!;
      const k = 2 * i + s;
      switch (slot.kind) {
        case 'team':
          fixedTeam[k] = slot.team;
          break;
        case 'group':
          fixedTeam[k] = groupTeam.get(`${slot.group}#${slot.position}`);
          break;
        case 'winner':
        case 'loser': {
          const from = index.get(slot.tie);
          if (from !== undefined) {
            source[k] = from;
            fromLoser[k] = slot.kind === 'loser' ? 1 : 0;
            feeds[from]!.push(i);
          }
          break;
        }
        default: {
          const never: never = slot;
          throw new InvariantError(`unknown slot ${JSON.stringify(never)}`);
        }
      }
    }
  }
  // The current teams and who each tie passes on, kept flat; the DerivedTie objects callers read are
  // built on demand and cached until the tie changes, so a result allocates little that lives on.
  const teamA: Array<TeamId | undefined> = new Array<TeamId | undefined>(n).fill(undefined);
  const teamB: Array<TeamId | undefined> = new Array<TeamId | undefined>(n).fill(undefined);
  const winners: Array<TeamId | undefined> = new Array<TeamId | undefined>(n).fill(undefined);
  const losers: Array<TeamId | undefined> = new Array<TeamId | undefined>(n).fill(undefined);
  const cache: Array<DerivedTie | undefined> = new Array<DerivedTie | undefined>(n).fill(undefined);

  /** Sets who tie i passes on from its state: the winner and loser, or nobody while it is open. */
  const settle = (i: number, state: TieState | undefined): void => {
    let w: TeamId | undefined;
    let l: TeamId | undefined;
    if (state?.kind === 'resolved' && state.outcome.kind === 'decided') {
      w = state.outcome.winner;
      l = state.outcome.loser;
    } else if (state?.kind === 'reported' && state.winner !== undefined) {
      w = state.winner;
      l = teamA[i] === state.winner ? teamB[i] : teamA[i];
    }
    winners[i] = w;
    losers[i] = l;
  };

  const advancing = (i: number, kind: 'winner' | 'loser'): TeamId | undefined =>
    kind === 'winner' ? winners[i] : losers[i];

  const sideTeam = (k: number): TeamId | undefined => {
    const from = source[k]!;
    if (from < 0) return fixedTeam[k];
    return fromLoser[k] === 1 ? losers[from] : winners[from];
  };

  const stateOf = (
    spec: TieSpec,
    teams: readonly [TeamId | undefined, TeamId | undefined],
    r: number,
  ): TieState => {
    const [a, b] = teams;
    if (a === undefined || b === undefined) return WAITING;
    const stale = staleLeg(spec, a, b, nameOf);
    if (stale) return { kind: 'invalid', error: stale };
    if (spec.legs.length === 0 && spec.reported && spec.walkover === undefined) {
      return {
        kind: 'reported',
        summary: spec.reported.summary,
        ...(spec.reported.winner ? { winner: spec.reported.winner } : {}),
      };
    }
    if (
      spec.legs.length === 0 &&
      spec.walkover === undefined &&
      spec.playoff === undefined &&
      spec.coinToss === undefined
    ) {
      return {
        kind: 'resolved',
        outcome: { kind: 'undecided', teams: [a, b], next: 'first-leg', totals: NOTHING_PLAYED },
      };
    }
    // One object shape for every call keeps the resolver's property loads monomorphic.
    const facts: TieFacts = {
      teams: teams as readonly [TeamId, TeamId],
      legs: spec.legs,
      playoff: spec.playoff,
      coinToss: spec.coinToss,
      walkover: spec.walkover,
    };
    const outcome = resolveTie(facts, rounds[r]!.rules, options);
    return outcome.ok
      ? { kind: 'resolved', outcome: outcome.value }
      : { kind: 'invalid', error: outcome.error };
  };

  /** The tie as callers read it, built on demand and cached until the tie changes. */
  const materialize = (i: number): DerivedTie => {
    const hit = cache[i];
    if (hit) return hit;
    const spec = specs[i]!;
    const r = roundOf[i]!;
    const teams = [teamA[i], teamB[i]] as const;
    const derived: DerivedTie = {
      id: spec.id,
      round: rounds[r]!.id,
      roundIndex: r,
      spec,
      teams,
      state: stateOf(spec, teams, r),
    };
    cache[i] = derived;
    return derived;
  };

  /**
   * Re-derives tie i from its slots (and `known`, the state just computed for a new entry): its teams,
   * and who it passes on. A tie with no facts yet passes on nobody, so it needs no resolving.
   * Returns TEAMS_CHANGED and/or PASSES_CHANGED.
   */
  const evaluate = (i: number, known?: TieState): number => {
    const spec = specs[i]!;
    const prevA = teamA[i];
    const prevB = teamB[i];
    const prevWinner = winners[i];
    const prevLoser = losers[i];
    const a = sideTeam(2 * i);
    const b = sideTeam(2 * i + 1);
    teamA[i] = a;
    teamB[i] = b;
    let state = known;
    if (state === undefined && a !== undefined && b !== undefined && hasFacts(spec))
      state = stateOf(spec, [a, b], roundOf[i]!);
    settle(i, state);
    const changed =
      (a !== prevA || b !== prevB ? TEAMS_CHANGED : 0) |
      (winners[i] !== prevWinner || losers[i] !== prevLoser ? PASSES_CHANGED : 0);
    if (changed !== 0 || known !== undefined) cache[i] = undefined;
    return changed;
  };

  for (let i = 0; i < n; i++) evaluate(i);

  return {
    ties: () => {
      const out: DerivedTie[] = [];
      for (let i = 0; i < n; i++) out.push(materialize(i));
      return out;
    },
    tie: (id) => {
      const i = index.get(id);
      return i === undefined ? undefined : materialize(i);
    },
    champion: () => {
      const final = finalTie(c);
      return final ? advancing(index.get(final.id)!, 'winner') : undefined;
    },
    record: (id, entry) => {
      const i = index.get(id);
      if (i === undefined) return err(unknownTie(id));
      const a = teamA[i];
      const b = teamB[i];
      if (a === undefined || b === undefined) {
        return err(
          cupError(
            'teams-not-known',
            ['tie'],
            `the teams of ${id} are not known yet (${describeSlots(specs[i]!)})`,
          ),
        );
      }
      const spec: TieSpec = { ...specs[i]!, ...entry };
      const state = stateOf(spec, [a, b], roundOf[i]!);
      if (state.kind === 'invalid') {
        // A tie made stale by a correction upstream may be repaired one leg at a time: legs left as
        // they were may still name the old team, but every leg entered or changed must be valid now.
        const repair = state.error.code === 'team-changed' ? checkRepair(specs[i]!, spec, a, b) : state.error;
        if (repair) return err(repair);
      }
      specs[i] = spec;
      const changed: TieId[] = [id];
      const queue: number[] = [];
      if (evaluate(i, state) & PASSES_CHANGED) queue.push(i);
      for (let q = 0; q < queue.length; q++) {
        const from = queue[q]!;
        for (const to of feeds[from]!) {
          const what = evaluate(to);
          if (what !== 0) changed.push(specs[to]!.id);
          if (what & PASSES_CHANGED) queue.push(to);
        }
      }
      return ok(changed);
    },
    competition: () => {
      let k = 0;
      return {
        ...c,
        rounds: rounds.map((round) => ({ ...round, ties: round.ties.map(() => specs[k++]!) })),
      };
    },
  };
}

const sameMatch = (x: MatchFacts | undefined, y: MatchFacts | undefined): boolean =>
  x === y || (x !== undefined && y !== undefined && JSON.stringify(x) === JSON.stringify(y));

/**
 * For an entry on a tie whose legs name a team a correction removed: every match that is new or
 * changed must be a valid match of the tie as it is now; matches left unchanged may stay stale.
 */
function checkRepair(before: TieSpec, after: TieSpec, a: TeamId, b: TeamId): CupError | undefined {
  const teams = [a, b] as const;
  for (const [l, leg] of after.legs.entries()) {
    if (sameMatch(leg, before.legs[l])) continue;
    const bad = checkMatch(leg, teams, ['legs', l]);
    if (bad) return bad;
  }
  if (after.playoff && !sameMatch(after.playoff, before.playoff)) {
    const bad = checkMatch(after.playoff, teams, ['playoff']);
    if (bad) return bad;
  }
  return undefined;
}

/** Whether a tie has facts that can decide it (legs, a walkover, a play-off, a coin toss, a reported result). */
function hasFacts(spec: TieSpec): boolean {
  return (
    spec.legs.length > 0 ||
    spec.walkover !== undefined ||
    spec.playoff !== undefined ||
    spec.coinToss !== undefined ||
    spec.reported !== undefined
  );
}

const TEAMS_CHANGED = 1;
const PASSES_CHANGED = 2;

function describeSlots(spec: TieSpec): string {
  return spec.sides
    .map((s) =>
      s.kind === 'winner' || s.kind === 'loser'
        ? `${s.kind} of ${s.tie}`
        : s.kind === 'group'
          ? `group ${s.group} #${s.position}`
          : s.team,
    )
    .join(' v ');
}

/** A leg that names a team no longer in the tie: the result was entered for a team a correction removed. */
function staleLeg(spec: TieSpec, a: TeamId, b: TeamId, nameOf: (t: TeamId) => string): CupError | undefined {
  const count = spec.legs.length + (spec.playoff ? 1 : 0);
  for (let l = 0; l < count; l++) {
    const leg = l < spec.legs.length ? spec.legs[l]! : spec.playoff!;
    for (let s = 0; s < 2; s++) {
      const side = s === 0 ? 'home' : 'away';
      const t = leg[side];
      if (t !== a && t !== b) {
        const path = l < spec.legs.length ? ['legs', l, side] : ['playoff', side];
        return cupError(
          'team-changed',
          path,
          `${spec.id}: this match lists ${nameOf(t)}, but the tie is now ${nameOf(a)} v ${nameOf(b)}; an earlier result was corrected, so re-enter or delete this result`,
        );
      }
    }
  }
  return undefined;
}
