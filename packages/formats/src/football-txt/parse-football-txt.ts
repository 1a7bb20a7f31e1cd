import {
  type Competition,
  err,
  type Leg,
  ok,
  type Result,
  type Round,
  roundId,
  singleMatch,
  slug,
  type TeamId,
  type TieId,
  type TieRules,
  type TieSpec,
} from '@cupstage/core';
import type { Imported } from '../article-import/parse-article.ts';
import { type ImportProblem, problem } from '../article-import/problems.ts';
import { checkImported, checkTie } from '../import-kit/engine-check.ts';
import { createTeamRegistry } from '../import-kit/team-registry.ts';
import { createTieIds } from '../import-kit/tie-ids.ts';
import { legOf } from './leg-of.ts';
import { checkLimits } from './limits.ts';
import { linkRounds, type Outcome } from './link-rounds.ts';
import { NOT_KNOCKOUT, type RawMatch, readFootballTxt } from './read-football-txt.ts';
import { registryRules } from './round-names.ts';
import { splitFinals } from './split-finals.ts';
import { drawnUnsettled, writtenRules } from './written-rules.ts';

/** `N.N.`: a team not known yet (a fixture waiting for an earlier round). */
const UNKNOWN_TEAM = /^(?:N\.\s?N\.?|TBD|TBA|\?+)$/i;

export interface FootballTxtOptions {
  /**
   * Rules of two-legged rounds (e.g. uefa-1970 for 1970–71 to 2020–21). When absent, the rules come
   * from the era registry for the competition and season in the file's title (e.g.
   * `= UEFA Champions League 2018/19`), round by round, and a note says which; when the registry
   * does not know the competition, from what the file itself writes (a.e.t., pen., replays).
   */
  readonly rules?: TieRules;
  /** Rules of single-match rounds such as a final (default: the era registry, else as the file writes). */
  readonly singleMatchRules?: TieRules;
}

/**
 * Reads a football.txt file (openfootball) in any of the styles used across its repositories
 * (see `line-styles.ts` and `score.ts`): each knockout round's matches become ties (two matches of
 * the same clubs at both grounds a two-legged tie, a drawn match played again a replay), group and
 * league sections are skipped with a note, and every tie is checked by the engine. A line that cannot
 * be read is an error with its line; a tie whose winner disagrees with the file's next round is an
 * error too. Team spellings are matched by one registry (diacritics, hyphens, `(KSA)` suffixes).
 *
 * @example parseFootballTxt(text, { rules: uefa1970 }) // ok: competition with R16, QF, SF and the final
 * @example parseFootballTxt(worldCup1934) // single matches, extra time and the Italy–Spain replay as written
 */
export function parseFootballTxt(
  text: string,
  options: FootballTxtOptions = {},
): Result<Imported, ImportProblem[]> {
  const limit = checkLimits(text);
  if (limit) return err([limit]);
  const read = readFootballTxt(text);
  const problems: ImportProblem[] = [...read.problems];
  const registry = createTeamRegistry();
  const idOf = (written: string, line: number): TeamId => {
    const r = registry.resolve(written);
    if (r.alias)
      problems.push(
        problem('note', 'team-alias', line, `"${r.alias.written}" is read as ${r.alias.registered}`),
      );
    return r.id;
  };
  const header = (read.title ?? 'Competition').replace(/\s*#.*$/, '');
  const season = /(\d{4}(?:[/-]\d{2,4})?)\s*$/.exec(header)?.[1];
  const name = season ? header.slice(0, header.lastIndexOf(season)).trim() : header;

  const rounds: Round[] = [];
  const outcomes = new Map<TieId, Outcome>();
  const roundOfTie = new Map<TieId, number>();
  let skipped = 0;
  const tieIds = createTieIds();
  for (const section of splitFinals(read.sections)) {
    if (section.matches.length === 0) continue;
    if (NOT_KNOCKOUT.test(section.name)) {
      skipped++;
      problems.push(
        problem(
          'note',
          'section-skipped',
          section.line,
          `"${section.name}" is not a knockout round; its ${section.matches.length} matches are not part of the knockout stage`,
        ),
      );
      continue;
    }
    const played = section.matches.filter((m) => {
      if (UNKNOWN_TEAM.test(m.home) || UNKNOWN_TEAM.test(m.away)) {
        problems.push(
          problem(
            'note',
            'teams-not-known',
            m.line,
            `a fixture whose teams are not known yet ("${m.home} v ${m.away}") is left out`,
          ),
        );
        return false;
      }
      if (m.notPlayed === undefined || m.notPlayed === 'n/p' || /withdr|walkover|w\/o/i.test(m.notPlayed))
        return true;
      problems.push(
        problem('note', 'match-not-played', m.line, `a match marked [${m.notPlayed}] is left out`),
      );
      return false;
    });
    const pairs = new Map<string, Array<{ m: RawMatch; home: TeamId; away: TeamId }>>();
    for (const m of played) {
      const home = idOf(m.home, m.line);
      const away = idOf(m.away, m.line);
      if (home === away) {
        problems.push(problem('error', 'same-team', m.line, `${m.home} cannot play itself`));
        continue;
      }
      const key = [home, away].sort().join('|');
      pairs.set(key, [...(pairs.get(key) ?? []), { m, home, away }]);
    }
    const groups = [...pairs.values()];
    const multi = groups.filter((g) => g.length >= 2);
    const replayRound =
      multi.length > 0 &&
      (multi.every((g) => g[1]!.m.replay) ||
        (multi.length < groups.length && multi.every((g) => drawnUnsettled(g[0]!.m))));
    const twoLegs = multi.length > 0 && !replayRound;
    const legsPerTie = twoLegs ? 2 : 1;
    const firsts = groups.flatMap((g) => g.slice(0, legsPerTie).map((x) => x.m));
    const replays = replayRound ? multi.flatMap((g) => g.slice(1).map((x) => x.m)) : [];
    const coinToss = groups.some((g) => g.some((x) => x.m.coinToss));
    let rules: TieRules;
    if (twoLegs && options.rules) rules = options.rules;
    else if (!twoLegs && !replayRound && (options.singleMatchRules || options.rules))
      rules = options.singleMatchRules ?? singleMatch;
    else {
      const found = replayRound || coinToss ? undefined : registryRules(name, season, section.name);
      if (found && found.rules.legs === legsPerTie) {
        rules = found.rules;
        problems.push(
          problem(
            'note',
            'rules-from-registry',
            section.line,
            `${section.name}: rules ${rules.id} from the era registry (${found.label})`,
          ),
        );
      } else {
        rules = writtenRules(section.name, legsPerTie, firsts, replays, coinToss);
        problems.push(problem('note', 'rules-as-written', section.line, rules.name));
      }
    }
    const ids = tieIds.forRound(section.name, groups.length);
    const ties: TieSpec[] = [];
    for (const [k, group] of groups.entries()) {
      const id = ids[k]!;
      const first = group[0]!;
      const lastLine = group[group.length - 1]!.m.line;
      if (group.length > legsPerTie + (replayRound ? 1 : 0)) {
        problems.push(
          problem(
            'error',
            'too-many-matches',
            group[legsPerTie + (replayRound ? 1 : 0)]!.m.line,
            `${registry.nameOf(first.home)} and ${registry.nameOf(first.away)} meet ${group.length} times in ${section.name}; a tie holds ${legsPerTie === 2 ? 'two legs' : 'one match'}${replayRound ? ' and one replay' : ''}`,
          ),
        );
        continue;
      }
      if (twoLegs && group.length === 1) {
        problems.push(
          problem(
            'error',
            'leg-missing',
            first.m.line,
            `${section.name} is played over two legs, but ${registry.nameOf(first.home)} and ${registry.nameOf(first.away)} meet once`,
          ),
        );
        continue;
      }
      const legs: Leg[] = [];
      for (const x of group) {
        const { leg, error } = legOf(x.m, x.home, x.away);
        if (error) problems.push(problem('error', 'bad-score', x.m.line, error));
        legs.push(leg);
      }
      if (twoLegs && legs[1]!.home !== first.away) {
        problems.push(
          problem(
            'error',
            'legs-do-not-pair',
            group[1]!.m.line,
            `${registry.nameOf(first.home)} host both matches against ${registry.nameOf(first.away)}; the second leg must be played at the other ground`,
          ),
        );
        continue;
      }
      const tieLegs = legs.slice(0, legsPerTie);
      const playoff = legs[legsPerTie];
      const tossText = group.find((x) => x.m.coinToss)?.m.coinToss;
      const toss = tossText ? registry.find(tossText) : undefined;
      const withdrew = group.find((x) => x.m.notPlayed !== undefined && x.m.notPlayed !== 'n/p')?.m;
      let walkover: TeamId | undefined;
      if (withdrew) {
        const w = /^[^;]*;\s*(.+?)\s+withdr/i.exec(withdrew.notPlayed ?? '')?.[1];
        const out = w ? registry.find(w) : undefined;
        walkover = out === first.home ? first.away : out === first.away ? first.home : undefined;
        if (!walkover) {
          problems.push(
            problem(
              'error',
              'walkover-unclear',
              withdrew.line,
              `"${withdrew.notPlayed}" does not say which team withdrew`,
            ),
          );
          continue;
        }
        problems.push(
          problem(
            'note',
            'walkover',
            withdrew.line,
            `${registry.nameOf(walkover)} go through: ${withdrew.notPlayed}`,
          ),
        );
      }
      const spec: TieSpec = {
        id,
        sides: [
          { kind: 'team', team: first.home },
          { kind: 'team', team: first.away },
        ],
        legs: walkover ? [] : tieLegs,
        ...(playoff ? { playoff } : {}),
        ...(toss ? { coinToss: toss } : {}),
        ...(walkover ? { walkover } : {}),
      };
      ties.push(spec);
      roundOfTie.set(id, rounds.length);
      const verdict = checkTie(
        id,
        { teams: [first.home, first.away], legs: spec.legs, playoff, coinToss: toss, walkover },
        rules,
        registry.nameOf,
        lastLine,
      );
      const r = verdict.outcome;
      const o: Outcome = {
        teams: [first.home, first.away],
        line: lastLine,
        played: walkover !== undefined || tieLegs.every((l) => l.score !== undefined),
      };
      if (!r.ok) {
        if (verdict.problem) problems.push(verdict.problem);
      } else if (r.value.kind === 'decided') {
        o.winner = r.value.winner;
      } else if (tieLegs.every((l) => l.score !== undefined) && !walkover) {
        problems.push(
          problem(
            'error',
            'tie-not-decided',
            lastLine,
            `${id}: ${registry.nameOf(first.home)} v ${registry.nameOf(first.away)} is level and the file writes nothing that settles it (the rules ${rules.id} need ${r.value.next} next)`,
          ),
        );
      }
      outcomes.set(id, o);
    }
    if (ties.length === 0) continue;
    rounds.push({
      id: roundId(slug(section.name) || `round-${rounds.length + 1}`),
      name: section.name,
      rules,
      legOrder: rules.legs === 1 ? { kind: 'neutral' } : { kind: 'draw' },
      ties,
    });
  }
  const linked = linkRounds(rounds, outcomes, registry.nameOf, problems);
  if (linked.length === 0) {
    problems.push(
      problem(
        'error',
        'no-knockout-rounds',
        undefined,
        skipped > 0
          ? `no knockout round with matches was found (${skipped} group or league sections were skipped)`
          : 'no knockout round with matches was found (sections start with "» Round of 16" and so on)',
      ),
    );
    return err(sortByLine(problems));
  }
  const noCountry = registry.teams().filter((t) => t.country === 'XXX').length;
  if (noCountry > 0)
    problems.push(
      problem(
        'note',
        'country-missing',
        undefined,
        `${noCountry} teams have no country code such as (ENG); XXX recorded`,
      ),
    );
  const competition: Competition = {
    id: slug(header) || 'competition',
    name,
    stageName: 'knockout stage',
    ...(season ? { season } : {}),
    teams: registry.teams(),
    groups: [],
    rounds: linked,
    amendments: [],
    draws: [],
  };
  problems.push(...checkImported(competition));
  return ok({ competition, problems: sortByLine(problems) });
}

const sortByLine = (ps: ImportProblem[]): ImportProblem[] =>
  [...ps].sort((a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER));
