import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAF, call, type Loose, type Running, startServer } from './harness.ts';

const pots = JSON.parse(
  readFileSync(
    new URL('../../../examples/pots/caf-confederation-cup-2017-quarter-finals.json', import.meta.url),
    'utf8',
  ),
) as Record<string, unknown>;

describe('draws over HTTP (as cupstage draw)', () => {
  let s: Running;
  beforeAll(async () => {
    s = await startServer('sqlite');
  });
  afterAll(async () => {
    await s?.close();
  });

  it('gives the exact odds of the CAF four-group quarter-final draw: 9 draws, 1/3 for each allowed pair', async () => {
    const r = await call(s.base, 'POST', '/draws/odds?exact=true', { body: pots });
    expect(r.status).toBe(200);
    expect(r.body.validDraws as unknown).toBe(9);
    const rows = Object.values(r.body.probabilities as unknown as Record<string, Record<string, string>>);
    const values = rows.flatMap((row) => Object.values(row));
    expect(values.filter((p) => p === '1/3')).toHaveLength(12);
    expect(values.filter((p) => p === '0')).toHaveLength(4);
  });

  it('runs a draw on a seed reproducibly, verifies its log, and refuses a tampered one', async () => {
    const a = await call(s.base, 'POST', '/draws/run', { body: { pots, seed: 'cairo-2017-04-26-quarters' } });
    const b = await call(s.base, 'POST', '/draws/run', { body: { pots, seed: 'cairo-2017-04-26-quarters' } });
    expect(a.status).toBe(200);
    expect(a.text).toBe(b.text);
    const ok = await call(s.base, 'POST', '/draws/verify', { body: a.body });
    expect(ok.status).toBe(200);
    expect(ok.body.verified as unknown).toBe(true);
    const log = JSON.parse(a.text) as { steps: Array<{ drawn: string; from: string[] }> };
    const step = log.steps[0]!;
    const other = step.from.find((t) => t !== step.drawn)!;
    const tampered = { ...log, steps: [{ ...step, drawn: other }, ...log.steps.slice(1)] };
    const bad = await call(s.base, 'POST', '/draws/verify', { body: tampered });
    expect(bad.status).toBe(422);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
  });

  it("runs a competition round's draw (the order of legs of the semi-finals) and stores nothing", async () => {
    const before = (await call(s.base, 'GET', `/competitions/${CAF}`)).headers.get('etag');
    const r = await call(s.base, 'POST', `/competitions/${CAF}/draws/run`, {
      body: { round: 'semi-finals', seed: 'cairo-2017-04-26-semis' },
    });
    expect(r.status).toBe(200);
    expect((r.body.ties as unknown as Loose[]).length).toBe(2);
    expect((await call(s.base, 'GET', `/competitions/${CAF}`)).headers.get('etag')).toBe(before);
  });

  it('refuses pots too large to answer quickly (12 + 12 would hold the server for about 30 s)', async () => {
    const g = 'ABCDEFGHIJKL'.split('');
    const big = {
      procedure: 'uefa-round-of-16',
      winners: g.map((x) => ({ team: `W${x}`, group: x, association: `A${x}` })),
      runnersUp: g.map((x) => ({ team: `R${x}`, group: x, association: `A${x}` })),
      constraints: ['different-group'],
    };
    const r = await call(s.base, 'POST', '/draws/odds', { body: big });
    expect(r.status).toBe(422);
    expect(r.body.code as unknown).toBe('pot-too-large');
  });

  it('refuses bad pots, a seed that does not match its commitment, and an unknown round', async () => {
    const bad = await call(s.base, 'POST', '/draws/odds', { body: { procedure: 'lottery' } });
    expect(bad.status).toBe(422);
    const commitment = '0'.repeat(64);
    const mismatch = await call(s.base, 'POST', '/draws/run', {
      body: { pots, seed: 'a seed of sixteen+ chars', commitment },
    });
    expect(mismatch.status).toBe(422);
    expect(mismatch.body.code as unknown).toBe('seed-commitment-mismatch');
    const round = await call(s.base, 'POST', `/competitions/${CAF}/draws/run`, {
      body: { round: 'round-of-64', seed: 'cairo-2017-04-26-semis' },
    });
    expect(round.status).toBeGreaterThanOrEqual(400);
    expect(round.status).toBeLessThan(500);
  });
});
