import {
  type CompetitionEras,
  competitionIds,
  competitions,
  type Decider,
  type Era,
  eraOf,
  findCompetition,
  type RulesInForce,
  roundKeys,
  rulesInForce,
  seasonLabel,
  type TieRules,
} from '@cupstage/core';
import type { Command } from 'commander';
import { CliError, type Io } from '../io.ts';

interface RulesOptions {
  competition?: string;
  season?: string;
  round?: string;
  list?: boolean;
  json?: boolean;
}

/** One decider in words, as printed by `cupstage rules`. */
function describeDecider(d: Decider, legs: 1 | 2): string {
  switch (d.kind) {
    case 'aggregate':
      return legs === 2 ? 'aggregate: more goals over both legs' : 'score: more goals after 90 minutes';
    case 'points':
      return 'points: more legs won (two points a win, one a draw), goals counting only when level';
    case 'away-goals':
      return 'away goals: more goals scored away from home';
    case 'extra-time':
      return d.awayGoals
        ? 'extra time (30 minutes); if still level, away goals, extra-time goals counting'
        : 'extra time (30 minutes)';
    case 'golden-goal':
      return 'extra time with the golden goal (the first goal in it wins)';
    case 'silver-goal':
      return 'extra time with the silver goal (a side leading after its first half wins)';
    case 'penalties':
      return d.playoff ? 'penalties: a shoot-out at the end of the play-off match' : 'penalties: a shoot-out';
    case 'play-off':
      return `play-off match (a replay at a neutral ground${d.extraTime ? ', with extra time' : ''}${d.penalties ? ' and penalties' : ''})`;
    case 'coin-toss':
      return 'coin toss (drawing of lots)';
    default: {
      const never: never = d;
      return never;
    }
  }
}

function rulesLines(rules: TieRules): string[] {
  return [
    `Rules: ${rules.id}: ${rules.name}`,
    `Legs: ${rules.legs === 2 ? 'two (home and away)' : 'one match'}`,
    'Deciders, in order:',
    ...rules.deciders.map((d, i) => `  ${i + 1}. ${describeDecider(d, rules.legs)}`),
  ];
}

function eraSeasons(c: CompetitionEras, era: Era, until: number | undefined): string {
  const from = seasonLabel(c, era.from);
  if (until === undefined) return `${from} on`;
  return until === era.from ? from : `${from} to ${seasonLabel(c, until)}`;
}

function inForceText(found: RulesInForce): string {
  const { competition: c, season, round, era, rules } = found;
  const aka = c.alsoKnownAs.length > 0 ? ` (also ${c.alsoKnownAs.join(', ')})` : '';
  return [
    `${c.name}${aka}, ${season.label}, ${round}`,
    `Era: ${era.id}, ${eraSeasons(c, era, found.eraUntil)}: ${era.summary}`,
    ...rulesLines(rules),
    'Sources:',
    `  rules: ${rules.source}`,
    `  era: ${era.source}`,
    '',
  ].join('\n');
}

function inForceJson(found: RulesInForce): unknown {
  const { competition: c, season, round, era, rules } = found;
  return {
    competition: { id: c.id, name: c.name, alsoKnownAs: c.alsoKnownAs },
    season: season.label,
    round,
    era: {
      id: era.id,
      from: seasonLabel(c, era.from),
      ...(found.eraUntil !== undefined ? { until: seasonLabel(c, found.eraUntil) } : {}),
      summary: era.summary,
      source: era.source,
    },
    rules,
  };
}

function eraList(c: CompetitionEras): Array<{ era: Era; until?: number }> {
  return c.eras.map((era) => eraOf(c, era.from)!);
}

function listText(list: ReadonlyArray<CompetitionEras>): string {
  const out: string[] = [];
  for (const c of list) {
    const coveredFrom = c.eras[0]!.from > c.firstEdition ? ` from ${seasonLabel(c, c.eras[0]!.from)}` : '';
    const coveredTo = c.coveredUntil !== undefined ? ` to ${seasonLabel(c, c.coveredUntil)}` : '';
    const covered = coveredFrom || coveredTo ? ` (rules covered${coveredFrom}${coveredTo})` : '';
    const ended = c.lastEdition !== undefined ? ` to ${seasonLabel(c, c.lastEdition)}` : '';
    out.push(`${c.id}: ${c.name}, from ${seasonLabel(c, c.firstEdition)}${ended}${covered}`);
    for (const { era, until } of eraList(c)) {
      out.push(`  ${eraSeasons(c, era, until)}: ${era.summary}`);
      for (const entry of era.rounds) {
        const rounds = entry.rounds === 'other' ? 'other rounds' : entry.rounds.join(', ');
        out.push(`    ${rounds}: ${entry.rules.id}`);
      }
    }
  }
  return `${out.join('\n')}\n`;
}

function listJson(list: ReadonlyArray<CompetitionEras>): unknown {
  return list.map((c) => ({
    id: c.id,
    name: c.name,
    alsoKnownAs: c.alsoKnownAs,
    firstEdition: seasonLabel(c, c.firstEdition),
    ...(c.lastEdition !== undefined ? { lastEdition: seasonLabel(c, c.lastEdition) } : {}),
    eras: eraList(c).map(({ era, until }) => ({
      id: era.id,
      from: seasonLabel(c, era.from),
      ...(until !== undefined ? { until: seasonLabel(c, until) } : {}),
      summary: era.summary,
      source: era.source,
      rounds: era.rounds.map((e) => ({ rounds: e.rounds, rules: e.rules.id })),
    })),
  }));
}

const unknownCompetition = (id: string): CliError =>
  new CliError(
    `--competition: "${id}" is not a competition of the era registry; use one of ${competitionIds.join(', ')} (unknown-competition)`,
  );

export function rulesCommand(program: Command, io: Io): void {
  program
    .command('rules')
    .description('print the tie rules in force for a competition, season and round, with their sources')
    .option('-c, --competition <id>', `competition (${competitionIds.join(', ')})`)
    .option('-s, --season <season>', 'season, e.g. 1969-70 (European) or 2019 (CONMEBOL)')
    .option('-r, --round <round>', `round (${roundKeys.join(', ')})`)
    .option('-l, --list', 'list the competitions and their eras (all, or the one of --competition)')
    .option('--json', 'print JSON instead of text')
    .addHelpText(
      'after',
      `
Examples:
  cupstage rules --competition uefa-champions-league --season 1969-70 --round round-of-16
  cupstage rules -c conmebol-libertadores -s 2018 -r final --json
  cupstage rules --list
  cupstage rules --list --competition efl-play-offs
An unknown competition or round, or a season before the competition's first edition (or one the
registry does not cover), is an error (exit 2): the rules are never guessed.`,
    )
    .action((options: RulesOptions) => {
      if (options.list) {
        let list: CompetitionEras[] = Object.values(competitions);
        if (options.competition !== undefined) {
          const c = findCompetition(options.competition);
          if (!c) throw unknownCompetition(options.competition);
          list = [c];
        }
        io.stdout.write(options.json ? `${JSON.stringify(listJson(list), null, 2)}\n` : listText(list));
        return;
      }
      for (const field of ['competition', 'season', 'round'] as const) {
        if (options[field] === undefined) {
          throw new CliError(
            `--${field} is missing: give --competition, --season and --round (e.g. --competition uefa-champions-league --season 1969-70 --round round-of-16), or --list`,
          );
        }
      }
      const found = rulesInForce(options.competition!, options.season!, options.round!);
      if (!found.ok) {
        const e = found.error;
        throw new CliError(`--${e.path[0] ?? 'competition'}: ${e.message} (${e.code})`);
      }
      io.stdout.write(
        options.json ? `${JSON.stringify(inForceJson(found.value), null, 2)}\n` : inForceText(found.value),
      );
    });
}
