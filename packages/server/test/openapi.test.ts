import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, type TestStore } from '../../store/test/stores.ts';
import { buildServer } from '../src/index.ts';

/** The parts of an OpenAPI 3 document this test walks. */
interface Operation {
  readonly responses?: Record<string, { readonly content?: Record<string, { readonly schema?: unknown }> }>;
}
type Paths = Record<string, Record<string, Operation>>;

/** Statuses whose answer has no body by definition (RFC 9110 §15.3.5 and §15.4.5). */
const BODYLESS = new Set(['204', '304']);

describe('OpenAPI at /openapi.json (the contract clients generate code from)', () => {
  let t: TestStore;
  let app: FastifyInstance;
  let paths: Paths;
  beforeAll(async () => {
    t = await DIALECTS.find((d) => d.name === 'sqlite')!.open();
    app = await buildServer({ store: t.store, webDist: null, log: 'off' });
    const r = await app.inject({ method: 'GET', url: '/openapi.json' });
    expect(r.statusCode).toBe(200);
    paths = (r.json() as { paths: Paths }).paths;
  });
  afterAll(async () => {
    await app?.close();
    await t?.dispose();
  });

  it('describes the body of the success status of every operation', () => {
    const missing: string[] = [];
    let operations = 0;
    for (const [path, item] of Object.entries(paths))
      for (const [method, op] of Object.entries(item)) {
        operations += 1;
        const responses = op.responses ?? {};
        const success = Object.keys(responses).filter((k) => /^2\d\d$/.test(k));
        if (success.length === 0) missing.push(`${method.toUpperCase()} ${path}: no 2xx response`);
        for (const status of success) {
          if (BODYLESS.has(status)) continue;
          const content = responses[status]?.content ?? {};
          const typed = Object.values(content).filter((c) => c.schema !== undefined);
          if (typed.length === 0)
            missing.push(`${method.toUpperCase()} ${path}: ${status} has no body schema`);
        }
      }
    expect(operations).toBeGreaterThan(30);
    expect(missing).toEqual([]);
  });

  it('describes every error response as a problem document', () => {
    const missing: string[] = [];
    for (const [path, item] of Object.entries(paths))
      for (const [method, op] of Object.entries(item)) {
        const problem = op.responses?.['4XX']?.content?.['application/problem+json']?.schema as
          | { properties?: Record<string, unknown> }
          | undefined;
        if (!problem?.properties?.code || !problem.properties.errors)
          missing.push(`${method.toUpperCase()} ${path}`);
      }
    expect(missing).toEqual([]);
  });

  it('gives non-JSON bodies their media type', () => {
    const types = (path: string, method = 'get', status = '200') =>
      Object.keys(paths[path]?.[method]?.responses?.[status]?.content ?? {});
    expect(types('/competitions/{id}/report')).toEqual(['text/plain', 'text/markdown']);
    expect(types('/competitions/{id}/calendar.ics')).toEqual(['text/calendar']);
    expect(types('/competitions/{id}/events')).toEqual(['text/event-stream']);
    expect(types('/competitions/{id}/export/{format}')).toContain('image/png');
  });
});
