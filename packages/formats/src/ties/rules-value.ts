import { checkRules, err, findRules, ok, presetIds, type Result, type TieRules } from '@cupstage/core';
import * as z from 'zod';
import { zodIssues } from '../competition/parse-competition.ts';
import { deciderSchema } from '../competition/schema.ts';
import { formatsError } from '../error-codes.ts';
import { parseJson } from '../json.ts';

/**
 * Rules given as data wherever rules are accepted (a `ties` line, `--rules`, a competition file): a
 * decider chain with its number of legs. `id`, `name` and `source` may be left out on a line; the
 * chain is checked by `checkRules` (it must start with `aggregate` and always settle the tie).
 *
 * @example {"legs": 2, "deciders": [{"kind": "aggregate"}, {"kind": "away-goals"},
 *   {"kind": "extra-time", "awayGoals": false}, {"kind": "penalties"}]}
 */
export const inlineRulesSchema = z
  .object({
    id: z.string().min(1).max(100).optional(),
    name: z.string().min(1).max(200).optional(),
    legs: z.union([z.literal(1), z.literal(2)]),
    deciders: z.array(deciderSchema).min(1).max(8),
    source: z.string().min(1).max(500).optional(),
  })
  .strict();

const ACCEPTED = `a rules id (${presetIds.join(', ')}, or an era rule set id such as european-cup-1969) or a decider chain such as {"legs": 2, "deciders": [{"kind": "aggregate"}, {"kind": "away-goals"}, {"kind": "penalties"}]}`;

/**
 * Reads rules given as an id or as a decider chain. An unknown id, a malformed chain or a chain that
 * `checkRules` refuses is an error whose path starts with `path`.
 *
 * @example readRules('caf-2017').ok // true
 * @example readRules({ legs: 1, deciders: [{ kind: 'aggregate' }, { kind: 'golden-goal' }, { kind: 'penalties' }] }).ok // true
 */
export function readRules(
  value: unknown,
  path: ReadonlyArray<string | number> = ['rules'],
): Result<TieRules> {
  if (typeof value === 'string') {
    const found = findRules(value);
    return found
      ? ok(found)
      : err(
          formatsError(
            'unknown-rules-preset',
            [...path],
            `"${value}" is not a rules preset; use ${ACCEPTED}`,
          ),
        );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return err(formatsError('invalid-rules', [...path], `rules must be ${ACCEPTED}`));
  }
  const parsed = inlineRulesSchema.safeParse(value);
  if (!parsed.success) return err(zodIssues(parsed.error.issues, path)[0]!);
  const { id, name, legs, deciders, source } = parsed.data;
  const rules: TieRules = {
    id: id ?? 'inline',
    name: name ?? 'Rules given as a decider chain',
    legs,
    deciders: deciders as TieRules['deciders'],
    source: source ?? 'given as data',
  };
  const checked = checkRules(rules);
  if (!checked.ok) {
    const e = checked.error;
    return err({ ...e, path: [...path, ...e.path] });
  }
  return checked;
}

/**
 * Reads the text of a `--rules` option (or of the API's `rules` query parameter, named by `path`): an
 * id, or a decider chain as JSON (text starting with `{`).
 *
 * @example readRulesOption('{"legs":1,"deciders":[{"kind":"aggregate"},{"kind":"penalties"}]}').ok // true
 */
export function readRulesOption(
  text: string,
  path: ReadonlyArray<string | number> = ['--rules'],
): Result<TieRules> {
  if (!text.trimStart().startsWith('{')) return readRules(text, path);
  const name = path.join('.');
  if (text.length > 10_000) {
    return err(formatsError('rules-too-long', [...path], 'a decider chain is at most 10,000 characters'));
  }
  const json = parseJson(text);
  if (!json.ok) return err({ ...json.error, path: [...path], message: `${name}: ${json.error.message}` });
  return readRules(json.value, path);
}
