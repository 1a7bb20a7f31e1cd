import type { Command } from 'commander';
import { CliError, type Io } from '../io.ts';

// Placeholder: replaced by the issue that builds this command.
export function rulesCommand(program: Command, _io: Io): void {
  program
    .command('rules')
    .description('print the tie rules in force for a competition, season and round (not built yet)')
    .allowUnknownOption()
    .action(() => {
      throw new CliError('"cupstage rules" is not built yet');
    });
}
