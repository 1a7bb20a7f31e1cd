import { fileURLToPath } from 'node:url';
import { buildServer, loadExample } from '@cupstage/server';
import { openStore } from '@cupstage/store';
import { type Command, InvalidArgumentError } from 'commander';
import { CliError, type Io } from '../io.ts';

/** The example competition served by `cupstage serve --example` (and `npm start`). */
export const EXAMPLE_FILE = fileURLToPath(
  new URL('../../../../examples/caf-confederation-cup-2017.json', import.meta.url),
);

function port(value: string): number {
  const n = Number(value);
  if (!/^\d{1,5}$/.test(value) || n > 65535)
    throw new InvalidArgumentError('a port is a whole number from 0 to 65535');
  return n;
}

function count(what: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d{1,7}$/.test(value) || n < min || n > max)
      throw new InvalidArgumentError(`${what} is a whole number from ${min} to ${max}`);
    return n;
  };
}

interface ServeOptions {
  port: number;
  host: string;
  db: string;
  example: boolean;
  log: boolean;
  secureCookies: boolean;
  trustProxy?: string | true;
  rateLimit: number;
  workers?: number;
}

/** Stops the server cleanly on SIGINT / SIGTERM. */
function onSignals(stop: () => Promise<void>): void {
  let stopping = false;
  const handler = (): void => {
    if (stopping) return;
    stopping = true;
    stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
}

export function serveCommand(program: Command, io: Io): void {
  program
    .command('serve')
    .description(
      'serve competitions over HTTP: the JSON API, live updates, OpenAPI docs (/docs) and the web app. Uses the SQLite file --db, or PostgreSQL when DATABASE_URL=postgres://... is set',
    )
    .option('-p, --port <port>', 'TCP port (0 picks a free one)', port, 3000)
    .option('--host <host>', 'address to listen on (0.0.0.0 for every interface)', '127.0.0.1')
    .option(
      '--db <path>',
      'SQLite database file, created if missing (ignored with DATABASE_URL)',
      './cupstage.db',
    )
    .option('--example', 'load and publish the 2017 CAF Confederation Cup on first run', false)
    .option('--log', 'log every request as a JSON line on standard error (errors are always logged)', false)
    .option('--secure-cookies', 'mark the session cookie Secure (serve behind HTTPS)', false)
    .option(
      '--trust-proxy [proxies]',
      'take the client address from X-Forwarded-For (from any proxy, or only from these comma-separated addresses/CIDR ranges), so rate limits key on the real client',
    )
    .option(
      '--rate-limit <n>',
      'anonymous requests to heavy endpoints (predictions, draws, import, PNG) per client per minute',
      count('--rate-limit', 1, 1_000_000),
      60,
    )
    .option(
      '--workers <n>',
      'worker threads for heavy requests (default: one fewer than the cores, at least 1)',
      count('--workers', 1, 64),
    )
    .addHelpText(
      'after',
      '\nExamples:\n  cupstage serve --example                 # http://localhost:3000, ./cupstage.db\n  cupstage serve --port 8080 --db /var/lib/cupstage/cup.db\n  DATABASE_URL=postgres://postgres@127.0.0.1:5432/cupstage cupstage serve --host 0.0.0.0\n  cupstage serve --host 127.0.0.1 --trust-proxy 127.0.0.1 --secure-cookies   # behind an HTTPS reverse proxy',
    )
    .action(async (options: ServeOptions) => {
      const databaseUrl = process.env.DATABASE_URL;
      const store = await openStore({ databaseUrl, dbPath: options.db }).catch((e: unknown) => {
        const where = databaseUrl ? 'the PostgreSQL database in DATABASE_URL' : options.db;
        throw new CliError(`cannot open ${where}: ${e instanceof Error ? e.message : String(e)}`);
      });
      if (options.example) {
        const { id, loaded } = await loadExample(store, EXAMPLE_FILE);
        io.stderr.write(
          `cupstage: example competition ${id} ${loaded ? 'loaded and published' : 'already loaded'}\n`,
        );
      }
      const app = await buildServer({
        store,
        log: options.log ? 'requests' : 'errors',
        secureCookies: options.secureCookies,
        anonymousRateLimit: options.rateLimit,
        ...(options.trustProxy !== undefined
          ? {
              trustProxy:
                options.trustProxy === true ? true : options.trustProxy.split(',').map((p) => p.trim()),
            }
          : {}),
        ...(options.workers !== undefined ? { jobs: { workers: options.workers } } : {}),
      });
      const address = await app
        .listen({ port: options.port, host: options.host })
        .catch(async (e: unknown) => {
          await store.close();
          const code = (e as NodeJS.ErrnoException).code;
          if (code === 'EADDRINUSE')
            throw new CliError(
              `port ${options.port} is in use on ${options.host}: stop the other server or choose another with --port`,
            );
          if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
            throw new CliError(`cannot listen on ${options.host}: no such address on this machine`);
          throw e;
        });
      const where = store.dialect === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `SQLite ${options.db}`;
      const url = address.replace('127.0.0.1', 'localhost');
      io.stdout.write(`cupstage: serving on ${url} (store: ${where}; API docs ${url}/docs)\n`);
      onSignals(async () => {
        await app.close();
        await store.close();
      });
      await new Promise<void>(() => {});
    });
}
