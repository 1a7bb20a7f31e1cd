import { isTimeZone } from '@cupstage/app';
import { type CupError, checkTimes, createKnockout } from '@cupstage/core';
import type { Command } from 'commander';
import { CliError, describeErrors, type Io, loadCompetition } from '../io.ts';

export function validateCommand(program: Command, io: Io): void {
  program
    .command('validate')
    .description(
      'check a competition file: its structure, every date, kick-off and time zone, then every result against the rules',
    )
    .argument('<file>', 'competition file (JSON)')
    .option('--json', 'print the result as JSON')
    .action((file: string, options: { json?: boolean }) => {
      const competition = loadCompetition(file);
      const ko = createKnockout(competition);
      // Dates, kick-offs and zones: the same check as `cupstage schedule` and every API write.
      const problems: CupError[] = checkTimes(competition, isTimeZone);
      const times = problems.length;
      const position = new Map<string, [number, number]>();
      competition.rounds.forEach((round, r) => {
        round.ties.forEach((tie, t) => {
          position.set(tie.id, [r, t]);
        });
      });
      for (const tie of ko.ties()) {
        if (tie.state.kind !== 'invalid') continue;
        const [r, t] = position.get(tie.id) ?? [0, 0];
        problems.push({ ...tie.state.error, path: ['rounds', r, 'ties', t, ...tie.state.error.path] });
      }
      const legs = competition.rounds.reduce((n, r) => n + r.ties.reduce((m, t) => m + t.legs.length, 0), 0);
      const ties = competition.rounds.reduce((n, r) => n + r.ties.length, 0);
      if (options.json) {
        io.stdout.write(`${JSON.stringify({ valid: problems.length === 0, problems })}\n`);
        if (problems.length > 0) throw new CliError('', 2);
        return;
      }
      if (problems.length > 0) {
        const what =
          times === 0
            ? 'results that break the rules'
            : times === problems.length
              ? 'dates, kick-offs or time zones that do not exist'
              : 'dates, kick-offs or time zones that do not exist, and results that break the rules';
        throw new CliError(`${file} has ${what}:\n${describeErrors(file, problems)}`);
      }
      const champion = ko.champion();
      const name = competition.teams.find((t) => t.id === champion)?.name;
      io.stdout.write(
        `${file}: valid: ${competition.teams.length} teams, ${competition.rounds.length} rounds, ${ties} ties, ${legs} legs${name ? `; champions: ${name}` : ''}\n`,
      );
    });
}
