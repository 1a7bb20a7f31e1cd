import {
  type DateRange,
  type GroupResult,
  type Leg,
  type LegOrder,
  type Round,
  type RoundId,
  type RoundWindows,
  resolveTie,
  roundId,
  type Slot,
  slug,
  type TeamId,
  type TieId,
  type TieRules,
  type TieSpec,
  teamId,
  tieId,
} from '@cupstage/core';
import { checkTie } from '../import-kit/engine-check.ts';
import { slotFromEarlier } from '../import-kit/slots.ts';
import { createTieIds } from '../import-kit/tie-ids.ts';
import { addTeam, type Ctx, type StatedRules, teamNamed } from './build-context.ts';
import type { ParsedLeg } from './leg-line.ts';
import { problem } from './problems.ts';
import type { ArticleDoc, RoundItem } from './read-article.ts';
import { summaryMisfit } from './summary-line.ts';
import { normalizeScoreDashes, parseDateRange } from './text.ts';

const LEG_ORDER: ReadonlyArray<[RegExp, LegOrder['kind']]> = [
  [/group winners host/i, 'group-winners-host-second-leg'],
  [/decided by draw/i, 'draw'],
  [/single match|neutral/i, 'neutral'],
  [/fixed/i, 'fixed'],
];

const WINDOW_COLUMN: Readonly<Record<string, keyof RoundWindows>> = {
  'first leg': 'firstLeg',
  'second leg': 'secondLeg',
  match: 'match',
};

interface PendingTie {
  readonly legs: Array<{ leg: ParsedLeg; line: number }>;
  summary?: { text: string; line: number; item: Extract<RoundItem, { kind: 'summary' }> };
}

function groupTies(items: ReadonlyArray<RoundItem>): PendingTie[] {
  const ties: PendingTie[] = [];
  let current: PendingTie | undefined;
  for (const item of items) {
    if (item.kind === 'separator') {
      current = undefined;
    } else if (item.kind === 'leg') {
      if (!current || current.summary) {
        current = { legs: [] };
        ties.push(current);
      }
      current.legs.push({ leg: item.leg, line: item.line });
    } else {
      if (!current || current.summary) {
        current = { legs: [] };
        ties.push(current);
      }
      current.summary = { text: item.text, line: item.line, item };
    }
  }
  return ties;
}

const same = (a: string, b: string): boolean =>
  normalizeScoreDashes(a).replace(/\s+/g, ' ').trim() === normalizeScoreDashes(b).replace(/\s+/g, ' ').trim();

/**
 * The rounds phase: each round section's ties (leg lines grouped into ties, each checked against the
 * engine; a tie known only from its result line placed by the earlier round's winners), the order of
 * legs from the bracket table and the windows from the schedule table.
 */
export function buildRounds(
  doc: ArticleDoc,
  ctx: Ctx,
  stated: StatedRules,
  groups: ReadonlyArray<GroupResult>,
): { readonly rounds: Round[]; readonly roundIds: ReadonlyMap<string, RoundId> } | undefined {
  const { problems } = ctx;
  if (doc.rounds.length === 0) {
    problems.push(
      problem('error', 'no-rounds', undefined, 'the article has no round sections with leg or result lines'),
    );
    return undefined;
  }
  const legOrders = new Map<string, { kind: LegOrder['kind']; line: number }>();
  for (const row of doc.bracket.rows) {
    const [round, matchups] = row.value;
    const kind = LEG_ORDER.find(([re]) => re.test(matchups ?? ''))?.[1];
    if (round && kind) legOrders.set(round.toLowerCase(), { kind, line: row.line });
    else
      problems.push(
        problem('warning', 'bad-bracket-row', row.line, `"${row.value.join(' | ')}" names no order of legs`),
      );
  }
  const schedules = new Map<string, RoundWindows>();
  const header = doc.schedule.header?.value.slice(1).map((h) => WINDOW_COLUMN[h.toLowerCase()]) ?? [];
  for (const row of doc.schedule.rows) {
    const [round, ...dates] = row.value;
    const windows: Record<string, DateRange> = {};
    dates.forEach((cell, j) => {
      const key = header[j];
      if (cell === '' || !key) return;
      const range = parseDateRange(cell);
      if (range) windows[key] = range;
      else
        problems.push(
          problem(
            'error',
            'bad-date',
            row.line,
            `"${cell}" is not a date range such as 15–17 September 2017`,
          ),
        );
    });
    if (round) schedules.set(round.toLowerCase(), windows as RoundWindows);
  }

  const roundIds = new Map<string, RoundId>();
  const tieIds = createTieIds();
  const rounds: Round[] = [];
  const outcomes = new Map<TieId, { winner?: TeamId; loser?: TeamId }>();
  const nameOf = ctx.registry.nameOf;
  const groupSlot = new Map<TeamId, Slot>();
  for (const g of groups) {
    for (const [i, t] of g.positions.entries())
      groupSlot.set(t, { kind: 'group', group: g.group, position: i + 1 });
  }

  doc.rounds.forEach((section, r) => {
    const key = section.name.toLowerCase();
    const rules = stated.byRound.get(key) ?? stated.byRound.get(key.replace(/s$/, '')) ?? stated.base;
    const rid = roundId(slug(section.name) || `round-${r + 1}`);
    roundIds.set(key, rid);
    const pending = groupTies(section.items);
    if (pending.length === 0) {
      problems.push(
        problem(
          'error',
          'empty-round',
          section.line,
          `the section "${section.name}" has no leg or result lines`,
        ),
      );
      return;
    }
    const prev = rounds[r - 1];
    const slotOf = (team: TeamId, line: number): Slot => {
      const earlier = slotFromEarlier(team, prev?.ties ?? [], outcomes);
      if (earlier) return earlier;
      const slot = groupSlot.get(team);
      if (slot) return slot;
      if (prev) {
        problems.push(
          problem(
            'note',
            'team-enters-here',
            line,
            `${nameOf(team)} did not win a tie of ${prev.name}; placed directly in ${section.name}`,
          ),
        );
      }
      return { kind: 'team', team };
    };
    const ties: TieSpec[] = [];
    const reportedOnly: Array<{ index: number; p: PendingTie }> = [];
    const ids = tieIds.forRound(section.name, pending.length);
    pending.forEach((p, i) => {
      const id = ids[i]!;
      if (p.legs.length === 0) {
        reportedOnly.push({ index: ties.length, p });
        ties.push({
          id,
          sides: [
            { kind: 'team', team: teamId('') },
            { kind: 'team', team: teamId('') },
          ],
          legs: [],
        });
        return;
      }
      const tie = legTie(ctx, id, p, rules, slotOf, nameOf);
      if (tie) {
        ties.push(tie.spec);
        outcomes.set(id, tie.outcome);
      }
    });
    // Ties known only from their result line: the winner is named; the opponent is the one
    // earlier-round winner left over, when exactly one is.
    for (const { index, p } of reportedOnly) {
      const s = p.summary!;
      const parsed = s.item.summary;
      const winner = teamNamed(ctx, parsed.winner);
      const id = ties[index]!.id;
      if (!winner) {
        problems.push(
          problem('error', 'unknown-team', s.line, `"${parsed.winner}" is not a team of this article`),
        );
        ties.splice(index, 1, { ...ties[index]!, id: tieId('') });
        continue;
      }
      const misfit = summaryMisfit(parsed, rules);
      if (misfit) problems.push(problem('error', 'summary-disagrees', s.line, `${misfit}: "${s.text}"`));
      const taken = new Set<TeamId>();
      for (const t of ties)
        for (const slot of t.sides)
          if (slot.kind === 'winner') taken.add(outcomes.get(slot.tie)?.winner ?? teamId(''));
      const free = (prev?.ties ?? [])
        .map((t) => ({ tie: t.id, team: outcomes.get(t.id)?.winner }))
        .filter((x): x is { tie: TieId; team: TeamId } => x.team !== undefined && !taken.has(x.team));
      const mine = free.find((x) => x.team === winner.id);
      const others = free.filter((x) => x.team !== winner.id);
      if (!mine || others.length !== 1) {
        problems.push(
          problem(
            'error',
            'opponent-unknown',
            s.line,
            mine
              ? `the legs of this tie are missing and its result line names only ${winner.name}; the opponent cannot be told from the earlier round`
              : `${winner.name} did not win a tie of the previous round, so this tie cannot be placed in the bracket`,
          ),
        );
        ties.splice(index, 1, { ...ties[index]!, id: tieId('') });
        continue;
      }
      const pair = [mine, others[0]!].sort(
        (a, b) =>
          (prev?.ties.findIndex((t) => t.id === a.tie) ?? 0) -
          (prev?.ties.findIndex((t) => t.id === b.tie) ?? 0),
      );
      problems.push(
        problem(
          'note',
          'legs-unknown',
          s.line,
          `${id}: the legs are not in the article; recorded from the result line ("${s.text}") with the legs unknown; which side hosted the first leg is not stated`,
        ),
      );
      ties[index] = {
        id,
        sides: [
          { kind: 'winner', tie: pair[0]!.tie },
          { kind: 'winner', tie: pair[1]!.tie },
        ],
        legs: [],
        reported: { summary: normalizeScoreDashes(s.text), winner: winner.id },
      };
      outcomes.set(id, {
        winner: winner.id,
        loser: others[0]!.team === winner.id ? mine.team : others[0]!.team,
      });
    }
    const kept = ties.filter((t) => t.id !== '');
    if (kept.length === 0) return;
    const order = legOrders.get(key);
    const legOrder: LegOrder =
      order?.kind === 'draw'
        ? { kind: 'draw' }
        : order
          ? { kind: order.kind }
          : rules.legs === 1
            ? { kind: 'neutral' }
            : { kind: 'fixed' };
    const windows = schedules.get(key);
    // A single-match round's date sits in the first date column of a two-legged schedule table.
    const schedule =
      windows && rules.legs === 1 && windows.firstLeg && !windows.match && !windows.secondLeg
        ? { match: windows.firstLeg }
        : windows;
    rounds.push({
      id: rid,
      name: section.name,
      rules,
      legOrder,
      ties: kept,
      ...(schedule && Object.keys(schedule).length > 0 ? { schedule } : {}),
    });
  });
  if (rounds.length === 0) return undefined;
  for (const key of legOrders.keys())
    if (!roundIds.has(key))
      problems.push(
        problem(
          'warning',
          'unknown-round',
          legOrders.get(key)?.line,
          `the bracket table names "${key}", which has no section`,
        ),
      );
  for (const key of schedules.keys())
    if (!roundIds.has(key))
      problems.push(
        problem(
          'warning',
          'unknown-round',
          doc.schedule.header?.line,
          `the schedule names "${key}", which has no section`,
        ),
      );
  return { rounds, roundIds };
}

/** Builds a tie from its leg lines and checks its result line against the engine. */
function legTie(
  ctx: Ctx,
  id: TieId,
  p: PendingTie,
  rules: TieRules,
  slotOf: (t: TeamId, line: number) => Slot,
  nameOf: (t: TeamId) => string,
): { spec: TieSpec; outcome: { winner?: TeamId; loser?: TeamId } } | undefined {
  const { problems } = ctx;
  const main = p.legs.filter((l) => !l.leg.playoff);
  const playoffs = p.legs.filter((l) => l.leg.playoff);
  const first = main[0] ?? playoffs[0]!;
  const home = addTeam(ctx, first.leg.home, first.leg.homeCountry, first.line);
  const away = addTeam(ctx, first.leg.away, first.leg.awayCountry, first.line);
  for (const l of p.legs.slice(1)) {
    const h = addTeam(ctx, l.leg.home, l.leg.homeCountry, l.line);
    const a = addTeam(ctx, l.leg.away, l.leg.awayCountry, l.line);
    const swapped = h.id === away.id && a.id === home.id;
    const sameOrder = h.id === home.id && a.id === away.id;
    if (!(swapped || (sameOrder && l.leg.playoff))) {
      problems.push(
        problem(
          'error',
          'legs-do-not-pair',
          l.line,
          `this leg (${h.name} v ${a.name}) is not the return leg of ${home.name} v ${away.name} above it; add a separator (----) between ties`,
        ),
      );
      return undefined;
    }
  }
  if (main.length > rules.legs) {
    problems.push(
      problem(
        'error',
        'too-many-legs',
        main[rules.legs]?.line,
        `the rules (${rules.id}) have ${rules.legs === 1 ? 'one match' : 'two legs'} per tie, but ${main.length} leg lines are given`,
      ),
    );
    return undefined;
  }
  const summary = p.summary?.item.summary;
  const legs: Leg[] = [];
  main.forEach((l, i) => {
    const h = teamNamed(ctx, l.leg.home)!.id;
    const a = teamNamed(ctx, l.leg.away)!.id;
    legs.push({
      home: h,
      away: a,
      ...(l.leg.score ? { score: l.leg.score } : {}),
      ...(l.leg.penalties ? { penalties: l.leg.penalties } : {}),
    });
    if (i === rules.legs - 1 && l.leg.afterExtraTime && l.leg.score) {
      const split = splitExtraTime(legs, rules, [home.id, away.id]);
      if (!split) {
        problems.push(
          problem(
            'error',
            'extra-time-not-possible',
            l.line,
            `the leg is marked (a.e.t.), but under the rules (${rules.id}) this score cannot have needed extra time`,
          ),
        );
        return;
      }
      legs[i] = { ...legs[i]!, score: split.score, extraTime: split.extraTime };
      if (split.choices > 1) {
        problems.push(
          problem(
            'note',
            'score-after-90-not-stated',
            l.line,
            `the score after 90 minutes is not stated; recorded as ${split.score.join('–')} with ${split.extraTime.join('–')} in extra time (the outcome does not depend on the split)`,
          ),
        );
      }
    }
  });
  const playoffLine = playoffs[0];
  let playoff: Leg | undefined;
  if (playoffLine) {
    const score = playoffLine.leg.score;
    // A play-off after extra time was level after 90 minutes: the level score with the fewest
    // extra-time goals is taken (a note says so when there was a choice).
    const split =
      score && playoffLine.leg.afterExtraTime
        ? (() => {
            const level = Math.min(score[0], score[1]);
            if (level > 0) {
              problems.push(
                problem(
                  'note',
                  'score-after-90-not-stated',
                  playoffLine.line,
                  `the play-off's score after 90 minutes is not stated; recorded as ${level}–${level} with ${score[0] - level}–${score[1] - level} in extra time (the outcome does not depend on the split)`,
                ),
              );
            }
            return {
              score: [level, level] as const,
              extraTime: [score[0] - level, score[1] - level] as const,
            };
          })()
        : undefined;
    playoff = {
      home: teamNamed(ctx, playoffLine.leg.home)!.id,
      away: teamNamed(ctx, playoffLine.leg.away)!.id,
      ...(split ? split : score ? { score } : {}),
      ...(playoffLine.leg.penalties ? { penalties: playoffLine.leg.penalties } : {}),
    };
  }
  // Penalties named only in the result line go to the match where the shoot-out was held.
  if (summary?.decidedBy === 'penalties' || (summary?.decidedBy === 'play-off' && summary.penalties)) {
    const target = playoff ?? legs[legs.length - 1];
    const winner = teamNamed(ctx, summary.winner);
    if (target && winner && summary.penalties && !target.penalties) {
      const [w, l] = summary.penalties;
      const pens: readonly [number, number] = target.home === winner.id ? [w, l] : [l, w];
      if (playoff) Object.assign(playoff, { penalties: pens });
      else legs[legs.length - 1] = { ...target, penalties: pens };
    }
  }
  // A coin toss or a walkover is known only from the result line.
  const named = summary ? teamNamed(ctx, summary.winner)?.id : undefined;
  const coinToss = summary?.decidedBy === 'coin-toss' ? named : undefined;
  const walkover = summary?.decidedBy === 'walkover' ? named : undefined;
  const spec: TieSpec = {
    id,
    sides: [slotOf(home.id, first.line), slotOf(away.id, first.line)],
    legs,
    ...(playoff ? { playoff } : {}),
    ...(coinToss ? { coinToss } : {}),
    ...(walkover ? { walkover } : {}),
  };
  const line = p.summary?.line ?? p.legs[p.legs.length - 1]!.line;
  const verdict = checkTie(
    id,
    { teams: [home.id, away.id], legs, playoff, coinToss, walkover },
    rules,
    nameOf,
    line,
  );
  const outcome = verdict.outcome;
  if (!outcome.ok) {
    if (verdict.problem) problems.push(verdict.problem);
    return { spec, outcome: {} };
  }
  const o = outcome.value;
  if (o.kind === 'decided') {
    if (!p.summary) {
      problems.push(
        problem('warning', 'summary-missing', line, `${id}: no result line; the engine gives "${o.summary}"`),
      );
    } else if (!same(o.summary, p.summary.text)) {
      problems.push(
        problem(
          'error',
          'summary-disagrees',
          p.summary.line,
          `${id}: the article says "${p.summary.text}", the engine (${rules.id}) gives "${o.summary}"`,
        ),
      );
    }
    return { spec, outcome: { winner: o.winner, loser: o.loser } };
  }
  if (p.summary) {
    problems.push(
      problem(
        'error',
        'summary-disagrees',
        p.summary.line,
        `${id}: the article says "${p.summary.text}", but under ${rules.id} the tie still needs ${o.next}`,
      ),
    );
  }
  return { spec, outcome: {} };
}

/**
 * The 90-minute score and extra-time goals of a last leg written after extra time: every split that
 * leaves the tie level after 90 minutes under the rules; the one with the fewest extra-time goals is
 * taken (the outcome does not depend on the split, since aggregates and away goals count both).
 */
function splitExtraTime(
  legs: ReadonlyArray<Leg>,
  rules: TieRules,
  teams: readonly [TeamId, TeamId],
): { score: readonly [number, number]; extraTime: readonly [number, number]; choices: number } | undefined {
  const last = legs[legs.length - 1]!;
  const [h, a] = last.score ?? [0, 0];
  let best: { score: readonly [number, number]; extraTime: readonly [number, number] } | undefined;
  let choices = 0;
  for (let h90 = h; h90 >= 0; h90--) {
    for (let a90 = a; a90 >= 0; a90--) {
      const trial = [...legs.slice(0, -1), { home: last.home, away: last.away, score: [h90, a90] as const }];
      const r = resolveTie({ teams, legs: trial }, rules);
      if (r.ok && r.value.kind === 'undecided' && r.value.next === 'extra-time') {
        choices++;
        if (!best || h90 + a90 > best.score[0] + best.score[1])
          best = { score: [h90, a90], extraTime: [h - h90, a - a90] };
      }
    }
  }
  return best ? { ...best, choices } : undefined;
}
