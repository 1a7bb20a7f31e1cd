import { auditMatches, auditSentence, foldEvents } from '@cupstage/app';
import { openStore } from '@cupstage/store';
import type { Command } from 'commander';
import { CliError, type Io } from '../io.ts';

const KINDS = /^[a-z-]+(,[a-z-]+)*$/;
const TIE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;

/**
 * `cupstage audit ID`: a competition's audit log read from the server database, one sentence per
 * entry, in the very words of the API's `sentence` (app's `auditSentence`).
 */
export function auditCommand(program: Command, io: Io): void {
  program
    .command('audit')
    .description(
      "print a competition's audit log as sentences, from the server database (--db, or DATABASE_URL)",
    )
    .argument('<competition>', 'the competition id')
    .option('--db <path>', 'SQLite database file (ignored with DATABASE_URL)', './cupstage.db')
    .option('--limit <n>', 'the newest N entries (1 to 500)', '100')
    .option('--kind <kinds>', 'only these kinds, comma-separated, e.g. leg-result-corrected,member-granted')
    .option('--tie <tie>', 'only entries about this tie, e.g. SF1')
    .addHelpText(
      'after',
      `
Each line reads as in the web app and the API, e.g.
  SF1 leg 2: 1–3 → 1–2, by editor@example.org, 20 Oct 2017 19:02

Examples:
  cupstage audit caf-confederation-cup-2017 --db cupstage.db
  cupstage audit caf-confederation-cup-2017 --kind leg-result-corrected --tie SF1`,
    )
    .action(async (id: string, options: { db: string; limit: string; kind?: string; tie?: string }) => {
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 500)
        throw new CliError('--limit must be a whole number from 1 to 500');
      if (options.kind !== undefined && !KINDS.test(options.kind))
        throw new CliError('--kind must be event kinds separated by commas, e.g. leg-result-corrected');
      if (options.tie !== undefined && !TIE.test(options.tie))
        throw new CliError('--tie must be a tie id such as SF1');
      const store = await openStore({ databaseUrl: process.env.DATABASE_URL, dbPath: options.db });
      try {
        const stream = await store.competitions.load(id);
        const state = stream ? foldEvents(stream.events) : undefined;
        if (!state) throw new CliError(`there is no competition "${id}" in this database`);
        const page = await store.audit.page(id, { limit });
        const filter = {
          ...(options.kind !== undefined ? { kinds: new Set(options.kind.split(',')) } : {}),
          ...(options.tie !== undefined ? { tie: options.tie } : {}),
        };
        for (const entry of page.entries)
          if (auditMatches(entry, filter)) io.stdout.write(`${auditSentence(entry, state.competition)}\n`);
      } finally {
        await store.close();
      }
    });
}
