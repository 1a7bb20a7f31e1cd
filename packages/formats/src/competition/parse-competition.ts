import {
  type Amendment,
  type Competition,
  type CupError,
  checkCompetition,
  type DrawRecord,
  err,
  findPreset,
  type Leg,
  type LegOrder,
  ok,
  presetIds,
  type Result,
  type Round,
  roundId,
  type Slot,
  type Team,
  type TieRules,
  type TieSpec,
  teamId,
  tieId,
} from '@cupstage/core';
import type * as z from 'zod';
import { formatsError, ZOD_ISSUE_CODES } from '../error-codes.ts';
import { parseJson } from '../json.ts';
import { groupStageFromFile } from './group-stage-file.ts';
import {
  type CompetitionFile,
  competitionFileSchema,
  type matchSchema,
  type ParsedCompetitionFile,
  type rulesSchema,
  type slotSchema,
} from './schema.ts';

/** Turns zod issues into CupErrors with kebab-case codes and paths. */
export function zodIssues(
  issues: ReadonlyArray<z.core.$ZodIssue>,
  prefix: ReadonlyArray<string | number> = [],
): CupError[] {
  return issues.map((issue) => {
    const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    const where = path.length > 0 ? path.join('.') : 'the document';
    return formatsError(ZOD_ISSUE_CODES[issue.code], path, `${where}: ${issue.message}`);
  });
}

function toRules(r: z.output<typeof rulesSchema>, path: Array<string | number>): Result<TieRules> {
  if (typeof r === 'string') {
    const preset = findPreset(r);
    return preset
      ? ok(preset)
      : err(
          formatsError(
            'unknown-rules-preset',
            path,
            `"${r}" is not a rules preset; use one of ${presetIds.join(', ')}`,
          ),
        );
  }
  return ok(r as TieRules);
}

function toSlot(s: z.output<typeof slotSchema>): Slot {
  if ('team' in s) return { kind: 'team', team: teamId(s.team) };
  if ('group' in s) return { kind: 'group', group: s.group, position: s.position };
  if ('winner' in s) return { kind: 'winner', tie: tieId(s.winner) };
  return { kind: 'loser', tie: tieId(s.loser) };
}

/**
 * A match as the competition file writes it (and the API's leg body, which extends the file's match
 * schema), as a domain leg: team ids as given, every other fact as it is.
 *
 * @example legFromFile({ home: 'tp-mazembe', away: 'supersport-united', score: [2, 1] }).home // 'tp-mazembe'
 */
export function legFromFile(m: z.output<typeof matchSchema>): Leg {
  const { home, away, ...rest } = m;
  return { home: teamId(home), away: teamId(away), ...(rest as Omit<Leg, 'home' | 'away'>) };
}

// zod omits absent optional keys (it never sets them to undefined), so its output fits the domain's
// exact optional properties; the casts below only tell the compiler so.

/** Maps a schema-valid file to the domain; fails only on unknown rule presets, each named by its path. */
export function fromFile(file: ParsedCompetitionFile): Result<Competition, CupError[]> {
  const errors: CupError[] = [];
  const defaultRules = toRules(file.rules, ['rules']);
  if (!defaultRules.ok) errors.push(defaultRules.error);
  const rounds: Round[] = [];
  file.rounds.forEach((round, r) => {
    // A round's own rules, else the file's; a preset that does not exist is an error, never a default.
    const rules = round.rules === undefined ? defaultRules : toRules(round.rules, ['rounds', r, 'rules']);
    if (!rules.ok) {
      if (round.rules !== undefined) errors.push(rules.error);
      return;
    }
    const legOrder: LegOrder =
      round.legOrder === 'draw'
        ? { kind: 'draw', ...(round.draw ? { draw: round.draw } : {}) }
        : { kind: round.legOrder };
    const ties: TieSpec[] = round.ties.map((t) => ({
      id: tieId(t.id),
      sides: [toSlot(t.sides[0]), toSlot(t.sides[1])],
      legs: t.legs.map(legFromFile),
      ...(t.playoff ? { playoff: legFromFile(t.playoff) } : {}),
      ...(t.coinToss ? { coinToss: teamId(t.coinToss) } : {}),
      ...(t.walkover ? { walkover: teamId(t.walkover) } : {}),
      ...(t.reported
        ? {
            reported: {
              summary: t.reported.summary,
              ...(t.reported.winner ? { winner: teamId(t.reported.winner) } : {}),
            },
          }
        : {}),
    }));
    rounds.push({
      id: roundId(round.id),
      name: round.name,
      rules: rules.value,
      legOrder,
      ties,
      ...(round.schedule ? { schedule: round.schedule as Round['schedule'] & object } : {}),
      ...(round.openDraw ? { openDraw: { constraints: round.openDraw.constraints } } : {}),
    });
  });
  const groupStage = file.groupStage ? groupStageFromFile(file.groupStage) : undefined;
  if (groupStage && !groupStage.ok) errors.push(groupStage.error);
  if (errors.length > 0) return err(errors);
  const amendments = file.amendments.map((a) => ({ ...a, round: roundId(a.round) })) as Amendment[];
  const draws = file.draws.map((d) => ({ ...d, rounds: d.rounds.map(roundId) })) as DrawRecord[];
  return ok({
    id: file.id,
    name: file.name,
    stageName: file.stage,
    ...(file.season !== undefined ? { season: file.season } : {}),
    ...(file.period ? { period: file.period } : {}),
    ...(file.rulesReference !== undefined ? { rulesReference: file.rulesReference } : {}),
    teams: file.teams.map((t) => ({ ...t, id: teamId(t.id) })) as Team[],
    groups: file.groups.map((g) => ({ group: g.group, positions: g.positions.map(teamId) })),
    ...(groupStage?.ok ? { groupStage: groupStage.value } : {}),
    rounds,
    amendments,
    draws,
  });
}

/**
 * Parses a competition file (JSON text): syntax, then the schema, then the structure (known teams,
 * slots pointing at earlier ties, valid rules). Every problem comes back with its path.
 *
 * @example const r = parseCompetition(readFileSync('examples/caf-confederation-cup-2017.json', 'utf8'));
 */
export function parseCompetition(text: string): Result<Competition, CupError[]> {
  const json = parseJson(text);
  if (!json.ok) return err([json.error]);
  return competitionFromJson(json.value);
}

/**
 * The fields of a decider that change how a tie is decided. The file must state each one: a missing
 * field is an error naming it, never a default (issue 15: no silent rule defaults).
 */
const DECIDER_FIELDS: Readonly<Record<string, ReadonlyArray<[field: string, meaning: string]>>> = {
  'extra-time': [['awayGoals', 'whether away goals count in extra time']],
  'play-off': [
    ['extraTime', 'whether the play-off goes to extra time'],
    ['penalties', 'whether the play-off goes to penalties'],
  ],
};

/** Every decider field the file leaves out, in its rules and each round's (the input, before defaults). */
function missingRuleFields(file: CompetitionFile): CupError[] {
  const errors: CupError[] = [];
  const check = (rules: CompetitionFile['rules'] | undefined, path: Array<string | number>): void => {
    if (rules === undefined || typeof rules === 'string') return;
    rules.deciders.forEach((d, k) => {
      for (const [field, meaning] of DECIDER_FIELDS[d.kind] ?? []) {
        if (field in d) continue;
        const at = [...path, 'deciders', k, field];
        errors.push(
          formatsError(
            'rule-field-missing',
            at,
            `${at.join('.')}: state ${meaning} (true or false); a rule is never assumed`,
          ),
        );
      }
    });
  };
  check(file.rules, ['rules']);
  file.rounds.forEach((round, r) => {
    check(round.rules, ['rounds', r, 'rules']);
  });
  return errors;
}

/** Like parseCompetition, for a value already parsed from JSON (e.g. an HTTP body). */
export function competitionFromJson(value: unknown): Result<Competition, CupError[]> {
  // jitless: zod's compiled fast path costs more to generate (tens of ms, at the first parse of each
  // object schema) than it saves on one file; a competition is parsed once per command or request.
  const parsed = competitionFileSchema.safeParse(value, { jitless: true });
  if (!parsed.success) return err(zodIssues(parsed.error.issues));
  // The schema fills in defaults; a rule field must be stated, so the input is checked for them.
  const missing = missingRuleFields(value as CompetitionFile);
  if (missing.length > 0) return err(missing);
  const competition = fromFile(parsed.data);
  if (!competition.ok) return competition;
  const problems = checkCompetition(competition.value);
  return problems.length > 0 ? err(problems) : competition;
}
