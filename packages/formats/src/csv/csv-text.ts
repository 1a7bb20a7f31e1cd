/** One CSV cell, quoted when it holds a comma, a quote or a line break (RFC 4180). */
export function csvCell(value: string | number | undefined): string {
  const s = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * Rows of CSV text (RFC 4180: quoted cells may hold commas, doubled quotes and line breaks), each with
 * the 1-based line it starts on. An unclosed quote is reported with its line.
 *
 * @example readCsv('a,b\n1,"x, y"\n').rows // [{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['1', 'x, y'] }]
 */
export function readCsv(text: string): {
  rows: Array<{ line: number; cells: string[] }>;
  unclosedQuoteAt?: number;
} {
  const rows: Array<{ line: number; cells: string[] }> = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let quoteLine = 0;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
      continue;
    }
    if (c === '"' && cell === '') {
      quoted = true;
      quoteLine = line;
    } else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      cells.push(cell);
      if (cells.some((x) => x !== '')) rows.push({ line: start, cells });
      cells = [];
      cell = '';
      line++;
      start = line;
    } else cell += c;
  }
  if (quoted) return { rows, unclosedQuoteAt: quoteLine };
  cells.push(cell);
  if (cells.some((x) => x !== '')) rows.push({ line: start, cells });
  return { rows };
}
