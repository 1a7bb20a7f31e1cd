import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveTie, rulesInForce, type TieFacts } from '../src/index.ts';

/**
 * Real ties, typed from the facts (each with its source): the two-legged ties of the shared corpus,
 * at least one and up to two for every competition, era, rule set and decider the corpus shows, plus
 * CAF Confederation Cup ties from the seed article. The winner and decidedBy are the real ones.
 */
interface HistoryTie {
  readonly id: string;
  readonly competition: string;
  readonly season: string;
  readonly round: string;
  readonly tie: TieFacts;
  readonly winner: string;
  readonly decidedBy: string;
  readonly from: string;
  /** A Wikipedia article (or match report) for the tie, where `from` is a data file. */
  readonly source?: string;
}

const ties = JSON.parse(
  readFileSync(new URL('./fixtures/history/ties.json', import.meta.url), 'utf8'),
) as ReadonlyArray<HistoryTie>;

describe('real ties resolved with the rules of their era', () => {
  it.each(ties.map((t) => ({ ...t, name: `${t.competition} ${t.season} ${t.round}: ${t.id}` })))(
    'gives $name to $winner by $decidedBy',
    (t) => {
      const found = rulesInForce(t.competition, t.season, t.round);
      expect(found.ok).toBe(true);
      if (!found.ok) return;
      const outcome = resolveTie(t.tie, found.value.rules);
      expect(outcome).toMatchObject({
        ok: true,
        value: { kind: 'decided', winner: t.winner, decidedBy: t.decidedBy },
      });
    },
  );

  it('covers every decider of the corpus, in every rule era of the European Cup', () => {
    const deciders = new Set(ties.map((t) => t.decidedBy));
    expect([...deciders].sort()).toEqual(
      [
        'aggregate',
        'away-goals',
        'away-goals-extra-time',
        'coin-toss',
        'extra-time',
        'golden-goal',
        'penalties',
        'play-off',
        'points',
        'silver-goal',
      ].sort(),
    );
    const ecEras = new Set(
      ties
        .filter((t) => t.competition === 'uefa-champions-league')
        .map((t) => {
          const found = rulesInForce(t.competition, t.season, t.round);
          return found.ok ? found.value.rules.id : 'none';
        }),
    );
    for (const id of ['replay-1955', 'european-cup-1967', 'european-cup-1969', 'uefa-1970', 'uefa-2021']) {
      expect(ecEras).toContain(id);
    }
  });
});

describe('the competitions and eras the registry added in issue 12', () => {
  const eraOfTie = (t: HistoryTie): string => {
    const found = rulesInForce(t.competition, t.season, t.round);
    return found.ok ? found.value.era.id : 'none';
  };

  it('has at least 150 real ties of them, each with its source', () => {
    // The ties added with issue 12, by the id prefix they were written with.
    const added = ties.filter((t) =>
      /^(wc|euro|afc|caf-cl-2016|caf-cc-2016|sudamericana-2007|fa-cup|uefa-cup-200[02]-0[13]-final|copa-america|copa-del-rey|libertadores|sudamericana-2003|caf-cl-19[67]\d|fairs-cup)-/.test(
        t.id,
      ),
    );
    expect(added.length).toBeGreaterThanOrEqual(150 + 336);
    for (const t of added) expect(t.source ?? '').toMatch(/^https?:\/\//);
  });

  it('covers every era of the World Cup and of the European Championship, and the eras added since', () => {
    const seen = new Set(ties.map(eraOfTie));
    for (const id of [
      'world-cup-1934',
      'world-cup-1950',
      'world-cup-1978',
      'world-cup-1998-golden-goal',
      'world-cup-2006',
      'euro-1960',
      'euro-1976',
      'euro-1980-third-place',
      'euro-1996-golden-goal',
      'euro-2004-silver-goal',
      'afc-2013-two-legged',
      'caf-2016',
      'conmebol-2005',
      'fa-cup-1991',
      'fa-cup-1998-final',
      'uefa-cup-golden-goal-final',
      'uefa-cup-silver-goal-final',
      'conmebol-1960-points',
      'conmebol-1988-goal-difference',
      'sudamericana-2003-away-goals',
      'caf-1964-lots',
      'caf-1974-away-goals',
      'fairs-cup-1955',
      'uefa-1970',
      'copa-america-2011',
      'copa-america-2021-final-only-extra-time',
      'copa-del-rey-2019-single-matches',
      'copa-del-rey-2021-no-away-goals',
    ]) {
      expect(seen).toContain(id);
    }
  });

  it('the 1998 golden goal France v Paraguay is plain extra time under the 2006 rules, and the Greek silver goal of 2004 a golden goal in 2000', () => {
    const france = ties.find((t) => t.id === 'wc-1998-round-of-16-France-v-Paraguay');
    const greece = ties.find((t) => t.id === 'euro-2004-semi-final-Greece-v-Czech-Republic');
    if (!france || !greece) throw new Error('fixture');
    const later = rulesInForce('fifa-world-cup', '2006', 'round-of-16');
    const earlier = rulesInForce('uefa-european-championship', '2000', 'semi-final');
    if (!later.ok || !earlier.ok) throw new Error('registry');
    expect(resolveTie(france.tie, later.value.rules)).toMatchObject({
      ok: true,
      value: { decidedBy: 'extra-time' },
    });
    expect(resolveTie(greece.tie, earlier.value.rules)).toMatchObject({
      ok: true,
      value: { decidedBy: 'golden-goal' },
    });
  });
});

describe('the same facts under the wrong era give another answer (the era matters)', () => {
  const byId = (id: string): HistoryTie => {
    const t = ties.find((x) => x.id.includes(id));
    if (!t) throw new Error(`fixture lacks ${id}`);
    return t;
  };

  it('1969–70 Celtic v Benfica needs a coin toss under its own rules, extra time then penalties from 1970–71', () => {
    const t = byId('1969-R16-Celtic-v-SL-Benfica');
    const own = rulesInForce('uefa-champions-league', '1969-70', 'round-of-16');
    const later = rulesInForce('uefa-champions-league', '1970-71', 'round-of-16');
    if (!own.ok || !later.ok) throw new Error('registry');
    const { coinToss: _, ...withoutToss } = t.tie;
    expect(resolveTie(withoutToss, own.value.rules)).toMatchObject({
      ok: true,
      value: { kind: 'undecided', next: 'coin-toss' },
    });
    const underPenalties = resolveTie(withoutToss, later.value.rules);
    expect(underPenalties).toMatchObject({ ok: true, value: { kind: 'undecided', next: 'penalties' } });
  });

  it('the 1987 Libertadores final went to Peñarol by the play-off; under the 1988 rules América would have won it on goal difference', () => {
    const t = byId('libertadores-1987-final');
    const own = rulesInForce('conmebol-libertadores', '1987', 'final');
    const later = rulesInForce('conmebol-libertadores', '1988', 'final');
    if (!own.ok || !later.ok) throw new Error('registry');
    expect(resolveTie(t.tie, own.value.rules)).toMatchObject({ ok: true, value: { winner: 'Peñarol' } });
    const { playoff: _, ...legsOnly } = t.tie;
    expect(resolveTie(legsOnly, later.value.rules)).toMatchObject({
      ok: true,
      value: { winner: 'América de Cali', decidedBy: 'aggregate' },
    });
  });

  it('1970: CARA Brazzaville went through by lots although Aigle Royal had more away goals, which would have decided it from 1974', () => {
    const t = byId('caf-cl-1970-first-round-Aigle-Royal');
    const later = rulesInForce('caf-champions-league', '1974', 'first-round');
    if (!later.ok) throw new Error('registry');
    const { coinToss: _, ...withoutLots } = t.tie;
    expect(resolveTie(withoutLots, later.value.rules)).toMatchObject({
      ok: true,
      value: { winner: 'Aigle Royal', decidedBy: 'away-goals' },
    });
  });
});
