import { readFileSync } from 'node:fs';
import type { Competition, Leg } from '@cupstage/core';
import ical, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { parseCompetition } from '../competition/parse-competition.ts';
import { writeCalendar } from './write-calendar.ts';

const caf2017 = (): Competition => {
  const parsed = parseCompetition(
    readFileSync(new URL('../../../../examples/caf-confederation-cup-2017.json', import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value;
};

const stamp = new Date('2017-04-26T12:00:00Z');

/** Writes the calendar and parses it back with node-ical, an independent iCalendar parser. */
function events(c: Competition, options: { round?: string; team?: string } = {}): VEvent[] {
  const text = writeCalendar(c, { stamp, ...options });
  if (!text.ok) throw new Error(text.error.message);
  return Object.values(ical.sync.parseICS(text.value)).filter((e): e is VEvent => e?.type === 'VEVENT');
}

/** The example with the final's legs given kick-off times and zones. */
function withFinal(edit: (leg: Leg, i: number) => Leg): Competition {
  const c = caf2017();
  return {
    ...c,
    rounds: c.rounds.map((r) =>
      r.id !== 'final' ? r : { ...r, ties: r.ties.map((t) => ({ ...t, legs: t.legs.map(edit) })) },
    ),
  };
}

const day = (d: Date): string => d.toISOString().slice(0, 10);

describe('writeCalendar', () => {
  it('lists all 14 legs of the example, 12 of them tentative over their round windows', () => {
    const all = events(caf2017());
    expect(all).toHaveLength(14);
    const tentative = all.filter((e) => e.status === 'TENTATIVE');
    expect(tentative).toHaveLength(12);
    const qf1 = all.find((e) => e.uid === 'caf-confederation-cup-2017-QF1-leg1@cupstage')!;
    expect(qf1.summary).toBe('Quarter-finals first leg: MC Alger v Club Africain (date to be confirmed)');
    // Seed article: quarter-finals first leg 15–17 September 2017 (DTEND is exclusive).
    expect(qf1.datetype).toBe('date');
    expect([day(qf1.start), day(qf1.end!)]).toEqual(['2017-09-15', '2017-09-18']);
    const sf2 = all.find((e) => e.uid === 'caf-confederation-cup-2017-SF1-leg2@cupstage')!;
    expect([day(sf2.start), day(sf2.end!)]).toEqual(['2017-10-20', '2017-10-23']);
  });

  it("gives the final's legs their dates and cities", () => {
    const final = events(caf2017()).filter((e) => e.uid.includes('-F-'));
    expect(final.map((e) => [e.summary, day(e.start), e.location, e.status])).toEqual([
      ['Final first leg: TP Mazembe v SuperSport United', '2017-11-19', 'Lubumbashi', 'CONFIRMED'],
      [
        'Final second leg: SuperSport United v TP Mazembe',
        '2017-11-25',
        'Atteridgeville, Pretoria',
        'CONFIRMED',
      ],
    ]);
  });

  it("starts a leg at its local kick-off in the venue's time zone", () => {
    // 15:30 in Lubumbashi (CAT, UTC+2) is 13:30 UTC; 15:00 in Pretoria (SAST, UTC+2) is 13:00 UTC.
    const c = withFinal((leg, i) => ({ ...leg, kickoff: i === 0 ? '15:30' : '15:00' }));
    const final = events(c).filter((e) => e.uid.includes('-F-'));
    expect(final.map((e) => e.start.toISOString())).toEqual([
      '2017-11-19T13:30:00.000Z',
      '2017-11-25T13:00:00.000Z',
    ]);
    expect(final[0]!.end!.toISOString()).toBe('2017-11-19T15:30:00.000Z');
  });

  it('follows daylight saving time in the zone of the venue', () => {
    // Madrid: CEST (UTC+2) until 29 October 2017, CET (UTC+1) after.
    const c = withFinal((leg, i) => ({
      ...leg,
      date: i === 0 ? '2017-10-21' : '2017-11-25',
      kickoff: '20:45',
      timeZone: 'Europe/Madrid',
    }));
    const final = events(c).filter((e) => e.uid.includes('-F-'));
    expect(final.map((e) => e.start.toISOString())).toEqual([
      '2017-10-21T18:45:00.000Z',
      '2017-11-25T19:45:00.000Z',
    ]);
  });

  it("exports one round, or one team's matches", () => {
    expect(events(caf2017(), { round: 'Semi-finals' })).toHaveLength(4);
    const mazembe = events(caf2017(), { team: 'TP Mazembe' });
    expect(mazembe).toHaveLength(6);
    expect(mazembe.every((e) => String(e.summary).includes('TP Mazembe'))).toBe(true);
  });

  it('rejects an unknown team, an unknown round and a time zone that does not exist', () => {
    const code = (c: Competition, o: { round?: string; team?: string } = {}): string => {
      const r = writeCalendar(c, { stamp, ...o });
      return r.ok ? 'ok' : r.error.code;
    };
    expect(code(caf2017(), { team: 'Al Ahly' })).toBe('unknown-team');
    expect(code(caf2017(), { round: 'round-of-16' })).toBe('unknown-round');
    expect(code(withFinal((leg) => ({ ...leg, kickoff: '15:00', timeZone: 'Africa/Atlantis' })))).toBe(
      'unknown-time-zone',
    );
  });
});
