import { type DecidedBy, hasDecider, type TieRules } from '@cupstage/core';
import { normalizeScoreDashes } from './text.ts';

/** A result line read back: who went through, how, and the scores from the winner's side. */
export interface ParsedSummary {
  readonly winner: string;
  readonly decidedBy: DecidedBy;
  /** The aggregate (or the match score) as written: winner's goals first for a win, both equal when level. */
  readonly score?: readonly [number, number];
  /** `on aggregate` was written (two legs) or not (one match). */
  readonly onAggregate: boolean;
  /** The shoot-out, winner's kicks first. */
  readonly penalties?: readonly [number, number];
  /** The play-off match, winner's goals first. */
  readonly playoff?: readonly [number, number];
}

const N = '(\\d+)–(\\d+)';
const LEVEL = `^(?:Level on points, )?${N}( on aggregate| after extra time)?\\. `;
const PATTERNS: ReadonlyArray<{ re: RegExp; read: (m: RegExpExecArray) => ParsedSummary }> = [
  {
    re: new RegExp(`^(.+) won ${N}( on aggregate)?( after extra time)?\\.$`),
    read: (m) => ({
      winner: m[1]!,
      decidedBy: m[5] ? 'extra-time' : 'aggregate',
      score: [Number(m[2]), Number(m[3])],
      onAggregate: m[4] !== undefined,
    }),
  },
  {
    re: new RegExp(`${LEVEL}(.+) won on away goals\\.$`),
    read: (m) => ({
      winner: m[4]!,
      decidedBy: 'away-goals',
      score: [Number(m[1]), Number(m[2])],
      onAggregate: m[3] === ' on aggregate',
    }),
  },
  {
    re: new RegExp(`${LEVEL}(.+) won ${N} on penalties\\.$`),
    read: (m) => ({
      winner: m[4]!,
      decidedBy: 'penalties',
      score: [Number(m[1]), Number(m[2])],
      onAggregate: m[3] === ' on aggregate',
      penalties: [Number(m[5]), Number(m[6])],
    }),
  },
  {
    re: new RegExp(`${LEVEL}(.+) won the play-off ${N}\\.$`),
    read: (m) => ({
      winner: m[4]!,
      decidedBy: 'play-off',
      score: [Number(m[1]), Number(m[2])],
      onAggregate: m[3] === ' on aggregate',
      playoff: [Number(m[5]), Number(m[6])],
    }),
  },
  {
    re: new RegExp(`${LEVEL}Play-off ${N}; (.+) won ${N} on penalties\\.$`),
    read: (m) => ({
      winner: m[6]!,
      decidedBy: 'play-off',
      score: [Number(m[1]), Number(m[2])],
      onAggregate: m[3] === ' on aggregate',
      playoff: [Number(m[4]), Number(m[5])],
      penalties: [Number(m[7]), Number(m[8])],
    }),
  },
  {
    re: new RegExp(`${LEVEL}(?:Play-off ${N}\\. )?(.+) won on a coin toss\\.$`),
    read: (m) => ({
      winner: m[6]!,
      decidedBy: 'coin-toss',
      score: [Number(m[1]), Number(m[2])],
      onAggregate: m[3] === ' on aggregate',
      ...(m[4] !== undefined ? { playoff: [Number(m[4]), Number(m[5])] as const } : {}),
    }),
  },
  {
    re: new RegExp(`^(.+) won on points \\(${N} on aggregate\\)\\.$`),
    read: (m) => ({
      winner: m[1]!,
      decidedBy: 'points',
      score: [Number(m[2]), Number(m[3])],
      onAggregate: true,
    }),
  },
  {
    re: /^(.+) won on walkover\.$/,
    read: (m) => ({ winner: m[1]!, decidedBy: 'walkover', onAggregate: false }),
  },
];

/**
 * Reads a result line in Wikipedia's wording (any dash between the numbers).
 *
 * @example parseSummaryLine('1–1 on aggregate. FUS Rabat won 5–4 on penalties.')
 * // { winner: 'FUS Rabat', decidedBy: 'penalties', score: [1, 1], onAggregate: true, penalties: [5, 4] }
 */
export function parseSummaryLine(line: string): ParsedSummary | undefined {
  const text = normalizeScoreDashes(line.trim());
  for (const { re, read } of PATTERNS) {
    const m = re.exec(text);
    if (m) return read(m);
  }
  return undefined;
}

/**
 * What in a result line the rules cannot produce, or undefined when the line fits them: e.g. a tie
 * "won on away goals" under rules without away goals, or "on aggregate" in a single-match round.
 *
 * @example summaryMisfit(parseSummaryLine('2–2 on aggregate. A won on away goals.')!, uefa2021)
 * // 'the line says "won on away goals", but the rules (uefa-2021) have no away goals'
 */
export function summaryMisfit(s: ParsedSummary, rules: TieRules): string | undefined {
  const name = `the rules (${rules.id})`;
  if (s.decidedBy !== 'walkover' && s.onAggregate !== (rules.legs === 2)) {
    return s.onAggregate
      ? `the line says "on aggregate", but under ${name} a tie is a single match`
      : `the line has no "on aggregate", but under ${name} a tie has two legs`;
  }
  const away =
    hasDecider(rules, 'away-goals') ||
    rules.deciders.some((d) => d.kind === 'extra-time' && d.awayGoals && rules.legs === 2);
  switch (s.decidedBy) {
    case 'away-goals':
    case 'away-goals-extra-time':
      return away ? undefined : `the line says "won on away goals", but ${name} have no away goals`;
    case 'golden-goal':
    case 'silver-goal':
      return hasDecider(rules, s.decidedBy)
        ? undefined
        : `the line names a ${s.decidedBy}, but ${name} have none`;
    case 'extra-time':
      return hasDecider(rules, 'extra-time')
        ? undefined
        : `the line says "after extra time", but ${name} have no extra time`;
    case 'penalties':
      return hasDecider(rules, 'penalties') || s.playoff
        ? undefined
        : `the line says "on penalties", but ${name} have no penalty shoot-out`;
    case 'play-off':
      return hasDecider(rules, 'play-off') ? undefined : `the line names a play-off, but ${name} have none`;
    case 'points':
      return hasDecider(rules, 'points')
        ? undefined
        : `the line says "won on points", but ${name} count no points`;
    case 'coin-toss':
      return hasDecider(rules, 'coin-toss') ? undefined : `the line names a coin toss, but ${name} have none`;
    case 'aggregate':
    case 'walkover':
      return undefined;
    default: {
      const never: never = s.decidedBy;
      return never;
    }
  }
}
