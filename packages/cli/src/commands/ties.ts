import { createInterface } from 'node:readline';
import { competitionIds, presetIds, type TieRules } from '@cupstage/core';
import { eraResolver, readRulesOption, resolveTieLine } from '@cupstage/formats';
import type { Command } from 'commander';
import { CliError, type Io } from '../io.ts';

export function tiesCommand(program: Command, io: Io): void {
  program
    .command('ties')
    .description('resolve ties in batch: JSON Lines in (standard input), JSON Lines out, one tie per line')
    .option(
      '-r, --rules <rules>',
      `rules for lines without "rules" or an era: ${presetIds.join(', ')}, an era rule set id, or a decider chain as JSON`,
    )
    .addHelpText(
      'after',
      `
Input line:
  {"id": "qf1", "rules": "caf-2017", "legs": [
    {"home": "MC Alger", "away": "Club Africain", "score": [1, 0]},
    {"home": "Club Africain", "away": "MC Alger", "score": [2, 0]}]}
  "rules" may also be a decider chain (checked: it starts with "aggregate" and always settles), e.g.
  the AFC Champions League's away goals, then extra time in which away goals do not count:
  {"legs": 2, "deciders": [{"kind": "aggregate"}, {"kind": "away-goals"},
    {"kind": "extra-time", "awayGoals": false}, {"kind": "penalties"}]}
  Deciders: aggregate, away-goals, extra-time (awayGoals), golden-goal, silver-goal, penalties,
  play-off (extraTime, penalties), coin-toss.
  A leg has home, away, score (after 90 minutes, home first), and optionally extraTime (goals in
  extra time only), penalties, neutral, awarded. A tie may add playoff (a match) and coinToss or
  walkover (a team name).
  Instead of "rules", a line may give the era: "competition", "season" and "round", e.g.
  {"competition": "uefa-champions-league", "season": "1969-70", "round": "round-of-16", "legs": [...]}
  applies the rules in force then (see cupstage rules --list). Competitions:
    ${competitionIds.join(',\n    ')}.
  An unknown competition, or a season before its first edition, gives "status": "invalid".
Output line:
  {"id": "qf1", "status": "decided", "winner": "Club Africain", "decidedBy": "aggregate",
   "aggregate": {"MC Alger": 1, "Club Africain": 2}, "summary": "Club Africain won 2–1 on aggregate."}
  or "status": "undecided" with "next", or "status": "invalid" with "error": {code, path, message}.
  "warnings" lists what may be wrong although the line resolves (e.g. one leg given for an era whose
  round is two-legged).
  A bad line never stops the batch.`,
    )
    .action(async (options: { rules?: string }) => {
      let fallback: TieRules | undefined;
      if (options.rules !== undefined) {
        const read = readRulesOption(options.rules);
        if (!read.ok) throw new CliError(`--rules: ${read.error.message}`);
        fallback = read.value;
      }
      const resolve = eraResolver(fallback);
      const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
      for await (const line of lines) {
        if (line.trim() === '') continue;
        io.stdout.write(`${JSON.stringify(resolveTieLine(line, resolve))}\n`);
      }
    });
}
