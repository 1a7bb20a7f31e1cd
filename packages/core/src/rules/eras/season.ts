import { cupError, err, ok, type Result } from '../../result.ts';
import type { CompetitionEras, Season } from './types.ts';

const SPLIT = /^(\d{4})\s*[-–/]\s*(\d{2}|\d{4})$/;
const YEAR = /^(\d{4})$/;

const inRange = (year: number, range: readonly number[] | undefined): boolean =>
  range !== undefined && year >= range[0]! && (range[1] === undefined || year <= range[1]);

/** Writes a season the way its competition does: `1969–70` or `2019`. */
export function seasonLabel(competition: CompetitionEras, start: number): string {
  if (inRange(start, competition.seasons.split)) {
    return `${start}–${String((start + 1) % 100).padStart(2, '0')}`;
  }
  return String(start);
}

/**
 * Reads a season as a competition writes it: `1969-70` (or `1969–70`, `1969/70`, `1969-1970`) for
 * European seasons, `2019` for calendar-year ones. Each bad form has its own code.
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
          `season "${text}" must span two consecutive years, e.g. ${start}-${String((start + 1) % 100).padStart(2, '0')}`,
        ),
      );
    }
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
  const start = Number(year![1]);
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
  const { split, years } = competition.seasons;
  const parts: string[] = [];
  if (split) parts.push(`"${split[0]}-${String((split[0] + 1) % 100).padStart(2, '0')}"`);
  if (years) parts.push(`"${years[1] ?? years[0]}"`);
  return parts.join(' or ');
}

function describeStyle(competition: CompetitionEras): string {
  const { split, years } = competition.seasons;
  const parts: string[] = [];
  if (years) {
    parts.push(
      years[1] === undefined
        ? `are calendar years (such as ${years[0]}) from ${years[0]} on`
        : `are calendar years (such as ${years[1]}) from ${years[0]} to ${years[1]}`,
    );
  }
  if (split) {
    const from = `${split[0]}-${String((split[0] + 1) % 100).padStart(2, '0')}`;
    parts.push(
      split[1] === undefined
        ? `span two years (such as ${from}) from ${from} on`
        : `span two years (such as ${from}) from ${from} to ${split[1]}-${String((split[1] + 1) % 100).padStart(2, '0')}`,
    );
  }
  return parts.join(', and ');
}
