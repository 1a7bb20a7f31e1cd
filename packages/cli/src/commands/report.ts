import { buildArticle, createKnockout } from '@cupstage/core';
import { writeArticleMarkdown, writeArticleText } from '@cupstage/formats';
import { type Command, Option } from 'commander';
import { type Io, loadCompetition } from '../io.ts';

export function reportCommand(program: Command, io: Io): void {
  program
    .command('report')
    .description('print the article of a competition, regenerated from its data')
    .argument('<file>', 'competition file (JSON)')
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(['text', 'markdown']).default('text'),
    )
    .addHelpText(
      'after',
      '\nExample:\n  cupstage report examples/caf-confederation-cup-2017.json --format text',
    )
    .action((file: string, options: { format: 'text' | 'markdown' }) => {
      const competition = loadCompetition(file);
      const article = buildArticle(competition, createKnockout(competition));
      io.stdout.write(
        options.format === 'markdown' ? writeArticleMarkdown(article) : writeArticleText(article),
      );
    });
}
