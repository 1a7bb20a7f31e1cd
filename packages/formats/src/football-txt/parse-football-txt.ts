import {
  type Competition,
  checkCompetition,
  type Decider,
  err,
  type Leg,
  ok,
  type Result,
  type Round,
  resolveTie,
  roundId,
  type Slot,
  singleMatch,
  type TeamId,
  type TieId,
  type TieRules,
  type TieSpec,
  tieId,
} from '@cupstage/core';
import type { Imported } from '../article-import/parse-article.ts';
import { type ImportProblem, problem } from '../article-import/problems.ts';
import { slug } from '../article-import/text.ts';
import { createTeamRegistry } from '../import-kit/team-registry.ts';
import { extraTimeMinute, goalsByTime } from './goal-minutes.ts';
import { NOT_KNOCKOUT, type RawMatch, type RawSection, readFootballTxt } from './read-football-txt.ts';
import { registryRules, roundKeyOf, tiePrefix } from './round-names.ts';

interface Outcome {
  readonly teams: [TeamId, TeamId];
  winner?: TeamId;
  /** False when a match of the tie has no score written. */
  played?: boolean;
  readonly line: number;
}

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
 * A match as a leg of the engine, with what is wrong in it. A match is never dropped: a score that
 * cannot be split into 90 minutes and extra time leaves the leg without a score, and a score that
 * contradicts its goal minutes is kept as written; both come with an error.
 */
function legOf(m: RawMatch, home: TeamId, away: TeamId): { leg: Leg; error?: string } {
  const s = m.score;
  const leg: { -readonly [K in keyof Leg]?: Leg[K] } = { home, away };
  if (m.date) leg.date = m.date;
  if (m.kickoff) leg.kickoff = m.kickoff;
  if (m.venue) leg.venue = m.venue;
  if (m.awarded) leg.awarded = true;
  let error: string | undefined;
  let fullTime = s.fullTime;
  if (s.afterExtraTime) {
    const aet = s.afterExtraTime;
    if (!fullTime && m.goals) fullTime = goalsByTime(m.goals, aet)?.fullTime;
    if (!fullTime)
      return {
        leg: leg as Leg,
        error: `the score after 90 minutes of "${aet.join('-')} a.e.t." is not written, nor can it be counted from the goal minutes; the match is kept without a score`,
      };
    if (fullTime[0] > aet[0] || fullTime[1] > aet[1])
      return {
        leg: leg as Leg,
        error: `the score after 90 minutes (${fullTime.join('-')}) is above the score after extra time (${aet.join('-')}); the match is kept without a score`,
      };
    leg.score = fullTime;
    leg.extraTime = [aet[0] - fullTime[0], aet[1] - fullTime[1]];
  } else if (fullTime) {
    leg.score = fullTime;
    const late = m.goals ? extraTimeMinute(m.goals) : undefined;
    if (late !== undefined)
      error = `a goal in minute ${late} is written, but the score ${fullTime.join('-')} has no "a.e.t."; the score is kept as written (after 90 minutes)`;
  }
  if (s.penalties) {
    leg.penalties = s.penalties;
    if (s.penalties[0] === s.penalties[1])
      error = `a shoot-out cannot end level (${s.penalties.join('-')} pen.)`;
  }
  return error ? { leg: leg as Leg, error } : { leg: leg as Leg };
}

/** Level after the match, and nothing written to settle it: a replay may follow. */
const drawnUnsettled = (m: RawMatch): boolean => {
  const s = m.score;
  const final = s.afterExtraTime ?? s.fullTime;
  return final !== undefined && final[0] === final[1] && s.penalties === undefined;
};

/**
 * The rules a single-match round follows as the file writes it: extra time where a match has
 * `a.e.t.`, a shoot-out where one has `pen.`, a replay where a drawn match is played again, a coin
 * toss where a comment says so. Used when neither `rules` nor the era registry gives them.
 */
function writtenRules(
  name: string,
  legs: 1 | 2,
  first: ReadonlyArray<RawMatch>,
  replays: ReadonlyArray<RawMatch>,
  coinToss: boolean,
): TieRules {
  const deciders: Decider[] = [{ kind: 'aggregate' }];
  const said: string[] = [];
  if (first.some((m) => m.score.afterExtraTime)) {
    deciders.push({ kind: 'extra-time', awayGoals: false });
    said.push('extra time');
  }
  if (replays.length > 0) {
    deciders.push({
      kind: 'play-off',
      extraTime: replays.some((m) => m.score.afterExtraTime),
      penalties: replays.some((m) => m.score.penalties),
    });
    said.push('replay');
  }
  if (coinToss) {
    deciders.push({ kind: 'coin-toss' });
    said.push('coin toss');
  } else {
    deciders.push({ kind: 'penalties' });
    said.push('penalties');
  }
  const what = legs === 2 ? 'two legs' : 'one match';
  return {
    id: `as-written-${legs}${said.map((x) => `-${slug(x)}`).join('')}`,
    name: `${name}: ${what}, then ${said.join(', ')} (as the file writes it)`,
    legs,
    deciders,
    source: 'the football.txt file itself (a.e.t., pen., replays and coin tosses as written)',
  };
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
  const usedIds = new Set<string>();
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
        problems.push(problem('note', 'rules-as-written', section.line, `${section.name}: ${rules.name}`));
      }
    }
    const prefix = tiePrefix(section.name);
    const ties: TieSpec[] = [];
    let k = 0;
    for (const group of groups) {
      let idText = groups.length === 1 ? prefix : `${prefix}${++k}`;
      while (usedIds.has(idText)) idText = `${idText}b`;
      usedIds.add(idText);
      const id = tieId(idText);
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
      const r = resolveTie(
        { teams: [first.home, first.away], legs: spec.legs, playoff, coinToss: toss, walkover },
        rules,
        { nameOf: registry.nameOf },
      );
      const o: Outcome = {
        teams: [first.home, first.away],
        line: lastLine,
        played: walkover !== undefined || tieLegs.every((l) => l.score !== undefined),
      };
      if (!r.ok) {
        problems.push(
          problem(
            'error',
            `engine-${r.error.code}`,
            lastLine,
            `${id}: the engine rejects this tie under ${rules.id}: ${r.error.message}`,
          ),
        );
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
  for (const e of checkCompetition(competition))
    problems.push({ ...problem('error', e.code, undefined, e.message), path: e.path });
  return ok({ competition, problems: sortByLine(problems) });
}

/**
 * `== Playoffs` of a league file holds two-legged semi-finals and a one-match final in one section:
 * a lone match between two teams that both played two legs earlier in the section becomes a round of
 * its own (`Playoffs, Final`).
 */
function splitFinals(sections: ReadonlyArray<RawSection>): RawSection[] {
  const key = (m: RawMatch) => [m.home.toLowerCase(), m.away.toLowerCase()].sort().join('|');
  return sections.flatMap((section) => {
    const count = new Map<string, number>();
    for (const m of section.matches) count.set(key(m), (count.get(key(m)) ?? 0) + 1);
    const twoLegged = new Set<string>();
    const lone: RawMatch[] = [];
    for (const m of section.matches) {
      if ((count.get(key(m)) ?? 0) >= 2) {
        twoLegged.add(m.home.toLowerCase());
        twoLegged.add(m.away.toLowerCase());
      } else if (twoLegged.has(m.home.toLowerCase()) && twoLegged.has(m.away.toLowerCase())) lone.push(m);
    }
    if (lone.length === 0 || lone.length * 2 > twoLegged.size / 2) return [section];
    const first = lone[0]!;
    return [
      { ...section, matches: section.matches.filter((m) => !lone.includes(m)) },
      { name: `${section.name}, Final`, line: first.line, matches: lone },
    ];
  });
}

const sortByLine = (ps: ImportProblem[]): ImportProblem[] =>
  [...ps].sort((a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER));

/**
 * Sets each side of a later tie to the earlier tie it comes from (winner, or loser for a third-place
 * match), and reports a tie whose loser plays on in the next round while its winner does not.
 */
function linkRounds(
  rounds: ReadonlyArray<Round>,
  outcomes: ReadonlyMap<TieId, Outcome>,
  nameOf: (t: TeamId) => string,
  problems: ImportProblem[],
): Round[] {
  return rounds.map((round, r) => {
    const thirdPlace = roundKeyOf(round.name) === 'third-place';
    const slotOf = (team: TeamId): Slot => {
      for (let p = r - 1; p >= 0; p--) {
        if (roundKeyOf(rounds[p]!.name) === 'third-place') continue;
        for (const t of rounds[p]!.ties) {
          const o = outcomes.get(t.id);
          if (!o?.teams.includes(team)) continue;
          if (o.winner === undefined) {
            if (!thirdPlace && o.played === false)
              problems.push(
                problem(
                  'warning',
                  'result-missing',
                  o.line,
                  `${t.id}: no result is written, but ${nameOf(team)} play on in ${round.name}`,
                ),
              );
            return { kind: 'team', team };
          }
          if (o.winner === team) return thirdPlace ? { kind: 'team', team } : { kind: 'winner', tie: t.id };
          if (thirdPlace) return { kind: 'loser', tie: t.id };
          problems.push(
            problem(
              'error',
              'winner-disagrees',
              o.line,
              `${t.id}: the engine gives this tie to ${nameOf(o.winner)}, but ${nameOf(team)} play on in ${round.name}`,
            ),
          );
          return { kind: 'team', team };
        }
      }
      return { kind: 'team', team };
    };
    const side = (s: Slot): Slot => (s.kind === 'team' ? slotOf(s.team) : s);
    return { ...round, ties: round.ties.map((t) => ({ ...t, sides: [side(t.sides[0]), side(t.sides[1])] })) };
  });
}
