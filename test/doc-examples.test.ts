/**
 * The `@example` lines of the doc comments in packages/core/src and packages/formats/src, run against
 * the real exports. A one-line example `expression // expected` is checked when both halves can be
 * evaluated:
 * - the expression may use every export of @cupstage/core and @cupstage/formats, the exports of its
 *   own file, and the few values named in FIXTURES below (the 2017 CAF Confederation Cup example and
 *   what comes from it);
 * - the expected value is a JavaScript literal (numbers compared to 12 significant digits), optionally
 *   followed by words (`// 2 (the derangements
 *   of three)`, `// true: 0–1 and 2–3`); `ok` alone means "a Result that is ok", `ok: VALUE` one that holds
 *   VALUE, `err: 'message'` a failed one with that message; a string ending in
 *   `...` or `…` is a prefix of the actual text, one starting with it a part of it.
 * Skipped, each with its reason printed: examples that use a value they only name (`plan`, `odds`,
 * `spec`, ...), whose expected value is illustrative (`e.g.`, `≈`, `about`, a value of a random run) or
 * described in words, and multi-line examples (usage sketches, not claims about a value).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isTimeZone } from '@cupstage/app';
import * as core from '@cupstage/core';
import * as formats from '@cupstage/formats';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

interface Example {
  readonly file: string;
  readonly where: string;
  readonly expression: string;
  readonly expected: string;
}

function examples(): { checkable: Example[]; skipped: Array<{ where: string; why: string }> } {
  const checkable: Example[] = [];
  const skipped: Array<{ where: string; why: string }> = [];
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return walk(path);
      return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
    });
  for (const pkg of ['core', 'formats']) {
    for (const file of walk(join(root, 'packages', pkg, 'src'))) {
      for (const [i, line] of readFileSync(file, 'utf8').split('\n').entries()) {
        const m = /^\s*\*\s*@example\b\s*(.*)$/.exec(line);
        if (!m) continue;
        const where = `${relative(root, file)}:${i + 1}`;
        const body = m[1]!.trim();
        const cut = body.indexOf(' // ');
        if (body === '') skipped.push({ where, why: 'a multi-line usage sketch' });
        else if (cut < 0) skipped.push({ where, why: 'states no expected value' });
        else
          checkable.push({
            file,
            where,
            expression: body.slice(0, cut).trim(),
            expected: body.slice(cut + 4).trim(),
          });
      }
    }
  }
  return { checkable, skipped };
}

const competitionText = readFileSync(join(root, 'examples', 'caf-confederation-cup-2017.json'), 'utf8');
const parsed = formats.parseCompetition(competitionText);
if (!parsed.ok) throw new Error('the example competition does not parse');
const c = parsed.value;
const stage = c.groupStage;

/** The values the examples name besides the packages' exports. */
const FIXTURES: Record<string, unknown> = {
  c,
  competition: c,
  ko: core.createKnockout(c),
  stage,
  groupA: stage?.groups.find((g) => g.id === 'A'),
  groupC: stage?.groups.find((g) => g.id === 'C'),
  championsLeague: core.findCompetition('uefa-champions-league'),
  libertadores: core.findCompetition('conmebol-libertadores'),
  isTimeZone,
};
const packages: Record<string, unknown> = { ...formats, ...core, ...FIXTURES };

/** The names an example may use: the packages' exports, the fixtures, and its own file's exports. */
async function scopeOf(file: string): Promise<Record<string, unknown>> {
  return { ...packages, ...((await import(file)) as Record<string, unknown>) };
}

const identifiers = (scope: Record<string, unknown>): string[] =>
  Object.keys(scope).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n));

/** Evaluates a JavaScript expression (or statements and a last expression) in a scope. */
function evaluate(source: string, scope: Record<string, unknown>): unknown {
  const names = identifiers(scope);
  let body = `return (${source});`;
  try {
    new Function(...names, body);
  } catch {
    // statements: `const r = createTeamRegistry(); r.resolve('Al Hilal').alias`
    const parts = source.split(/;\s+/).filter((s) => s.length > 0);
    const last = parts.pop() ?? 'undefined';
    body = `${parts.map((p) => `${p};`).join('\n')}\nreturn (${last});`;
  }
  return new Function(...names, body)(...names.map((n) => scope[n]));
}

const ILLUSTRATIVE =
  /^(e\.g\.|≈|about|may |for |counts |the |out\[|side |single |head|\[bad|ZESCO|ok\(plan|ok\(model|log2|"2017)/;

/** The expected value, or why it is not one: a literal, with any words after it left out. */
/** `// ok: VALUE` and `// err: 'message'`: a Result, and what it holds. */
class OkOf {
  constructor(readonly value: unknown) {}
}
class ErrWith {
  constructor(readonly message: unknown) {}
}

function expectedValue(text: string, scope: Record<string, unknown>): { value: unknown } | { why: string } {
  for (const [prefix, wrap] of [
    ['ok: ', (v: unknown) => new OkOf(v)],
    ['err: ', (v: unknown) => new ErrWith(v)],
  ] as const) {
    if (!text.startsWith(prefix)) continue;
    const inner = expectedValue(text.slice(prefix.length), scope);
    return 'why' in inner ? inner : { value: wrap(inner.value) };
  }
  if (ILLUSTRATIVE.test(text)) return { why: `illustrative or described in words: // ${text}` };
  const candidates = [text, text.split(' (')[0]!, text.split(': ')[0]!, text.split(', ')[0]!];
  for (const candidate of candidates) {
    try {
      return { value: evaluate(candidate, scope) };
    } catch {
      // try a shorter reading
    }
  }
  return { why: `not a value: // ${text}` };
}

function check(actual: unknown, expected: unknown): void {
  if (expected instanceof OkOf) {
    expect(actual).toMatchObject({ ok: true });
    check((actual as { value: unknown }).value, expected.value);
  } else if (expected instanceof ErrWith) {
    expect(actual).toMatchObject({ ok: false });
    const error = (actual as { error: unknown }).error;
    const messages = (Array.isArray(error) ? error : [error]).map((e) => (e as { message: string }).message);
    expect(messages).toContain(expected.message);
  } else if (expected === core.ok) {
    expect(actual).toMatchObject({ ok: true });
  } else if (typeof expected === 'string' && /(\.\.\.|…)$/.test(expected) && typeof actual === 'string') {
    const prefix = expected.replace(/(\.\.\.|…)$/, '');
    if (/^(\.\.\.|…)/.test(prefix)) expect(actual).toContain(prefix.replace(/^(\.\.\.|…)/, ''));
    else
      expect(
        actual.startsWith(prefix),
        `${JSON.stringify(actual.slice(0, 200))} starts with ${JSON.stringify(prefix)}`,
      ).toBe(true);
  } else {
    expect(roundNumbers(actual)).toEqual(roundNumbers(expected));
  }
}

/** Numbers to 12 significant digits: `// [1.3, 1.3]` stands for 1.300000000000001 too. */
function roundNumbers(value: unknown): unknown {
  if (typeof value === 'number') return Number(value.toPrecision(12));
  if (Array.isArray(value)) return value.map(roundNumbers);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundNumbers(v)]));
  return value;
}

const { checkable, skipped } = examples();
const runnable: Array<Example & { value: unknown; run: () => unknown }> = [];
for (const ex of checkable) {
  const scope = await scopeOf(ex.file);
  const expected = expectedValue(ex.expected, scope);
  if ('why' in expected) {
    skipped.push({ where: ex.where, why: expected.why });
    continue;
  }
  let outcome: { actual: unknown } | { error: unknown };
  try {
    outcome = { actual: evaluate(ex.expression, scope) };
  } catch (e) {
    if (e instanceof ReferenceError) {
      skipped.push({ where: ex.where, why: `uses a value it only names (${e.message})` });
      continue;
    }
    outcome = { error: e };
  }
  runnable.push({
    ...ex,
    value: expected.value,
    run: () => {
      if ('error' in outcome) throw outcome.error;
      return outcome.actual;
    },
  });
}

describe('doc comment @examples', () => {
  it.each(runnable)('$where: $expression', ({ run, value }) => {
    let actual: unknown;
    try {
      actual = run();
    } catch (e) {
      throw new Error(`the example does not run: ${e instanceof Error ? e.message : String(e)}`);
    }
    check(actual, value);
  });

  it('checks most one-line examples and names each one it skips, with why', () => {
    process.stdout.write(
      `doc examples: ${runnable.length} checked, ${skipped.length} skipped\n${skipped
        .map((s) => `  skipped ${s.where}: ${s.why}`)
        .join('\n')}\n`,
    );
    expect(runnable.length).toBeGreaterThanOrEqual(65);
  });
});
