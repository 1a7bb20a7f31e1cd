import { describe, expect, it } from 'vitest';
import type { TeamId } from '../ids.ts';
import { formatParagraph } from '../report/format-paragraph.ts';
import { checkRules } from '../rules/check-rules.ts';
import { conmebol1960, conmebol1988 } from '../rules/eras/conmebol.ts';
import { caf2017 } from '../rules/presets.ts';
import type { TieRules } from '../rules/tie-rules.ts';
import { resolveTie } from './resolve-tie.ts';
import type { MatchFacts, TieFacts } from './types.ts';

type G = readonly [number, number];
const match = (home: string, away: string, score: G, extra?: { et?: G; pens?: G }): MatchFacts => ({
  home: home as TeamId,
  away: away as TeamId,
  score,
  ...(extra?.et ? { extraTime: extra.et } : {}),
  ...(extra?.pens ? { penalties: extra.pens } : {}),
});
const tie = (legs: MatchFacts[], playoff?: MatchFacts): TieFacts => ({
  legs,
  ...(playoff ? { playoff: { ...playoff, neutral: true } } : {}),
});

describe('the points decider (CONMEBOL two-legged ties until 2004)', () => {
  it('gives the 1987 Copa Libertadores final to Peñarol by the play-off although América led 3–2 on goals', () => {
    // Source: https://en.wikipedia.org/wiki/1987_Copa_Libertadores_Finals — América de Cali 2–0
    // Peñarol (Cali), Peñarol 2–1 América (Montevideo): level on points; play-off in Santiago
    // Peñarol 1–0 after extra time (Aguirre, 120').
    const final1987 = tie(
      [match('América de Cali', 'Peñarol', [2, 0]), match('Peñarol', 'América de Cali', [2, 1])],
      match('Peñarol', 'América de Cali', [0, 0], { et: [1, 0] }),
    );
    expect(resolveTie(final1987, conmebol1960)).toMatchObject({
      ok: true,
      value: {
        kind: 'decided',
        winner: 'Peñarol',
        decidedBy: 'play-off',
        summary: 'Level on points, 2–3 on aggregate. Peñarol won the play-off 1–0.',
      },
    });
  });

  it('asks for the play-off match when one win each leaves the sides level on points, whatever the goals', () => {
    // 1965 final (https://en.wikipedia.org/wiki/1965_Copa_Libertadores_Finals): Independiente 1–0
    // Peñarol, Peñarol 3–1 Independiente; under the aggregate Peñarol would have won 4–2.
    const legs = [match('Independiente', 'Peñarol', [1, 0]), match('Peñarol', 'Independiente', [3, 1])];
    expect(resolveTie(tie(legs), conmebol1960)).toMatchObject({
      ok: true,
      value: { kind: 'undecided', next: 'play-off' },
    });
    expect(resolveTie(tie(legs), caf2017)).toMatchObject({ ok: true, value: { winner: 'Peñarol' } });
    // The play-off in Santiago: Independiente 4–1.
    const withPlayoff = tie(legs, match('Independiente', 'Peñarol', [4, 1]));
    expect(resolveTie(withPlayoff, conmebol1960)).toMatchObject({
      ok: true,
      value: { kind: 'decided', winner: 'Independiente', decidedBy: 'play-off' },
    });
  });

  it('gives the 1960 final to Peñarol on points (a win and a draw)', () => {
    // Source: https://en.wikipedia.org/wiki/1960_Copa_Libertadores_Finals — Peñarol 1–0 Olimpia,
    // Olimpia 1–1 Peñarol.
    const final1960 = tie([match('Peñarol', 'Olimpia', [1, 0]), match('Olimpia', 'Peñarol', [1, 1])]);
    expect(resolveTie(final1960, conmebol1960)).toMatchObject({
      ok: true,
      value: {
        kind: 'decided',
        winner: 'Peñarol',
        decidedBy: 'points',
        summary: 'Peñarol won on points (2–1 on aggregate).',
      },
    });
  });

  it('gives the 1977 final to Boca Juniors on penalties after a goalless play-off, the shoot-out belonging to the play-off', () => {
    // Source: https://en.wikipedia.org/wiki/1977_Copa_Libertadores_finals — Boca Juniors 1–0
    // Cruzeiro, Cruzeiro 1–0 Boca Juniors, play-off (Montevideo) 0–0 after extra time, Boca 5–4 on penalties.
    const final1977 = tie(
      [match('Boca Juniors', 'Cruzeiro', [1, 0]), match('Cruzeiro', 'Boca Juniors', [1, 0])],
      match('Boca Juniors', 'Cruzeiro', [0, 0], { et: [0, 0], pens: [5, 4] }),
    );
    expect(resolveTie(final1977, conmebol1960)).toMatchObject({
      ok: true,
      value: {
        kind: 'decided',
        winner: 'Boca Juniors',
        decidedBy: 'penalties',
        summary: '1–1 on aggregate. Play-off 0–0; Boca Juniors won 5–4 on penalties.',
      },
    });
    // Without its shoot-out the play-off, level after extra time and on goal difference, needs one.
    const noKicks = tie(
      final1977.legs as MatchFacts[],
      match('Boca Juniors', 'Cruzeiro', [0, 0], { et: [0, 0] }),
    );
    expect(resolveTie(noKicks, conmebol1960)).toMatchObject({
      ok: true,
      value: { kind: 'undecided', next: 'penalties' },
    });
  });

  it('settles a play-off level after extra time by the goal difference of the legs, before any shoot-out', () => {
    // The 1987 rules: "Goal difference was to be used as a last resort" (constructed facts).
    const facts = tie(
      [match('A', 'B', [2, 0]), match('B', 'A', [2, 1])],
      match('A', 'B', [1, 1], { et: [0, 0] }),
    );
    expect(resolveTie(facts, conmebol1960)).toMatchObject({
      ok: true,
      value: { kind: 'decided', winner: 'A', decidedBy: 'aggregate' },
    });
    const kicks = { ...facts, playoff: { ...facts.playoff!, penalties: [4, 3] as const } };
    expect(resolveTie(kicks, conmebol1960)).toMatchObject({
      ok: false,
      error: { code: 'penalties-not-needed', path: ['playoff', 'penalties'] },
    });
  });

  it('refuses a shoot-out after the second leg when the shoot-out belongs to the play-off', () => {
    const facts = tie([match('A', 'B', [1, 0]), match('B', 'A', [1, 0], { pens: [4, 3] })]);
    expect(resolveTie(facts, conmebol1960)).toMatchObject({
      ok: false,
      error: { code: 'penalties-not-allowed', path: ['legs', 1, 'penalties'] },
    });
  });

  it('gives the 1988 final to Nacional on goal difference and the 1989 final to Atlético Nacional on penalties (1988–2004 rules)', () => {
    // Sources: https://en.wikipedia.org/wiki/1988_Copa_Libertadores_Finals (Newell's Old Boys 1–0
    // Nacional, Nacional 3–0 Newell's) and https://en.wikipedia.org/wiki/1989_Copa_Libertadores_Finals
    // (Olimpia 2–0 Atlético Nacional, Atlético Nacional 2–0 Olimpia, 5–4 on penalties).
    const f1988 = tie([
      match("Newell's Old Boys", 'Nacional', [1, 0]),
      match('Nacional', "Newell's Old Boys", [3, 0]),
    ]);
    expect(resolveTie(f1988, conmebol1988)).toMatchObject({
      ok: true,
      value: { winner: 'Nacional', decidedBy: 'aggregate', summary: 'Nacional won 3–1 on aggregate.' },
    });
    const f1989 = tie([
      match('Olimpia', 'Atlético Nacional', [2, 0]),
      match('Atlético Nacional', 'Olimpia', [2, 0], { pens: [5, 4] }),
    ]);
    expect(resolveTie(f1989, conmebol1988)).toMatchObject({
      ok: true,
      value: { winner: 'Atlético Nacional', decidedBy: 'penalties' },
    });
  });

  it('checks points chains: first, over two legs, and one shoot-out only', () => {
    const base: TieRules = { id: 'x', name: 'x', legs: 2, deciders: [], source: 'test' };
    expect(checkRules(conmebol1960)).toMatchObject({ ok: true });
    expect(checkRules(conmebol1988)).toMatchObject({ ok: true });
    expect(
      checkRules({ ...base, legs: 1, deciders: [{ kind: 'points' }, { kind: 'penalties' }] }),
    ).toMatchObject({ ok: false, error: { code: 'points-in-single-match' } });
    expect(
      checkRules({ ...base, deciders: [{ kind: 'aggregate' }, { kind: 'points' }, { kind: 'penalties' }] }),
    ).toMatchObject({ ok: false, error: { code: 'points-after-aggregate', path: ['deciders', 1] } });
    expect(
      checkRules({
        ...base,
        deciders: [
          { kind: 'points' },
          { kind: 'play-off', extraTime: true, penalties: true },
          { kind: 'aggregate' },
          { kind: 'penalties', playoff: true },
        ],
      }),
    ).toMatchObject({ ok: false, error: { code: 'penalties-twice', path: ['deciders', 3] } });
    expect(
      checkRules({
        ...base,
        deciders: [{ kind: 'points' }, { kind: 'aggregate' }, { kind: 'penalties', playoff: true }],
      }),
    ).toMatchObject({ ok: false, error: { code: 'penalties-without-play-off', path: ['deciders', 2] } });
  });

  it('writes the format paragraph of a points chain', () => {
    expect(formatParagraph(conmebol1960, 2)).toBe(
      'In the knockout stage, the two teams played a single-elimination tournament. Each tie was played on a home-and-away two-legged basis. The team with more points over the two legs (two for a win, one for a draw) advanced. If the teams were level on points after the second leg, a play-off match would be played, with extra time if needed, and if still tied, the goal difference over the two legs would be used, and if still tied, the play-off match would go to a penalty shoot-out.',
    );
  });
});
