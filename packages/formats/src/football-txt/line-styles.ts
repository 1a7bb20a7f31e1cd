/**
 * The line styles of football.txt as written across the openfootball repositories, one table.
 * Each style has a real example (repository and file in the test beside this module). The reader
 * tries them in this order; a line that fits none is an error naming the line.
 */

const DAY = String.raw`(?:Mon|Tues?|Wed|Thu(?:rs)?|Fri|Sat|Sun|Mo|Tu|We|Th|Fr|Sa|Su)[a-z]*\.?,?`;
const MONTH = String.raw`(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?`;
const YEAR = String.raw`(?:,?\s+(\d{4}))?`;

/** A date at the start of a line, in any of its styles; the rest of the line follows. */
const DATE_STYLES: ReadonlyArray<{ readonly name: string; readonly re: RegExp; readonly example: string }> = [
  // `Tue Feb/12 2019`, `Sat Nov/10`, `[Fri Aug/6]`
  {
    name: 'month/day',
    re: new RegExp(String.raw`^\[?(?:${DAY}\s+)?${MONTH}/(\d{1,2})${YEAR}\]?(?=\s|$)`, 'u'),
    example: 'Tue Feb/12 2019',
  },
  // `Sat Jun 30`, `Wed Oct 9 2024`, `June 5`, `Jul 1`
  {
    name: 'month day',
    re: new RegExp(String.raw`^\[?(?:${DAY}\s+)?${MONTH}\s+(\d{1,2})(?!\d|:|\.\d)${YEAR}\]?(?=\s|$)`, 'u'),
    example: 'Wed Oct 9 2024',
  },
  // `Th 26/3/26`, `Sat 14.6.1930`
  {
    name: 'day/month/year',
    re: new RegExp(String.raw`^\[?(?:${DAY}\s+)?(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})\]?(?=\s|$)`, 'u'),
    example: 'Th 26/3/26',
  },
  // `16 June 1976`, `Sat 16 June`
  {
    name: 'day month',
    re: new RegExp(String.raw`^\[?(?:${DAY}\s+)?(\d{1,2})\.?\s+${MONTH}${YEAR}\]?(?=\s|$)`, 'u'),
    example: '16 June 1976',
  },
];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A date written at the start of a line: month, day and the year when written. */
export interface WrittenDate {
  readonly month: number;
  readonly day: number;
  readonly year?: number;
  /** What follows the date on the line. */
  readonly rest: string;
}

/**
 * Reads a date at the start of a line, in any style of the table above.
 *
 * @example readDate('Sat Jun 30   18:00  France 4-3 (1-1) Argentina') // { month: 6, day: 30, rest: '18:00  France 4-3 (1-1) Argentina' }
 */
export function readDate(line: string): WrittenDate | undefined {
  const text = line.trim();
  for (const style of DATE_STYLES) {
    const m = style.re.exec(text);
    if (!m) continue;
    const rest = text.slice(m[0].length).trim();
    const fourDigit = (s: string | undefined) => (s === undefined ? undefined : Number(s));
    switch (style.name) {
      case 'month/day':
      case 'month day': {
        const month = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1;
        const year = fourDigit(m[3]);
        return { month, day: Number(m[2]), ...(year ? { year } : {}), rest };
      }
      case 'day/month/year': {
        const y = Number(m[3]);
        const year = m[3]!.length === 2 ? (y < 50 ? 2000 + y : 1900 + y) : y;
        const month = Number(m[2]);
        if (month < 1 || month > 12) return undefined;
        return { month, day: Number(m[1]), year, rest };
      }
      default: {
        const month = MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1;
        const year = fourDigit(m[3]);
        return { month, day: Number(m[1]), ...(year ? { year } : {}), rest };
      }
    }
  }
  return undefined;
}

/**
 * A kick-off time at the start of a text: `21.00`, `18:00`, `20.45h`, with an optional zone written
 * after it (`18:00 UTC-3`, `13:00 (18:00 UTC+1)`) that is skipped.
 *
 * @example readTime('18:00 UTC-6  Mexico v USA') // { kickoff: '18:00', rest: 'Mexico v USA' }
 */
export function readTime(text: string): { kickoff: string; rest: string } | undefined {
  const m =
    /^(\d{1,2})[.:h](\d{2})h?(?:\s*(?:UTC|GMT|CET|CEST)\s?(?:[+-]\d{1,2}(?::?\d{2})?)?)?(?:\s*\([^)]*\))?(?=\s|$)/.exec(
      text.trim(),
    );
  if (!m || Number(m[1]) > 24 || Number(m[2]) > 59) return undefined;
  return { kickoff: `${m[1]!.padStart(2, '0')}:${m[2]}`, rest: text.trim().slice(m[0].length).trim() };
}

/** The kinds of line, in the order the reader tries them. */
export const LINE_STYLES = {
  /** `= World Cup 1930    # in Uruguay, July 13-30` (a trailing comment does not hide the season). */
  title: /^=(?!=)\s*(.+?)\s*$/,
  /** `» Round of 16`, `▪ Quarter-finals, Replays`, `▪▪ Group 4`, `== Playoffs`. */
  section: /^\s*(?:»|▪+|={2,})\s*(.+?)\s*$/u,
  /** `Matchday 1` on a line of its own (league files): a section without a marker. */
  bareSection: /^(?:Matchday|Spieltag|Jornada|Journée|Giornata|Week|Round)\s+\d+\s*$/i,
  /** `▪ Matchday 1   | July 13` and `Group A  |  Argentina  Colombia`: an index, not a section. */
  index: /^\s*(?:(?:»|▪+)\s*)?[^|]+\|/u,
  /** `(Orsi 81' Schiavio 95';  Puč 71')`: goals of the match above, maybe over several lines. */
  goals: /^\s*\(/,
  /** `Czechoslovakia: Viktor, Pivarník, ...`, `Penalties: 1-0 Masny, ...`: line-ups and shoot-out detail. */
  detail: /^\s*[\p{L}][\p{L} .'’-]{0,40}:\s/u,
  /** `# Italy won on coin toss`: a comment that decides a tie. */
  coinToss:
    /#\s*(.+?)\s+won\s+(?:on|by|after)\s+(?:a\s+|the\s+)?(?:coin[ -]?toss|toss(?: of a coin)?|drawing of lots|lots)/i,
  /** `[awarded]`, `[cancelled; Austria withdrew because of Anschluss]` at the end of a match. */
  bracketNote: /\s*\[([^\]]*)\]\s*$/,
  /** ` @ Estadio Centenario, Montevideo` at the end of a match or date line. */
  venue: /\s+@\s*(.+?)\s*$/,
  /** A comment at the end of a line: ` # 2nd leg`. */
  trailingComment: /\s+#.*$/,
} as const;
