import type { Competition, Team } from '../competition/types.ts';
import { rankGroup } from '../group/rank-group.ts';
import { measureOf, standings } from '../group/standings.ts';
import { groupOutlook, type TeamStatus } from '../group/team-status.ts';
import type { Criterion, Group, GroupRanking, GroupStage, Measure, TieBreak } from '../group/types.ts';
import type { TeamId } from '../ids.ts';
import { type Article, type ArticleBlock, matchLine, matchLineText } from './article.ts';
import { numberWord } from './format-paragraph.ts';

/** One line of a Wikipedia-style group table, every cell as printed. */
export interface GroupTableRow {
  readonly position: string;
  readonly team: TeamId;
  readonly name: string;
  readonly country: string;
  readonly played: number;
  readonly won: number;
  readonly drawn: number;
  readonly lost: number;
  readonly goalsFor: number;
  readonly goalsAgainst: number;
  /** `+7`, `0`, `−4` (with the minus sign U+2212, as Wikipedia prints it). */
  readonly goalDifference: string;
  readonly points: number;
  /** The qualifying positions' label (e.g. `Knockout stage`) once the place is settled, else empty. */
  readonly qualification: string;
  /** While the group runs: the team's status from the remaining matches, when it is settled. */
  readonly status?: TeamStatus;
}

/** A group's table as an article prints it, with a note for each tie on points broken past points. */
export interface GroupTable {
  readonly group: string;
  readonly rows: ReadonlyArray<GroupTableRow>;
  readonly notes: ReadonlyArray<string>;
  readonly complete: boolean;
}

const MINUS = '\u2212';
const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `${MINUS}${-n}` : '0');

const MEASURE: Record<Measure, string> = {
  points: 'points',
  'goal-difference': 'goal difference',
  'goals-for': 'goals scored',
  'away-goals': 'away goals scored',
  wins: 'wins',
  'away-wins': 'away wins',
};

/** The criterion in words, e.g. `head-to-head points, goal difference, goals scored and away goals scored`. */
export function criterionText(c: Criterion): string {
  switch (c.kind) {
    case 'overall':
      return c.measure === 'points' ? 'points' : `${MEASURE[c.measure]} in all group matches`;
    case 'head-to-head': {
      const list = c.measures.map((m) => MEASURE[m]);
      const joined = list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list.at(-1)}` : list.join('');
      return `head-to-head ${joined} (the matches among the teams level${c.reapply ? ', re-applied to any teams still level after them' : ''})`;
    }
    case 'disciplinary':
      return 'fewer disciplinary points';
    case 'coefficient':
      return `${c.better} ${c.name}`;
    case 'lots':
      return 'drawing of lots';
    case 'opponents':
      return `${MEASURE[c.measure]} collectively of the opponents met`;
    default: {
      const never: never = c;
      return String(never);
    }
  }
}

/** "Teams are ranked by points (3 for a win, 1 for a draw, 0 for a loss); if level on points: 1. …" */
export function rankingRulesText(stage: GroupStage): string {
  const p = stage.points;
  const rest = stage.tieBreakers.criteria.filter((c) => !(c.kind === 'overall' && c.measure === 'points'));
  const steps = rest.map((c, i) => `${i + 1}. ${criterionText(c)}`).join('; ');
  return `The teams are ranked by points (${p.win} for a win, ${p.draw} for a draw, ${p.loss} for a loss); teams level on points are ranked by ${steps} (${stage.tieBreakers.source}).`;
}

function noteOf(tb: TieBreak, group: Group, stage: GroupStage, names: (t: TeamId) => string): string {
  const c = stage.tieBreakers.criteria[tb.criterion]!;
  const list = (values: ReadonlyArray<string>) =>
    tb.teams.map((t, i) => `${names(t)} ${values[i]}`).join(', ');
  switch (c.kind) {
    case 'head-to-head': {
      const among = standings(tb.teams, group.matches, stage.points);
      const m =
        c.measures.find((x) => new Set(tb.teams.map((t) => measureOf(among.get(t)!, x))).size > 1) ??
        c.measures[0]!;
      const values = tb.teams.map((t) => measureOf(among.get(t)!, m));
      const shown = values.map((v) => (m === 'goal-difference' ? signed(v) : String(v)));
      return `Head-to-head ${MEASURE[m]}${tb.reapplied ? ' (re-applied)' : ''}: ${list(shown)}.`;
    }
    case 'overall': {
      const all = standings(group.teams, group.matches, stage.points);
      const values = tb.teams.map((t) => measureOf(all.get(t)!, c.measure));
      const shown = values.map((v) => (c.measure === 'goal-difference' ? signed(v) : String(v)));
      return `${MEASURE[c.measure].charAt(0).toUpperCase()}${MEASURE[c.measure].slice(1)}: ${list(shown)}.`;
    }
    case 'disciplinary':
      return `Disciplinary points: ${list(tb.teams.map((t) => String(group.disciplinary?.[t])))}.`;
    case 'coefficient':
      return `${c.name}: ${list(tb.teams.map((t) => String(group.coefficients?.[t])))}.`;
    case 'lots':
      return `Drawing of lots: ${tb.teams.map(names).join(', ')}.`;
    case 'opponents': {
      const all = standings(group.teams, group.matches, stage.points);
      const values = tb.teams.map((t) =>
        group.matches.reduce((sum, m) => {
          const o = m.home === t ? m.away : m.away === t ? m.home : undefined;
          return o === undefined ? sum : sum + measureOf(all.get(o)!, c.measure);
        }, 0),
      );
      const shown = values.map((v) => (c.measure === 'goal-difference' ? signed(v) : String(v)));
      return `Opponents' ${MEASURE[c.measure]}: ${list(shown)}.`;
    }
    default: {
      const never: never = c;
      return String(never);
    }
  }
}

/**
 * Every group of a stage as a Wikipedia-style table: Pos, Team, Pld, W, D, L, GF, GA, GD, Pts,
 * Qualification, with a note for each tie on points the criteria broke (FUS Rabat and KCCA:
 * "Head-to-head goal difference: FUS Rabat +1, KCCA −1.") and for each position still undecided.
 */
export function groupTables(c: Competition, stage: GroupStage): GroupTable[] {
  const teams = new Map<TeamId, Team>([...c.teams, ...stage.teams].map((t) => [t.id, t]));
  const names = (t: TeamId): string => teams.get(t)?.name ?? t;
  return stage.groups.map((group) => {
    const r: GroupRanking = rankGroup(group, stage.tieBreakers, stage.points);
    const notes = r.tieBreaks
      .filter((tb) => {
        const k = stage.tieBreakers.criteria[tb.criterion];
        return k !== undefined && k.kind !== 'overall';
      })
      .map((tb) => noteOf(tb, group, stage, names));
    const undecided = new Map<string, ReadonlyArray<TeamId>>();
    for (const line of r.table) {
      if (line.undecided) undecided.set(`${line.position}:${line.undecided.needs}`, line.undecided.level);
    }
    for (const [key, level] of undecided) {
      const needs = key.slice(key.indexOf(':') + 1);
      const what =
        needs === 'lots'
          ? 'the drawing of lots'
          : needs === 'disciplinary'
            ? 'disciplinary points'
            : needs === 'coefficient'
              ? 'the coefficients'
              : 'a criterion the rules do not give';
      notes.push(`${level.map(names).join(', ')}: position undecided, needs ${what}.`);
    }
    // While the group runs, each team's status from its remaining matches (bounded work: a group
    // too far from its end to enumerate simply shows none).
    const status = new Map<TeamId, TeamStatus>();
    if (!r.complete) {
      const outlook = groupOutlook(group, stage.tieBreakers, stage.points, stage.advance, {
        maxGoals: 4,
        maxOutcomes: 200_000,
      });
      if (outlook.ok)
        for (const o of outlook.value) if (o.status !== 'can-still-qualify') status.set(o.team, o.status);
      for (const [t, s] of status)
        if (s === 'through-as-winners') notes.push(`${names(t)}: through as group winners.`);
    }
    return {
      group: group.id,
      complete: r.complete,
      notes,
      rows: r.table.map((line) => {
        const x = line.row;
        const t = teams.get(x.team);
        return {
          position: String(line.position),
          team: x.team,
          name: t?.name ?? x.team,
          country: t?.country ?? '',
          played: x.played,
          won: x.won,
          drawn: x.drawn,
          lost: x.lost,
          goalsFor: x.goalsFor,
          goalsAgainst: x.goalsAgainst,
          goalDifference: signed(x.goalDifference),
          points: x.points,
          // Only a settled place: a complete group's qualifying positions, or a team already through.
          qualification:
            (r.complete && line.position <= stage.advance && !line.undecided) ||
            status.get(x.team) === 'through' ||
            status.get(x.team) === 'through-as-winners'
              ? stage.advanceLabel
              : '',
          ...(status.has(x.team) ? { status: status.get(x.team)! } : {}),
        };
      }),
    };
  });
}

/** Wikipedia's mark beside a team whose fate is settled while the group runs: (Q) through, (E) eliminated. */
export function statusMark(status: TeamStatus | undefined): string {
  return status === undefined ? '' : status === 'eliminated' ? ' (E)' : ' (Q)';
}

/** The header of a group table, as Wikipedia prints it. */
export const GROUP_TABLE_HEADER: ReadonlyArray<string> = [
  'Pos',
  'Team',
  'Pld',
  'W',
  'D',
  'L',
  'GF',
  'GA',
  'GD',
  'Pts',
  'Qualification',
];

/**
 * The group stage as an article: the ranking rules, then each group's table (with its notes) and its
 * matches by matchday. Rendered by the same writers as the knockout article (text, Markdown).
 *
 * @example writeArticleText(buildGroupArticle(competition)) // "2017 CAF Confederation Cup group stage ..."
 */
export function buildGroupArticle(c: Competition): Article | undefined {
  const stage = c.groupStage;
  if (!stage) return undefined;
  const teams = new Map<TeamId, Team>([...c.teams, ...stage.teams].map((t) => [t.id, t]));
  const blocks: ArticleBlock[] = [];
  blocks.push({
    kind: 'paragraph',
    text: `A total of ${numberWord(stage.groups.reduce((n, g) => n + g.teams.length, 0))} teams were drawn into ${numberWord(stage.groups.length)} groups. The top ${numberWord(stage.advance)} teams of each group advanced to the ${stage.advanceLabel.charAt(0).toLowerCase()}${stage.advanceLabel.slice(1)}.`,
  });
  blocks.push({ kind: 'paragraph', text: rankingRulesText(stage) });
  const tables = groupTables(c, stage);
  stage.groups.forEach((group, gi) => {
    const table = tables[gi]!;
    blocks.push({ kind: 'heading', text: `Group ${group.id}` });
    blocks.push({
      kind: 'table',
      header: GROUP_TABLE_HEADER,
      rows: table.rows.map((r) => [
        r.position,
        `${r.country ? `${r.country} ${r.name}` : r.name}${statusMark(r.status)}`,
        String(r.played),
        String(r.won),
        String(r.drawn),
        String(r.lost),
        String(r.goalsFor),
        String(r.goalsAgainst),
        r.goalDifference,
        String(r.points),
        r.qualification,
      ]),
    });
    if (table.notes.length > 0) blocks.push({ kind: 'list', items: table.notes });
    const days = [...new Set(group.matches.map((m) => m.matchday ?? 0))].sort((a, b) => a - b);
    for (const day of days) {
      if (day > 0) blocks.push({ kind: 'paragraph', text: `Matchday ${day}` });
      for (const m of group.matches.filter((x) => (x.matchday ?? 0) === day)) {
        const leg = matchLine(m, teams);
        const line = `${matchLineText(leg)}${m.awarded ? ' (awarded)' : ''}`;
        blocks.push({ kind: 'match', line, leg });
      }
    }
  });
  return { title: `${c.name} ${stage.name}`, blocks };
}
