import { readFileSync } from 'node:fs';
import { afc2002, caf2017, singleMatch, uefa1970 } from '@cupstage/core';
import { readFormat, rulesFromFormat } from '@cupstage/formats';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../src/article-import/read-article.ts';

/** Format sections of real Wikipedia articles (CC BY-SA 4.0; see fixtures/wikipedia-format/SOURCE.md). */
const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/wikipedia-format/${name}`, import.meta.url), 'utf8');

const chain = (rules: { deciders: ReadonlyArray<{ kind: string }> } | undefined) =>
  rules?.deciders.map((d) => d.kind);

describe('format paragraphs as Wikipedia writes them', () => {
  it('reads the AFC wording as away goals, extra time without away goals, penalties (not conmebol-2022)', () => {
    const { doc } = readArticle(fixture('afc-champions-league-2017.txt'));
    const stated = rulesFromFormat(doc.formatParagraphs.map((p) => p.value).join(' '));
    expect(stated?.rules.deciders).toEqual(afc2002.deciders);
    expect(stated?.rules.legs).toBe(2);
    expect(stated?.preset).toBe('afc-2002');
    expect(stated?.reference).toBe('Regulations Article 11.3');
    expect(stated?.teams).toBe(16);
  });

  it('reads the AFC Cup wording, its single-match final as a rule of the final', () => {
    const { doc } = readArticle(fixture('afc-cup-2017.txt'));
    expect(chain(rulesFromFormat(doc.formatParagraphs.map((p) => p.value).join(' '))?.rules)).toEqual([
      'aggregate',
      'away-goals',
      'extra-time',
      'penalties',
    ]);
    expect(doc.roundRules.map((r) => r.value)).toEqual([{ round: 'final', rules: 'single-match' }]);
  });

  it('reads the CONMEBOL bullets: the two-legged rounds and the one-match final apart', () => {
    const { doc, problems } = readArticle(fixture('copa-sudamericana-2019.txt'));
    expect(problems).toEqual([]);
    const stated = rulesFromFormat(doc.formatParagraphs.map((p) => p.value).join(' '));
    expect(stated?.rules.deciders).toEqual(caf2017.deciders);
    expect(stated?.rules.legs).toBe(2);
    expect(doc.roundRules.map((r) => r.value)).toEqual([{ round: 'final', rules: singleMatch.id }]);
  });

  it('reads a two-legged CONMEBOL final with its own rules (2018: no away goals, extra time)', () => {
    const { doc } = readArticle(fixture('copa-libertadores-2018.txt'));
    expect(chain(rulesFromFormat(doc.formatParagraphs.map((p) => p.value).join(' '))?.rules)).toEqual([
      'aggregate',
      'away-goals',
      'penalties',
    ]);
    expect(doc.roundRules.map((r) => r.value)).toEqual([{ round: 'final', rules: 'uefa-2021' }]);
  });

  it('reads the CAF wording as the seed rules', () => {
    const { doc } = readArticle(fixture('caf-champions-league-2016.txt'));
    expect(rulesFromFormat(doc.formatParagraphs[0]!.value)?.rules).toBe(caf2017);
  });

  it('reads a final stated in a sentence of its own (2019–20 CAF: one match, no extra time)', () => {
    const { doc } = readArticle(fixture('caf-champions-league-2019-20.txt'));
    expect(rulesFromFormat(doc.formatParagraphs.map((p) => p.value).join(' '))?.rules).toBe(caf2017);
    expect(doc.roundRules.map((r) => r.value)).toEqual([
      { round: 'final', rules: 'penalties-no-extra-time' },
    ]);
  });

  it('names a paragraph it cannot read and why, instead of guessing a chain', () => {
    // 1987 Libertadores: "a playoff at a neutral was to be the next tie-breaker" is not a wording the
    // reader knows; reading the rest alone would give points and goal difference, a wrong chain.
    const { doc } = readArticle(fixture('copa-libertadores-1987-finals.txt'));
    const read = readFormat(doc.formatParagraphs.map((p) => p.value).join(' '));
    expect(read).toEqual({
      reason: 'it mentions a play-off match in words cupstage cannot read as a tie-break',
    });
    expect(readFormat('Ties were decided by a penalty contest.')).toEqual({
      reason: 'it states neither two legs nor a single match',
    });
    // Wording it knows is still read whole: UEFA's, with away goals after extra time.
    expect(
      rulesFromFormat(
        'Each tie was played over two legs. If the aggregate score was tied, the away goals rule would be applied, and if still tied, extra time would be played. The away goals rule would be again applied after extra time. If no goals were scored during extra time, the tie would be decided by penalty shoot-out.',
      )?.rules,
    ).toBe(uefa1970);
  });
});

describe('article sections as Wikipedia writes them', () => {
  it('skips Seeding, Draw, Notes and References instead of reading them as rounds', () => {
    const text = [
      '==Seeding==',
      'Starting from the round of 16, the teams are seeded according to their results in the group stage.',
      '==Draw==',
      'The draw for the round of 16 was held on 4 June 2018.',
      '==Round of 16==',
      '==Notes==',
      '==References==',
      '==External links==',
    ].join('\n');
    const { doc, problems } = readArticle(text);
    expect(doc.rounds.map((r) => r.name)).toEqual(['Round of 16']);
    expect(problems).toEqual([]);
  });

  it('drops the Region column of a qualified-teams table, written once per region', () => {
    const text = [
      '==Qualified teams==',
      '| Region | Group | Winners | Runners-up |',
      '| West Region | A | UAE Al-Ahli | IRN Esteghlal |',
      '| B | QAT Lekhwiya | IRN Esteghlal Khuzestan |',
      '| East Region | E | JPN Kashima Antlers | THA Muangthong United |',
    ].join('\n');
    const { doc } = readArticle(text);
    expect(doc.qualified.header?.value).toEqual(['Group', 'Winners', 'Runners-up']);
    expect(doc.qualified.rows.map((r) => r.value)).toEqual([
      ['A', 'UAE Al-Ahli', 'IRN Esteghlal'],
      ['B', 'QAT Lekhwiya', 'IRN Esteghlal Khuzestan'],
      ['E', 'JPN Kashima Antlers', 'THA Muangthong United'],
    ]);
  });
});
