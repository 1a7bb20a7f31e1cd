import type { Command } from 'commander';
import { CliError, type Io } from '../io.ts';

// Placeholder: replaced by the issue that builds this command.
export function scheduleCommand(program: Command, _io: Io): void {
  program
    .command('schedule')
    .description("print a competition's schedule, or export it as iCalendar (not built yet)")
    .allowUnknownOption()
    .action(() => {
      throw new CliError('"cupstage schedule" is not built yet');
    });
}
