import { cupError, err, ok, type Result } from '@cupstage/core';

/** Line and column (1-based) of a character offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: offset - last };
}

/**
 * JSON.parse with an error that says where: `invalid-json` with line and column in the message.
 *
 * @example parseJson('{"a": }') // err: 'line 1, column 7: Unexpected token ...'
 */
export function parseJson(text: string): Result<unknown> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const position = /position (\d+)/.exec(message);
    const where = position ? lineColumn(text, Number(position[1])) : undefined;
    const prefix = where ? `line ${where.line}, column ${where.column}: ` : '';
    return err(cupError('invalid-json', [], `${prefix}${message.replace(/^JSON\.parse: /, '')}`));
  }
}
