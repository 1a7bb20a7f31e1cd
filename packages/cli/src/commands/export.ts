import { readFileSync, writeFileSync } from 'node:fs';
import { bracketModel, buildArticle, type Competition, createKnockout } from '@cupstage/core';
import {
  bundledFontUrls,
  renderPng,
  writeArticleMarkdown,
  writeArticleText,
  writeBracketSvg,
  writeCompetition,
  writeFootballTxt,
  writeLegsCsv,
  writeTiesCsv,
  writeWikitext,
} from '@cupstage/formats';
import { type Command, Option } from 'commander';
import { CliError, type Io, loadCompetition } from '../io.ts';

const TARGETS = [
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
type Target = (typeof TARGETS)[number];

/** `2017 CAF Confederation Cup knockout stage`; the season is added when the name lacks it. */
function titleOf(c: Competition): string {
  const season = c.season && !c.name.includes(c.season) ? ` ${c.season}` : '';
  return `${c.name}${season} ${c.stageName}`;
}

function textOf(c: Competition, to: Exclude<Target, 'png'>): string {
  const ko = createKnockout(c);
  switch (to) {
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
      return writeBracketSvg(bracketModel(c, ko), { title: titleOf(c) });
    case 'text':
      return writeArticleText(buildArticle(c, ko));
    case 'markdown':
      return writeArticleMarkdown(buildArticle(c, ko));
    default: {
      const never: never = to;
      throw new CliError(`unknown target ${String(never)}`);
    }
  }
}

export function exportCommand(program: Command, io: Io): void {
  program
    .command('export')
    .description(
      'write a competition as wikitext, football.txt, CSV, JSON, an SVG or PNG bracket, text or Markdown',
    )
    .argument('<file>', 'competition file (JSON)')
    .addOption(new Option('--to <format>', 'what to write').choices([...TARGETS]).makeOptionMandatory())
    .option('-o, --output <file>', 'write here instead of standard output (required for png on a terminal)')
    .addHelpText(
      'after',
      `
Formats: wikitext (MediaWiki source with {{TwoLegResult}} rows and a Module:Team bracket),
football-txt (openfootball), csv-legs (one row per leg), csv-ties (one row per tie with aggregate and
decider), json (the competition file), svg and png (the bracket drawing; png is rendered with the
bundled DejaVu Sans, so the same file gives the same bytes everywhere), text and markdown (the article).

Examples:
  cupstage export examples/caf-confederation-cup-2017.json --to wikitext
  cupstage export examples/caf-confederation-cup-2017.json --to png -o bracket.png`,
    )
    .action(async (file: string, options: { to: Target; output?: string }) => {
      const c = loadCompetition(file);
      if (options.to === 'png') {
        const stdoutIsTerminal = Boolean((io.stdout as { isTTY?: boolean }).isTTY);
        if (!options.output && stdoutIsTerminal) {
          throw new CliError('--to png writes binary data: give -o FILE or redirect standard output');
        }
        const svg = textOf(c, 'svg');
        const png = await renderPng(svg, {
          regular: readFileSync(bundledFontUrls.regular),
          bold: readFileSync(bundledFontUrls.bold),
        });
        if (options.output) writeFileSync(options.output, png);
        else (io.stdout.write as unknown as (chunk: Uint8Array) => unknown)(png);
        return;
      }
      const out = textOf(c, options.to);
      if (options.output) writeFileSync(options.output, out);
      else io.stdout.write(out);
    });
}
