import { type CupError, cupError, err, ok, type Result } from '../../result.ts';
import type { CompetitionEras, Season, YearRange } from './types.ts';

const SPLIT = /^(\d{4})\s*[-–/]\s*(\d{2}|\d{4})$/;
const YEAR = /^(\d{4})$/;

const inOne = (year: number, range: YearRange): boolean =>
  year >= range[0] && (range[1] === undefined || year <= range[1]);

/** The runs of a style field: one run, or several. */
function runsOf(range: YearRange | ReadonlyArray<YearRange> | undefined): ReadonlyArray<YearRange> {
  if (range === undefined) return [];
  return typeof range[0] === 'number' ? [range as YearRange] : (range as ReadonlyArray<YearRange>);
}

const inRange = (year: number, range: YearRange | ReadonlyArray<YearRange> | undefined): boolean =>
  runsOf(range).some((r) => inOne(year, r));

/** Writes a season the way its competition does: `1969–70` or `2019`. */
export function seasonLabel(competition: CompetitionEras, start: number): string {
  if (inRange(start, competition.seasons.split)) return splitLabel(start, '–');
  return String(start);
}

/** `1969–70`, and `1999–2000` across a century (Wikipedia's style). */
function splitLabel(start: number, dash: string): string {
  const end = start + 1;
  return `${start}${dash}${end % 100 === 0 ? end : String(end % 100).padStart(2, '0')}`;
}

/** A season before the first edition or after the last is its own error, whatever its form. */
function outsideEditions(competition: CompetitionEras, start: number, text: string): CupError | undefined {
  if (start < competition.firstEdition) {
    return cupError(
      'season-before-first-edition',
      ['season'],
      `${competition.name} began in ${seasonLabel(competition, competition.firstEdition)}; there is no "${text}" season`,
    );
  }
  if (competition.lastEdition !== undefined && start > competition.lastEdition) {
    return cupError(
      'season-after-last-edition',
      ['season'],
      `${competition.name} ended with the ${seasonLabel(competition, competition.lastEdition)} season; there is no "${text}" season`,
    );
  }
  return undefined;
}

/**
 * Reads a season as a competition writes it: `1969-70` (or `1969–70`, `1969/70`, `1969-1970`) for
 * European seasons, `2019` for calendar-year ones. Each bad form has its own code, and so has a
 * season before the competition's first edition or after its last.
 *
 * @example parseSeason('1969-70', championsLeague) // ok({ start: 1969, label: '1969–70' })
 * @example parseSeason('2019', libertadores) // ok({ start: 2019, label: '2019' })
 */
export function parseSeason(text: string, competition: CompetitionEras): Result<Season> {
  const trimmed = text.trim();
  const split = SPLIT.exec(trimmed);
  const year = YEAR.exec(trimmed);
  if (!split && !year) {
    return err(
      cupError(
        'invalid-season',
        ['season'],
        `season "${text}" is not a season: write it as ${example(competition)}`,
      ),
    );
  }
  if (split) {
    const start = Number(split[1]);
    const endText = split[2]!;
    const endOk =
      endText.length === 2 ? Number(endText) === (start + 1) % 100 : Number(endText) === start + 1;
    if (!endOk) {
      return err(
        cupError(
          'invalid-season',
          ['season'],
          `season "${text}" must span two consecutive years, e.g. ${splitLabel(start, '-')}`,
        ),
      );
    }
    const outside = outsideEditions(competition, start, text);
    if (outside) return err(outside);
    if (!inRange(start, competition.seasons.split)) {
      return err(
        cupError(
          'season-format',
          ['season'],
          `${competition.name} seasons ${describeStyle(competition)}; "${text}" does not fit`,
        ),
      );
    }
    return ok({ start, label: seasonLabel(competition, start) });
  }
  const named = Number(year![1]);
  const { endYears, editions } = competition.seasons;
  if (!inRange(named, competition.seasons.years) && endYears && inOne(named, endYears)) {
    // "1999" for the season 1998–99, as English play-offs are named by the year of their final.
    return ok({ start: named - 1, label: seasonLabel(competition, named - 1) });
  }
  const start = named;
  const outside = outsideEditions(competition, start, text);
  if (outside) return err(outside);
  if (editions && inRange(start, competition.seasons.years) && !editions.includes(start)) {
    const before = editions.filter((e) => e < start).at(-1);
    const after = editions.find((e) => e > start);
    return err(
      cupError(
        'no-such-edition',
        ['season'],
        `there was no ${competition.name} in ${start}${before !== undefined || after !== undefined ? `; the nearest editions are ${[before, after].filter((e) => e !== undefined).join(' and ')}` : ''}`,
      ),
    );
  }
  if (!inRange(start, competition.seasons.years)) {
    return err(
      cupError(
        'season-format',
        ['season'],
        `${competition.name} seasons ${describeStyle(competition)}; "${text}" does not fit`,
      ),
    );
  }
  return ok({ start, label: String(start) });
}

function example(competition: CompetitionEras): string {
  const { years, editions } = competition.seasons;
  const split = runsOf(competition.seasons.split)[0];
  const parts: string[] = [];
  if (split) parts.push(`"${splitLabel(split[0], '-')}"`);
  if (years) parts.push(`"${editions?.[editions.length - 1] ?? years[1] ?? years[0]}"`);
  return parts.join(' or ');
}

function describeStyle(competition: CompetitionEras): string {
  const { years, endYears } = competition.seasons;
  const parts: string[] = [];
  if (years) {
    parts.push(
      years[1] === undefined
        ? `are calendar years (such as ${years[0]}) from ${years[0]} on`
        : `are calendar years (such as ${years[1]}) from ${years[0]} to ${years[1]}`,
    );
  }
  for (const split of runsOf(competition.seasons.split)) {
    const from = splitLabel(split[0], '-');
    parts.push(
      split[1] === undefined
        ? `span two years (such as ${from}) from ${from} on`
        : `span two years (such as ${from}) from ${from} to ${splitLabel(split[1], '-')}`,
    );
  }
  if (endYears) {
    parts.push(
      `may be named by the year they end in (such as ${endYears[0]} for ${splitLabel(endYears[0] - 1, '-')})`,
    );
  }
  return parts.join(', and ');
}
