import { Command, CommanderError } from 'commander';
import { drawCommand } from './commands/draw.ts';
import { exportCommand } from './commands/export.ts';
import { importCommand } from './commands/import.ts';
import { reportCommand } from './commands/report.ts';
import { rulesCommand } from './commands/rules.ts';
import { scheduleCommand } from './commands/schedule.ts';
import { serveCommand } from './commands/serve.ts';
import { simulateCommand } from './commands/simulate.ts';
import { tiesCommand } from './commands/ties.ts';
import { userCommand } from './commands/user.ts';
import { validateCommand } from './commands/validate.ts';
import { CliError, type Io } from './io.ts';

const VERSION = '0.1.0';

/** Every command registers itself here; one file per command under commands/. */
const COMMANDS = [
  reportCommand,
  validateCommand,
  tiesCommand,
  rulesCommand,
  importCommand,
  exportCommand,
  drawCommand,
  scheduleCommand,
  simulateCommand,
  serveCommand,
  userCommand,
];

/** Builds the `cupstage` program writing to `io`. */
export function buildProgram(io: Io): Command {
  const program = new Command('cupstage')
    .description(
      'Run the knockout stage of football cup competitions: ties, brackets, draws, schedules, reports.',
    )
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .exitOverride();
  for (const register of COMMANDS) register(program, io);
  for (const command of program.commands)
    command.exitOverride().showHelpAfterError('(run with --help for usage)');
  return program;
}

const processIo: Io = {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  interactive: Boolean(process.stderr.isTTY),
};

/**
 * Runs the CLI and returns the exit code: 0 on success, 2 on bad input (with a message and no stack
 * trace), 1 on an internal error.
 */
export async function main(argv: ReadonlyArray<string>, io: Io = processIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv]);
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (
        e.code === 'commander.helpDisplayed' ||
        e.code === 'commander.version' ||
        e.code === 'commander.help'
      )
        return 0;
      return e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof CliError) {
      if (e.message) io.stderr.write(`cupstage: ${e.message}\n`);
      return e.exitCode;
    }
    const detail = process.env.CUPSTAGE_DEBUG && e instanceof Error ? `\n${e.stack}` : '';
    io.stderr.write(`cupstage: internal error: ${e instanceof Error ? e.message : String(e)}${detail}\n`);
    return 1;
  }
}
