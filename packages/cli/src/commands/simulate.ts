import type { Command } from 'commander';
import { CliError, type Io } from '../io.ts';

// Placeholder: replaced by the issue that builds this command.
export function simulateCommand(program: Command, _io: Io): void {
  program
    .command('simulate')
    .description("predict each team's chances of reaching each round and winning (not built yet)")
    .allowUnknownOption()
    .action(() => {
      throw new CliError('"cupstage simulate" is not built yet');
    });
}
