import { type BracketModel, type BracketSide, type BracketTie, sideMarker } from '@cupstage/core';
import { textWidth } from './text-width.ts';

/** How the bracket is drawn. */
export interface BracketSvgOptions {
  /** A title above the rounds (none by default). */
  readonly title?: string;
  /** Font size in pixels (default 12). */
  readonly fontSize?: number;
  /** CSS font-family (default DejaVu Sans, the font bundled for PNG output). */
  readonly fontFamily?: string;
}

const escapeXml = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );
const num = (n: number): string => String(Math.round(n * 10) / 10);

const sideLabel = (s: BracketSide): string => (s.country ? `${s.label} (${s.country})` : s.label);
const markerText = (t: BracketTie): string => (t.marker ? `(${t.marker})` : '');

interface Placed {
  readonly x: number;
  readonly y: number;
  readonly tie: BracketTie;
}

/**
 * Draws the bracket as a self-contained SVG (no external references, no scripts): one column per
 * round, each tie as a box of two rows (team, goals in each leg, aggregate), the team that went
 * through in bold with its marker (`(a)`, `(a.e.t.)`, `(5–4 p)`), lines joining each tie to the tie
 * its winner plays next, and the champion below. Pure: the same model gives the same text, so the
 * web app can show exactly what `cupstage export --to svg` writes.
 *
 * @example writeBracketSvg(bracketModel(c, createKnockout(c))) // '<svg xmlns="http://www.w3.org/2000/svg" ...'
 */
export function writeBracketSvg(model: BracketModel, options: BracketSvgOptions = {}): string {
  const size = options.fontSize ?? 12;
  const family = options.fontFamily ?? "'DejaVu Sans', Verdana, sans-serif";
  const rowH = Math.round(size * 1.75);
  const gap = Math.round(size);
  const pad = Math.round(size * 1.5);
  const cellW = Math.round(size * 2);
  const aggW = Math.round(size * 2.4);
  const joinW = Math.round(size * 2.5);
  const titleH = options.title ? Math.round(size * 2.2) : 0;
  const headerH = Math.round(size * 2);
  const top = pad + titleH + headerH;

  const columns = model.rounds.map((round) => {
    const nameW =
      Math.max(
        textWidth(round.name, size, true),
        ...round.ties.flatMap((t) => t.sides.map((s) => textWidth(sideLabel(s), size, true))),
      ) + size;
    const markW =
      Math.max(0, ...round.ties.map((t) => textWidth(markerText(t), size * 0.85))) +
      (round.ties.some((t) => t.marker) ? size * 0.6 : 0);
    const aggregate = round.legs === 2;
    const width = nameW + round.legs * cellW + (aggregate ? aggW : 0) + markW;
    return { nameW, markW, aggregate, width: Math.ceil(width) };
  });

  const placed: Placed[][] = [];
  let x = pad;
  model.rounds.forEach((round, r) => {
    const prev = placed[r - 1];
    const pairs = prev !== undefined && prev.length === round.ties.length * 2;
    placed.push(
      round.ties.map((tie, j) => {
        const centre = pairs
          ? ((prev[2 * j]?.y ?? 0) + (prev[2 * j + 1]?.y ?? 0)) / 2 + rowH
          : top + j * (2 * rowH + gap) + rowH;
        return { x, y: centre - rowH, tie };
      }),
    );
    x += (columns[r]?.width ?? 0) + joinW;
  });
  const width = Math.ceil(x - joinW + pad);
  const bottom = Math.max(top, ...placed.flat().map((p) => p.y + 2 * rowH));
  const championH = model.champion ? Math.round(size * 2.2) : 0;
  const height = Math.ceil(bottom + championH + pad);

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(family)}" font-size="${size}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
  );
  if (options.title) {
    out.push(
      `<text x="${pad}" y="${num(pad + size * 1.2)}" font-size="${num(size * 1.35)}" font-weight="bold" fill="#111111">${escapeXml(options.title)}</text>`,
    );
  }
  const baseline = (rowTop: number): number => rowTop + rowH / 2 + size * 0.36;

  model.rounds.forEach((round, r) => {
    const col = columns[r]!;
    const x0 = placed[r]?.[0]?.x ?? pad;
    out.push(
      `<text x="${x0}" y="${num(pad + titleH + size * 1.1)}" font-weight="bold" fill="#333333">${escapeXml(round.name)}</text>`,
    );
    for (const p of placed[r] ?? []) {
      out.push(`<g class="tie" data-tie="${escapeXml(p.tie.id)}">`);
      out.push(
        `<rect x="${p.x}" y="${num(p.y)}" width="${col.width}" height="${2 * rowH}" fill="#ffffff" stroke="#888888"/>`,
      );
      const aggX = p.x + col.nameW + round.legs * cellW;
      if (col.aggregate)
        out.push(
          `<rect x="${num(aggX)}" y="${num(p.y)}" width="${aggW}" height="${2 * rowH}" fill="#eeeeee" stroke="#888888"/>`,
        );
      out.push(
        `<line x1="${p.x}" y1="${num(p.y + rowH)}" x2="${p.x + col.width}" y2="${num(p.y + rowH)}" stroke="#cccccc"/>`,
      );
      p.tie.sides.forEach((side, s) => {
        const rowTop = p.y + s * rowH;
        const y = num(baseline(rowTop));
        const weight = side.winner ? ' font-weight="bold"' : '';
        const colour = side.team === undefined ? '#777777' : '#111111';
        out.push(
          `<text x="${num(p.x + size / 2)}" y="${y}"${weight} fill="${colour}">${escapeXml(sideLabel(side))}</text>`,
        );
        side.legs.forEach((g, l) => {
          if (g === undefined) return;
          const cx = p.x + col.nameW + l * cellW + cellW / 2;
          out.push(`<text x="${num(cx)}" y="${y}" text-anchor="middle" fill="#111111">${g}</text>`);
        });
        if (col.aggregate && side.aggregate !== undefined) {
          out.push(
            `<text x="${num(aggX + aggW / 2)}" y="${y}" text-anchor="middle"${weight} fill="#111111">${side.aggregate}</text>`,
          );
        }
        const marker = sideMarker(p.tie, s === 0 ? 0 : 1);
        if (marker) {
          const mx = aggX + (col.aggregate ? aggW : 0) + size * 0.3;
          out.push(
            `<text x="${num(mx)}" y="${y}" font-size="${num(size * 0.85)}" fill="#444444">${escapeXml(`(${marker})`)}</text>`,
          );
        }
      });
      out.push('</g>');
    }
    // Lines from the ties of the previous round to the tie their winners play next.
    const prev = placed[r - 1];
    const prevCol = columns[r - 1];
    if (prev && prevCol && prev.length === round.ties.length * 2) {
      for (const [j, p] of (placed[r] ?? []).entries()) {
        for (const from of [prev[2 * j], prev[2 * j + 1]]) {
          if (!from) continue;
          const x1 = from.x + prevCol.width;
          const y1 = from.y + rowH;
          const xm = x1 + joinW / 2;
          out.push(
            `<path d="M${num(x1)} ${num(y1)}H${num(xm)}V${num(p.y + rowH)}H${num(p.x)}" fill="none" stroke="#888888"/>`,
          );
        }
      }
    }
  });
  if (model.champion) {
    out.push(
      `<text x="${pad}" y="${num(bottom + size * 1.8)}" font-weight="bold" fill="#111111">Champions: ${escapeXml(model.champion)}</text>`,
    );
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
