import {
  type CupError,
  err,
  type MatchFacts,
  ok,
  presetIds,
  type Result,
  resolveTie,
  rulesInForce,
  type TeamId,
  type TieFacts,
  type TieOutcome,
  type TieRules,
} from '@cupstage/core';
import * as z from 'zod';
import { zodIssues } from '../competition/parse-competition.ts';
import { formatsError } from '../error-codes.ts';
import { parseJson } from '../json.ts';
import { readRules } from './rules-value.ts';

/**
 * `cupstage ties`: one tie per JSON line in, one result per line out.
 * Goals are checked by the core (so that each bad number gets the core's own code), the shape here.
 */
const matchLine = z
  .object({
    home: z.string().min(1).max(200),
    away: z.string().min(1).max(200),
    score: z.array(z.unknown()).optional(),
    extraTime: z.array(z.unknown()).optional(),
    penalties: z.array(z.unknown()).optional(),
    neutral: z.boolean().optional(),
    awarded: z.boolean().optional(),
    date: z.string().optional(),
  })
  .passthrough();

export const tieLineSchema = z
  .object({
    id: z.union([z.string(), z.number()]).optional(),
    /** A rules id, or a decider chain (see `inlineRulesSchema`). */
    rules: z.union([z.string().max(100), z.record(z.string(), z.unknown())]).optional(),
    competition: z.string().optional(),
    season: z.union([z.string(), z.number().int()]).optional(),
    round: z.string().optional(),
    legs: z.array(matchLine).max(3),
    playoff: matchLine.optional(),
    coinToss: z.string().optional(),
    walkover: z.string().optional(),
  })
  .passthrough();

export type TieLine = z.output<typeof tieLineSchema>;

/** A result line of `cupstage ties`. */
export type TieLineResult =
  | {
      id: string | number | null;
      status: 'decided';
      winner: string;
      decidedBy: string;
      aggregate: Record<string, number>;
      awayGoals: Record<string, number>;
      penalties?: Record<string, number>;
      summary: string;
      warnings?: string[];
    }
  | {
      id: string | number | null;
      status: 'undecided';
      next: string;
      aggregate: Record<string, number>;
      warnings?: string[];
    }
  | { id: string | number | null; status: 'invalid'; error: CupError };

/** Finds the rules of a line: its own `rules`, else the batch default. */
export type RulesResolver = (line: TieLine) => Result<TieRules>;

/**
 * The default resolver: the line's `rules` (an id or a decider chain), else `fallback` (the
 * `--rules` option: an id or rules already read).
 */
export function presetResolver(fallback?: string | TieRules): RulesResolver {
  return (line) => {
    if (line.rules !== undefined) return readRules(line.rules, ['rules']);
    if (fallback === undefined) {
      return err(
        formatsError(
          'rules-missing',
          ['rules'],
          `give "rules" (one of ${presetIds.join(', ')}) or "competition", "season" and "round" on the line, or --rules`,
        ),
      );
    }
    return typeof fallback === 'string' ? readRules(fallback, ['--rules']) : ok(fallback);
  };
}

const ERA_FIELDS = ['competition', 'season', 'round'] as const;

/**
 * The era resolver: a line with `"competition"`, `"season"` and `"round"` gets the rules in force
 * then (the era registry); a line with `"rules"`, or with none of the three, is resolved as by
 * `presetResolver(fallback)`. An unknown competition, a season before its first edition or not
 * covered, an unknown round, a missing one of the three, or `"rules"` given with them, is an error.
 *
 * @example eraResolver()(line) // for {"competition":"uefa-champions-league","season":"1969-70","round":"round-of-16",...}: ok(european-cup-1969)
 */
export function eraResolver(fallback?: string | TieRules): RulesResolver {
  const byPreset = presetResolver(fallback);
  return (line) => {
    const given = ERA_FIELDS.filter((f) => line[f] !== undefined);
    if (given.length === 0) return byPreset(line);
    if (line.rules !== undefined) {
      return err(
        formatsError(
          'rules-and-era',
          ['rules'],
          `give either "rules" or "competition", "season" and "round", not both (the line has "rules" and "${given[0]}")`,
        ),
      );
    }
    const missing = ERA_FIELDS.find((f) => line[f] === undefined);
    if (missing !== undefined) {
      return err(
        formatsError(
          'era-incomplete',
          [missing],
          `"${missing}" is missing: the rules of an era need "competition", "season" and "round" together`,
        ),
      );
    }
    const found = rulesInForce(line.competition!, String(line.season), line.round!);
    return found.ok ? ok(found.value.rules) : found;
  };
}

// Goals are passed through unchecked on purpose: the core checks them and names each problem.
const toMatch = (m: z.output<typeof matchLine>): MatchFacts =>
  ({
    home: m.home as TeamId,
    away: m.away as TeamId,
    ...(m.score !== undefined ? { score: m.score } : {}),
    ...(m.extraTime !== undefined ? { extraTime: m.extraTime } : {}),
    ...(m.penalties !== undefined ? { penalties: m.penalties } : {}),
    ...(m.neutral !== undefined ? { neutral: m.neutral } : {}),
    ...(m.awarded !== undefined ? { awarded: m.awarded } : {}),
  }) as unknown as MatchFacts;

/** Turns a parsed line into tie facts. */
export function tieFactsOf(line: TieLine): TieFacts {
  return {
    legs: line.legs.map(toMatch),
    ...(line.playoff ? { playoff: toMatch(line.playoff) } : {}),
    ...(line.coinToss !== undefined ? { coinToss: line.coinToss as TeamId } : {}),
    ...(line.walkover !== undefined ? { walkover: line.walkover as TeamId } : {}),
  };
}

const byTeam = (
  teams: readonly [TeamId, TeamId],
  goals: readonly [number, number],
): Record<string, number> => ({
  [teams[0]]: goals[0],
  [teams[1]]: goals[1],
});

/** The output line for an outcome. */
export function outcomeLine(id: string | number | null, outcome: TieOutcome): TieLineResult {
  if (outcome.kind === 'undecided') {
    return {
      id,
      status: 'undecided',
      next: outcome.next,
      aggregate: byTeam(outcome.teams, outcome.totals.aggregate),
    };
  }
  return {
    id,
    status: 'decided',
    winner: outcome.winner,
    decidedBy: outcome.decidedBy,
    aggregate: byTeam(outcome.teams, outcome.totals.aggregate),
    awayGoals: byTeam(outcome.teams, outcome.totals.awayGoals),
    ...(outcome.totals.penalties ? { penalties: byTeam(outcome.teams, outcome.totals.penalties) } : {}),
    summary: outcome.summary,
  };
}

/**
 * Resolves one input line (JSON text). Never throws: a bad line gives `status: "invalid"` with the
 * error's code, path and message, so a batch goes on.
 *
 * @example resolveTieLine('{"id":"qf1","rules":"caf-2017","legs":[...]}', presetResolver())
 * @example resolveTieLine('{"competition":"uefa-champions-league","season":"1969-70","round":"round-of-16","legs":[...]}', eraResolver())
 */
export function resolveTieLine(text: string, resolveRules: RulesResolver): TieLineResult {
  const json = parseJson(text);
  if (!json.ok) return { id: null, status: 'invalid', error: json.error };
  const rawId = (json.value as { id?: unknown } | null)?.id;
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? rawId : null;
  const parsed = tieLineSchema.safeParse(json.value);
  if (!parsed.success) return { id, status: 'invalid', error: zodIssues(parsed.error.issues)[0]! };
  const rules = resolveRules(parsed.data);
  if (!rules.ok) return { id, status: 'invalid', error: rules.error };
  const outcome = resolveTie(tieFactsOf(parsed.data), rules.value);
  if (!outcome.ok) return { id, status: 'invalid', error: outcome.error };
  const result = outcomeLine(id, outcome.value);
  const warning = oneLegOfTwo(parsed.data, rules.value);
  return warning && result.status !== 'invalid' ? { ...result, warnings: [warning] } : result;
}

/**
 * A line that names an era whose round is two-legged but gives one leg only: perhaps a tie still
 * waiting for its second leg, perhaps a single match the era does not know about (the 2019–20 Europa
 * League round of 16 had both). Never silent: the result line says so.
 */
function oneLegOfTwo(line: TieLine, rules: TieRules): string | undefined {
  if (line.competition === undefined || rules.legs !== 2 || line.legs.length !== 1) return undefined;
  return `under the rules of ${line.competition} ${String(line.season)} ${line.round} (${rules.id}) a tie has two legs, but the line gives one: if this tie was a single match, give "rules": "single-match" (or a decider chain) instead of the era`;
}

export { inlineRulesSchema, readRules, readRulesOption } from './rules-value.ts';
