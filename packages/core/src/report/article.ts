import type { DerivedTie, Knockout } from '../bracket/knockout.ts';
import type { Competition, Leg, Round, Team } from '../competition/types.ts';
import { qualifiedGroups } from '../group/group-positions.ts';
import type { TeamId } from '../ids.ts';
import { describeAmendment } from '../schedule/amendment.ts';
import { type BracketModel, bracketModel } from './bracket-model.ts';
import { formatDate, formatDateRange, formatPeriod } from './dates.ts';
import { formatParagraph, numberWord } from './format-paragraph.ts';
import { scoreText } from './summary-line.ts';

/** A piece of an article; formats render these as text, Markdown, wikitext or HTML. */
export type ArticleBlock =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | {
      readonly kind: 'table';
      readonly header: ReadonlyArray<string>;
      readonly rows: ReadonlyArray<ReadonlyArray<string>>;
    }
  | { readonly kind: 'list'; readonly items: ReadonlyArray<string> }
  | { readonly kind: 'match'; readonly line: string; readonly leg: MatchLine }
  | { readonly kind: 'summary'; readonly text: string }
  | { readonly kind: 'separator' }
  | { readonly kind: 'bracket'; readonly bracket: BracketModel };

/** One leg as the article prints it: `MC Alger ALG 1–0 TUN Club Africain`. */
export interface MatchLine {
  readonly home: string;
  readonly homeCountry: string;
  readonly away: string;
  readonly awayCountry: string;
  /** `1–0`, `2–1 (a.e.t.)`, or `v` when not yet played. */
  readonly score: string;
  readonly date?: string;
  readonly place?: string;
}

export interface Article {
  readonly title: string;
  readonly blocks: ReadonlyArray<ArticleBlock>;
}

const lower = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** `Quarter-finals` → `quarter-final` (as in "the four quarter-final winners"). */
function singular(roundName: string): string {
  const l = lower(roundName);
  return l.endsWith('s') ? l.slice(0, -1) : l;
}

function joinAnd(items: ReadonlyArray<string>): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The seed-style line of one leg. */
export function matchLine(leg: Leg, teams: ReadonlyMap<TeamId, Team>): MatchLine {
  const home = teams.get(leg.home);
  const away = teams.get(leg.away);
  let score = 'v';
  if (leg.score) {
    const et = leg.extraTime;
    score = et
      ? `${scoreText(leg.score[0] + et[0], leg.score[1] + et[1])} (a.e.t.)`
      : scoreText(leg.score[0], leg.score[1]);
  }
  const place = [leg.venue, leg.city].filter((x): x is string => x !== undefined).join(', ');
  return {
    home: home?.name ?? leg.home,
    homeCountry: home?.country ?? '',
    away: away?.name ?? leg.away,
    awayCountry: away?.country ?? '',
    score,
    ...(leg.date ? { date: formatDate(leg.date) } : {}),
    ...(place ? { place } : {}),
  };
}

/**
 * A leg's result alone, home goals first: `1–3`, `2–1 (a.e.t.)`, `1–1 (a.e.t.), 4–3 on penalties`,
 * or `v` while it has no score (an awarded result adds `(awarded)`).
 *
 * @example legResultText({ home, away, score: [1, 1], extraTime: [0, 0], penalties: [4, 3] }) // '1–1 (a.e.t.), 4–3 on penalties'
 */
export function legResultText(leg: Leg): string {
  const base = matchLine(leg, new Map()).score;
  const pens = leg.penalties ? `, ${scoreText(leg.penalties[0], leg.penalties[1])} on penalties` : '';
  return `${base}${leg.awarded ? ' (awarded)' : ''}${pens}`;
}

/** `MC Alger ALG 1–0 TUN Club Africain`. */
export function matchLineText(m: MatchLine): string {
  const home = m.homeCountry ? `${m.home} ${m.homeCountry}` : m.home;
  const away = m.awayCountry ? `${m.awayCountry} ${m.away}` : m.away;
  return `${home} ${m.score} ${away}`;
}

function positionsLabel(n: number): string[] {
  const names = ['Winners', 'Runners-up', 'Third place', 'Fourth place'];
  return Array.from({ length: n }, (_, i) => names[i] ?? `Position ${i + 1}`);
}

function roundDescription(c: Competition, r: number): string | undefined {
  const round = c.rounds[r]!;
  const name = lower(round.name);
  const isFinal = round.ties.length === 1 && r === c.rounds.length - 1;
  const draw =
    round.legOrder.kind === 'draw'
      ? c.draws.find((d) => round.legOrder.kind === 'draw' && d.id === round.legOrder.draw)
      : undefined;
  const legOrder =
    round.legOrder.kind === 'draw'
      ? `, with the order of legs decided by ${draw?.description ?? 'draw'}`
      : round.legOrder.kind === 'group-winners-host-second-leg'
        ? ', with the group winners hosting the second leg'
        : '';
  const allGroups = round.ties.every((t) => t.sides.every((s) => s.kind === 'group'));
  if (allGroups && round.legOrder.kind === 'group-winners-host-second-leg') {
    return `In the ${name}, the winners of one group played the runners-up of another group${legOrder}.`;
  }
  const prev = c.rounds[r - 1];
  const fromWinners = prev && round.ties.every((t) => t.sides.every((s) => s.kind === 'winner'));
  if (fromWinners) {
    const teams = round.ties.length * 2;
    const who = `the ${numberWord(teams)} ${singular(prev.name)} winners`;
    return isFinal
      ? `In the ${name}, ${who} played each other${legOrder}.`
      : `In the ${name}, ${who} played in ${numberWord(round.ties.length)} ties${legOrder}.`;
  }
  return undefined;
}

function scheduleTable(c: Competition): ArticleBlock | undefined {
  const withSchedule = c.rounds.filter((r) => r.schedule);
  if (withSchedule.length === 0) return undefined;
  const anyTwoLegs = withSchedule.some((r) => r.rules.legs === 2);
  const header = anyTwoLegs ? ['Round', 'First leg', 'Second leg'] : ['Round', 'Match'];
  const cell = (
    range: Round['schedule'] extends infer S ? S : never,
    key: 'firstLeg' | 'secondLeg' | 'match',
  ): string => {
    const value = range?.[key];
    return value ? formatDateRange(value) : '';
  };
  const rows = withSchedule.map((r) =>
    r.rules.legs === 2 || !anyTwoLegs
      ? [
          r.name,
          ...(anyTwoLegs
            ? [cell(r.schedule, 'firstLeg'), cell(r.schedule, 'secondLeg')]
            : [cell(r.schedule, 'match')]),
        ]
      : [r.name, cell(r.schedule, 'match'), ''],
  );
  return { kind: 'table', header, rows };
}

function drawSentence(c: Competition): string[] {
  return c.draws.map((d) => {
    const rounds = joinAnd(d.rounds.map((id) => lower(c.rounds.find((r) => r.id === id)?.name ?? id)));
    let when = '';
    if (d.heldAt) {
      const [date, time] = d.heldAt.split('T');
      when = ` on ${formatDate(date ?? '')}${time ? `, ${time.slice(0, 5)}${d.timeZoneLabel ? ` ${d.timeZoneLabel}` : ''}` : ''}`;
    }
    return `The order of legs for the ${rounds} was decided by ${d.description}${when}${d.place ? `, at ${d.place}` : ''}.`;
  });
}

function tieBlocks(tie: DerivedTie, teams: ReadonlyMap<TeamId, Team>): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  for (const leg of tie.spec.legs) {
    const m = matchLine(leg, teams);
    blocks.push({ kind: 'match', line: matchLineText(m), leg: m });
  }
  if (tie.spec.playoff) {
    const m = matchLine(tie.spec.playoff, teams);
    blocks.push({ kind: 'match', line: `Play-off: ${matchLineText(m)}`, leg: m });
  }
  const state = tie.state;
  if (state.kind === 'resolved' && state.outcome.kind === 'decided')
    blocks.push({ kind: 'summary', text: state.outcome.summary });
  else if (state.kind === 'reported') blocks.push({ kind: 'summary', text: state.summary });
  else if (state.kind === 'invalid')
    blocks.push({ kind: 'summary', text: `Result needs attention: ${state.error.message}` });
  return blocks;
}

/**
 * The article regenerated from data: intro, qualified teams, format (from the rules), schedule with
 * amendments, bracket, and every round with its legs and result lines.
 */
export function buildArticle(c: Competition, ko: Knockout): Article {
  const title = `${c.name} ${c.stageName}`;
  const teams = new Map(c.teams.map((t) => [t.id, t]));
  const blocks: ArticleBlock[] = [];
  const intro: string[] = [];
  if (c.period) intro.push(`The ${title} was played ${formatPeriod(c.period)}.`);
  intro.push(
    `A total of ${numberWord(c.teams.length)} teams competed in the ${c.stageName} to decide the champions of the ${c.name}.`,
  );
  blocks.push({ kind: 'paragraph', text: intro.join(' ') });

  const groups = qualifiedGroups(c);
  if (groups.length > 0) {
    const size = c.groupStage?.advance ?? Math.max(...groups.map((g) => g.positions.length));
    const labels = positionsLabel(size);
    const who =
      size === 2
        ? 'The winners and runners-up'
        : size === 1
          ? 'The winners'
          : `The top ${numberWord(size)} teams`;
    const first = c.rounds[0];
    blocks.push({ kind: 'heading', text: 'Qualified teams' });
    blocks.push({
      kind: 'paragraph',
      text: `${who} of each of the ${numberWord(groups.length)} groups in the group stage advanced to the ${lower(first?.name ?? 'knockout stage')}.`,
    });
    blocks.push({
      kind: 'table',
      header: ['Group', ...labels],
      rows: groups.map((g) => [
        g.group,
        ...labels.map((_, i) => {
          const t = g.positions[i];
          const info = t === undefined ? undefined : teams.get(t);
          return info ? `${info.country} ${info.name}` : '';
        }),
      ]),
    });
  }

  const first = c.rounds[0];
  if (first) {
    blocks.push({ kind: 'heading', text: 'Format' });
    blocks.push({ kind: 'paragraph', text: formatParagraph(first.rules, c.teams.length, c.rulesReference) });
    for (const round of c.rounds.slice(1)) {
      if (round.rules.id !== first.rules.id) {
        blocks.push({
          kind: 'paragraph',
          text: `The ${lower(round.name)} was played under different rules: ${round.rules.name}.`,
        });
      }
    }
  }

  const schedule = scheduleTable(c);
  if (schedule) {
    blocks.push({ kind: 'heading', text: 'Schedule' });
    blocks.push({ kind: 'paragraph', text: 'The schedule of each round was as follows.' });
    blocks.push(schedule);
    if (c.amendments.length > 0) {
      blocks.push({
        kind: 'paragraph',
        text: 'The calendar was amended from the original one for the following dates:',
      });
      blocks.push({
        kind: 'list',
        items: c.amendments.map((a) => describeAmendment(c, a)),
      });
    }
  }

  blocks.push({ kind: 'heading', text: 'Bracket' });
  blocks.push({ kind: 'paragraph', text: 'The bracket of the knockout stage was determined as follows:' });
  blocks.push({
    kind: 'table',
    header: ['Round', 'Matchups'],
    rows: c.rounds.map((r) => [
      r.name,
      r.legOrder.kind === 'group-winners-host-second-leg'
        ? '(Group winners host second leg)'
        : r.legOrder.kind === 'draw'
          ? '(Order of legs decided by draw)'
          : r.legOrder.kind === 'neutral'
            ? '(Single match at a neutral venue)'
            : '(Fixed bracket)',
    ]),
  });
  for (const sentence of drawSentence(c)) blocks.push({ kind: 'paragraph', text: sentence });
  blocks.push({ kind: 'bracket', bracket: bracketModel(c, ko) });

  const derived = ko.ties();
  c.rounds.forEach((round, r) => {
    blocks.push({ kind: 'heading', text: round.name });
    const description = roundDescription(c, r);
    if (description) blocks.push({ kind: 'paragraph', text: description });
    const ties = derived.filter((t) => t.roundIndex === r);
    ties.forEach((tie, i) => {
      if (i > 0) blocks.push({ kind: 'separator' });
      blocks.push(...tieBlocks(tie, teams));
    });
  });
  return { title, blocks };
}
