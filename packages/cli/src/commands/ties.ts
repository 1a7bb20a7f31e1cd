import { createInterface } from 'node:readline';
import { competitionIds, findRules, presetIds } from '@cupstage/core';
import { eraResolver, resolveTieLine } from '@cupstage/formats';
import type { Command } from 'commander';
import { CliError, type Io } from '../io.ts';

export function tiesCommand(program: Command, io: Io): void {
  program
    .command('ties')
    .description('resolve ties in batch: JSON Lines in (standard input), JSON Lines out, one tie per line')
    .option(
      '-r, --rules <preset>',
      `rules for lines without "rules" or an era (${presetIds.join(', ')}, or an era rule set id)`,
    )
    .addHelpText(
      'after',
      `
Input line:
  {"id": "qf1", "rules": "caf-2017", "legs": [
    {"home": "MC Alger", "away": "Club Africain", "score": [1, 0]},
    {"home": "Club Africain", "away": "MC Alger", "score": [2, 0]}]}
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
  A bad line never stops the batch.`,
    )
    .action(async (options: { rules?: string }) => {
      if (options.rules !== undefined && !findRules(options.rules)) {
        throw new CliError(
          `--rules: "${options.rules}" is not a rules preset; use one of ${presetIds.join(', ')}`,
        );
      }
      const resolve = eraResolver(options.rules);
      const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
      for await (const line of lines) {
        if (line.trim() === '') continue;
        io.stdout.write(`${JSON.stringify(resolveTieLine(line, resolve))}\n`);
      }
    });
}
