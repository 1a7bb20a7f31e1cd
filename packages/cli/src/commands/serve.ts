import type { Command } from 'commander';
import { CliError, type Io } from '../io.ts';

// Placeholder: replaced by the issue that builds this command.
export function serveCommand(program: Command, _io: Io): void {
  program
    .command('serve')
    .description('serve competitions over HTTP (API and web app) (not built yet)')
    .allowUnknownOption()
    .action(() => {
      throw new CliError('"cupstage serve" is not built yet');
    });
}
