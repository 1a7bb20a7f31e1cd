/** The web app's pure pieces: routes, the DTO round trip, result-form checks, kick-off times, diffs. */
import { readFileSync } from 'node:fs';
import { bracketModel, createKnockout, type Leg, teamId } from '@cupstage/core';
import { parseCompetition } from '@cupstage/formats';
import { describe, expect, it } from 'vitest';
import type { CompetitionViewDto, TieDto } from '../src/api/dto.ts';
import { toCompetition } from '../src/api/to-competition.ts';
import { checkLeg, EMPTY_INPUT, fixtureOf, inputOf, matchOf } from '../src/organiser/leg-form.ts';
import { whatChanged } from '../src/organiser/what-changed.ts';
import { embedHref, href, legacyHashPath, parseEmbed, parseRoute, type Route } from '../src/routing/route.ts';
import { derive } from '../src/state/derive.ts';
import { kickoffInstant } from '../src/time/kickoff.ts';
import { EXAMPLE } from './support/server.ts';

const parsed = parseCompetition(readFileSync(EXAMPLE, 'utf8'));
if (!parsed.ok) throw new Error('example does not parse');
const caf = parsed.value;

/** The API's view of the example, built the way the server builds it. */
async function exampleView(): Promise<CompetitionViewDto> {
  const { ViewBuilder } = await import('../../server/src/dto/competition-view.ts');
  return new ViewBuilder(caf, createKnockout(caf)).view({ competition: caf, version: 2, published: true });
}

describe('routes', () => {
  const routes: Route[] = [
    { kind: 'competitions' },
    { kind: 'home', id: 'cup' },
    { kind: 'bracket', id: 'cup' },
    { kind: 'round', id: 'cup', round: 'quarter-finals' },
    { kind: 'schedule', id: 'cup' },
    { kind: 'team', id: 'cup', team: 'tp-mazembe' },
    { kind: 'manage', id: 'cup', tie: 'QF1' },
    { kind: 'manage', id: 'cup' },
    { kind: 'audit', id: 'cup' },
    { kind: 'sign-in', next: '#/c/cup/manage' },
  ];
  it.each(routes)('parses back the link it writes: $kind', (route) => {
    expect(parseRoute(href(route))).toEqual(route);
  });
  it('names an unknown path', () => {
    expect(parseRoute('#/c/cup/nowhere')).toEqual({ kind: 'not-found', path: '/c/cup/nowhere' });
  });
  it('writes real paths, and reads an old hash link as the same page', () => {
    expect(href({ kind: 'round', id: 'cup', round: 'final' })).toBe('/c/cup/rounds/final');
    expect(legacyHashPath('#/c/cup/bracket')).toBe('/c/cup/bracket');
    expect(legacyHashPath('#main')).toBeUndefined();
    expect(parseRoute('#/c/cup/bracket')).toEqual(parseRoute('/c/cup/bracket'));
  });
  it('parses back the embed paths it writes, and nothing else as an embed', () => {
    for (const target of [
      { kind: 'bracket' },
      { kind: 'round', round: 'semi-finals' },
      { kind: 'tie', tie: 'F' },
    ] as const) {
      const route = { kind: 'embed', id: 'cup', target } as const;
      expect(parseEmbed(embedHref(route))).toEqual(route);
    }
    expect(parseEmbed('/embed/cup')).toBeUndefined();
    expect(parseEmbed('/c/cup/bracket')).toBeUndefined();
  });
});

describe('the API view back to core', () => {
  it('gives the same bracket as the competition file it came from', async () => {
    const view = await exampleView();
    const back = toCompetition(view);
    expect(bracketModel(back, createKnockout(back))).toEqual(bracketModel(caf, createKnockout(caf)));
    expect(derive(view).bracket.champion).toBe('TP Mazembe');
  });
});

describe('the result form', () => {
  const fixture: Leg = { home: teamId('club-africain'), away: teamId('mc-alger') };
  it('builds the leg from what was typed, keeping the fixture', () => {
    expect(
      matchOf(
        {
          ...EMPTY_INPUT,
          home: '2',
          away: ' 0 ',
          city: ' Tunis',
          kickoff: '18:00',
          date: '2017-09-22',
          timeZone: 'Africa/Tunis',
        },
        { ...fixture, neutral: true },
      ),
    ).toEqual({
      ok: true,
      value: {
        ...fixture,
        neutral: true,
        city: 'Tunis',
        date: '2017-09-22',
        kickoff: '18:00',
        timeZone: 'Africa/Tunis',
        score: [2, 0],
      },
    });
  });
  it('saves a fixture without a score, and wants the time zone with a kick-off', () => {
    expect(matchOf({ ...EMPTY_INPUT, venue: 'Stade Olympique de Radès' }, fixture)).toEqual({
      ok: true,
      value: { ...fixture, venue: 'Stade Olympique de Radès' },
    });
    expect(matchOf({ ...EMPTY_INPUT, date: '2017-09-22', kickoff: '18:00' }, fixture)).toMatchObject({
      ok: false,
      error: {
        field: 'fixture',
        code: 'kickoff-needs-time-zone',
        message: 'A kick-off time needs the time zone of the venue, so that fans see it in their own time',
      },
    });
    expect(matchOf({ ...EMPTY_INPUT, kickoff: '18:00', timeZone: 'Africa/Tunis' }, fixture)).toMatchObject({
      ok: false,
      error: { field: 'fixture', code: 'kickoff-needs-date' },
    });
    expect(
      matchOf({ ...EMPTY_INPUT, date: '2017-09-22', kickoff: '18:00', timeZone: 'Mars/Olympus' }, fixture),
    ).toMatchObject({
      ok: false,
      error: { field: 'fixture', message: expect.stringContaining('is not an IANA time zone') },
    });
  });
  it('asks for both sides of a pair', () => {
    const r = matchOf({ ...EMPTY_INPUT, home: '2', away: '0', penaltiesHome: '4' }, fixture);
    expect(r).toMatchObject({ ok: false, error: { field: 'penalties', code: 'score-incomplete' } });
  });
  it.each([
    ['-1', '0', 'score', 'negative-goals', 'Home goals in leg 2 cannot be negative'],
    ['1.5', '0', 'score', 'non-integer-goals', 'Home goals in leg 2 must be a whole number'],
    ['two', '0', 'score', 'invalid-score', 'Home goals in leg 2 must be a number of goals'],
  ])('gives core’s sentence for %s–%s beside the %s', (home, away, field, code, message) => {
    const match = matchOf({ ...EMPTY_INPUT, home, away }, fixture);
    if (!match.ok) throw new Error('expected a match');
    expect(checkLeg(caf, 'QF1', 1, match.value)).toEqual({ field, code, message });
  });
  it('refuses a shoot-out the aggregate did not need, beside the penalties', () => {
    const match = matchOf(
      { ...EMPTY_INPUT, home: '2', away: '0', penaltiesHome: '4', penaltiesAway: '3' },
      fixture,
    );
    if (!match.ok) throw new Error('expected a match');
    expect(checkLeg(caf, 'QF1', 1, match.value)?.field).toBe('penalties');
  });
  it('accepts a correction that changes the winner', () => {
    expect(checkLeg(caf, 'QF1', 1, { ...fixture, score: [0, 0] })).toBeUndefined();
  });
  it('wants the legs in order', () => {
    expect(checkLeg(caf, 'F', 3, { ...fixture, score: [0, 0] })?.code).toBe('leg-out-of-order');
  });
  it('puts the second leg at the ground of the side that played away first', () => {
    const teams = [teamId('a'), teamId('b')] as const;
    expect(fixtureOf(undefined, teams, 1)).toEqual({ home: 'b', away: 'a' });
    // A leg entered for a team an upstream correction removed gets the new team in its place.
    expect(fixtureOf({ home: teamId('b'), away: teamId('old'), score: [1, 1] }, teams, 0)).toEqual({
      home: 'b',
      away: 'a',
      score: [1, 1],
    });
    expect(inputOf({ ...fixture, score: [1, 0], penalties: [5, 4] })).toMatchObject({
      home: '1',
      away: '0',
      penaltiesHome: '5',
      penaltiesAway: '4',
    });
  });
});

describe('kick-off times', () => {
  it('converts a local kick-off at the venue to an instant', () => {
    expect(kickoffInstant('2017-11-19', '15:00', 'Africa/Lubumbashi')?.toISOString()).toBe(
      '2017-11-19T13:00:00.000Z',
    );
    expect(kickoffInstant('2021-07-01', '20:00', 'Europe/London')?.toISOString()).toBe(
      '2021-07-01T19:00:00.000Z',
    );
    expect(kickoffInstant('2021-01-01', '20:00', 'Europe/London')?.toISOString()).toBe(
      '2021-01-01T20:00:00.000Z',
    );
  });
  it('gives nothing for an unknown zone', () => {
    expect(kickoffInstant('2017-11-19', '15:00', 'Mars/Olympus')).toBeUndefined();
  });
});

describe('what changed', () => {
  it('names the legs whose result changed', async () => {
    const view = await exampleView();
    const before = view.rounds[0]!.ties.find((t) => t.id === 'QF4')!;
    const after: TieDto = { ...before, legs: [{ ...before.legs[0]!, result: '2–2' }, before.legs[1]!] };
    expect(whatChanged(before, after)).toEqual([
      'Leg 1: was “Al-Hilal Al-Ubayyid 1–2 TP Mazembe”, now “Al-Hilal Al-Ubayyid 2–2 TP Mazembe”',
    ]);
    expect(whatChanged(before, before)).toEqual([]);
  });
});

describe('colours', () => {
  const css = readFileSync(new URL('../src/styles.css', import.meta.url), 'utf8');
  const vars = new Map([...css.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6});/g)].map((m) => [m[1]!, m[2]!]));
  const luminance = (hex: string): number => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const v = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: string, b: string): number => {
    const [x, y] = [luminance(a), luminance(b)];
    return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
  };
  it.each([
    ['text', '#ffffff'],
    ['muted', '#ffffff'],
    ['muted', 'soft'],
    ['link', '#ffffff'],
    ['link', 'soft'],
    ['link', 'winner-bg'],
    ['text', 'winner-bg'],
    ['problem', '#ffffff'],
  ])('gives %s on %s at least the WCAG AA ratio of 4.5', (fg, bg) => {
    const colour = (name: string): string => (name.startsWith('#') ? name : (vars.get(name) ?? 'missing'));
    expect(contrast(colour(fg), colour(bg))).toBeGreaterThanOrEqual(4.5);
  });
});
