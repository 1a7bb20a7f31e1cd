import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAF, call, type Loose, type Running, startServer } from './harness.ts';

const sum = (o: Loose | undefined): number =>
  Object.values(o ?? {}).reduce((s, v) => s + (v as unknown as number), 0);

describe('predictions over HTTP', () => {
  let s: Running;
  beforeAll(async () => {
    s = await startServer('sqlite');
  });
  afterAll(async () => {
    await s?.close();
  });

  it('gives the decided example a champion with probability 1', async () => {
    const r = await call(s.base, 'GET', `/competitions/${CAF}/predictions`);
    expect(r.status).toBe(200);
    expect(r.body.method as unknown).toBe('exact');
    expect(r.body.champion!['TP Mazembe'] as unknown).toBe(1);
    expect(sum(r.body.champion)).toBeCloseTo(1, 12);
  });

  it('updates the odds when a result is deleted, and says so on the change stream', async () => {
    const before = await call(s.base, 'GET', `/competitions/${CAF}/predictions`);
    const etag = before.headers.get('etag')!;
    // Delete the final's second leg: the final is open again after TP Mazembe's 2–1 first-leg win.
    const del = await call(s.base, 'DELETE', `/competitions/${CAF}/ties/F/legs/2`, {
      token: s.tokens.owner,
      headers: { 'if-match': etag },
    });
    expect(del.status).toBe(200);
    const after = await call(s.base, 'GET', `/competitions/${CAF}/predictions`);
    expect(after.headers.get('etag')).not.toBe(etag);
    const mazembe = after.body.champion!['TP Mazembe'] as unknown as number;
    const supersport = after.body.champion!['SuperSport United'] as unknown as number;
    expect(mazembe).toBeGreaterThan(0.5);
    expect(mazembe).toBeLessThan(1);
    expect(mazembe + supersport).toBeCloseTo(1, 12);
    expect(after.body.ties!.F!['TP Mazembe'] as unknown).toBe(mazembe);
  });

  it('simulates with a seed: the same seed gives the same answer', async () => {
    const a = await call(
      s.base,
      'GET',
      `/competitions/${CAF}/predictions?method=monte-carlo&runs=20000&seed=7`,
    );
    const b = await call(
      s.base,
      'GET',
      `/competitions/${CAF}/predictions?method=monte-carlo&runs=20000&seed=7`,
    );
    expect(a.status).toBe(200);
    expect(a.body.runs as unknown).toBe(20000);
    expect(a.text).toBe(b.text);
  });

  it('takes a model, and refuses a bad one or too many runs with a problem document', async () => {
    const good = await call(s.base, 'POST', `/competitions/${CAF}/predictions`, {
      body: { model: { kind: 'elo', ratings: { 'TP Mazembe': 1900, 'SuperSport United': 1500 } } },
    });
    expect(good.status).toBe(200);
    const bad = await call(s.base, 'POST', `/competitions/${CAF}/predictions`, {
      body: { model: { kind: 'elo', ratings: 'x' } },
    });
    expect(bad.status).toBe(422);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    const many = await call(
      s.base,
      'GET',
      `/competitions/${CAF}/predictions?method=monte-carlo&runs=50000000`,
    );
    expect(many.status).toBe(400);
  });
});
