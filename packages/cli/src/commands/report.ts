import { buildArticle, buildGroupArticle, createKnockout } from '@cupstage/core';
import {
  writeArticleMarkdown,
  writeArticleText,
  writeGroupStageWikitext,
  writeWikitext,
} from '@cupstage/formats';
import { type Command, Option } from 'commander';
import { CliError, type Io, loadCompetition } from '../io.ts';

export function reportCommand(program: Command, io: Io): void {
  program
    .command('report')
    .description('print the article of a competition, regenerated from its data')
    .argument('<file>', 'competition file (JSON)')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['text', 'markdown', 'wikitext'])
        .default('text'),
    )
    .addOption(
      new Option('-s, --stage <stage>', 'the knockout stage, or the group stage (its tables)')
        .choices(['knockout', 'groups'])
        .default('knockout'),
    )
    .addHelpText(
      'after',
      '\nExamples:\n  cupstage report examples/caf-confederation-cup-2017.json --format text\n  cupstage report examples/caf-confederation-cup-2017.json --stage groups --format wikitext',
    )
    .action(
      (file: string, options: { format: 'text' | 'markdown' | 'wikitext'; stage: 'knockout' | 'groups' }) => {
        const competition = loadCompetition(file);
        if (options.stage === 'groups') {
          const article = buildGroupArticle(competition);
          if (!article) throw new CliError(`${file}: groupStage: the competition has no group stage`);
          io.stdout.write(
            options.format === 'wikitext'
              ? writeGroupStageWikitext(competition)
              : options.format === 'markdown'
                ? writeArticleMarkdown(article)
                : writeArticleText(article),
          );
          return;
        }
        const ko = createKnockout(competition);
        if (options.format === 'wikitext') {
          io.stdout.write(writeWikitext(competition, ko));
          return;
        }
        const article = buildArticle(competition, ko);
        io.stdout.write(
          options.format === 'markdown' ? writeArticleMarkdown(article) : writeArticleText(article),
        );
      },
    );
}
