/**
 * `npm run verify:predictions -- ../shared/data/ties.csv [--model MODEL.json] [--since 1990] [--json]`:
 * calibration of the prediction model on real two-legged ties. For every tie since 1990 whose first
 * leg had a winner, the model predicts from the first-leg score alone (teams rated alike: only the
 * score, the venue of leg 2 and the era's rules count) the probability that the leg-1 winner goes
 * through, by `predictStage` on a one-tie competition (the same code path as live odds, `decide`
 * applying the rules in force from the era registry). Prints the Brier score of those predictions
 * against the base rate (always predicting the overall share of leg-1 winners who went through),
 * and a reliability table by decile of predicted probability. Exit 2 on bad usage.
 */
import { readFileSync } from 'node:fs';
import {
  type Competition,
  DEFAULT_MODEL,
  type GoalsModel,
  predictStage,
  readModelFile,
  roundId,
  rulesInForce,
  type TieRules,
  teamId,
  tieId,
} from '@cupstage/core';
import { COMPETITIONS, parseCsv, ROUNDS } from './verify-history.ts';

const A = teamId('leg-1-host');
const B = teamId('leg-2-host');

/** P(the leg-1 host goes through) after leg 1 ended `score`, under `rules`, by `predictStage`. */
function predictAfterLeg1(rules: TieRules, score: readonly [number, number], model: GoalsModel): number {
  const c: Competition = {
    id: 'calibration',
    name: 'Calibration tie',
    stageName: 'knockout stage',
    teams: [
      { id: A, name: 'Leg-1 host', country: 'XXX' },
      { id: B, name: 'Leg-2 host', country: 'XXX' },
    ],
    groups: [],
    rounds: [
      {
        id: roundId('tie'),
        name: 'Tie',
        rules,
        legOrder: { kind: 'fixed' },
        ties: [
          {
            id: tieId('T'),
            sides: [
              { kind: 'team', team: A },
              { kind: 'team', team: B },
            ],
            legs: [{ home: A, away: B, score }],
          },
        ],
      },
    ],
    amendments: [],
    draws: [],
  };
  const odds = predictStage(c, model, { kind: 'exact' });
  if (!odds.ok) throw new Error(`${rules.id} ${score.join('-')}: ${odds.error.message}`);
  return odds.value.champion[A]!;
}

interface Case {
  readonly p: number;
  readonly y: 0 | 1;
  readonly margin: number;
}

function main(argv: ReadonlyArray<string>): number {
  const path = argv.find(
    (a, i) => !a.startsWith('--') && !['--model', '--since'].includes(argv[i - 1] ?? ''),
  );
  const opt = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  if (!path) {
    process.stderr.write(
      'usage: npm run verify:predictions -- ../shared/data/ties.csv [--model MODEL.json] [--since 1990] [--json]\n',
    );
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    process.stderr.write(`verify:predictions: cannot read ${path}\n`);
    return 2;
  }
  let model: GoalsModel = DEFAULT_MODEL;
  const modelPath = opt('--model');
  if (modelPath) {
    const file = readModelFile(JSON.parse(readFileSync(modelPath, 'utf8')));
    if (!file.ok) {
      process.stderr.write(
        `verify:predictions: ${modelPath}: ${file.error.map((e) => e.message).join('; ')}\n`,
      );
      return 2;
    }
    model = file.value.model;
  }
  const since = Number(opt('--since') ?? 1990);

  const cache = new Map<string, number>();
  const cases: Case[] = [];
  const skipped = new Map<string, number>();
  const skip = (why: string): void => {
    skipped.set(why, (skipped.get(why) ?? 0) + 1);
  };
  const seen = new Set<string>();
  for (const row of parseCsv(text)) {
    const start = Number((row.season ?? '').slice(0, 4));
    if (!(start >= since)) continue;
    if (row.format !== 'two_legged') continue;
    if (row.usable !== 'yes' && row.usable !== 'partial') {
      skip('not usable');
      continue;
    }
    const twin = (row.cross_source ?? '').replace(/^agrees_with:/, '');
    if (twin && seen.has(twin)) {
      skip('same tie in another source');
      continue;
    }
    seen.add(row.tie_id ?? '');
    if (Number(row.replay_count || '0') > 0) {
      skip('replayed');
      continue;
    }
    const l1a = Number(row.leg1_a);
    const l1b = Number(row.leg1_b);
    if (row.leg1_a === '' || row.leg1_b === '' || !Number.isInteger(l1a) || !Number.isInteger(l1b)) {
      skip('leg-1 score missing');
      continue;
    }
    if (l1a === l1b) {
      skip('leg 1 drawn');
      continue;
    }
    if (row.winner !== row.team_a && row.winner !== row.team_b) {
      skip('winner unknown');
      continue;
    }
    const found = rulesInForce(
      COMPETITIONS[row.competition ?? ''] ?? '',
      row.season ?? '',
      ROUNDS[row.round ?? ''] ?? '',
    );
    if (!found.ok || found.value.rules.legs !== 2) {
      skip('no two-legged rules in the era registry');
      continue;
    }
    const rules = found.value.rules;
    const key = `${JSON.stringify(rules.deciders)}|${l1a}-${l1b}`;
    let pA = cache.get(key);
    if (pA === undefined) {
      pA = predictAfterLeg1(rules, [l1a, l1b], model);
      cache.set(key, pA);
    }
    const leg1WinnerIsA = l1a > l1b;
    const p = leg1WinnerIsA ? pA : 1 - pA;
    const y = (row.winner === row.team_a) === leg1WinnerIsA ? 1 : 0;
    cases.push({ p, y, margin: Math.abs(l1a - l1b) });
  }

  const n = cases.length;
  if (n === 0) {
    process.stderr.write(`verify:predictions: no usable ties since ${since} in ${path}\n`);
    return 2;
  }
  const base = cases.reduce((s, c) => s + c.y, 0) / n;
  const brier = cases.reduce((s, c) => s + (c.p - c.y) ** 2, 0) / n;
  const brierBase = cases.reduce((s, c) => s + (base - c.y) ** 2, 0) / n;
  const bins = Array.from({ length: 10 }, (_, i) => ({ from: i / 10, to: (i + 1) / 10, n: 0, p: 0, y: 0 }));
  for (const c of cases) {
    const bin = bins[Math.min(9, Math.floor(c.p * 10))]!;
    bin.n++;
    bin.p += c.p;
    bin.y += c.y;
  }
  const margins = [1, 2, 3].map((m) => {
    const sel = cases.filter((c) => (m === 3 ? c.margin >= 3 : c.margin === m));
    return {
      margin: m === 3 ? '3+' : String(m),
      n: sel.length,
      predicted: sel.reduce((s, c) => s + c.p, 0) / Math.max(1, sel.length),
      observed: sel.reduce((s, c) => s + c.y, 0) / Math.max(1, sel.length),
    };
  });
  const result = {
    ties: n,
    since,
    model: modelPath ?? 'default (Elo, all teams rated alike)',
    baseRate: base,
    brier,
    brierBaseRate: brierBase,
    skill: 1 - brier / brierBase,
    reliability: bins
      .filter((b) => b.n > 0)
      .map((b) => ({
        bin: `${b.from.toFixed(1)}-${b.to.toFixed(1)}`,
        n: b.n,
        predicted: b.p / b.n,
        observed: b.y / b.n,
      })),
    byMargin: margins,
    skipped: Object.fromEntries(skipped),
  };
  if (argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return 0;
  }
  const f = (x: number): string => x.toFixed(3);
  const lines = [
    `Calibration: "the team that won leg 1 goes through", ${n} two-legged ties since ${since} (${path})`,
    `model: ${result.model}; prediction from the first-leg score alone, era rules from the registry`,
    `  Brier score, model:      ${f(brier)}`,
    `  Brier score, base rate:  ${f(brierBase)}   (always ${f(base)}, the share of leg-1 winners who went through)`,
    `  Brier skill score:       ${f(result.skill)}   (1 − model / base rate; above 0 beats the base rate)`,
    '',
    'Reliability (deciles of predicted probability):',
    '  predicted   ties   mean predicted   observed',
    ...result.reliability.map(
      (b) =>
        `  ${b.bin.padEnd(9)} ${String(b.n).padStart(6)}   ${f(b.predicted).padStart(14)}   ${f(b.observed).padStart(8)}`,
    ),
    '',
    'By leg-1 margin:',
    '  margin   ties   mean predicted   observed',
    ...margins.map(
      (m) =>
        `  ${m.margin.padEnd(6)} ${String(m.n).padStart(6)}   ${f(m.predicted).padStart(14)}   ${f(m.observed).padStart(8)}`,
    ),
    '',
    `Skipped: ${[...skipped].map(([why, k]) => `${k} ${why}`).join(', ') || 'none'}`,
    '',
  ];
  process.stdout.write(lines.join('\n'));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
