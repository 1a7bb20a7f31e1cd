#!/usr/bin/env node
/**
 * Bundles the compiled CLI (packages/cli/dist, from `tsc -b`) into packages/cli/bundle/, which
 * bin/cupstage.js runs. Why: loading ~240 separate ES modules (core, formats, zod) costs more than the
 * work of `cupstage report`; one file per command starts in a fraction of that (`npm run bench:startup`).
 *
 * Layout, one file per command so that each loads only what it uses:
 *   bundle/main.js              the program (commander's parser, --help, --version)
 *   bundle/commands/NAME.js     one command, with the parts of core, formats and app it needs
 *   bundle/commander.js         commander, shared: one Command/CommanderError class for all files
 *   bundle/cli-error.js         CliError, shared: main's `instanceof CliError` sees the commands' errors
 * `serve` and `user` (a server, a database) are not bundled: they load the packages' dist/ as before.
 * So are native or worker code: @resvg/resvg-js, better-sqlite3, pg, @cupstage/app/predict.
 *
 * `import.meta.url` in a bundled package file (e.g. formats' fonts beside its dist/) is rewritten to
 * the URL of that original file, computed from the bundle's own location, so relative paths still work.
 * Run by `npm run build:packages` (and so by `prepare` on `npm install`).
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(repo, 'packages', 'cli');
const dist = join(cli, 'dist');
const out = join(cli, 'bundle');

if (!existsSync(join(dist, 'main.js'))) {
  process.stderr.write(
    'bundle-cli: packages/cli/dist/main.js is missing: run `tsc -b tsconfig.build.json` first\n',
  );
  process.exit(1);
}

/** Commands that start a server or open a database: loaded from the packages' dist/, unbundled. */
const UNBUNDLED = new Set(['serve', 'user']);
/** Native modules, worker entries and heavy server code stay in node_modules. */
const EXTERNAL = ['@resvg/resvg-js', 'better-sqlite3', 'pg', 'tsx', 'tsx/*', '@cupstage/app/predict'];

const posix = (p) => p.split(sep).join('/');
const relativeSpecifier = (fromDir, to) => {
  const r = posix(relative(fromDir, to));
  return r.startsWith('.') ? r : `./${r}`;
};

/**
 * Keeps the shared files shared: any import of commander or of cli-error.js becomes an import of
 * bundle/commander.js or bundle/cli-error.js, written relative to the file being built.
 */
function shared(outFile) {
  const here = dirname(outFile);
  const cliError = join(dist, 'cli-error.js');
  return {
    name: 'cupstage-shared',
    setup(b) {
      b.onResolve({ filter: /^commander$/ }, () => ({
        path: relativeSpecifier(here, join(out, 'commander.js')),
        external: true,
      }));
      b.onResolve({ filter: /cli-error\.js$/ }, (args) =>
        resolve(args.resolveDir, args.path) === cliError && outFile !== join(out, 'cli-error.js')
          ? { path: relativeSpecifier(here, join(out, 'cli-error.js')), external: true }
          : undefined,
      );
      b.onResolve({ filter: /^\.\/commands\/[a-z-]+\.js$/ }, (args) =>
        args.importer === join(dist, 'main.js') ? { path: args.path, external: true } : undefined,
      );
    },
  };
}

/** `import.meta.url` of a bundled file -> the URL its original file had (see the header). */
function originalImportMetaUrl(outFile) {
  const here = dirname(outFile);
  return {
    name: 'cupstage-import-meta-url',
    setup(b) {
      b.onLoad({ filter: /[\\/]packages[\\/][a-z]+[\\/]dist[\\/].*\.js$/ }, (args) => {
        const text = readFileSync(args.path, 'utf8');
        if (!text.includes('import.meta.url')) return undefined;
        const url = `new URL(${JSON.stringify(relativeSpecifier(here, args.path))}, import.meta.url).href`;
        return {
          contents: text.replaceAll('import.meta.url', url),
          loader: 'js',
          resolveDir: dirname(args.path),
        };
      });
    },
  };
}

const common = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // ES module builds first (luxon's), so that unused parts can be left out.
  mainFields: ['module', 'main'],
  sourcemap: 'linked',
  logLevel: 'warning',
  // Lets a bundled CommonJS dependency call require() for Node's built-ins.
  banner: {
    js: "import { createRequire as __cupstageCreateRequire } from 'node:module';\nconst require = __cupstageCreateRequire(import.meta.url);",
  },
};

rmSync(out, { recursive: true, force: true });

const jobs = [
  { entry: join(repo, 'node_modules', 'commander', 'esm.mjs'), outFile: join(out, 'commander.js') },
  { entry: join(dist, 'cli-error.js'), outFile: join(out, 'cli-error.js') },
  { entry: join(dist, 'main.js'), outFile: join(out, 'main.js') },
];
for (const file of readdirSync(join(dist, 'commands'))) {
  if (!file.endsWith('.js')) continue;
  const name = file.slice(0, -'.js'.length);
  jobs.push({
    entry: join(dist, 'commands', file),
    outFile: join(out, 'commands', file),
    unbundled: UNBUNDLED.has(name),
  });
}

await Promise.all(
  jobs.map(({ entry, outFile, unbundled }) =>
    build({
      ...common,
      entryPoints: [entry],
      outfile: outFile,
      // serve and user: only the command file itself, every package from node_modules.
      ...(unbundled ? { packages: 'external' } : { external: EXTERNAL }),
      plugins: [shared(outFile), originalImportMetaUrl(outFile)],
    }),
  ),
);
