import {
  type AppError,
  changeMember,
  changePassword,
  checkEmail as checkAddress,
  checkPassword,
  createAccount,
  mintToken,
  type Role,
} from '@cupstage/app';
import type { Result } from '@cupstage/core';
import { nodeSecrets } from '@cupstage/server';
import { openStore, type Store, storePorts } from '@cupstage/store';
import type { Command } from 'commander';
import { CliError, type Io } from '../io.ts';

interface DbOptions {
  db: string;
}

async function withStore<T>(options: DbOptions, run: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ databaseUrl: process.env.DATABASE_URL, dbPath: options.db });
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

function unwrap<T>(r: Result<T, AppError>): T {
  if (!r.ok) throw new CliError(r.error.message);
  return r.value;
}

function checkEmail(email: string): string {
  return unwrap(checkAddress(email));
}

async function readPassword(io: Io, fromStdin: boolean): Promise<string> {
  if (!fromStdin)
    throw new CliError(
      'pass the password on standard input with --password-stdin, e.g. echo "$PASSWORD" | cupstage user add EMAIL --password-stdin',
    );
  let text = '';
  for await (const chunk of io.stdin) text += String(chunk);
  return unwrap(checkPassword(text.replace(/\r?\n$/, '')));
}

async function userOf(store: Store, email: string) {
  const user = await store.accounts.userByEmail(checkEmail(email));
  if (!user)
    throw new CliError(
      `there is no account for ${email} (create it with: cupstage user add ${email} --password-stdin)`,
    );
  return user;
}

export function userCommand(program: Command, io: Io): void {
  const user = program
    .command('user')
    .description('manage organiser accounts in the server database (--db, or DATABASE_URL for PostgreSQL)')
    .addHelpText(
      'after',
      '\nExamples:\n  echo "$PASSWORD" | cupstage user add organiser@example.org --password-stdin\n  cupstage user grant organiser@example.org caf-confederation-cup-2017 owner\n  cupstage user token organiser@example.org --name results-script',
    );
  const db = (c: Command): Command =>
    c.option('--db <path>', 'SQLite database file (ignored with DATABASE_URL)', './cupstage.db');

  db(
    user
      .command('add')
      .description('create an account (the password is read from standard input)')
      .argument('<email>', 'the account e-mail')
      .option('--password-stdin', 'read the password from standard input', false)
      .addHelpText(
        'after',
        '\nExample:\n  echo "$PASSWORD" | cupstage user add organiser@example.org --password-stdin',
      ),
  ).action(async (email: string, options: DbOptions & { passwordStdin: boolean }) => {
    const address = checkEmail(email);
    const password = await readPassword(io, options.passwordStdin);
    await withStore(options, async (store) => {
      unwrap(await createAccount(storePorts(store), nodeSecrets, address, password));
      io.stdout.write(`created account ${address}\n`);
    });
  });

  db(
    user
      .command('passwd')
      .description('set a new password (read from standard input)')
      .argument('<email>', 'the account e-mail')
      .option('--password-stdin', 'read the password from standard input', false)
      .addHelpText(
        'after',
        '\nExample:\n  echo "$NEW_PASSWORD" | cupstage user passwd organiser@example.org --password-stdin',
      ),
  ).action(async (email: string, options: DbOptions & { passwordStdin: boolean }) => {
    const password = await readPassword(io, options.passwordStdin);
    await withStore(options, async (store) => {
      const u = await userOf(store, email);
      // From the command line every session ends (the password may have leaked); API tokens stay.
      unwrap(await changePassword(storePorts(store), nodeSecrets, u.id, password));
      io.stdout.write(`password of ${u.email} changed; every session of the account ended\n`);
    });
  });

  db(
    user
      .command('list')
      .description('list accounts')
      .addHelpText('after', '\nExample:\n  cupstage user list --db ./cupstage.db'),
  ).action(async (options: DbOptions) => {
    await withStore(options, async (store) => {
      for (const u of await store.accounts.users()) {
        const roles = await store.accounts.memberOf(u.id);
        io.stdout.write(`${u.email}\t${u.createdAt}\t${roles.join(',')}\n`);
      }
    });
  });

  db(
    user
      .command('grant')
      .description('give an account a role (owner or editor) in a competition')
      .argument('<email>', 'the account e-mail')
      .argument('<competition>', 'the competition id')
      .argument('<role>', 'owner or editor')
      .addHelpText(
        'after',
        '\nExample:\n  cupstage user grant organiser@example.org caf-confederation-cup-2017 owner',
      ),
  ).action(async (email: string, competition: string, role: string, options: DbOptions) => {
    if (role !== 'owner' && role !== 'editor')
      throw new CliError(`role must be owner or editor, not "${role}"`);
    await withStore(options, async (store) => {
      const u = await userOf(store, email);
      if (!(await store.competitions.load(competition)))
        throw new CliError(`there is no competition "${competition}"`);
      unwrap(await changeMember(storePorts(store), 'cli', competition, u.email, role as Role));
      io.stdout.write(`${u.email} is now ${role} of ${competition}\n`);
    });
  });

  db(
    user
      .command('token')
      .description(
        'create an API token for scripts (printed once; send it as "Authorization: Bearer <token>")',
      )
      .argument('<email>', 'the account e-mail')
      .option('--name <name>', 'what the token is for', 'cli')
      .addHelpText(
        'after',
        '\nExample:\n  TOKEN=$(cupstage user token organiser@example.org --name results-script)',
      ),
  ).action(async (email: string, options: DbOptions & { name: string }) => {
    await withStore(options, async (store) => {
      const u = await userOf(store, email);
      const actor = { userId: u.id, email: u.email };
      const { secret } = unwrap(await mintToken(storePorts(store), nodeSecrets, actor, 'cli', options.name));
      io.stdout.write(`${secret}\n`);
    });
  });
}
