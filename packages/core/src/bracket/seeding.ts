/**
 * Standard bracket placement of seeds 1..size (size a power of two): seed 1 at the top, seed 2 at the
 * top of the bottom half, and each first-round pair summing to size + 1 (1 v N, 2 v N−1, ...).
 *
 * @example standardPlacement(8) // [1, 8, 4, 5, 2, 7, 3, 6]
 */
export function standardPlacement(size: number): number[] {
  let lines = [1];
  while (lines.length < size) {
    const next = lines.length * 2;
    const out: number[] = [];
    for (const s of lines) out.push(s, next + 1 - s);
    lines = out;
  }
  return lines;
}

/** The smallest power of two at or above n (n ≥ 1). */
export function bracketSize(n: number): number {
  let size = 1;
  while (size < n) size *= 2;
  return size;
}

/**
 * The usual English name of a round by how many teams it starts with:
 * 2 → Final, 4 → Semi-finals, 8 → Quarter-finals, 16 → Round of 16.
 */
export function roundName(teams: number): string {
  if (teams === 2) return 'Final';
  if (teams === 4) return 'Semi-finals';
  if (teams === 8) return 'Quarter-finals';
  return `Round of ${teams}`;
}

/**
 * The id of a round by how many teams it starts with, derived from its name:
 * 2 → `final`, 4 → `semi-finals`, 8 → `quarter-finals`, 16 → `round-of-16`.
 */
export function roundSlug(teams: number): string {
  return roundName(teams).toLowerCase().replaceAll(' ', '-');
}

/**
 * The id of tie `n` (1-based) of a round by how many teams it starts with, as articles name them:
 * the final is `F`, then `SF1`, `QF1`, and `R16-1`, `R32-1` for larger rounds.
 *
 * @example tieName(8, 3) // 'QF3'
 */
export function tieName(teams: number, n: number): string {
  if (teams === 2) return n === 1 ? 'F' : `F${n}`;
  if (teams === 4) return `SF${n}`;
  if (teams === 8) return `QF${n}`;
  return `R${teams}-${n}`;
}
