import { bracketModel, buildArticle, type Competition, createKnockout } from '@cupstage/core';
import { writeArticleMarkdown, writeArticleText } from '../article/write-article.ts';
import { writeCompetition } from '../competition/write-competition.ts';
import { writeLegsCsv, writeTiesCsv } from '../csv/write-csv.ts';
import { writeFootballTxt } from '../football-txt/write-football-txt.ts';
import { writeBracketSvg } from '../svg/write-bracket-svg.ts';
import { writeWikitext } from '../wikitext/write-wikitext.ts';

/** Every format a competition can be exported to (`png` is the SVG rendered by `renderPng`). */
export const EXPORT_TARGETS = [
  'wikitext',
  'football-txt',
  'csv-legs',
  'csv-ties',
  'json',
  'svg',
  'png',
  'text',
  'markdown',
] as const;
export type ExportTarget = (typeof EXPORT_TARGETS)[number];
export type TextExportTarget = Exclude<ExportTarget, 'png'>;

/** The media type and file extension of each export. */
export const EXPORT_MEDIA: Readonly<
  Record<ExportTarget, { readonly type: string; readonly extension: string }>
> = {
  wikitext: { type: 'text/plain; charset=utf-8', extension: 'wiki' },
  'football-txt': { type: 'text/plain; charset=utf-8', extension: 'txt' },
  'csv-legs': { type: 'text/csv; charset=utf-8', extension: 'legs.csv' },
  'csv-ties': { type: 'text/csv; charset=utf-8', extension: 'ties.csv' },
  json: { type: 'application/json; charset=utf-8', extension: 'json' },
  svg: { type: 'image/svg+xml; charset=utf-8', extension: 'svg' },
  png: { type: 'image/png', extension: 'png' },
  text: { type: 'text/plain; charset=utf-8', extension: 'txt' },
  markdown: { type: 'text/markdown; charset=utf-8', extension: 'md' },
};

/** `2017 CAF Confederation Cup knockout stage`; the season is added when the name lacks it. */
export function competitionTitle(c: Competition): string {
  const season = c.season && !c.name.includes(c.season) ? ` ${c.season}` : '';
  return `${c.name}${season} ${c.stageName}`;
}

/**
 * A competition written in one of the text formats. One function for the CLI (`cupstage export`) and
 * the API (`GET /competitions/:id/export/:format`), so both give the same bytes.
 *
 * @example exportCompetition(competition, 'wikitext') // "'''2017 CAF Confederation Cup knockout stage'''\n\n..."
 */
export function exportCompetition(c: Competition, target: TextExportTarget): string {
  const ko = createKnockout(c);
  switch (target) {
    case 'wikitext':
      return writeWikitext(c, ko);
    case 'football-txt':
      return writeFootballTxt(c);
    case 'csv-legs':
      return writeLegsCsv(c);
    case 'csv-ties':
      return writeTiesCsv(c, ko);
    case 'json':
      return writeCompetition(c);
    case 'svg':
      return writeBracketSvg(bracketModel(c, ko), { title: competitionTitle(c) });
    case 'text':
      return writeArticleText(buildArticle(c, ko));
    case 'markdown':
      return writeArticleMarkdown(buildArticle(c, ko));
    default: {
      const never: never = target;
      return never;
    }
  }
}
