import { DASH } from './text.ts';

/** One leg line read back: `MC Alger ALG 1−0 TUN Club Africain`. */
export interface ParsedLeg {
  readonly home: string;
  readonly homeCountry: string;
  readonly away: string;
  readonly awayCountry: string;
  /** Goals as written (after extra time when `afterExtraTime`); absent for `v` (not played). */
  readonly score?: readonly [number, number];
  readonly afterExtraTime: boolean;
  /** `(4–3 p)` written after the score, home first. */
  readonly penalties?: readonly [number, number];
  /** The line starts with `Play-off:`. */
  readonly playoff: boolean;
}

const LEG = new RegExp(
  `^(Play-off: )?(.+?) ([A-Z]{3}) (?:(\\d+) ?${DASH} ?(\\d+)( \\(a\\.e\\.t\\.\\))?(?: \\((\\d+) ?${DASH} ?(\\d+) p\\))?|(v)) ([A-Z]{3}) (.+)$`,
);

/**
 * Reads a leg line: home team, its country code, the score with any dash (`−`, `-`, `–`) or `v` for a
 * leg not played yet, optional `(a.e.t.)` and `(4–3 p)`, the away country code and team.
 *
 * @example parseLegLine('MC Alger ALG 1−0 TUN Club Africain')
 * // { home: 'MC Alger', homeCountry: 'ALG', away: 'Club Africain', awayCountry: 'TUN', score: [1, 0], ... }
 */
export function parseLegLine(line: string): ParsedLeg | undefined {
  const m = LEG.exec(line.trim());
  if (!m) return undefined;
  const played = m[9] === undefined;
  return {
    home: m[2]!.trim(),
    homeCountry: m[3]!,
    away: m[11]!.trim(),
    awayCountry: m[10]!,
    ...(played ? { score: [Number(m[4]), Number(m[5])] as const } : {}),
    afterExtraTime: m[6] !== undefined,
    ...(m[7] !== undefined ? { penalties: [Number(m[7]), Number(m[8])] as const } : {}),
    playoff: m[1] !== undefined,
  };
}

/**
 * A line that looks like a leg (two country codes around a number, or a score between two names) but
 * does not parse as one.
 *
 * @example looksLikeLeg('MC Alger 1–0 Club Africain') // true: the country codes are missing
 */
export function looksLikeLeg(line: string): boolean {
  if (/ won |aggregate|^In the /.test(line)) return false;
  return /\b[A-Z]{3}\b.*\d.*\b[A-Z]{3}\b/.test(line) || new RegExp(`\\S \\d+ ?${DASH} ?\\d+ \\S`).test(line);
}
