import { cupError, err, InvariantError, ok, type Result } from '../../result.ts';
import { slug } from '../../slug.ts';
import { findPreset } from '../presets.ts';
import type { TieRules } from '../tie-rules.ts';
import { afcChampionsLeague } from './afc.ts';
import { cafChampionsLeague, cafConfederationCup } from './caf.ts';
import { libertadores, sudamericana } from './conmebol.ts';
import { eflPlayOffs } from './efl.ts';
import { faCup } from './fa-cup.ts';
import { copaDelRey } from './national-cups.ts';
import { parseRound } from './round-names.ts';
import { parseSeason, seasonLabel } from './season.ts';
import { copaAmerica, europeanChampionship, worldCup } from './tournaments.ts';
import {
  type CompetitionEras,
  type CompetitionId,
  competitionIds,
  type Era,
  type RoundKey,
  roundKeys,
  type Season,
} from './types.ts';
import { championsLeague, conferenceLeague, cupWinnersCup, europaLeague, fairsCup } from './uefa.ts';

/** Every competition of the era registry, by id. */
export const competitions: Readonly<Record<CompetitionId, CompetitionEras>> = Object.freeze({
  'uefa-champions-league': championsLeague,
  'uefa-europa-league': europaLeague,
  'uefa-cup-winners-cup': cupWinnersCup,
  'uefa-conference-league': conferenceLeague,
  'inter-cities-fairs-cup': fairsCup,
  'conmebol-libertadores': libertadores,
  'conmebol-sudamericana': sudamericana,
  'efl-play-offs': eflPlayOffs,
  'caf-champions-league': cafChampionsLeague,
  'caf-confederation-cup': cafConfederationCup,
  'afc-champions-league': afcChampionsLeague,
  'fifa-world-cup': worldCup,
  'uefa-european-championship': europeanChampionship,
  'fa-cup': faCup,
  'copa-america': copaAmerica,
  'copa-del-rey': copaDelRey,
});

/** The rules in force for one round of one season of a competition, and where they come from. */
export interface RulesInForce {
  readonly competition: CompetitionEras;
  readonly season: Season;
  readonly round: RoundKey;
  readonly era: Era;
  /** The last season of the era, by its starting year (absent while the era lasts). */
  readonly eraUntil?: number;
  readonly rules: TieRules;
}

/**
 * Looks up a competition of the registry by id, or by its name or a former name as users write
 * them ("UEFA Cup", "European Cup", "Copa Libertadores").
 *
 * @example findCompetition('uefa-champions-league')?.firstEdition // 1955
 */
export function findCompetition(id: string): CompetitionEras | undefined {
  if (Object.hasOwn(competitions, id)) return competitions[id as CompetitionId];
  const wanted = slug(id);
  for (const c of Object.values(competitions)) {
    if (c.id === wanted || slug(c.name) === wanted || c.alsoKnownAs.some((n) => slug(n) === wanted)) return c;
  }
  return undefined;
}

/** True for a round id of the registry, such as `quarter-final`. */
export function isRoundKey(id: string): id is RoundKey {
  return (roundKeys as ReadonlyArray<string>).includes(id);
}

/**
 * The era of a competition in force in a season (by its starting year), with the index of the era,
 * or undefined when the season is before the first era.
 *
 * @example eraOf(championsLeague, 1969)?.era.id // 'european-cup-1969'
 */
export function eraOf(
  competition: CompetitionEras,
  start: number,
): { readonly era: Era; readonly until?: number } | undefined {
  const eras = competition.eras;
  for (let i = eras.length - 1; i >= 0; i--) {
    const era = eras[i]!;
    if (era.from <= start) {
      const next = eras[i + 1];
      const until = next ? next.from - 1 : (competition.lastEdition ?? competition.coveredUntil);
      return until === undefined ? { era } : { era, until };
    }
  }
  return undefined;
}

/** The rules an era gives a round: the first entry naming the round, else the `'other'` entry. */
export function rulesOfRound(era: Era, round: RoundKey): TieRules {
  let other: TieRules | undefined;
  for (const entry of era.rounds) {
    if (entry.rounds === 'other') other ??= entry.rules;
    else if (entry.rounds.includes(round)) return entry.rules;
  }
  if (other === undefined) {
    // Every era in the registry has an 'other' entry; the registry test checks it.
    throw new InvariantError(`era ${era.id} has no rules for ${round}`);
  }
  return other;
}

/**
 * The rules in force for a competition, a season and a round. An unknown competition or round, a
 * badly written season, a season before the first edition (or after the last), or one the registry
 * does not cover yet, is an error with its own code: never a silent default.
 *
 * @example rulesInForce('uefa-champions-league', '1969-70', 'round-of-16') // ok: rules 'european-cup-1969'
 * @example rulesInForce('conmebol-libertadores', '2019', 'final') // ok: rules 'single-match'
 * @example rulesInForce('efl-play-offs', '1999', 'Semi-finals') // ok: 1998–99, rules 'efl-1987'
 */
export function rulesInForce(
  competitionId: string,
  seasonText: string,
  roundId: string,
): Result<RulesInForce> {
  const competition = findCompetition(competitionId.trim());
  if (!competition) {
    return err(
      cupError(
        'unknown-competition',
        ['competition'],
        `"${competitionId.slice(0, 100)}" is not a competition of the era registry; use one of ${competitionIds.join(', ')} (or its name, such as "UEFA Cup" or "Copa Libertadores")`,
      ),
    );
  }
  const parsed = parseSeason(seasonText, competition);
  if (!parsed.ok) return parsed;
  const season = parsed.value;
  const found = eraOf(competition, season.start);
  if (!found) {
    const first = competition.eras[0]!;
    return err(
      cupError(
        'season-not-covered',
        ['season'],
        `the era registry has no rules for ${competition.name} before ${seasonLabel(competition, first.from)} (asked for ${season.label}); give "rules" instead`,
      ),
    );
  }
  if (competition.coveredUntil !== undefined && season.start > competition.coveredUntil) {
    return err(
      cupError(
        'season-not-covered',
        ['season'],
        `the era registry has no rules for ${competition.name} after ${seasonLabel(competition, competition.coveredUntil)} (asked for ${season.label}); give "rules" instead`,
      ),
    );
  }
  const round = parseRound(roundId);
  if (!round.ok) return round;
  const rules = rulesOfRound(found.era, round.value);
  return ok({
    competition,
    season,
    round: round.value,
    era: found.era,
    ...(found.until !== undefined ? { eraUntil: found.until } : {}),
    rules,
  });
}

/** Every rule set the registry uses, by id (the presets and the era rules). */
export const eraRules: Readonly<Record<string, TieRules>> = (() => {
  const all: Record<string, TieRules> = {};
  for (const competition of Object.values(competitions)) {
    for (const era of competition.eras) for (const entry of era.rounds) all[entry.rules.id] = entry.rules;
  }
  return Object.freeze(all);
})();

/**
 * Looks up a rule set by id: a named preset or any rule set of the era registry.
 *
 * @example findRules('european-cup-1969')?.deciders.length // 4
 */
export function findRules(id: string): TieRules | undefined {
  return findPreset(id) ?? (Object.hasOwn(eraRules, id) ? eraRules[id] : undefined);
}
