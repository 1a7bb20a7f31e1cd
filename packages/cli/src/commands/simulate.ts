import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import {
  bindModel,
  type Competition,
  DEFAULT_MODEL,
  eloRatings,
  exactStageOdds,
  type GoalsModel,
  oddsByName,
  planStage,
  type RatedMatch,
  readModelFile,
  type StageOdds,
  teamId,
} from '@cupstage/core';
import { SingleBar } from 'cli-progress';
import { type Command, InvalidArgumentError } from 'commander';
import { CliError, describeErrors, type Io, readText } from '../io.ts';

interface SimulateOptions {
  model?: string;
  runs: number;
  seed: number | string;
  exact?: boolean;
  json?: boolean;
  workers?: number;
}

const wholeNumber =
  (name: string, min: number, max: number) =>
  (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value.replace(/_/g, '')) && !/^\d+e\d+$/i.test(value))
      throw new InvalidArgumentError(`${name} must be a whole number from ${min} to ${max}`);
    const v = Number(value.replace(/_/g, '')) || n;
    if (!Number.isSafeInteger(v) || v < min || v > max)
      throw new InvalidArgumentError(`${name} must be a whole number from ${min} to ${max}`);
    return v;
  };

const parseSeed = (value: string): number | string => {
  if (/^\d+$/.test(value)) {
    const n = Number(value);
    if (n > 4294967295) throw new InvalidArgumentError('a numeric seed must be from 0 to 4294967295');
    return n;
  }
  if (value.length === 0) throw new InvalidArgumentError('the seed must not be empty');
  return value;
};

export function simulateCommand(program: Command, io: Io): void {
  program
    .command('simulate')
    .description("predict each team's chances of reaching each round and winning: exact, or Monte Carlo")
    .argument('<file>', 'competition file (JSON), or a benchmark model file (teams, rules, bracket)')
    .option(
      '-m, --model <model.json>',
      'goals model: {"kind": "elo", "ratings": {...}} or {"kind": "strength", ...}',
    )
    .option('-n, --runs <n>', 'Monte Carlo runs', wholeNumber('--runs', 1, 1e12), 1_000_000)
    .option('-s, --seed <seed>', 'seed (a number, or a text)', parseSeed, 1)
    .option('--exact', 'exact odds by enumerating score grids (no runs)')
    .option('--json', 'print {"champion": {...}, "reach": {...}, "runs": N, "seed": S}')
    .option(
      '-w, --workers <n>',
      'worker threads (0: this thread; default: one per core)',
      wholeNumber('--workers', 0, 256),
    )
    .addHelpText(
      'after',
      `
Results already entered in the file are taken as given (a played first leg included); the rest is
predicted with the model: Poisson goals (optionally Dixon–Coles), extra time at a third of the
90-minute rate, shoot-outs 50/50, and each tie decided by its own rules. Without --model every team
is rated alike (Elo 1500), so only venues and results entered count. Model files:
  {"kind": "elo", "ratings": {"TP Mazembe": 1720, ...}, "baseRate": 1.3, "homeAdvantage": 100}
  {"kind": "elo", "results": "matches.csv"}   (ratings computed eloratings.net-style from
      date,home,away,home_goals,away_goals[,neutral] rows, path relative to the model file)
  {"kind": "strength", "baseRate": 0.6, "homeFactor": 1.25, "strengths": {"TP Mazembe": 1.6, ...}}
  any of them may add "dixonColes" (ρ), "extraTimeRate" and "shootout" (P(home side wins it)).
FILE may be a benchmark model file: {"baseRate", "homeFactor", "teams": {name: strength},
  "rules": "caf-2017" (a preset id, or {"legs": 2, "deciders": [...]}; required),
  "bracket": [[["A", "B"], ...], [[1, 2], ...], ..., [[1, 2]]]} (first round: teams; later rounds:
  winners of the previous round's ties by number; leg-1 host first).
Examples:
  cupstage simulate examples/models/caf-2017-model.json --exact
  cupstage simulate examples/models/caf-2017-model.json --runs 1000000 --seed 7 --json
  cupstage simulate examples/caf-confederation-cup-2017.json --model examples/models/caf-2017-elo.json`,
    )
    .action(async (file: string, options: SimulateOptions) => {
      const { competition, model } = await load(file, options.model);
      const plan = planStage(competition, model);
      if (!plan.ok) throw new CliError(`cannot predict ${file}:\n${describeErrors(file, [plan.error])}`);
      const rounds = competition.rounds.map((r) => r.name);
      const nameOf = new Map<string, string>(competition.teams.map((t) => [t.id, t.name]));
      let odds: StageOdds;
      if (options.exact) {
        const exact = exactStageOdds(plan.value);
        if (!exact.ok)
          throw new CliError(
            `cannot give exact odds for ${file}: ${exact.error.message} (${exact.error.code})`,
          );
        odds = exact.value;
      } else {
        const workers = options.workers ?? availableParallelism();
        // Loaded only for Monte Carlo: `--exact` starts faster without worker threads. The pool lives
        // in packages/app/src/predict (exported from its own index, not the app's).
        const { createPredictionPool } = await import('@cupstage/app/predict');
        const pool = createPredictionPool({ workers });
        const bar = io.interactive
          ? new SingleBar({
              stream: process.stderr,
              format: 'simulating [{bar}] {percentage}% | {value}/{total} runs | ETA {eta}s',
              hideCursor: true,
            })
          : undefined;
        bar?.start(options.runs, 0);
        try {
          const r = await pool.simulate(plan.value, {
            runs: options.runs,
            seed: options.seed,
            ...(bar ? { onProgress: (done: number) => bar.update(done) } : {}),
          });
          if (!r.ok) throw new CliError(`${r.error.message} (${r.error.code})`);
          odds = r.value;
        } finally {
          bar?.stop();
          await pool.close();
        }
      }
      if (options.json) {
        const named = oddsByName(competition, odds);
        // The shape: {"champion", "reach", "runs", "seed"}; --exact gives it without runs.
        const out: Record<string, unknown> = { champion: named.champion, reach: named.reach };
        if (!options.exact) out.runs = options.runs;
        out.seed = options.seed;
        io.stdout.write(`${JSON.stringify(out)}\n`);
        return;
      }
      io.stdout.write(table(competition, odds, rounds, nameOf, options));
    });
}

/** True for the benchmark model format (teams, rules, a bracket), which needs no competition parser. */
const isBenchModel = (doc: unknown): boolean =>
  typeof doc === 'object' &&
  doc !== null &&
  ('quarterFinals' in doc || 'bracket' in doc) &&
  !('format' in doc);

/**
 * Reads FILE (a competition or a benchmark model) and the model to use. The formats package (the
 * competition parser, with its own dependencies) is loaded only for a competition file, so that a
 * benchmark model starts quickly.
 */
async function load(
  file: string,
  modelPath: string | undefined,
): Promise<{ competition: Competition; model: GoalsModel }> {
  const text = readText(file);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    doc = undefined;
  }
  let competition: Competition;
  let model: GoalsModel = DEFAULT_MODEL;
  if (isBenchModel(doc)) {
    const bench = readModelFile(doc);
    if (!bench.ok)
      throw new CliError(`${file} is not a valid model file:\n${describeErrors(file, bench.error)}`);
    competition = bench.value.competition!;
    model = bench.value.model;
  } else {
    const { parseCompetition, parseJson } = await import('@cupstage/formats');
    const json = parseJson(text);
    if (!json.ok) throw new CliError(`${file}: ${json.error.message}`);
    const parsed = parseCompetition(text);
    if (!parsed.ok)
      throw new CliError(`${file} is not a valid competition file:\n${describeErrors(file, parsed.error)}`);
    competition = parsed.value;
  }
  if (modelPath !== undefined) model = await loadModel(modelPath, competition);
  const bound = bindModel(model, competition);
  if (!bound.ok)
    throw new CliError(
      `${modelPath ?? file} does not fit ${file}:\n${describeErrors(modelPath ?? file, bound.error)}`,
    );
  return { competition, model: bound.value };
}

async function loadModel(path: string, competition: Competition): Promise<GoalsModel> {
  const { parseJson } = await import('@cupstage/formats');
  const json = parseJson(readText(path));
  if (!json.ok) throw new CliError(`${path}: ${json.error.message}`);
  const file = readModelFile(json.value);
  if (!file.ok) throw new CliError(`${path} is not a valid model file:\n${describeErrors(path, file.error)}`);
  const doc = json.value as Record<string, unknown>;
  if (file.value.model.kind !== 'elo' || doc.results === undefined) return file.value.model;
  if (typeof doc.results !== 'string')
    throw new CliError(`${path}: results must be the path of a CSV file of matches (model-field-type)`);
  const csv = resolve(dirname(path), doc.results);
  const matches = readResults(csv);
  const known = new Set(competition.teams.flatMap((t) => [t.id, t.name]));
  const ratings = eloRatings(matches, { initial: file.value.model.ratings });
  const kept = Object.fromEntries(Object.entries(ratings).filter(([team]) => known.has(team)));
  return { ...file.value.model, ratings: kept };
}

/** Reads `date,home,away,home_goals,away_goals[,neutral]` rows (a header line is skipped). */
function readResults(path: string): RatedMatch[] {
  const lines = readText(path).split(/\r?\n/);
  const out: RatedMatch[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '' || (i === 0 && /home/i.test(line))) return;
    const cells = line.split(',').map((c) => c.trim());
    const [, home, away, hg, ag, neutral] = cells;
    if (!home || !away || !/^\d+$/.test(hg ?? '') || !/^\d+$/.test(ag ?? '')) {
      throw new CliError(
        `${path}: line ${i + 1}: expected date,home,away,home_goals,away_goals[,neutral] with whole-number goals (results-line)`,
      );
    }
    out.push({
      home: teamId(home),
      away: teamId(away),
      score: [Number(hg), Number(ag)],
      ...(neutral === 'true' || neutral === '1' ? { neutral: true } : {}),
    });
  });
  return out;
}

const pct = (p: number): string =>
  p === 0 ? '-' : p === 1 ? '100%' : p < 0.001 ? '<0.1%' : `${(p * 100).toFixed(1)}%`;

function table(
  competition: Competition,
  odds: StageOdds,
  rounds: ReadonlyArray<string>,
  nameOf: ReadonlyMap<string, string>,
  options: SimulateOptions,
): string {
  const header = options.exact
    ? `${competition.name}: exact odds`
    : `${competition.name}: ${options.runs.toLocaleString('en-GB')} Monte Carlo runs, seed ${options.seed}`;
  const cols = [...rounds, 'Champion'];
  const rows = competition.teams
    .map((t) => ({
      name: nameOf.get(t.id) ?? t.id,
      cells: [...odds.reach.map((r) => r.teams[t.id] ?? 0), odds.champion[t.id] ?? 0],
    }))
    .sort((a, b) => {
      for (let i = a.cells.length - 1; i >= 0; i--)
        if (a.cells[i] !== b.cells[i]) return b.cells[i]! - a.cells[i]!;
      return a.name.localeCompare(b.name);
    });
  const first = Math.max(4, ...rows.map((r) => r.name.length));
  const widths = cols.map((c) => Math.max(c.length, 6));
  const line = (name: string, cells: string[]): string =>
    `${name.padEnd(first)}  ${cells.map((c, i) => c.padStart(widths[i]!)).join('  ')}\n`;
  return (
    `${header}\n` +
    line('Team', cols) +
    rows.map((r) => line(r.name, r.cells.map(pct))).join('') +
    'Each column: the chance of playing in that round (Champion: of winning the competition).\n'
  );
}
