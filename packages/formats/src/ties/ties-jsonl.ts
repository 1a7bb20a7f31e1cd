import {
  type CupError,
  cupError,
  err,
  findPreset,
  type MatchFacts,
  ok,
  presetIds,
  type Result,
  resolveTie,
  type TeamId,
  type TieFacts,
  type TieOutcome,
  type TieRules,
} from '@cupstage/core';
import { z } from 'zod';
import { zodIssues } from '../competition/parse-competition.ts';
import { parseJson } from '../json.ts';

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
    rules: z.string().optional(),
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
    }
  | { id: string | number | null; status: 'undecided'; next: string; aggregate: Record<string, number> }
  | { id: string | number | null; status: 'invalid'; error: CupError };

/** Finds the rules of a line: its own `rules`, else the batch default. */
export type RulesResolver = (line: TieLine) => Result<TieRules>;

/** The default resolver: a preset id on the line, else `fallback` (the `--rules` option). */
export function presetResolver(fallback?: string): RulesResolver {
  return (line) => {
    const id = line.rules ?? fallback;
    if (id === undefined) {
      return err(
        cupError(
          'rules-missing',
          ['rules'],
          `give "rules" (one of ${presetIds.join(', ')}) on the line or --rules`,
        ),
      );
    }
    const rules = findPreset(id);
    return rules
      ? ok(rules)
      : err(
          cupError(
            'unknown-rules-preset',
            ['rules'],
            `"${id}" is not a rules preset; use one of ${presetIds.join(', ')}`,
          ),
        );
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
  return outcome.ok ? outcomeLine(id, outcome.value) : { id, status: 'invalid', error: outcome.error };
}
