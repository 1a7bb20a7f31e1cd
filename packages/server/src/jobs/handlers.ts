import { readFile } from 'node:fs/promises';
import {
  bindModel,
  type Competition,
  type CupError,
  DEFAULT_MODEL,
  type DrawLog,
  type DrawSpec,
  drawLogJson,
  drawOddsJson,
  exactOdds,
  type GoalsModel,
  oddsByName,
  oddsOfPlan,
  type PredictMethod,
  planStage,
  readModelFile,
  runDraw,
  type StagePlan,
  type TieRules,
  verifyDrawLog,
} from '@cupstage/core';
import {
  bundledFontUrls,
  exportCompetition,
  type ImportSource,
  importCompetition,
  type PngFonts,
  renderPng,
  toFile,
} from '@cupstage/formats';

/** A job's answer: its value, or the errors of its input (answered as a 422 problem). */
export type JobResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: CupError[] };

/** Inputs of the server's jobs, one per heavy request. */
export interface JobInputs {
  readonly predict: {
    /** Which competition version this is: the worker keeps the plan of the last few. */
    readonly key: string;
    readonly competition: Competition;
    /** A model file (the format of `cupstage simulate --model`); absent: the default model. */
    readonly model?: Readonly<Record<string, unknown>>;
    readonly method: PredictMethod;
  };
  readonly 'draw-odds': { readonly spec: DrawSpec; readonly exact: boolean };
  readonly 'draw-run': { readonly spec: DrawSpec; readonly seed: string; readonly commitment?: string };
  readonly 'draw-verify': { readonly log: DrawLog };
  readonly import: {
    readonly text: string;
    readonly from: ImportSource;
    /** Rules read and checked by the route (an id or a decider chain). */
    readonly rules?: TieRules;
    readonly name?: string;
  };
  readonly png: { readonly competition: Competition };
}

/** What each job answers. */
export interface JobOutputs {
  readonly predict: JobResult<string>;
  readonly 'draw-odds': JobResult<unknown>;
  readonly 'draw-run': JobResult<unknown>;
  readonly 'draw-verify': JobResult<{ verified: true; balls: number; ties: unknown; seedChecked: boolean }>;
  readonly import: JobResult<{ competition: unknown; problems: unknown }>;
  readonly png: Uint8Array;
}

const fail = (errors: ReadonlyArray<CupError>): { ok: false; errors: CupError[] } => ({
  ok: false,
  errors: [...errors],
});

/** Plans of the last few competition versions and models this worker predicted (planning is the costly part). */
const plans = new Map<string, StagePlan>();
const PLANS_KEPT = 4;

function planFor(key: string, c: Competition, model: GoalsModel): JobResult<StagePlan> {
  const hit = plans.get(key);
  if (hit) return { ok: true, value: hit };
  const plan = planStage(c, model);
  if (!plan.ok) return fail([plan.error]);
  plans.set(key, plan.value);
  for (const k of plans.keys()) {
    if (plans.size <= PLANS_KEPT) break;
    plans.delete(k);
  }
  return { ok: true, value: plan.value };
}

let fonts: Promise<PngFonts> | undefined;

/** The job handlers that run in the pool's worker threads: the same functions as the CLI commands. */
export const handlers = {
  predict(input: JobInputs['predict']): JobOutputs['predict'] {
    const c = input.competition;
    let model: GoalsModel = DEFAULT_MODEL;
    let modelKey = 'default';
    if (input.model !== undefined) {
      const file = readModelFile(input.model);
      if (!file.ok) return fail(file.error.map((e) => ({ ...e, path: ['body', 'model', ...e.path] })));
      const bound = bindModel(file.value.model, c);
      if (!bound.ok) return fail(bound.error.map((e) => ({ ...e, path: ['body', 'model', ...e.path] })));
      model = bound.value;
      modelKey = JSON.stringify(input.model);
    }
    const plan = planFor(`${input.key}\u0000${modelKey}`, c, model);
    if (!plan.ok) return plan;
    const m = input.method;
    const odds = oddsOfPlan(plan.value, m);
    if (!odds.ok) return fail([odds.error]);
    return {
      ok: true,
      value: JSON.stringify({
        method: m.kind,
        ...(m.kind === 'monte-carlo' ? { runs: m.runs, seed: m.seed } : {}),
        ...oddsByName(c, odds.value),
      }),
    };
  },
  'draw-odds'(input: JobInputs['draw-odds']): JobOutputs['draw-odds'] {
    const odds = exactOdds(input.spec);
    if (!odds.ok) return fail(odds.error);
    return { ok: true, value: drawOddsJson(odds.value, input.exact) };
  },
  'draw-run'(input: JobInputs['draw-run']): JobOutputs['draw-run'] {
    const log = runDraw(input.spec, input.seed, input.commitment ? { commitment: input.commitment } : {});
    if (!log.ok) return fail(log.error);
    return { ok: true, value: drawLogJson(log.value) };
  },
  'draw-verify'(input: JobInputs['draw-verify']): JobOutputs['draw-verify'] {
    const v = verifyDrawLog(input.log);
    if (!v.ok) return fail(v.error);
    return {
      ok: true,
      value: { verified: true, balls: v.value.balls, ties: v.value.ties, seedChecked: v.value.seedChecked },
    };
  },
  import(input: JobInputs['import']): JobOutputs['import'] {
    const r = importCompetition(input.text, input.from, {
      ...(input.rules ? { rules: input.rules } : {}),
      ...(input.name ? { name: input.name } : {}),
    });
    if (!r.ok)
      return fail(
        r.error.length > 0
          ? r.error
          : [{ code: 'nothing-to-import', path: [], message: 'nothing usable was found' }],
      );
    return { ok: true, value: { competition: toFile(r.value.competition), problems: r.value.problems } };
  },
  async png(input: JobInputs['png']): Promise<JobOutputs['png']> {
    fonts ??= Promise.all([readFile(bundledFontUrls.regular), readFile(bundledFontUrls.bold)]).then(
      ([regular, bold]) => ({ regular, bold }),
    );
    return renderPng(exportCompetition(input.competition, 'svg'), await fonts);
  },
} as const;

/** The kinds of job the server runs in its pool. */
export type JobKind = keyof JobInputs;
