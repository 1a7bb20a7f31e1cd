import { type CupError, createKnockout } from '@cupstage/core';
import type { Command } from 'commander';
import { CliError, describeErrors, type Io, loadCompetition } from '../io.ts';

export function validateCommand(program: Command, io: Io): void {
  program
    .command('validate')
    .description('check a competition file: its structure, then every result against the rules')
    .argument('<file>', 'competition file (JSON)')
    .option('--json', 'print the result as JSON')
    .action((file: string, options: { json?: boolean }) => {
      const competition = loadCompetition(file);
      const ko = createKnockout(competition);
      const problems: CupError[] = [];
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
      if (problems.length > 0)
        throw new CliError(`${file} has results that break the rules:\n${describeErrors(file, problems)}`);
      const champion = ko.champion();
      const name = competition.teams.find((t) => t.id === champion)?.name;
      io.stdout.write(
        `${file}: valid: ${competition.teams.length} teams, ${competition.rounds.length} rounds, ${ties} ties, ${legs} legs${name ? `; champions: ${name}` : ''}\n`,
      );
    });
}
