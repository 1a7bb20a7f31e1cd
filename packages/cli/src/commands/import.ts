import { basename, extname } from 'node:path';
import { type Competition, presetIds, type TieRules } from '@cupstage/core';
import {
  describeProblems,
  IMPORT_SOURCES,
  type Imported,
  type ImportProblem,
  type ImportSource,
  importCompetition,
  parseCompetition,
  readRulesOption,
  writeCompetition,
} from '@cupstage/formats';
import { type Command, Option } from 'commander';
import { CliError, describeErrors, type Io, readText, writeText } from '../io.ts';

interface ImportOptions {
  readonly from: ImportSource;
  readonly output?: string;
  readonly rules?: string;
  readonly name?: string;
  readonly strict?: boolean;
}

function importFrom(file: string, text: string, options: ImportOptions): Imported | ImportProblem[] {
  let rules: TieRules | undefined;
  if (options.rules !== undefined) {
    const read = readRulesOption(options.rules);
    if (!read.ok) throw new CliError(`--rules: ${read.error.message}`);
    rules = read.value;
  }
  if (options.from === 'json') {
    const r = parseCompetition(text);
    if (!r.ok)
      throw new CliError(`${file} is not a valid competition file:\n${describeErrors(file, r.error)}`);
  }
  const r = importCompetition(text, options.from, {
    ...(rules ? { rules } : {}),
    name: options.name ?? basename(file, extname(file)),
  });
  return r.ok ? r.value : r.error;
}

function summary(c: Competition): string {
  const ties = c.rounds.reduce((n, r) => n + r.ties.length, 0);
  return `${c.teams.length} teams, ${c.rounds.length} rounds, ${ties} ties`;
}

export function importCommand(program: Command, io: Io): void {
  program
    .command('import')
    .description('read a competition from an article, a football.txt file, a legs CSV or a competition JSON')
    .argument('<file>', 'the file to read')
    .addOption(
      new Option('--from <source>', 'what the file is').choices([...IMPORT_SOURCES]).makeOptionMandatory(),
    )
    .option('-o, --output <file>', 'write the competition file here instead of standard output')
    .option(
      '-r, --rules <rules>',
      `rules to use (article: instead of the format paragraph; football-txt: instead of the era registry; csv: for rows without rules): ${presetIds.join(', ')}, an era rule set id, or a decider chain as JSON ({"legs": 2, "deciders": [...]})`,
    )
    .option('--name <name>', 'csv: the competition name (default: the file name)')
    .option(
      '--strict',
      'fail (exit 2, nothing written) when any error is found, not only when nothing is usable',
    )
    .addHelpText(
      'after',
      `
Prints the competition file (JSON) on standard output; disagreements between the source and the
engine, broken and unknown lines go to standard error as FILE:LINE: severity: message (code).
Exit 2 when nothing usable was found (or, with --strict, on any error).

Examples:
  cupstage import --from article ../shared/seed/000_2e2da4a26c8b3fec.txt -o caf-2017.json
  cupstage import --from football-txt cl.txt               # rules from the era registry by title and season
  cupstage import --from csv legs.csv --rules uefa-2021 --name "My Cup 2025"`,
    )
    .action((file: string, options: ImportOptions) => {
      const text = readText(file);
      const result = importFrom(file, text, options);
      if (Array.isArray(result)) {
        const listed = result.length > 0 ? `\n${describeProblems(file, result)}` : '';
        throw new CliError(`nothing usable in ${file}${listed}`);
      }
      const errors = result.problems.filter((p) => p.severity === 'error');
      if (result.problems.length > 0) io.stderr.write(`${describeProblems(file, result.problems)}\n`);
      if (options.strict && errors.length > 0) {
        throw new CliError(`${errors.length} error(s) in ${file} (--strict); nothing written`);
      }
      const json = writeCompetition(result.competition);
      const check = parseCompetition(json);
      if (!check.ok) {
        throw new CliError(
          `the competition read from ${file} is not valid:\n${describeErrors(file, check.error)}`,
        );
      }
      if (options.output) {
        writeText(options.output, json);
        io.stderr.write(`cupstage: wrote ${options.output} (${summary(result.competition)})\n`);
      } else io.stdout.write(json);
    });
}
