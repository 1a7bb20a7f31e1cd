import { readFileSync } from 'node:fs';
import {
  bundledFontUrls,
  EXPORT_TARGETS,
  type ExportTarget,
  exportCompetition,
  renderPng,
} from '@cupstage/formats';
import { type Command, Option } from 'commander';
import { CliError, type Io, loadCompetition, writeText } from '../io.ts';

export function exportCommand(program: Command, io: Io): void {
  program
    .command('export')
    .description(
      'write a competition as wikitext, football.txt, CSV, JSON, an SVG or PNG bracket, text or Markdown',
    )
    .argument('<file>', 'competition file (JSON)')
    .addOption(
      new Option('--to <format>', 'what to write').choices([...EXPORT_TARGETS]).makeOptionMandatory(),
    )
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
    .action(async (file: string, options: { to: ExportTarget; output?: string }) => {
      const c = loadCompetition(file);
      if (options.to === 'png') {
        const stdoutIsTerminal = Boolean((io.stdout as { isTTY?: boolean }).isTTY);
        if (!options.output && stdoutIsTerminal) {
          throw new CliError('--to png writes binary data: give -o FILE or redirect standard output');
        }
        const svg = exportCompetition(c, 'svg');
        const png = await renderPng(svg, {
          regular: readFileSync(bundledFontUrls.regular),
          bold: readFileSync(bundledFontUrls.bold),
        });
        if (options.output) writeText(options.output, png);
        else (io.stdout.write as unknown as (chunk: Uint8Array) => unknown)(png);
        return;
      }
      const out = exportCompetition(c, options.to);
      if (options.output) writeText(options.output, out);
      else io.stdout.write(out);
    });
}
