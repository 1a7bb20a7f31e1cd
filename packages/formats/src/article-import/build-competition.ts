import {
  type Amendment,
  type Competition,
  checkCompetition,
  createKnockout,
  type DateRange,
  type DrawRecord,
  findRules,
  type GroupResult,
  type Leg,
  type LegOrder,
  presets,
  type Round,
  type RoundId,
  type RoundWindows,
  resolveTie,
  roundId,
  type Slot,
  type Team,
  type TeamId,
  type TieId,
  type TieRules,
  type TieSpec,
  teamId,
  tieId,
} from '@cupstage/core';
import { readFormat } from './format-rules.ts';
import type { ParsedLeg } from './leg-line.ts';
import { type ImportProblem, problem } from './problems.ts';
import type { ArticleDoc, RoundItem } from './read-article.ts';
import { summaryMisfit } from './summary-line.ts';
import { countOf, normalizeScoreDashes, parseDate, parseDateRange, slug } from './text.ts';

export interface BuildOptions {
  /** Rules to use instead of the format paragraph's (the paragraph is still checked against them). */
  readonly rules?: TieRules;
}

interface Ctx {
  readonly problems: ImportProblem[];
  readonly teams: Team[];
  readonly byName: Map<string, Team>;
}

function addTeam(ctx: Ctx, name: string, country: string, line: number): Team {
  const known = ctx.byName.get(name);
  if (known) {
    if (known.country !== country) {
      ctx.problems.push(
        problem(
          'error',
          'country-mismatch',
          line,
          `${name} is written with ${country} here but with ${known.country} before`,
        ),
      );
    }
    return known;
  }
  let id = slug(name) || 'team';
  while (ctx.teams.some((t) => t.id === id)) id = `${id}-2`;
  const team: Team = { id: teamId(id), name, country };
  ctx.teams.push(team);
  ctx.byName.set(name, team);
  return team;
}

/** `Quarter-finals` → `QF`, `Round of 16` → `R16`, `Final` → `F`. */
function tiePrefix(name: string): string {
  const r = /round of (\d+)/i.exec(name);
  if (r) return `R${r[1]}`;
  return (
    name
      .split(/[\s-]+/)
      .map((w) => (/^\d+$/.test(w) ? w : (w[0] ?? '').toUpperCase()))
      .join('') || 'T'
  );
}

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
 * Builds the competition an article states, checking every result line against the engine. Problems
 * found on the way are returned beside the competition; the competition is undefined when nothing
 * usable was found (no rounds, no rules).
 */
export function buildCompetition(
  doc: ArticleDoc,
  options: BuildOptions,
  problems: ImportProblem[],
): Competition | undefined {
  const ctx: Ctx = { problems, teams: [], byName: new Map() };

  // Title, name and stage.
  const titleText = doc.title?.value;
  let name = doc.total?.value.name;
  let stageName = doc.total?.value.stage;
  if (!name || !stageName) {
    const m = titleText
      ? /^(.+?) (knockout (?:stage|phase)|final (?:stage|phase)|final tournament)$/.exec(titleText)
      : null;
    name = name ?? m?.[1] ?? titleText;
    stageName = stageName ?? m?.[2] ?? 'knockout stage';
  }
  if (!name) {
    problems.push(
      problem(
        'error',
        'no-title',
        1,
        'the article has no title line such as "= 2017 CAF Confederation Cup knockout stage ="',
      ),
    );
    return undefined;
  }
  if (titleText && doc.total && titleText !== `${name} ${stageName}`) {
    problems.push(
      problem(
        'warning',
        'title-mismatch',
        doc.title?.line,
        `the title "${titleText}" is not "${name} ${stageName}" as the intro says`,
      ),
    );
  }
  const seasonMatch = /^(\d{4}(?:[–-]\d{2,4})?) (.+)$/.exec(name);
  const season = seasonMatch?.[1];
  const id = seasonMatch ? `${slug(seasonMatch[2]!)}-${slug(seasonMatch[1]!)}` : slug(name);

  // Qualified teams and groups.
  const groups: GroupResult[] = [];
  for (const row of doc.qualified.rows) {
    const [group, ...positions] = row.value;
    const members: TeamId[] = [];
    for (const cell of positions) {
      if (cell === '') continue;
      const m = /^([A-Z]{3}) (.+)$/.exec(cell);
      if (!m) {
        problems.push(
          problem(
            'error',
            'bad-team-cell',
            row.line,
            `"${cell}" is not a team written as "TUN Club Africain"`,
          ),
        );
        continue;
      }
      members.push(addTeam(ctx, m[2]!, m[1]!, row.line).id);
    }
    if (group && members.length > 0) groups.push({ group, positions: members });
  }

  // Rules.
  const paragraph = doc.formatParagraphs.map((p) => p.value).join(' ');
  const formatLine = doc.formatParagraphs[0]?.line;
  const read = paragraph ? readFormat(paragraph) : undefined;
  const stated = read && !('reason' in read) ? read : undefined;
  if (read && 'reason' in read) {
    // Never a guessed chain: the paragraph is named, and the rules must come from elsewhere.
    const quoted = paragraph.length > 120 ? `${paragraph.slice(0, 117)}...` : paragraph;
    problems.push(
      problem(
        'warning',
        'rules-not-understood',
        formatLine,
        `the format paragraph "${quoted}" was not read as rules: ${read.reason}; give the rules (--rules) instead`,
      ),
    );
  }
  if (stated && !stated.preset) {
    problems.push(
      problem(
        'note',
        'rules-not-a-preset',
        formatLine,
        `the format paragraph states rules that match no preset: ${stated.rules.deciders.map((d) => d.kind).join(', ')}`,
      ),
    );
  }
  if (options.rules && stated && options.rules.id !== stated.rules.id) {
    problems.push(
      problem(
        'warning',
        'rules-overridden',
        formatLine,
        `the format paragraph states ${stated.rules.id}, but --rules gives ${options.rules.id}; using ${options.rules.id}`,
      ),
    );
  }
  const baseRules = options.rules ?? stated?.rules;
  if (!baseRules) {
    problems.push(
      problem(
        'error',
        'rules-not-stated',
        formatLine,
        'the rules are not stated: add a format paragraph (==Format==) or give a rules preset',
      ),
    );
    return undefined;
  }
  const roundRules = new Map<string, TieRules>();
  for (const r of doc.roundRules) {
    const preset =
      Object.values(presets).find((p) => p.name === r.value.rules || p.id === r.value.rules) ??
      findRules(r.value.rules);
    if (preset) roundRules.set(r.value.round.toLowerCase(), preset);
    else
      problems.push(
        problem(
          'error',
          'unknown-rules-name',
          r.line,
          `"${r.value.rules}" is not the name of a rules preset`,
        ),
      );
  }

  // Period.
  let period: DateRange | undefined;
  if (doc.period) {
    const to = parseDate(doc.period.value.to);
    const from = to ? parseDateRange(`${doc.period.value.from} – ${doc.period.value.to}`) : undefined;
    if (from) period = from;
    else
      problems.push(
        problem(
          'error',
          'bad-date',
          doc.period.line,
          `"from ${doc.period.value.from} to ${doc.period.value.to}" is not a date range`,
        ),
      );
  }

  // Rounds, in the order of their sections.
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
  const usedTieIds = new Set<string>();
  const rounds: Round[] = [];
  const outcomes = new Map<TieId, { winner?: TeamId; loser?: TeamId }>();
  const nameOf = (t: TeamId): string => ctx.teams.find((x) => x.id === t)?.name ?? t;
  const groupSlot = new Map<TeamId, Slot>();
  for (const g of groups) {
    for (const [i, t] of g.positions.entries())
      groupSlot.set(t, { kind: 'group', group: g.group, position: i + 1 });
  }

  doc.rounds.forEach((section, r) => {
    const key = section.name.toLowerCase();
    const rules = roundRules.get(key) ?? roundRules.get(key.replace(/s$/, '')) ?? baseRules;
    const rid = roundId(slug(section.name) || `round-${r + 1}`);
    roundIds.set(key, rid);
    let prefix = tiePrefix(section.name);
    if ([...usedTieIds].some((t) => t.startsWith(prefix) && /^\d*$/.test(t.slice(prefix.length))))
      prefix = `${prefix}${r + 1}-`;
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
      for (const t of prev?.ties ?? []) {
        const o = outcomes.get(t.id);
        if (o?.winner === team) return { kind: 'winner', tie: t.id };
        if (o?.loser === team) return { kind: 'loser', tie: t.id };
      }
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
    pending.forEach((p, i) => {
      const id = tieId(pending.length === 1 ? prefix.replace(/-$/, '') : `${prefix}${i + 1}`);
      usedTieIds.add(id);
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
      const winner = ctx.byName.get(parsed.winner);
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
    const stated = schedules.get(key);
    // A single-match round's date sits in the first date column of a two-legged schedule table.
    const schedule =
      stated && rules.legs === 1 && stated.firstLeg && !stated.match && !stated.secondLeg
        ? { match: stated.firstLeg }
        : stated;
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

  // Draws for the order of legs.
  const draws: DrawRecord[] = [];
  doc.draws.forEach((d, i) => {
    const names = d.value.rounds.split(/, | and /).map((s) => s.trim().toLowerCase());
    const ids = names.map((nm) => roundIds.get(nm));
    if (ids.some((x) => x === undefined)) {
      problems.push(
        problem(
          'warning',
          'unknown-round',
          d.line,
          `the draw names a round that has no section: "${d.value.rounds}"`,
        ),
      );
    }
    const date = d.value.date ? parseDate(d.value.date) : undefined;
    const offset = /UTC([+−-])(\d{1,2})(?::(\d{2}))?/.exec(d.value.label ?? '');
    const tz = offset
      ? `${offset[1] === '+' ? '+' : '-'}${offset[2]!.padStart(2, '0')}:${offset[3] ?? '00'}`
      : '';
    const time = d.value.time ? `${d.value.time.padStart(5, '0')}:00` : undefined;
    const record: DrawRecord = {
      id: doc.draws.length === 1 ? 'leg-order-draw' : `leg-order-draw-${i + 1}`,
      description: d.value.description,
      ...(date ? { heldAt: time ? `${date}T${time}${tz}` : date } : {}),
      ...(d.value.label ? { timeZoneLabel: d.value.label } : {}),
      ...(d.value.place ? { place: d.value.place } : {}),
      rounds: ids.filter((x): x is RoundId => x !== undefined),
    };
    draws.push(record);
  });
  const withDraws = rounds.map((round) => {
    if (round.legOrder.kind !== 'draw') return round;
    const draw = draws.find((d) => d.rounds.includes(round.id));
    return draw ? { ...round, legOrder: { kind: 'draw', draw: draw.id } as LegOrder } : round;
  });

  // Amendments of the calendar (dates without a year take the year of the round's window).
  const amendments: Amendment[] = [];
  for (const a of doc.amendments) {
    const rid = roundIds.get(a.value.round.toLowerCase());
    const round = withDraws.find((x) => x.id === rid);
    if (!rid || !round) {
      problems.push(
        problem(
          'warning',
          'unknown-round',
          a.line,
          `the amendment names "${a.value.round}", which has no section`,
        ),
      );
      continue;
    }
    const key =
      a.value.window === 'first-leg' ? 'firstLeg' : a.value.window === 'second-leg' ? 'secondLeg' : 'match';
    const year = Number((round.schedule?.[key]?.to ?? period?.to ?? '').slice(0, 4)) || undefined;
    const to = parseDateRange(a.value.to, year);
    const fromYear = to ? Number(to.from.slice(0, 4)) : year;
    const from = parseDateRange(a.value.from, fromYear);
    if (!from || !to) {
      problems.push(
        problem(
          'error',
          'bad-date',
          a.line,
          `"moved from ${a.value.from} to ${a.value.to}" does not read as two date ranges`,
        ),
      );
      continue;
    }
    const current = round.schedule?.[key];
    if (current && (current.from !== to.from || current.to !== to.to)) {
      problems.push(
        problem(
          'warning',
          'amendment-mismatch',
          a.line,
          `the amendment moves ${round.name} ${a.value.window} to ${a.value.to}, but the schedule table says otherwise`,
        ),
      );
    }
    amendments.push({
      round: rid,
      window: a.value.window,
      from,
      to,
      ...(a.value.reason ? { reason: a.value.reason } : {}),
    });
  }

  const competition: Competition = {
    id: id || 'competition',
    name,
    stageName,
    ...(season ? { season } : {}),
    ...(period ? { period } : {}),
    ...(stated?.reference ? { rulesReference: stated.reference } : {}),
    teams: ctx.teams,
    groups,
    rounds: withDraws,
    amendments,
    draws,
  };

  // Counts the article states.
  const total = doc.total ? countOf(doc.total.value.count) : undefined;
  if (total !== undefined && total !== ctx.teams.length) {
    problems.push(
      problem(
        'warning',
        'team-count-mismatch',
        doc.total?.line,
        `the intro says ${doc.total?.value.count} teams, but ${ctx.teams.length} teams play in the article`,
      ),
    );
  }
  if (stated?.teams !== undefined && stated.teams !== ctx.teams.length) {
    problems.push(
      problem(
        'warning',
        'team-count-mismatch',
        formatLine,
        `the format paragraph says ${stated.teams} teams, but ${ctx.teams.length} teams play in the article`,
      ),
    );
  }
  for (const e of checkCompetition(competition)) {
    problems.push({ ...problem('error', e.code, undefined, e.message), path: e.path });
  }
  if (doc.champion) {
    const champion = createKnockout(competition).champion();
    const championName = champion === undefined ? undefined : nameOf(champion);
    if (championName !== doc.champion.value) {
      problems.push(
        problem(
          'error',
          'champion-disagrees',
          doc.champion.line,
          `the article names ${doc.champion.value} as champions, the engine ${championName ?? 'nobody yet'}`,
        ),
      );
    }
  }
  return competition;
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
    const h = ctx.byName.get(l.leg.home)!.id;
    const a = ctx.byName.get(l.leg.away)!.id;
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
      home: ctx.byName.get(playoffLine.leg.home)!.id,
      away: ctx.byName.get(playoffLine.leg.away)!.id,
      ...(split ? split : score ? { score } : {}),
      ...(playoffLine.leg.penalties ? { penalties: playoffLine.leg.penalties } : {}),
    };
  }
  // Penalties named only in the result line go to the match where the shoot-out was held.
  if (summary?.decidedBy === 'penalties' || (summary?.decidedBy === 'play-off' && summary.penalties)) {
    const target = playoff ?? legs[legs.length - 1];
    const winner = ctx.byName.get(summary.winner);
    if (target && winner && summary.penalties && !target.penalties) {
      const [w, l] = summary.penalties;
      const pens: readonly [number, number] = target.home === winner.id ? [w, l] : [l, w];
      if (playoff) Object.assign(playoff, { penalties: pens });
      else legs[legs.length - 1] = { ...target, penalties: pens };
    }
  }
  // A coin toss or a walkover is known only from the result line.
  const named = summary ? ctx.byName.get(summary.winner)?.id : undefined;
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
  const outcome = resolveTie({ teams: [home.id, away.id], legs, playoff, coinToss, walkover }, rules, {
    nameOf,
  });
  const line = p.summary?.line ?? p.legs[p.legs.length - 1]!.line;
  if (!outcome.ok) {
    problems.push(
      problem(
        'error',
        `engine-${outcome.error.code}`,
        line,
        `${id}: the engine rejects these legs under ${rules.id}: ${outcome.error.message}`,
      ),
    );
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
