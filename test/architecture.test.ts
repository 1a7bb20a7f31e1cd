/**
 * The import rule of docs/architecture.md, enforced: core imports nothing outside itself (no packages, no
 * Node built-ins, no clock, no Math.random); formats and app import core; store imports app and core;
 * server and cli import what they need; web imports core, the browser-safe svg codec and server types.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

function sources(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (name === 'node_modules' || name === 'dist') continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(path);
    }
  };
  walk(dir);
  return out;
}

interface Import {
  readonly file: string;
  readonly specifier: string;
  readonly typeOnly: boolean;
}

function imports(pkg: string): Import[] {
  const out: Import[] = [];
  for (const file of sources(join(root, 'packages', pkg, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+['"]([^'"]+)['"]/gm)) {
      out.push({ file: relative(root, file), specifier: m[3]!, typeOnly: Boolean(m[2]) });
    }
    for (const m of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
      out.push({ file: relative(root, file), specifier: m[1]!, typeOnly: false });
    }
  }
  return out;
}

const workspace = (s: string): string | undefined => /^@cupstage\/([a-z]+)/.exec(s)?.[1];

describe('architecture: the import rule', () => {
  it('core imports nothing outside itself', () => {
    expect(imports('core').length).toBeGreaterThan(20);
    const outside = imports('core').filter((i) => !i.specifier.startsWith('.'));
    expect(outside).toEqual([]);
  });

  it("core's tests use only core (the example comes as core's Competition: packages/core/test/example.ts)", () => {
    const files: string[] = [];
    const walk = (d: string): void => {
      for (const name of readdirSync(d)) {
        const path = join(d, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(ts|tsx)$/.test(name)) files.push(path);
      }
    };
    walk(join(root, 'packages/core/src'));
    walk(join(root, 'packages/core/test'));
    const coreDir = join(root, 'packages/core');
    const outside: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/^\s*(?:import|export)\s[^'";]*?from\s+['"]([^'"]+)['"]/gm)) {
        const spec = m[1]!;
        const leaves = spec.startsWith('.') && !join(file, '..', spec).startsWith(coreDir);
        if (workspace(spec) !== undefined || leaves) outside.push(`${relative(root, file)}: ${spec}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it('core has no clock, no Math.random and no I/O', () => {
    const offenders: string[] = [];
    for (const file of sources(join(root, 'packages/core/src'))) {
      const text = readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
      if (/Math\.random\(|Date\.now\(|new Date\(|process\.|console\.|require\(/.test(text))
        offenders.push(relative(root, file));
    }
    expect(offenders).toEqual([]);
  });

  const allowed: Record<string, ReadonlyArray<string>> = {
    formats: ['core'],
    app: ['core'],
    store: ['core', 'app'],
    server: ['core', 'app', 'formats', 'store'],
    cli: ['core', 'app', 'formats', 'store', 'server'],
  };

  it.each(Object.keys(allowed))('%s imports only the workspace packages it may', (pkg) => {
    const bad = imports(pkg).filter((i) => {
      const ws = workspace(i.specifier);
      return ws !== undefined && !allowed[pkg]!.includes(ws);
    });
    expect(bad).toEqual([]);
  });

  it('formats does no file, network or process I/O', () => {
    const bad = imports('formats').filter((i) =>
      /^node:(fs|net|http|https|child_process|worker_threads|dgram)/.test(i.specifier),
    );
    expect(bad).toEqual([]);
  });

  it('web imports core, the browser-safe svg codec and time zone check, and only types from the server', () => {
    const bad = imports('web').filter((i) => {
      const ws = workspace(i.specifier);
      if (ws === undefined) return i.specifier.startsWith('node:');
      if (ws === 'core') return false;
      if (i.specifier === '@cupstage/formats/svg' || i.specifier === '@cupstage/formats/slots') return false;
      // the one time zone check (Intl only), shared with the CLI and the server
      if (i.specifier === '@cupstage/app/time-zones') return false;
      if (ws === 'server' && i.typeOnly) return false;
      return true;
    });
    expect(bad).toEqual([]);
  });
});
