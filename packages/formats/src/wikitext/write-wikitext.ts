import {
  type ArticleBlock,
  type BracketModel,
  type BracketTie,
  buildArticle,
  type Competition,
  type DerivedTie,
  type Knockout,
  sideMarker,
  type Team,
  type TeamId,
} from '@cupstage/core';
import { parseSummaryLine } from '../article-import/summary-line.ts';

/** Keeps a value from breaking a template or table cell. */
function cell(text: string): string {
  return text.replaceAll('|', '{{!}}');
}

const link = (name: string): string => `[[${cell(name)}]]`;
const bold = (text: string, on: boolean): string => (on ? `'''${text}'''` : text);

const AWAY = '[[Away goals rule|a]]';
const PENS = '[[Penalty shoot-out (association football)|p]]';
const AET = '[[Overtime (sports)#Association football|a.e.t.]]';

function table(header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): string {
  const out = ['{| class="wikitable"', `! ${header.map(cell).join(' !! ')}`];
  for (const row of rows) out.push('|-', `| ${row.map(cell).join(' || ')}`);
  out.push('|}');
  return out.join('\n');
}

/** The aggregate cell: side 0 first, the marker beside it (`2–2 (a)`, `1–1 (4–5 p)`). */
function aggregateCell(tie: DerivedTie): string {
  const state = tie.state;
  if (state.kind === 'resolved') {
    const o = state.outcome;
    const [a, b] = o.totals.aggregate;
    const played = tie.spec.legs.some((l) => l.score !== undefined);
    if (!played) return '';
    if (o.kind !== 'decided') return `${a}–${b}`;
    switch (o.decidedBy) {
      case 'away-goals':
      case 'away-goals-extra-time':
        return `${a}–${b} (${AWAY})`;
      case 'penalties': {
        const p = o.totals.penalties ?? [0, 0];
        return `${a}–${b} (${p[0]}–${p[1]} ${PENS})`;
      }
      case 'play-off': {
        const p = o.totals.playoff ?? [0, 0];
        return `${a}–${b} (play-off ${p[0]}–${p[1]})`;
      }
      case 'coin-toss':
        return `${a}–${b} (coin toss)`;
      case 'walkover':
        return 'w/o';
      case 'aggregate':
      case 'points':
      case 'extra-time':
        return `${a}–${b}`;
      case 'golden-goal':
        return `${a}–${b} (g.g.)`;
      case 'silver-goal':
        return `${a}–${b} (s.g.)`;
      default: {
        const never: never = o.decidedBy;
        return never;
      }
    }
  }
  if (state.kind === 'reported') {
    const s = parseSummaryLine(state.summary);
    if (!s?.score) return '';
    const winnerFirst = state.winner !== undefined && state.winner === tie.teams[0];
    return winnerFirst ? `${s.score[0]}–${s.score[1]}` : `${s.score[1]}–${s.score[0]}`;
  }
  return '';
}

/** A leg's score with side 0's goals first (after extra time, marked). */
function legCell(tie: DerivedTie, l: number): string {
  const leg = tie.spec.legs[l];
  if (!leg?.score) return '';
  const et = leg.extraTime ?? [0, 0];
  const home = leg.score[0] + et[0];
  const away = leg.score[1] + et[1];
  const side0Home = leg.home === tie.teams[0];
  const text = side0Home ? `${home}–${away}` : `${away}–${home}`;
  return leg.extraTime ? `${text} (${AET})` : text;
}

function winnerOf(tie: DerivedTie): TeamId | undefined {
  if (tie.state.kind === 'resolved' && tie.state.outcome.kind === 'decided') return tie.state.outcome.winner;
  if (tie.state.kind === 'reported') return tie.state.winner;
  return undefined;
}

function resultRow(
  tie: DerivedTie,
  legs: 1 | 2,
  teams: ReadonlyMap<TeamId, Team>,
  label: (s: 0 | 1) => string,
): string {
  const winner = winnerOf(tie);
  const side = (s: 0 | 1): [string, string] => {
    const t = tie.teams[s];
    const info = t === undefined ? undefined : teams.get(t);
    return [
      bold(info ? link(info.name) : cell(label(s)), winner !== undefined && winner === t),
      info?.country ?? '',
    ];
  };
  const [n0, c0] = side(0);
  const [n1, c1] = side(1);
  if (legs === 1) return `{{OneLegResult|${n0}|${c0}|${legCell(tie, 0) || aggregateCell(tie)}|${n1}|${c1}}}`;
  return `{{TwoLegResult|${n0}|${c0}|${aggregateCell(tie)}|${n1}|${c1}|${legCell(tie, 0)}|${legCell(tie, 1)}}}`;
}

function resultsTable(
  ties: ReadonlyArray<DerivedTie>,
  legs: 1 | 2,
  teams: ReadonlyMap<TeamId, Team>,
  labels: ReadonlyMap<string, BracketTie>,
): string {
  const header =
    legs === 2 ? '! Team 1 !! Agg. !! Team 2 !! 1st leg !! 2nd leg' : '! Team 1 !! Score !! Team 2';
  const rows = ties.map((t) =>
    resultRow(t, legs, teams, (s) => labels.get(t.id)?.sides[s].label ?? `Side ${s + 1}`),
  );
  return ['{| class="wikitable" style="text-align:center"', header, ...rows, '|}'].join('\n');
}

function bracketSideParams(prefix: string, n: number, tie: BracketTie, s: 0 | 1, legs: 1 | 2): string[] {
  const side = tie.sides[s];
  const name = side.team !== undefined ? link(side.label) : cell(side.label);
  const out = [`| ${prefix}-team${n} = ${bold(name, side.winner)}`];
  side.legs.forEach((g, l) => {
    if (legs === 2) out.push(`| ${prefix}-score${n}-${l + 1} = ${g ?? ''}`);
    else out.push(`| ${prefix}-score${n} = ${bold(String(g ?? ''), side.winner && g !== undefined)}`);
  });
  if (legs === 2) {
    const own = sideMarker(tie, s);
    const marker = own ? ` (${own.replace(/\bp$/, PENS).replace(/^a$/, AWAY)})` : '';
    const agg = side.aggregate === undefined ? '' : `${bold(String(side.aggregate), side.winner)}${marker}`;
    out.push(`| ${prefix}-score${n}-agg = ${agg}`);
  }
  return out;
}

/**
 * The bracket for Module:Team bracket: one `RDn` per round, `legs` per round, the aggregate as
 * `RDn-scoreK-agg`, the team that went through in bold with its marker.
 *
 * @example teamBracket(bracketModel(c, ko)) // '{{#invoke:Team bracket|main\n| rounds = 3\n...'
 */
export function teamBracket(model: BracketModel): string {
  const lines = ['{{#invoke:Team bracket|main', `| rounds = ${model.rounds.length}`];
  const twoLegs = model.rounds.some((r) => r.legs === 2);
  lines.push(`| legs = ${twoLegs ? 2 : 1}`);
  if (twoLegs) lines.push('| aggregate = y');
  model.rounds.forEach((round, r) => {
    lines.push(`| RD${r + 1} = ${cell(round.name)}`);
    if (twoLegs && round.legs === 1) lines.push(`| RD${r + 1}-legs = 1`);
  });
  model.rounds.forEach((round, r) => {
    round.ties.forEach((tie, t) => {
      lines.push(...bracketSideParams(`RD${r + 1}`, 2 * t + 1, tie, 0, round.legs));
      lines.push(...bracketSideParams(`RD${r + 1}`, 2 * t + 2, tie, 1, round.legs));
    });
  });
  lines.push('}}');
  return lines.join('\n');
}

function blockText(block: ArticleBlock): string | undefined {
  switch (block.kind) {
    case 'heading':
      return `==${block.text}==`;
    case 'paragraph':
      return block.text;
    case 'table':
      return table(block.header, block.rows);
    case 'list':
      return block.items.map((i) => `* ${i}`).join('\n');
    case 'bracket':
      return teamBracket(block.bracket);
    case 'match':
    case 'summary':
    case 'separator':
      return undefined;
    default: {
      const never: never = block;
      return never;
    }
  }
}

/**
 * The article as MediaWiki source: the same sections as the text report, the qualified-teams and
 * schedule tables as wikitables, one `{{TwoLegResult}}` row per tie (aggregate with its `(a)` or
 * `(5–4 p)` marker, both legs from the first-named team's side, winner in bold; `{{OneLegResult}}`
 * for single matches), and the bracket for Module:Team bracket.
 *
 * @example writeWikitext(c, createKnockout(c)) // '...{{TwoLegResult|[[MC Alger]]|ALG|1–2|...'
 */
export function writeWikitext(c: Competition, ko: Knockout): string {
  const article = buildArticle(c, ko);
  const teams = new Map(c.teams.map((t) => [t.id, t]));
  const derived = ko.ties();
  const labels = new Map<string, BracketTie>();
  for (const block of article.blocks)
    if (block.kind === 'bracket')
      for (const r of block.bracket.rounds) for (const t of r.ties) labels.set(t.id, t);
  const parts: string[] = [`'''${cell(article.title)}'''`];
  let round = -1;
  let tableDone = false;
  for (const block of article.blocks) {
    if (block.kind === 'heading') {
      const r = c.rounds.findIndex((x) => x.name === block.text);
      round = r;
      tableDone = false;
    }
    if (round >= 0 && !tableDone && (block.kind === 'match' || block.kind === 'summary')) {
      const ties = derived.filter((t) => t.roundIndex === round);
      parts.push(resultsTable(ties, c.rounds[round]!.rules.legs, teams, labels));
      tableDone = true;
    }
    const text = blockText(block);
    if (text !== undefined) parts.push(text);
  }
  return `${parts.join('\n\n')}\n`;
}
