/**
 * @cupstage/server: the HTTP API (Fastify), accounts, live updates and static web app.
 */
export * from './auth/node-secrets.ts';
export * from './auth/password.ts';
export * from './auth/secret.ts';
export * from './build-server.ts';
export * from './dto/types.ts';
export * from './example.ts';
export type * from './pages/page-data.ts';
export * from './problem.ts';
