import { createInterface } from 'node:readline';
import { findPreset, presetIds } from '@cupstage/core';
import { presetResolver, resolveTieLine } from '@cupstage/formats';
import type { Command } from 'commander';
import { CliError, type Io } from '../io.ts';

export function tiesCommand(program: Command, io: Io): void {
  program
    .command('ties')
    .description('resolve ties in batch: JSON Lines in (standard input), JSON Lines out, one tie per line')
    .option('-r, --rules <preset>', `rules for lines without "rules" (${presetIds.join(', ')})`)
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
Output line:
  {"id": "qf1", "status": "decided", "winner": "Club Africain", "decidedBy": "aggregate",
   "aggregate": {"MC Alger": 1, "Club Africain": 2}, "summary": "Club Africain won 2–1 on aggregate."}
  or "status": "undecided" with "next", or "status": "invalid" with "error": {code, path, message}.
  A bad line never stops the batch.`,
    )
    .action(async (options: { rules?: string }) => {
      if (options.rules !== undefined && !findPreset(options.rules)) {
        throw new CliError(
          `--rules: "${options.rules}" is not a rules preset; use one of ${presetIds.join(', ')}`,
        );
      }
      const resolve = presetResolver(options.rules);
      const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
      for await (const line of lines) {
        if (line.trim() === '') continue;
        io.stdout.write(`${JSON.stringify(resolveTieLine(line, resolve))}\n`);
      }
    });
}
