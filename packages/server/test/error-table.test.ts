import { readFileSync } from 'node:fs';
import { CORE_ERROR_CODES } from '@cupstage/core';
import { FORMATS_ERROR_CODES } from '@cupstage/formats';
import { describe, expect, it } from 'vitest';
import { problemOf, STATUS_BY_CODE, statusOf } from '../src/problem.ts';

/** docs/api.md's error table: status (or statuses) -> the codes named in backticks on that row. */
function documented(): Map<number, Set<string>> {
  const text = readFileSync('docs/api.md', 'utf8');
  const start = text.indexOf('| status | codes |');
  expect(start).toBeGreaterThan(-1);
  const rows = new Map<number, Set<string>>();
  for (const line of text.slice(start).split('\n').slice(2)) {
    if (!line.startsWith('|')) break;
    const [, statuses = '', codes = ''] = line.split('|');
    const named = new Set([...codes.matchAll(/`([a-z][a-z0-9-]*)`/g)].map((m) => m[1]!));
    for (const s of statuses.split(',')) rows.set(Number(s.trim()), named);
  }
  return rows;
}

describe('the table of error codes and HTTP statuses', () => {
  it('docs/api.md names every code of STATUS_BY_CODE on the row of its status', () => {
    const rows = documented();
    const wrong = Object.entries(STATUS_BY_CODE)
      .filter(([code, status]) => !rows.get(status)?.has(code))
      .map(([code, status]) => `${code} (${status})`);
    expect(wrong).toEqual([]);
  });

  it('docs/api.md gives no code a status the table does not (400 lists zod codes, 422 rule codes)', () => {
    const wrong: string[] = [];
    for (const [status, codes] of documented())
      for (const code of codes)
        if (status !== 400 && status !== 422 && statusOf(code) !== status) wrong.push(`${code} on ${status}`);
    expect(wrong).toEqual([]);
  });

  it('gives one status per code: rule codes 422, a round the URL names 404, a round in the input 422', () => {
    expect(statusOf('penalties-impossible')).toBe(422);
    expect(statusOf('round-not-found')).toBe(404);
    expect(statusOf('unknown-round')).toBe(422);
    expect(statusOf('unknown-era-round')).toBe(422);
    expect(problemOf([{ code: 'version-conflict', path: [], message: 'stale' }]).status).toBe(412);
    // A code that only looks like a key of every object is no table entry.
    expect(statusOf('constructor')).toBe(422);
  });

  it('gives each code one meaning: core, formats and the HTTP table share only codes of the same meaning', () => {
    const core = new Set<string>(CORE_ERROR_CODES);
    expect(core.size).toBe(CORE_ERROR_CODES.length);
    expect(new Set(FORMATS_ERROR_CODES).size).toBe(FORMATS_ERROR_CODES.length);
    // formats reports core's code for what a core rule refuses, never its own name for it.
    expect(FORMATS_ERROR_CODES.filter((c) => core.has(c))).toEqual([]);
    // A code of core or formats with a status of its own must mean the same thing here:
    // `invalid-json`, text that is not JSON (400); and core's organiser rules that the API answers
    // with 409 (the state of the competition, not the request, is in the way) or 422, each the same
    // rule: `round-has-results`, `window-excludes-played-legs`, `seed-too-short`, `draw-spec-mismatch`.
    const http = Object.keys(STATUS_BY_CODE);
    const shared = [...CORE_ERROR_CODES, ...FORMATS_ERROR_CODES].filter((c) => http.includes(c)).sort();
    expect(shared).toEqual([
      'draw-spec-mismatch',
      'invalid-json',
      'round-has-results',
      'seed-too-short',
      'window-excludes-played-legs',
    ]);
  });
});
