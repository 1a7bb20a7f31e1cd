import type { TieRules } from '../tie-rules.ts';

/** The competitions the era registry knows, by id. */
export const competitionIds = [
  'uefa-champions-league',
  'uefa-europa-league',
  'uefa-cup-winners-cup',
  'uefa-conference-league',
  'inter-cities-fairs-cup',
  'conmebol-libertadores',
  'conmebol-sudamericana',
  'efl-play-offs',
  'caf-champions-league',
  'caf-confederation-cup',
  'afc-champions-league',
  'fifa-world-cup',
  'uefa-european-championship',
  'fa-cup',
  'copa-america',
  'copa-del-rey',
] as const;

/** A competition of the era registry, e.g. `uefa-champions-league` (which includes the European Cup). */
export type CompetitionId = (typeof competitionIds)[number];

/** The rounds the era registry tells apart, earliest first. */
export const roundKeys = [
  'preliminary',
  'qualifying',
  'play-off',
  'first-round',
  'second-round',
  'third-round',
  'fourth-round',
  'fifth-round',
  'sixth-round',
  'round-of-32',
  'round-of-16',
  'quarter-final',
  'semi-final',
  'third-place',
  'final',
] as const;

/** A round of a knockout competition, e.g. `quarter-final`. */
export type RoundKey = (typeof roundKeys)[number];

/**
 * A season, by the year it starts in: `1969–70` is 1969, the CONMEBOL season `2019` is 2019.
 * `label` is how the season is written (`1969–70`, `2019`).
 */
export interface Season {
  readonly start: number;
  readonly label: string;
}

/** The rules of some rounds of an era. */
export interface RoundRules {
  /** The rounds this entry covers, or `'other'` for every round not named by an earlier entry. */
  readonly rounds: ReadonlyArray<RoundKey> | 'other';
  readonly rules: TieRules;
}

/** A run of seasons under the same rules, from `from` until the next era of the competition starts. */
export interface Era {
  /** A stable id, e.g. `european-cup-1967`. */
  readonly id: string;
  /** The first season of the era, by its starting year. */
  readonly from: number;
  /** What changed at the start of this era, in a few words. */
  readonly summary: string;
  /** The rules by round; the first entry naming the round wins, `'other'` covers the rest. */
  readonly rounds: ReadonlyArray<RoundRules>;
  /** Where the era's boundaries and round split come from (regulations, season articles). */
  readonly source: string;
}

/** A run of years, from (and to, inclusive). */
export type YearRange = readonly [number, number] | readonly [number];

/** How a competition writes its seasons. */
export interface SeasonStyle {
  /** Seasons written as one year (`2019`), from (and to, inclusive) by year. */
  readonly years?: YearRange;
  /**
   * Seasons written as two years (`1969-70`), from (and to, inclusive) by starting year; several
   * runs when a competition went from split seasons to calendar years and back (AFC).
   */
  readonly split?: YearRange | ReadonlyArray<YearRange>;
  /**
   * A single year also names the split season that ends in it, as English play-offs are named by
   * the year of their final (`1999` is 1998–99). By the year the season ends.
   */
  readonly endYears?: YearRange;
  /** Competitions held every few years: the years of the editions (`2018`, `2022`). */
  readonly editions?: ReadonlyArray<number>;
}

/** A competition in the era registry: its editions and its eras, oldest first. */
export interface CompetitionEras {
  readonly id: CompetitionId;
  readonly name: string;
  /** Former names, e.g. European Cup for the Champions League. */
  readonly alsoKnownAs: ReadonlyArray<string>;
  /** The first edition, by its starting year. */
  readonly firstEdition: number;
  /** The last edition for a competition that no longer exists, by its starting year. */
  readonly lastEdition?: number;
  /**
   * The last season (by its starting year) whose rules the registry knows, when later seasons of a
   * running competition are not covered: asking for them is an error, never a guess.
   */
  readonly coveredUntil?: number;
  readonly seasons: SeasonStyle;
  /**
   * The eras, oldest first. When the first era starts after `firstEdition`, the seasons between are
   * not covered: asking for them is an error, never a guess.
   */
  readonly eras: ReadonlyArray<Era>;
}
