import type { Command } from 'commander';
import { CliError, type Io } from '../io.ts';

// Placeholder: replaced by the issue that builds this command.
export function drawCommand(program: Command, _io: Io): void {
  program
    .command('draw')
    .description('run, verify and compute the odds of draws (not built yet)')
    .allowUnknownOption()
    .action(() => {
      throw new CliError('"cupstage draw" is not built yet');
    });
}
