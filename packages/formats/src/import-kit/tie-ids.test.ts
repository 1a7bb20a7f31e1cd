import { describe, expect, it } from 'vitest';
import { createTieIds, tiePrefix } from './tie-ids.ts';

describe('tiePrefix', () => {
  it.each([
    // As the seed article and openfootball files write round names.
    ['Quarter-finals', 'QF'],
    ['Quarterfinals', 'QF'],
    ['Semi-finals', 'SF'],
    ['Final', 'F'],
    ['Finale', 'F'],
    ['Round of 16', 'R16'],
    ['Match for third place', 'TP'],
    ['Third place play-off', 'TP'],
    ['Play-off round', 'PO'],
    ['First round', 'FR'],
    ['Round 2', 'R2'],
    ['1st Round', '1R'],
  ])('gives %j the prefix %j', (name, prefix) => {
    expect(tiePrefix(name)).toBe(prefix);
  });
});

describe('createTieIds', () => {
  it('numbers the ties of a round, and a round of one tie is its prefix', () => {
    const ids = createTieIds();
    expect(ids.forRound('Quarter-finals', 4)).toEqual(['QF1', 'QF2', 'QF3', 'QF4']);
    expect(ids.forRound('Semi-finals', 2)).toEqual(['SF1', 'SF2']);
    expect(ids.forRound('Final', 1)).toEqual(['F']);
  });
  it('never gives one id twice in an import', () => {
    const ids = createTieIds();
    expect(ids.forRound('Final', 1)).toEqual(['F']);
    // A replayed final written as a round of its own.
    expect(ids.forRound('Final', 1)).toEqual(['Fb']);
    expect(ids.forRound('Semi-finals', 2)).toEqual(['SF1', 'SF2']);
    expect(ids.forRound('Semifinals', 2)).toEqual(['SF1b', 'SF2b']);
  });
});
