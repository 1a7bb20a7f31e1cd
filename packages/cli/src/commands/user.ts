import type { Command } from 'commander';
import { CliError, type Io } from '../io.ts';

// Placeholder: replaced by the issue that builds this command.
export function userCommand(program: Command, _io: Io): void {
  program
    .command('user')
    .description('manage organiser accounts (not built yet)')
    .allowUnknownOption()
    .action(() => {
      throw new CliError('"cupstage user" is not built yet');
    });
}
