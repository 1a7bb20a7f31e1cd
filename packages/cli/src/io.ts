import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { type Competition, type CupError, formatPath } from '@cupstage/core';
import { parseCompetition } from '@cupstage/formats';
import { CliError } from './cli-error.ts';

export { CliError };

/** Where a command reads and writes; the real process streams, or buffers in tests. */
export interface Io {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly stdin: Readable;
  /** True when stderr is a terminal (progress bars are shown only then). */
  readonly interactive: boolean;
}

/** Reads a text file or fails with a message that names the file and the reason. */
export function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : String(e);
    throw new CliError(`cannot read ${path}: ${why}`);
  }
}

/** Writes a file (text or bytes) or fails with a message that names the file and the reason. */
export function writeText(path: string, data: string | Uint8Array): void {
  try {
    writeFileSync(path, data);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such folder'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : String(code ?? e);
    throw new CliError(`cannot write ${path}: ${why}`);
  }
}

/**
 * Replaces a file whole or not at all: the text goes to a temporary file beside it, which is then
 * renamed over it (a rename within a folder is atomic), so a reader never sees it half-written.
 */
export function writeAtomic(path: string, data: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeText(temp, data);
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    if (e instanceof CliError) throw e;
    throw new CliError(`cannot replace ${path}: ${String((e as NodeJS.ErrnoException).code ?? e)}`);
  }
}

/** One line per problem: `FILE: rounds[0].ties[1].legs[1].penalties: message (code)`. */
export function describeErrors(file: string, errors: ReadonlyArray<CupError>): string {
  return errors
    .map((e) => {
      const where = e.path.length > 0 ? `${formatPath(e.path)}: ` : '';
      const message = e.message.startsWith(formatPath(e.path))
        ? e.message.slice(formatPath(e.path).length).replace(/^[:\s]+/, '')
        : e.message;
      return `${file}: ${where}${message} (${e.code})`;
    })
    .join('\n');
}

/** Reads and parses a competition file, or fails listing every problem with its path. */
export function loadCompetition(path: string): Competition {
  const parsed = parseCompetition(readText(path));
  if (!parsed.ok)
    throw new CliError(`${path} is not a valid competition file:\n${describeErrors(path, parsed.error)}`);
  return parsed.value;
}
