import { type BracketModel, type BracketTie, sideMarker } from '@cupstage/core';

function sideText(tie: BracketTie, s: 0 | 1, width: number, legs: 1 | 2): string {
  const side = tie.sides[s];
  const mark = side.winner ? '*' : ' ';
  const name = side.country ? `${side.label} (${side.country})` : side.label;
  const legCells = side.legs.map((g) => (g === undefined ? ' ' : String(g)).padStart(2)).join(' ');
  const agg =
    legs === 2 ? ` |${side.aggregate === undefined ? '  ' : String(side.aggregate).padStart(2)}` : '';
  const own = sideMarker(tie, s);
  const marker = own ? ` (${own})` : '';
  return `${mark} ${name.padEnd(width)} ${legCells}${agg}${marker}`;
}

/**
 * The bracket as plain text: one column per round, each tie as two lines (legs, then the aggregate
 * after `|`), ties of later rounds centred beside the ties that feed them. `*` marks the team that
 * went through; `(a)` away goals, `(a.e.t.)` extra time, `(5–4 p)` penalties.
 */
export function bracketText(model: BracketModel): string {
  const columns: string[][] = [];
  const centres: number[][] = [];
  let rows = 0;
  model.rounds.forEach((round, r) => {
    const width = Math.max(
      round.name.length,
      ...round.ties.flatMap((t) =>
        t.sides.map((s) => (s.country ? `${s.label} (${s.country})` : s.label).length),
      ),
    );
    const lines = round.ties.map((t) => [
      sideText(t, 0, width, round.legs),
      sideText(t, 1, width, round.legs),
    ]);
    const colWidth = Math.max(round.name.length, ...lines.flat().map((l) => l.length));
    const prev = centres[r - 1];
    const mine: number[] = round.ties.map((_, j) => {
      if (prev && prev.length === round.ties.length * 2)
        return ((prev[2 * j] ?? 0) + (prev[2 * j + 1] ?? 0)) / 2;
      return j * 3 + 0.5;
    });
    centres.push(mine);
    const column: string[] = [];
    mine.forEach((centre, j) => {
      const top = Math.floor(centre);
      const pair = lines[j] ?? [];
      column[top] = pair[0] ?? '';
      column[top + 1] = pair[1] ?? '';
      rows = Math.max(rows, top + 2);
    });
    columns.push([
      round.name.padEnd(colWidth),
      ...Array.from({ length: rows }, (_, i) => (column[i] ?? '').padEnd(colWidth)),
    ]);
  });
  const height = Math.max(0, ...columns.map((c) => c.length));
  const out: string[] = [];
  for (let i = 0; i < height; i++) {
    out.push(
      columns
        .map((c) => c[i] ?? ' '.repeat(c[0]?.length ?? 0))
        .join('   ')
        .trimEnd(),
    );
  }
  if (model.champion) out.push('', `Champions: ${model.champion}`);
  out.push('', '* went through; (a) away goals, (a.e.t.) after extra time, (p) penalties');
  return out.join('\n');
}
