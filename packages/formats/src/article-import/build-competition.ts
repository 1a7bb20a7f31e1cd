import {
  type Competition,
  createKnockout,
  findRules,
  type GroupResult,
  presets,
  slug,
  type TeamId,
  type TieRules,
} from '@cupstage/core';
import { checkImported } from '../import-kit/engine-check.ts';
import { createTeamRegistry } from '../import-kit/team-registry.ts';
import { readAmendments, readDraws, readPeriod } from './build-calendar.ts';
import { addTeam, type Ctx, nameIn, type StatedRules } from './build-context.ts';
import { buildRounds } from './build-rounds.ts';
import { readFormat } from './format-rules.ts';
import { type ImportProblem, problem } from './problems.ts';
import type { ArticleDoc } from './read-article.ts';
import { countOf } from './text.ts';

export interface BuildOptions {
  /** Rules to use instead of the format paragraph's (the paragraph is still checked against them). */
  readonly rules?: TieRules;
}

/** What the title phase reads. */
interface Title {
  readonly name: string;
  readonly stageName: string;
  readonly season?: string;
  readonly id: string;
}

/**
 * Builds the competition an article states, checking every result line against the engine. Problems
 * found on the way are returned beside the competition; the competition is undefined when nothing
 * usable was found (no rounds, no rules). One function per phase: title, teams, rules, period,
 * rounds, draws, amendments, then the checks of what the article states against the result.
 */
export function buildCompetition(
  doc: ArticleDoc,
  options: BuildOptions,
  problems: ImportProblem[],
): Competition | undefined {
  const ctx: Ctx = { problems, registry: createTeamRegistry() };
  const title = readTitle(doc, problems);
  if (!title) return undefined;
  const groups = readGroups(doc, ctx);
  const rules = readRules(doc, options, problems);
  if (!rules) return undefined;
  const period = readPeriod(doc, problems);
  const built = buildRounds(doc, ctx, rules, groups);
  if (!built) return undefined;
  const { draws, rounds } = readDraws(doc, built.rounds, built.roundIds, problems);
  const amendments = readAmendments(doc, rounds, built.roundIds, period, problems);
  const competition: Competition = {
    id: title.id,
    name: title.name,
    stageName: title.stageName,
    ...(title.season ? { season: title.season } : {}),
    ...(period ? { period } : {}),
    ...(rules.stated?.reference ? { rulesReference: rules.stated.reference } : {}),
    teams: ctx.registry.teams(),
    groups,
    rounds,
    amendments,
    draws,
  };
  checkCounts(doc, competition, rules, problems);
  problems.push(...checkImported(competition));
  checkChampion(doc, competition, problems);
  return competition;
}

/** The title phase: the competition's name, stage, season and id, from the title and the intro. */
function readTitle(doc: ArticleDoc, problems: ImportProblem[]): Title | undefined {
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
  return {
    name,
    stageName: stageName ?? 'knockout stage',
    id: id || 'competition',
    ...(season ? { season } : {}),
  };
}

/** The teams phase: the qualified teams by group and position (the team table). */
function readGroups(doc: ArticleDoc, ctx: Ctx): GroupResult[] {
  const { problems } = ctx;
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
  return groups;
}

/** The rules phase: the format paragraph (or the rules given), and each round's own rules. */
function readRules(
  doc: ArticleDoc,
  options: BuildOptions,
  problems: ImportProblem[],
): StatedRules | undefined {
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
  return { base: baseRules, byRound: roundRules, formatLine, ...(stated ? { stated } : {}) };
}

/** The counts of teams the intro and the format paragraph state, checked against the competition built. */
function checkCounts(
  doc: ArticleDoc,
  competition: Competition,
  rules: StatedRules,
  problems: ImportProblem[],
): void {
  const { formatLine, stated } = rules;
  const total = doc.total ? countOf(doc.total.value.count) : undefined;
  if (total !== undefined && total !== competition.teams.length) {
    problems.push(
      problem(
        'warning',
        'team-count-mismatch',
        doc.total?.line,
        `the intro says ${doc.total?.value.count} teams, but ${competition.teams.length} teams play in the article`,
      ),
    );
  }
  if (stated?.teams !== undefined && stated.teams !== competition.teams.length) {
    problems.push(
      problem(
        'warning',
        'team-count-mismatch',
        formatLine,
        `the format paragraph says ${stated.teams} teams, but ${competition.teams.length} teams play in the article`,
      ),
    );
  }
}

/** The champion the article names, checked against the engine's. */
function checkChampion(doc: ArticleDoc, competition: Competition, problems: ImportProblem[]): void {
  if (doc.champion) {
    const champion = createKnockout(competition).champion();
    const championName = champion === undefined ? undefined : nameIn(competition)(champion);
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
}
