import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { DIALECTS, type TestStore } from '../../store/test/stores.ts';
import { buildServer, hashPassword, hashSecret, loadExample, type ServerOptions } from '../src/index.ts';

export const EXAMPLE = 'examples/caf-confederation-cup-2017.json';
export const CAF = 'caf-confederation-cup-2017';
export const PASSWORD = 'correct horse battery';

/** A running server on loopback with accounts of every role. */
export interface Running {
  readonly base: string;
  readonly app: FastifyInstance;
  readonly t: TestStore;
  /** API tokens: the example's owner, an editor of it, and an account with no role. */
  readonly tokens: { readonly owner: string; readonly editor: string; readonly outsider: string };
  readonly emails: { readonly owner: string; readonly editor: string; readonly outsider: string };
  close(): Promise<void>;
}

/** Creates an account with a password and an API token; returns the token. */
export async function addAccount(
  t: TestStore,
  email: string,
  passwordHash: string,
): Promise<{ id: string; token: string }> {
  const id = randomUUID();
  const added = await t.store.accounts.addUser({
    id,
    email,
    passwordHash,
    createdAt: new Date().toISOString(),
  });
  if (!added.ok) throw new Error(added.error.message);
  const token = `cs_test_${randomUUID()}`;
  await t.store.accounts.addToken({
    id: randomUUID(),
    userId: id,
    name: 'test',
    tokenHash: hashSecret(token),
    createdAt: new Date().toISOString(),
  });
  return { id, token };
}

/** Starts a server on 127.0.0.1 (random port) on a fresh store of the dialect, with the example loaded. */
export async function startServer(
  dialect: 'sqlite' | 'postgres',
  options: Partial<ServerOptions> = {},
): Promise<Running> {
  const t = await DIALECTS.find((d) => d.name === dialect)!.open();
  await loadExample(t.store, EXAMPLE);
  const hash = await hashPassword(PASSWORD);
  const emails = {
    owner: 'owner@example.org',
    editor: 'editor@example.org',
    outsider: 'outsider@example.org',
  };
  const owner = await addAccount(t, emails.owner, hash);
  const editor = await addAccount(t, emails.editor, hash);
  const outsider = await addAccount(t, emails.outsider, hash);
  await t.store.accounts.setRole(CAF, owner.id, 'owner');
  await t.store.accounts.setRole(CAF, editor.id, 'editor');
  const app = await buildServer({ store: t.store, webDist: null, ...options });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    base: address,
    app,
    t,
    tokens: { owner: owner.token, editor: editor.token, outsider: outsider.token },
    emails,
    close: async () => {
      await app.close();
      await t.dispose();
    },
  };
}

/** A parsed JSON body, walked field by field in assertions (arrays via `list`). */
export type Loose = { readonly [key: string]: Loose };

/** A JSON array body as a list. */
export const list = (v: Loose | undefined): Loose[] => (v ?? []) as unknown as Loose[];

/** A response, read once. */
export interface Reply {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  readonly body: Loose;
}

/** Sends a request over the socket. `body` is sent as JSON unless it is a string. */
export async function call(
  base: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const res = await fetch(`${base}${path}`, { method, headers, ...(body !== undefined ? { body } : {}) });
  const text = await res.text();
  let parsed: unknown = text;
  if ((res.headers.get('content-type') ?? '').includes('json') && text !== '') parsed = JSON.parse(text);
  return { status: res.status, headers: res.headers, text, body: parsed as Loose };
}
