import { describe, expect, it } from 'vitest';
import { parseJson } from './json.ts';

describe('parseJson', () => {
  it('parses valid JSON', () => {
    expect(parseJson('{"a": [1, 2.5e3, "x\\n", true, null]}')).toEqual({
      ok: true,
      value: { a: [1, 2500, 'x\n', true, null] },
    });
  });

  it.each([
    ['{"a": }', 'line 1, column 7: invalid JSON, expected a value'],
    ['{\n  "id": \n}', 'line 3, column 1: invalid JSON, expected a value'],
    ['{"a": 1,}', 'line 1, column 9: invalid JSON, expected a property name in double quotes'],
    ['[1, 2', 'line 1, column 6: invalid JSON, expected a comma or a closing bracket'],
    ['{"a": 1} x', 'line 1, column 10: invalid JSON, expected the end of the text'],
    ["{'a': 1}", 'line 1, column 2: invalid JSON, expected a property name in double quotes'],
    ['', 'line 1, column 1: invalid JSON, expected more input (the text ends too early)'],
  ])('says where %j goes wrong', (text, message) => {
    const r = parseJson(text);
    expect(r.ok ? 'ok' : r.error.message).toBe(message);
    expect(r.ok ? '' : r.error.code).toBe('invalid-json');
  });
});
