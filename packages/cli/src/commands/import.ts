import type { Command } from 'commander';
import { CliError, type Io } from '../io.ts';

// Placeholder: replaced by the issue that builds this command.
export function importCommand(program: Command, _io: Io): void {
  program
    .command('import')
    .description('import a competition from an article, football.txt, CSV or JSON (not built yet)')
    .allowUnknownOption()
    .action(() => {
      throw new CliError('"cupstage import" is not built yet');
    });
}
