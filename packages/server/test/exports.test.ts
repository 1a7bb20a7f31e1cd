import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAF, call, list, type Running, startServer } from './harness.ts';

const seed = readFileSync(new URL('./fixtures/seed-caf-confederation-cup-2017.txt', import.meta.url), 'utf8');

describe('exports and imports over HTTP (the formats of cupstage export / import)', () => {
  let s: Running;
  beforeAll(async () => {
    s = await startServer('sqlite');
  });
  afterAll(async () => {
    await s?.close();
  });

  it('exports wikitext with a TwoLegResult row per tie', async () => {
    const r = await call(s.base, 'GET', `/competitions/${CAF}/export/wikitext`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('text/plain');
    expect(r.text.match(/\{\{TwoLegResult/g)?.length).toBe(7);
    expect(r.text).toContain('SuperSport United');
  });

  it('exports the ties CSV with one row per tie and its decider', async () => {
    const r = await call(s.base, 'GET', `/competitions/${CAF}/export/csv-ties`);
    expect(r.status).toBe(200);
    const rows = r.text.trim().split('\n');
    expect(rows).toHaveLength(8);
    expect(r.text).toContain('away-goals');
  });

  it('exports the same PNG bytes as the CLI (docs/bracket.png is written by cupstage export)', async () => {
    const res = await fetch(`${s.base}/competitions/${CAF}/export/png`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const bytes = Buffer.from(await res.arrayBuffer());
    const cli = readFileSync(new URL('../../../docs/bracket.png', import.meta.url));
    expect(bytes.equals(cli)).toBe(true);
  });

  it("serves the legs as iCalendar: all 14, or one team's, and refuses an unknown round", async () => {
    const all = await call(s.base, 'GET', `/competitions/${CAF}/calendar.ics`);
    expect(all.status).toBe(200);
    expect(all.headers.get('content-type')).toContain('text/calendar');
    expect(all.text.match(/BEGIN:VEVENT/g)?.length).toBe(14);
    const team = await call(s.base, 'GET', `/competitions/${CAF}/calendar.ics?team=supersport-united`);
    expect(team.text.match(/BEGIN:VEVENT/g)?.length).toBe(6);
    const bad = await call(s.base, 'GET', `/competitions/${CAF}/calendar.ics?round=round-of-64`);
    expect(bad.status).toBeGreaterThanOrEqual(400);
    expect(bad.status).toBeLessThan(500);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
  });

  it('refuses an unknown export format with a problem document', async () => {
    const r = await call(s.base, 'GET', `/competitions/${CAF}/export/pdf`);
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toContain('application/problem+json');
  });

  it('imports the seed article into a competition file, storing nothing', async () => {
    const before = await call(s.base, 'GET', '/competitions');
    const r = await call(s.base, 'POST', '/import?from=article&preview=true', {
      body: seed,
      headers: { 'content-type': 'text/plain' },
    });
    expect(r.status).toBe(200);
    const competition = r.body.competition!;
    expect(list(competition.teams)).toHaveLength(8);
    expect(list(competition.rounds).map((round) => list(round.ties).length)).toEqual([4, 2, 1]);
    const after = await call(s.base, 'GET', '/competitions');
    expect(after.text).toBe(before.text);
  });

  it('refuses text with nothing to import, and an unknown rules preset', async () => {
    const junk = await call(s.base, 'POST', '/import?from=article', {
      body: 'hello\nworld\n',
      headers: { 'content-type': 'text/plain' },
    });
    expect(junk.status).toBe(422);
    expect(junk.headers.get('content-type')).toContain('application/problem+json');
    const rules = await call(s.base, 'POST', '/import?from=article&rules=fifa-1930', {
      body: seed,
      headers: { 'content-type': 'text/plain' },
    });
    expect(rules.status).toBe(422);
    expect(rules.body.code as unknown).toBe('unknown-rules-preset');
    const level = JSON.stringify({ legs: 2, deciders: [{ kind: 'aggregate' }, { kind: 'away-goals' }] });
    const cannotSettle = await call(
      s.base,
      'POST',
      `/import?from=article&rules=${encodeURIComponent(level)}`,
      {
        body: seed,
        headers: { 'content-type': 'text/plain' },
      },
    );
    expect(cannotSettle.status).toBe(422);
    expect(cannotSettle.body.code as unknown).toBe('rules-can-end-level');
  });

  it('imports with rules given as a decider chain in the query', async () => {
    const chain = {
      legs: 2,
      deciders: [{ kind: 'aggregate' }, { kind: 'away-goals' }, { kind: 'penalties' }],
    };
    const r = await call(
      s.base,
      'POST',
      `/import?from=article&rules=${encodeURIComponent(JSON.stringify(chain))}`,
      {
        body: seed,
        headers: { 'content-type': 'text/plain' },
      },
    );
    expect(r.status).toBe(200);
    const competition = r.body.competition as unknown as { rules: { legs: number; deciders: unknown[] } };
    expect(competition.rules).toMatchObject(chain);
  });
});
