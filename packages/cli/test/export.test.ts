import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArticle, parseCompetition, readCsv } from '@cupstage/formats';
import { describe, expect, it } from 'vitest';
import { examplePath, repoRoot, run } from './helpers.ts';

describe('cupstage export', () => {
  it('writes wikitext with a {{TwoLegResult}} row per tie and a Module:Team bracket', async () => {
    const { code, stdout } = await run(['export', examplePath, '--to', 'wikitext']);
    expect(code).toBe(0);
    expect(stdout.match(/\{\{TwoLegResult\|/g)?.length).toBe(7);
    expect(stdout).toContain("{{TwoLegResult|[[MC Alger]]|ALG|1–2|'''[[Club Africain]]'''|TUN|1–0|0–2}}");
    expect(stdout).toContain('{{#invoke:Team bracket|main');
  });

  it('writes the article text, which imports back to the same teams and results', async () => {
    const { stdout } = await run(['export', examplePath, '--to', 'text']);
    const r = parseArticle(stdout);
    expect(r.ok && r.value.problems).toEqual([]);
    expect(r.ok && r.value.competition.teams.length).toBe(8);
  });

  it('writes football.txt, both CSVs, JSON, Markdown and SVG', async () => {
    const txt = await run(['export', examplePath, '--to', 'football-txt']);
    expect(txt.stdout).toContain('MC Alger (ALG) v Club Africain (TUN)  1-0');
    const legs = await run(['export', examplePath, '--to', 'csv-legs']);
    expect(readCsv(legs.stdout).rows.length).toBe(15);
    const ties = await run(['export', examplePath, '--to', 'csv-ties']);
    expect(readCsv(ties.stdout).rows.length).toBe(8);
    const json = await run(['export', examplePath, '--to', 'json']);
    expect(parseCompetition(json.stdout).ok).toBe(true);
    const md = await run(['export', examplePath, '--to', 'markdown']);
    expect(md.stdout).toContain('**TP Mazembe won 2–1 on aggregate.**');
    const svg = await run(['export', examplePath, '--to', 'svg']);
    expect(svg.stdout.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });

  it('writes the PNG of the example bracket, the same bytes as docs/bracket.png', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cupstage-export-')), 'bracket.png');
    const { code } = await run(['export', examplePath, '--to', 'png', '-o', out]);
    expect(code).toBe(0);
    expect(readFileSync(out).equals(readFileSync(`${repoRoot}docs/bracket.png`))).toBe(true);
  });

  it('refuses PNG on a terminal without -o, an unknown format and a bad competition file', async () => {
    let stderr = '';
    const { main } = await import('../src/main.ts');
    const { Readable } = await import('node:stream');
    const code = await main(['node', 'cupstage', 'export', examplePath, '--to', 'png'], {
      stdout: Object.assign({ write: () => true }, { isTTY: true }),
      stderr: { write: (s: string) => (stderr += s) },
      stdin: Readable.from(['']),
      interactive: true,
    });
    expect(code).toBe(2);
    expect(stderr).toContain('give -o FILE or redirect standard output');
    expect((await run(['export', examplePath, '--to', 'pdf'])).code).toBe(2);
    const bad = await run(['export', `${repoRoot}package.json`, '--to', 'json']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('is not a valid competition file');
  });
});
