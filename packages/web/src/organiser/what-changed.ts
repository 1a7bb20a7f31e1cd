import type { TieDto } from '../api/dto.ts';

const result = (tie: TieDto | undefined, leg: number): string => {
  const l = tie?.legs.find((x) => x.number === leg);
  if (!l) return 'not entered';
  const pens = l.penalties ? `, ${l.penalties[0]}–${l.penalties[1]} on penalties` : '';
  return `${l.home.name} ${l.result} ${l.away.name}${pens}`;
};

/**
 * What changed in a tie between the version a user saw and the current one, in sentences.
 *
 * @example whatChanged(before, after) // ['Leg 2: was "not entered", now "Club Africain 2–0 MC Alger"']
 */
export function whatChanged(before: TieDto | undefined, after: TieDto | undefined): string[] {
  const lines: string[] = [];
  const sides = (t: TieDto | undefined): string => (t ? `${t.sides[0].label} v ${t.sides[1].label}` : '—');
  if (sides(before) !== sides(after)) lines.push(`Teams: were ${sides(before)}, now ${sides(after)}`);
  const legs = Math.max(before?.legs.length ?? 0, after?.legs.length ?? 0);
  for (let n = 1; n <= legs; n++) {
    const was = result(before, n);
    const now = result(after, n);
    if (was !== now) lines.push(`Leg ${n}: was “${was}”, now “${now}”`);
  }
  if (lines.length === 0 && before?.summary !== after?.summary && after?.summary) {
    lines.push(`Result: now “${after.summary}”`);
  }
  return lines;
}
