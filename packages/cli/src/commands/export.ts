import type { Command } from 'commander';
import { CliError, type Io } from '../io.ts';

// Placeholder: replaced by the issue that builds this command.
export function exportCommand(program: Command, _io: Io): void {
  program
    .command('export')
    .description('export a competition as wikitext, football.txt, CSV, JSON, SVG or PNG (not built yet)')
    .allowUnknownOption()
    .action(() => {
      throw new CliError('"cupstage export" is not built yet');
    });
}
