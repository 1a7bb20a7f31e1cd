/**
 * `npm run verify:openfootball -- DIR`: imports every football.txt file under DIR (default: the
 * openfootball fixtures of the formats package) with default options and prints, per file, the
 * matches read, the ties built, the ties decided, the warnings and the errors, then a total line.
 * Each warning and error follows its file as `FILE:LINE: severity: message (code)`.
 * Exit code 0 when no file has an error, 1 otherwise, 2 on bad usage.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createKnockout } from '@cupstage/core';
import { describeProblems, parseFootballTxt, readFootballTxt } from '@cupstage/formats';

/** The figures of one file. */
export interface FileFigures {
  readonly file: string;
  readonly matches: number;
  readonly ties: number;
  readonly decided: number;
  readonly warnings: number;
  readonly errors: number;
  readonly findings: string;
}

/** Every `.txt` file under a folder, sorted, skipping dot-files and Markdown. */
export function footballTxtFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...footballTxtFiles(path));
    else if (name.endsWith('.txt')) out.push(path);
  }
  return out;
}

/** Imports one file and counts what came out. */
export function verifyFile(path: string, label: string): FileFigures {
  const text = readFileSync(path, 'utf8');
  const matches = readFootballTxt(text).sections.reduce((n, s) => n + s.matches.length, 0);
  const r = parseFootballTxt(text);
  const problems = r.ok ? r.value.problems : r.error;
  let ties = 0;
  let decided = 0;
  if (r.ok) {
    for (const t of createKnockout(r.value.competition).ties()) {
      ties++;
      if (t.state.kind === 'resolved' && t.state.outcome.kind === 'decided') decided++;
    }
  }
  const shown = problems.filter((p) => p.severity !== 'note');
  return {
    file: label,
    matches,
    ties,
    decided,
    warnings: problems.filter((p) => p.severity === 'warning').length,
    errors: problems.filter((p) => p.severity === 'error').length,
    findings: shown.length > 0 ? describeProblems(label, shown) : '',
  };
}

function main(argv: ReadonlyArray<string>): number {
  const dir = argv[0] ?? 'packages/formats/test/fixtures/openfootball';
  if (argv.length > 1 || !statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    process.stderr.write('usage: npm run verify:openfootball -- DIR  (a folder of football.txt files)\n');
    return 2;
  }
  const files = footballTxtFiles(dir);
  const rows = files.map((f) => verifyFile(f, relative(dir, f)));
  const width = Math.max(4, ...rows.map((r) => r.file.length));
  const line = (f: string, ...n: Array<number | string>) =>
    `${f.padEnd(width)}  ${n.map((x) => String(x).padStart(8)).join('')}`;
  const out: string[] = [line('file', 'matches', 'ties', 'decided', 'warnings', 'errors')];
  for (const r of rows) {
    out.push(line(r.file, r.matches, r.ties, r.decided, r.warnings, r.errors));
    if (r.findings) out.push(r.findings.replace(/^/gm, '    '));
  }
  const sum = (k: 'matches' | 'ties' | 'decided' | 'warnings' | 'errors') =>
    rows.reduce((n, r) => n + r[k], 0);
  out.push(
    line(
      `total (${rows.length} files)`,
      sum('matches'),
      sum('ties'),
      sum('decided'),
      sum('warnings'),
      sum('errors'),
    ),
  );
  process.stdout.write(`${out.join('\n')}\n`);
  return sum('errors') === 0 ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  process.exitCode = main(process.argv.slice(2));
