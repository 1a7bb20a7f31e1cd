import { Command, CommanderError } from 'commander';
import { CliError } from './cli-error.ts';
import type { Io } from './io.ts';

const VERSION = '0.1.0';

type Register = (program: Command, io: Io) => void;

/**
 * Every command, one file each under commands/, loaded only when needed: `cupstage draw odds` does
 * not pay for the server's dependencies. Help without a command loads them all.
 */
const COMMANDS: ReadonlyArray<readonly [string, () => Promise<Register>]> = [
  ['report', async () => (await import('./commands/report.ts')).reportCommand],
  ['validate', async () => (await import('./commands/validate.ts')).validateCommand],
  ['ties', async () => (await import('./commands/ties.ts')).tiesCommand],
  ['rules', async () => (await import('./commands/rules.ts')).rulesCommand],
  ['import', async () => (await import('./commands/import.ts')).importCommand],
  ['export', async () => (await import('./commands/export.ts')).exportCommand],
  ['draw', async () => (await import('./commands/draw.ts')).drawCommand],
  ['schedule', async () => (await import('./commands/schedule.ts')).scheduleCommand],
  ['simulate', async () => (await import('./commands/simulate.ts')).simulateCommand],
  ['serve', async () => (await import('./commands/serve.ts')).serveCommand],
  ['user', async () => (await import('./commands/user.ts')).userCommand],
  ['audit', async () => (await import('./commands/audit.ts')).auditCommand],
];

/** Builds the `cupstage` program writing to `io`, with the commands `argv` needs (all by default). */
export async function buildProgram(io: Io, argv: ReadonlyArray<string> = []): Promise<Command> {
  const asked = argv[2];
  const only = COMMANDS.filter(([name]) => name === asked);
  const versionOnly = asked === '--version' || asked === '-V';
  const needed = versionOnly ? [] : only.length > 0 ? only : COMMANDS;
  const registers = await Promise.all(needed.map(([, load]) => load()));
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
  for (const register of registers) register(program, io);
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
  const program = await buildProgram(io, argv);
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
