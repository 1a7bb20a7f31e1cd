import { seedCommitment } from '@cupstage/app';
import {
  applyDrawOutcome,
  type Competition,
  checkSeed as checkSeedRule,
  type DrawLog,
  type DrawOdds,
  type DrawSpec,
  drawLogJson,
  drawOddsJson,
  drawOutcome,
  drawSpecForRound,
  exactOdds,
  fractionValue,
  readDrawLog,
  readDrawSpec,
  runDraw,
  verifyDrawLog,
} from '@cupstage/core';
import { parseCompetition, parseJson, writeCompetition } from '@cupstage/formats';
import { type Command, Option } from 'commander';
import {
  CliError,
  describeErrors,
  type Io,
  loadCompetition,
  readText,
  writeAtomic,
  writeText,
} from '../io.ts';

function readJson(path: string): unknown {
  const parsed = parseJson(readText(path));
  if (!parsed.ok) throw new CliError(`${path}: ${parsed.error.message}`);
  return parsed.value;
}

/** A pots file, or a competition file and the round whose draw to run. */
function loadSpec(path: string, round: string | undefined): DrawSpec {
  const text = readText(path);
  const json = parseJson(text);
  if (!json.ok) throw new CliError(`${path}: ${json.error.message}`);
  const value = json.value;
  const isCompetition = typeof value === 'object' && value !== null && 'format' in value;
  if (isCompetition) {
    if (round === undefined)
      throw new CliError(
        `${path} is a competition file: say which round to draw with --round, e.g. --round semi-finals`,
      );
    const competition = parseCompetition(text);
    if (!competition.ok)
      throw new CliError(
        `${path} is not a valid competition file:\n${describeErrors(path, competition.error)}`,
      );
    const spec = drawSpecForRound(competition.value, round);
    if (!spec.ok) throw new CliError(`${path}: --round: ${spec.error.message} (${spec.error.code})`);
    return spec.value;
  }
  if (round !== undefined)
    throw new CliError(`--round applies to a competition file; ${path} is a pots file`);
  const spec = readDrawSpec(value);
  if (!spec.ok) throw new CliError(`${path} is not a valid pots file:\n${describeErrors(path, spec.error)}`);
  return spec.value;
}

function checkSeed(seed: string): string {
  const short = checkSeedRule(seed, ['seed']);
  if (short) throw new CliError(`--seed: ${short.message} (${short.code})`);
  if (seed.length > 200) throw new CliError('--seed must be a text of at most 200 characters');
  return seed;
}

/**
 * Applies a round's draw log to the competition file: core checks the round (no results, the log is
 * its draw) and gives the new sides; the draw is recorded with its seed, commitment and ties. The
 * file is replaced whole (temporary file + rename), or left as it was.
 */
function applyToFile(path: string, round: string, log: DrawLog, id: string | undefined): string {
  const competition: Competition = loadCompetition(path);
  const outcome = drawOutcome(competition, round, log);
  if (!outcome.ok)
    throw new CliError(`${path}: the draw cannot be applied:\n${describeErrors(path, outcome.error)}`);
  const drawId = id ?? `${outcome.value.round}-draw`;
  const name = competition.rounds.find((r) => r.id === outcome.value.round)?.name ?? round;
  const applied = applyDrawOutcome(competition, outcome.value, drawId);
  const next: Competition = {
    ...applied,
    draws: [
      ...applied.draws.filter((d) => d.id !== drawId),
      {
        id: drawId,
        description: `${name} draw, run by cupstage on a seed`,
        rounds: [outcome.value.round],
        ...(log.seed !== undefined ? { seed: log.seed } : {}),
        ...(log.commitment !== undefined ? { commitment: log.commitment } : {}),
        ties: log.ties.map((t) => [t[0], t[1]] as const),
      },
    ],
  };
  writeAtomic(path, writeCompetition(next));
  return drawId;
}

function describeLog(log: DrawLog): string {
  const lines: string[] =
    log.steps.length === 0 ? ['No balls: the ties are fixed by the bracket template.'] : [];
  log.steps.forEach((s, i) => {
    lines.push(`Ball ${i + 1}: ${s.drawn}, drawn from ${s.pot} (${s.from.length}: ${s.from.join(', ')})`);
  });
  lines.push('', 'Ties (first-leg host first):');
  for (const [a, b] of log.ties) lines.push(`  ${a} v ${b}`);
  return `${lines.join('\n')}\n`;
}

function oddsTable(odds: DrawOdds): string {
  const cell = (i: number, j: number): string => {
    if (odds.rows[i] === odds.cols[j]) return '-';
    const p = fractionValue(odds.probabilities[i]![j]!);
    return p === 0 ? '.' : `${(100 * p).toFixed(1)}%`;
  };
  const header = ['', ...odds.cols];
  const body = odds.rows.map((row, i) => [row, ...odds.cols.map((_, j) => cell(i, j))]);
  const widths = header.map((h, k) => Math.max(h.length, ...body.map((r) => r[k]!.length)));
  const line = (cells: ReadonlyArray<string>): string =>
    cells.map((c, k) => (k === 0 ? c.padEnd(widths[k]!) : c.padStart(widths[k]!))).join('  ');
  return `${[line(header), ...body.map(line)].join('\n')}\n\n${odds.validDraws} valid complete draws; rows meet columns with the probability shown (. = never)\n`;
}

export function drawCommand(program: Command, io: Io): void {
  const draw = program
    .command('draw')
    .description('run a seeded draw, verify a draw log, compute exact odds, commit to a seed')
    .addHelpText(
      'after',
      `
Examples:
  cupstage draw commit --seed "nyon-2017-12-11 round of 16"
  cupstage draw run examples/pots/uefa-champions-league-2017-18-round-of-16.json --seed "nyon-2017-12-11 round of 16" --out draw.json
  cupstage draw run examples/caf-confederation-cup-2017.json --round semi-finals --seed "cairo 2017-04-26 semis"
  cupstage draw run cup.json --round semi-finals --seed "cairo 2017-04-26 semis" --apply
  cupstage draw verify draw.json
  cupstage draw odds examples/pots/uefa-champions-league-2017-18-round-of-16.json --format table`,
    );

  draw
    .command('commit')
    .description('print the SHA-256 commitment of a seed, to publish before the draw')
    .requiredOption('--seed <seed>', 'the secret seed of the coming draw')
    .addHelpText('after', '\nExample:\n  cupstage draw commit --seed "nyon-2017-12-11 round of 16"')
    .action((options: { seed: string }) => {
      io.stdout.write(`${seedCommitment(checkSeed(options.seed))}\n`);
    });

  draw
    .command('run')
    .description('run the draw of a pots file, or of a round of a competition file, with a seed')
    .argument('<file>', 'pots file (JSON), or competition file with --round')
    .option('--round <round>', 'the round of a competition file whose draw to run (id or name)')
    .requiredOption('--seed <seed>', 'the seed: the same seed gives the same draw')
    .option(
      '--commitment <sha256>',
      'the SHA-256 of the seed published before the draw; checked and recorded',
    )
    .option('--out <log>', 'write the draw log (JSON) to this file')
    .option('--json', 'print the draw log as JSON instead of text')
    .option(
      '--apply',
      'with --round: write the drawn pairs and order of legs, and the draw record, into the competition file (refused for a round with results)',
    )
    .option('--id <id>', 'with --apply: the id of the draw record (default: <round>-draw)')
    .addHelpText(
      'after',
      `
Seeds have at least 16 characters: choose a phrase no one can guess, and publish its SHA-256
(cupstage draw commit) before the draw.

Examples:
  cupstage draw run examples/pots/caf-confederation-cup-2017-quarter-finals.json --seed "cairo 2017-04-26 quarters" --out qf-draw.json
  cupstage draw run examples/caf-confederation-cup-2017.json --round semi-finals --seed "cairo 2017-04-26 semis" --json
  cupstage draw run cup.json --round semi-finals --seed "cairo 2017-04-26 semis" --apply`,
    )
    .action(
      (
        file: string,
        options: {
          round?: string;
          seed: string;
          commitment?: string;
          out?: string;
          json?: boolean;
          apply?: boolean;
          id?: string;
        },
      ) => {
        if (options.apply && options.round === undefined)
          throw new CliError('--apply writes a round of a competition file: give --round');
        const seed = checkSeed(options.seed);
        if (options.commitment !== undefined) {
          const want = options.commitment.toLowerCase();
          if (!/^[0-9a-f]{64}$/.test(want))
            throw new CliError('--commitment must be a SHA-256 hash: 64 hex digits');
          if (seedCommitment(seed) !== want)
            throw new CliError('--seed does not match --commitment: its SHA-256 is a different hash');
        }
        const spec = loadSpec(file, options.round);
        const log = runDraw(
          spec,
          seed,
          options.commitment ? { commitment: options.commitment.toLowerCase() } : {},
        );
        if (!log.ok)
          throw new CliError(`${file}: the draw cannot be run:\n${describeErrors(file, log.error)}`);
        const text = `${JSON.stringify(drawLogJson(log.value), null, 2)}\n`;
        if (options.out !== undefined) {
          writeText(options.out, text);
        }
        const applied =
          options.apply && options.round !== undefined
            ? applyToFile(file, options.round, log.value, options.id)
            : undefined;
        io.stdout.write(options.json ? text : describeLog(log.value));
        if (applied !== undefined && !options.json)
          io.stdout.write(`\nApplied to ${file}: draw "${applied}" recorded, the round's ties follow it.\n`);
      },
    );

  draw
    .command('verify')
    .description('replay a draw log and check every ball, every list of allowed opponents and the ties')
    .argument('<log>', 'draw log (JSON) written by `cupstage draw run --out`')
    .addHelpText('after', '\nExample:\n  cupstage draw verify draw.json')
    .action((file: string) => {
      const log = readDrawLog(readJson(file));
      if (!log.ok) throw new CliError(`${file} is not a valid draw log:\n${describeErrors(file, log.error)}`);
      const { seed, commitment } = log.value;
      if (seed !== undefined && commitment !== undefined && seedCommitment(seed) !== commitment)
        throw new CliError(
          `${file}: commitment: the seed's SHA-256 is not the published commitment (draw-log-commitment-mismatch)`,
        );
      const v = verifyDrawLog(log.value);
      if (!v.ok)
        throw new CliError(`${file}: the draw log does not verify:\n${describeErrors(file, v.error)}`);
      const checks = [
        `${v.value.balls} balls replayed`,
        'every list of allowed opponents is exact',
        `${v.value.ties.length} ties follow`,
        v.value.seedChecked
          ? 'every ball is the one the seed gives'
          : 'seed not in the log: balls not checked against it',
        ...(commitment !== undefined && seed !== undefined ? ['the seed matches its commitment'] : []),
      ];
      io.stdout.write(`${file}: verified: ${checks.join('; ')}\n`);
    });

  draw
    .command('odds')
    .description('print the exact probability of every pairing under the draw procedure')
    .argument('<pots>', 'pots file (JSON)')
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(['json', 'table']).default('json'),
    )
    .option('--exact', 'print probabilities as exact fractions such as "1/3" (JSON only)')
    .addHelpText(
      'after',
      `
Output (JSON): {"validDraws": N, "probabilities": {"<winner>": {"<runner-up>": p, ...}, ...}}

Examples:
  cupstage draw odds examples/pots/uefa-champions-league-2022-23-round-of-16.json --format table
  cupstage draw odds examples/pots/caf-confederation-cup-2017-quarter-finals.json --exact`,
    )
    .action((file: string, options: { format: 'json' | 'table'; exact?: boolean }) => {
      const spec = loadSpec(file, undefined);
      const odds = exactOdds(spec);
      if (!odds.ok) throw new CliError(`${file}: no odds:\n${describeErrors(file, odds.error)}`);
      io.stdout.write(
        options.format === 'table'
          ? oddsTable(odds.value)
          : `${JSON.stringify(drawOddsJson(odds.value, options.exact === true), null, 2)}\n`,
      );
    });
}
