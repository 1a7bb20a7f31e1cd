import type { TeamId } from '../ids.ts';
import { summaryLine } from '../report/summary-line.ts';
import { type CupError, cupError, err, ok, type Result } from '../result.ts';
import {
  type DeciderKind,
  hasDecider,
  hasExtraTime,
  penaltiesAfterPlayoff,
  playoffDecider,
  type TieRules,
} from '../rules/tie-rules.ts';
import { checkMatch } from './check-match.ts';
import { decide, emptyTally, type Tally, type Verdict } from './decide.ts';
import type { DecidedBy, Goals, MatchFacts, NextStep, TieFacts, TieOutcome, TieTotals } from './types.ts';

export interface ResolveOptions {
  /** Display name of a team for the summary line (default: the id itself). */
  readonly nameOf?: (team: TeamId) => string;
}

const identity = (t: TeamId): string => t;
const LEG0: ReadonlyArray<string | number> = ['legs', 0];
const LEG1: ReadonlyArray<string | number> = ['legs', 1];

const DECIDED_BY_LABEL: Record<DecidedBy, string> = {
  aggregate: 'the aggregate score',
  points: 'points',
  'away-goals': 'away goals',
  'extra-time': 'extra time',
  'golden-goal': 'a golden goal',
  'silver-goal': 'a silver goal',
  'away-goals-extra-time': 'away goals after extra time',
  penalties: 'penalties',
  'play-off': 'the play-off match',
  'coin-toss': 'the coin toss',
  walkover: 'a walkover',
};

const NEXT_LABEL: Record<NextStep, string> = {
  'first-leg': 'the first leg',
  'second-leg': 'the second leg',
  'extra-time': 'extra time',
  penalties: 'penalties',
  'play-off': 'a play-off match',
  'coin-toss': 'a coin toss',
};

/** The facts that belong to each decider, so that facts given but not needed can be named. */
const FACT_OF: Partial<
  Record<
    DeciderKind,
    { field: string; code: 'extra-time' | 'penalties' | 'play-off' | 'coin-toss'; label: string }
  >
> = {
  'extra-time': { field: 'extraTime', code: 'extra-time', label: 'extra time' },
  'golden-goal': { field: 'extraTime', code: 'extra-time', label: 'extra time' },
  'silver-goal': { field: 'extraTime', code: 'extra-time', label: 'extra time' },
  penalties: { field: 'penalties', code: 'penalties', label: 'penalties' },
  'play-off': { field: 'playoff', code: 'play-off', label: 'a play-off match' },
  'coin-toss': { field: 'coinToss', code: 'coin-toss', label: 'a coin toss' },
};

/**
 * Resolves a tie: checks its facts against the rules, then applies the decider chain.
 * Two legs: aggregate over both; away goals, extra time and penalties as the rules say.
 * One match: the score, then extra time and penalties as the rules say.
 *
 * A tie given a `walkover`, or one with a score awarded by the organiser (`awarded: true` on a leg),
 * is decided by `walkover`. A play-off match or a coin toss is a fact of the tie: while the rules
 * need one and it is not given, the tie is undecided; given when not needed, it is an error naming
 * the decider that had already settled the tie.
 *
 * Bad facts (negative goals, a shoot-out in a first leg, extra time the rules do not allow or the
 * score did not need, an impossible shoot-out, a second leg at the wrong ground, an unknown team)
 * give an error with its own code and the path of the field.
 *
 * @example
 * resolveTie({ legs: [
 *   { home: 'MC Alger', away: 'Club Africain', score: [1, 0] },
 *   { home: 'Club Africain', away: 'MC Alger', score: [2, 0] } ] }, caf2017)
 * // ok: decided, winner 'Club Africain', summary 'Club Africain won 2–1 on aggregate.'
 */
export function resolveTie(tie: TieFacts, rules: TieRules, options: ResolveOptions = {}): Result<TieOutcome> {
  const nameOf = options.nameOf ?? identity;
  const first = tie.legs[0];
  const teams: readonly [TeamId, TeamId] | undefined =
    tie.teams ?? (first ? [first.home, first.away] : undefined);
  if (teams === undefined) {
    return err(cupError('no-legs', ['legs'], 'a tie needs its two teams or at least its first leg'));
  }
  const checked = checkFacts(tie, teams, rules);
  if (checked) return err(checked);

  const tally = emptyTally();
  fillTally(tally, tie, teams, rules);
  const totals = totalsOf(tally, tie, teams, rules);
  if (tie.walkover !== undefined) {
    return ok(decidedOutcome(teams, tie.walkover === teams[0] ? 0 : 1, 'walkover', totals, rules, nameOf));
  }

  let played = 0;
  for (const leg of tie.legs) if (leg.score !== undefined) played++;

  let verdict: Verdict;
  if (played < rules.legs) {
    const next: NextStep = played === 0 ? 'first-leg' : 'second-leg';
    verdict = { kind: 'pending', next, step: -1 };
  } else {
    const playoffPending = playoffNeeds(tie.playoff, rules);
    verdict = decide(rules, tally);
    // A play-off match level after 90 minutes without its extra time (or level after extra time
    // without its shoot-out) reads as level to the chain, which would move on to the coin toss: the
    // tie first needs the rest of the play-off match.
    const playoffStep = rules.deciders.findIndex((d) => d.kind === 'play-off');
    if (playoffPending && playoffStep >= 0 && verdict.step >= playoffStep) {
      verdict = { kind: 'pending', next: playoffPending, step: playoffStep };
    }
  }

  const leftover = leftoverFact(tie, rules, verdict, nameOf, teams);
  if (leftover) return err(leftover);

  if (verdict.kind === 'pending') return ok({ kind: 'undecided', teams, next: verdict.next, totals });
  // A score awarded by the organiser (a forfeit, an ineligible player) is recorded as such: the
  // chain finds the side, but the tie was not won on the pitch.
  const by = hasAwardedMatch(tie) ? 'walkover' : verdict.by;
  return ok(decidedOutcome(teams, verdict.side, by, totals, rules, nameOf));
}

/** True when a leg or the play-off match has a score awarded by the organiser. */
function hasAwardedMatch(tie: TieFacts): boolean {
  for (const leg of tie.legs) if (leg.awarded === true && leg.score !== undefined) return true;
  return tie.playoff?.awarded === true;
}

function decidedOutcome(
  teams: readonly [TeamId, TeamId],
  side: 0 | 1,
  decidedBy: DecidedBy,
  totals: TieTotals,
  rules: TieRules,
  nameOf: (t: TeamId) => string,
): TieOutcome {
  const winner = teams[side];
  const loser = teams[side === 0 ? 1 : 0];
  const summary = summaryLine({
    winnerName: nameOf(winner),
    winnerSide: side,
    decidedBy,
    totals,
    legs: rules.legs,
  });
  return { kind: 'decided', teams, winner, loser, decidedBy, totals, summary };
}

function checkFacts(tie: TieFacts, teams: readonly [TeamId, TeamId], rules: TieRules): CupError | undefined {
  if (teams[0] === teams[1]) return cupError('same-team', ['teams'], 'a team cannot play itself');
  if (tie.legs.length > rules.legs) {
    return cupError(
      'too-many-legs',
      ['legs', rules.legs],
      `these rules (${rules.id}) have ${rules.legs === 1 ? 'one match' : 'two legs'}, but ${tie.legs.length} were given`,
    );
  }
  const et = hasExtraTime(rules);
  const golden = hasDecider(rules, 'golden-goal');
  const playoffPens = penaltiesAfterPlayoff(rules);
  const pens = hasDecider(rules, 'penalties') && !playoffPens;
  for (let i = 0; i < tie.legs.length; i++) {
    const leg = tie.legs[i]!;
    const bad = checkMatch(leg, teams, i === 0 ? LEG0 : i === 1 ? LEG1 : ['legs', i]);
    if (bad) return bad;
    if (i === 0 && leg.home !== teams[0]) {
      return cupError(
        'first-leg-home-mismatch',
        ['legs', 0, 'home'],
        `the first leg must be hosted by ${teams[0]} (the side drawn to play at home first), not ${leg.home}`,
      );
    }
    if (i === 1 && leg.home !== tie.legs[0]?.away) {
      return cupError(
        'second-leg-home-mismatch',
        ['legs', 1, 'home'],
        `the second leg must be hosted by ${tie.legs[0]?.away} (the away team of the first leg), not ${leg.home}`,
      );
    }
    const last = i === rules.legs - 1;
    if (!last && leg.extraTime !== undefined) {
      return cupError(
        'extra-time-in-first-leg',
        ['legs', i, 'extraTime'],
        'extra time is only played at the end of the second leg',
      );
    }
    if (!last && leg.penalties !== undefined) {
      return cupError(
        'penalties-in-first-leg',
        ['legs', i, 'penalties'],
        'a penalty shoot-out is only held at the end of the second leg',
      );
    }
    if (leg.extraTime !== undefined && !et) {
      return cupError(
        'extra-time-not-allowed',
        ['legs', i, 'extraTime'],
        `these rules (${rules.id}) have no extra time`,
      );
    }
    if (golden && leg.extraTime !== undefined && leg.extraTime[0] + leg.extraTime[1] > 1) {
      return cupError(
        'golden-goal-ends-extra-time',
        ['legs', i, 'extraTime'],
        `under these rules (${rules.id}) the first goal of extra time (the golden goal) ends the match, so extra time has at most one goal, not ${leg.extraTime[0] + leg.extraTime[1]}`,
      );
    }
    if (leg.penalties !== undefined && !pens) {
      return cupError(
        'penalties-not-allowed',
        ['legs', i, 'penalties'],
        playoffPens
          ? `under these rules (${rules.id}) the shoot-out is held after the play-off match, not after the second leg`
          : `these rules (${rules.id}) have no penalty shoot-out`,
      );
    }
    if (i > 0 && leg.score !== undefined && tie.legs[i - 1]?.score === undefined) {
      return cupError(
        'earlier-leg-not-played',
        ['legs', i, 'score'],
        `leg ${i + 1} has a score but leg ${i} has none`,
      );
    }
  }
  const playoff = playoffDecider(rules);
  if (tie.playoff !== undefined) {
    if (!playoff)
      return cupError(
        'play-off-not-allowed',
        ['playoff'],
        `these rules (${rules.id}) have no play-off match`,
      );
    const bad = checkMatch(tie.playoff, teams, ['playoff']);
    if (bad) return bad;
    if (tie.playoff.score === undefined)
      return cupError('score-missing', ['playoff', 'score'], 'the play-off match has no score');
    if (tie.playoff.extraTime !== undefined && !playoff.extraTime) {
      return cupError(
        'extra-time-not-allowed',
        ['playoff', 'extraTime'],
        'the play-off match has no extra time under these rules',
      );
    }
    if (tie.playoff.penalties !== undefined && !playoff.penalties && !playoffPens) {
      return cupError(
        'penalties-not-allowed',
        ['playoff', 'penalties'],
        'the play-off match has no penalty shoot-out under these rules',
      );
    }
  }
  if (tie.coinToss !== undefined) {
    if (!hasDecider(rules, 'coin-toss')) {
      return cupError('coin-toss-not-allowed', ['coinToss'], `these rules (${rules.id}) have no coin toss`);
    }
    if (tie.coinToss !== teams[0] && tie.coinToss !== teams[1]) {
      return cupError(
        'unknown-team',
        ['coinToss'],
        `coinToss is "${String(tie.coinToss)}", which is not in this tie`,
      );
    }
  }
  if (tie.walkover !== undefined && tie.walkover !== teams[0] && tie.walkover !== teams[1]) {
    return cupError(
      'unknown-team',
      ['walkover'],
      `walkover is "${String(tie.walkover)}", which is not in this tie`,
    );
  }
  return undefined;
}

const sideOf = (team: TeamId, teams: readonly [TeamId, TeamId]): 0 | 1 => (team === teams[0] ? 0 : 1);

function fillTally(t: Tally, tie: TieFacts, teams: readonly [TeamId, TeamId], rules: TieRules): void {
  const twoLegs = rules.legs === 2;
  for (let l = 0; l < tie.legs.length; l++) {
    const leg = tie.legs[l]!;
    const score = leg.score;
    if (!score) continue;
    const [g0, g1] = leg.home === teams[0] ? score : [score[1], score[0]];
    t.goals0 += g0;
    t.goals1 += g1;
    if (g0 > g1) t.wins0++;
    else if (g1 > g0) t.wins1++;
    if (twoLegs) {
      if (leg.home === teams[0]) t.away1 += g1;
      else t.away0 += g0;
    }
  }
  const last = tie.legs[rules.legs - 1];
  if (last?.score) {
    const homeIs0 = last.home === teams[0];
    t.etAwaySide = homeIs0 ? 1 : 0;
    if (last.extraTime) {
      t.etPlayed = true;
      t.et0 = homeIs0 ? last.extraTime[0] : last.extraTime[1];
      t.et1 = homeIs0 ? last.extraTime[1] : last.extraTime[0];
    }
    if (last.penalties) {
      t.pensTaken = true;
      t.pens0 = homeIs0 ? last.penalties[0] : last.penalties[1];
      t.pens1 = homeIs0 ? last.penalties[1] : last.penalties[0];
    }
  }
  if (tie.playoff?.score) {
    const m = bySideOfMatch(tie.playoff, teams);
    if (penaltiesAfterPlayoff(rules)) {
      // The shoot-out is the chain's last step, after the goal difference: the play-off match
      // itself is won only in its 90 minutes or extra time.
      t.playoff = m.goals[0] > m.goals[1] ? 0 : m.goals[1] > m.goals[0] ? 1 : 2;
      if (m.penalties) {
        t.pensTaken = true;
        t.pens0 = m.penalties[0];
        t.pens1 = m.penalties[1];
      }
    } else {
      t.playoff = m.winner;
    }
  }
  if (tie.coinToss !== undefined) t.coinToss = sideOf(tie.coinToss, teams);
}

/** A match's goals by tie side: after extra time, its shoot-out, and who won it (2 if level). */
function bySideOfMatch(
  m: MatchFacts,
  teams: readonly [TeamId, TeamId],
): { goals: Goals; penalties: Goals | undefined; winner: 0 | 1 | 2 } {
  const flip = sideOf(m.home, teams) === 1;
  const orient = (g: Goals): Goals => (flip ? [g[1], g[0]] : [g[0], g[1]]);
  const score = m.score ?? [0, 0];
  const et = m.extraTime ?? [0, 0];
  const goals = orient([score[0] + et[0], score[1] + et[1]]);
  const penalties = m.penalties ? orient(m.penalties) : undefined;
  const decider = goals[0] !== goals[1] ? goals : penalties;
  const winner = decider === undefined || decider[0] === decider[1] ? 2 : decider[0] > decider[1] ? 0 : 1;
  return { goals, penalties, winner };
}

/** When a given play-off match is level and its own extra time or shoot-out is missing, what it needs. */
function playoffNeeds(match: MatchFacts | undefined, rules: TieRules): NextStep | undefined {
  if (!match?.score) return undefined;
  const d = playoffDecider(rules);
  if (!d) return undefined;
  const level90 = match.score[0] === match.score[1];
  if (level90 && d.extraTime && match.extraTime === undefined) return 'extra-time';
  const et = match.extraTime ?? [0, 0];
  const level = match.score[0] + et[0] === match.score[1] + et[1];
  if (level && d.penalties && match.penalties === undefined) return 'penalties';
  return undefined;
}

function totalsOf(t: Tally, tie: TieFacts, teams: readonly [TeamId, TeamId], rules: TieRules): TieTotals {
  const awayEt0 = t.etPlayed && rules.legs === 2 && t.etAwaySide === 0 ? t.et0 : 0;
  const awayEt1 = t.etPlayed && rules.legs === 2 && t.etAwaySide === 1 ? t.et1 : 0;
  const playoff = tie.playoff?.score ? bySideOfMatch(tie.playoff, teams) : undefined;
  const totals: { -readonly [K in keyof TieTotals]: TieTotals[K] } = {
    aggregate: [t.goals0 + t.et0, t.goals1 + t.et1],
    awayGoals: [t.away0 + awayEt0, t.away1 + awayEt1],
    extraTime: t.etPlayed,
  };
  if (t.pensTaken && !penaltiesAfterPlayoff(rules)) totals.penalties = [t.pens0, t.pens1];
  if (playoff) totals.playoff = playoff.goals;
  if (playoff?.penalties) totals.playoffPenalties = playoff.penalties;
  return totals;
}

/** Finds a fact that was given although the tie was settled (or stopped) before it was needed. */
function leftoverFact(
  tie: TieFacts,
  rules: TieRules,
  verdict: Verdict,
  nameOf: (t: TeamId) => string,
  teams: readonly [TeamId, TeamId],
): CupError | undefined {
  const last = tie.legs[rules.legs - 1];
  const hasEt = last?.extraTime !== undefined;
  const playoffPens = penaltiesAfterPlayoff(rules);
  const hasPens = playoffPens ? tie.playoff?.penalties !== undefined : last?.penalties !== undefined;
  if (!hasEt && !hasPens && tie.playoff === undefined && tie.coinToss === undefined) return undefined;
  const given: Record<string, boolean> = {
    extraTime: hasEt,
    penalties: hasPens,
    playoff: tie.playoff !== undefined,
    coinToss: tie.coinToss !== undefined,
  };
  const pathOf = (field: string): Array<string | number> =>
    field === 'playoff' || field === 'coinToss'
      ? [field]
      : field === 'penalties' && playoffPens
        ? ['playoff', 'penalties']
        : ['legs', rules.legs - 1, field];
  if (verdict.kind === 'pending' && verdict.next === 'extra-time' && hasPens && verdict.step >= 0) {
    return cupError(
      'extra-time-missing',
      ['legs', rules.legs - 1, 'extraTime'],
      'penalties were given, but under these rules extra time comes first: give extraTime (e.g. [0, 0] for a goalless extra time)',
    );
  }
  for (let step = verdict.step + 1; step < rules.deciders.length; step++) {
    const kind = rules.deciders[step]!.kind;
    const fact = FACT_OF[kind];
    if (!fact || !given[fact.field]) continue;
    let why: string;
    if (verdict.kind === 'decided') {
      why = `the tie was already decided by ${DECIDED_BY_LABEL[verdict.by]} (${nameOf(teams[verdict.side])} went through)`;
    } else {
      why = `the tie first needs ${NEXT_LABEL[verdict.next]}`;
    }
    return cupError(`${fact.code}-not-needed`, pathOf(fact.field), `${fact.label} was given, but ${why}`);
  }
  return undefined;
}
