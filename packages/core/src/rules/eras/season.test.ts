import { describe, expect, it } from 'vitest';
import { cafChampionsLeague } from './caf.ts';
import { libertadores } from './conmebol.ts';
import { parseSeason, seasonLabel } from './season.ts';
import { championsLeague } from './uefa.ts';

describe('parseSeason', () => {
  it.each([
    ['1969-70', 1969, '1969–70'],
    ['1969–70', 1969, '1969–70'],
    ['1969/70', 1969, '1969–70'],
    ['1969-1970', 1969, '1969–70'],
    [' 2021-22 ', 2021, '2021–22'],
    ['1999-00', 1999, '1999–2000'],
    ['1999-2000', 1999, '1999–2000'],
  ])('reads the European season %s as starting in %i (%s)', (text, start, label) => {
    expect(parseSeason(text, championsLeague)).toEqual({ ok: true, value: { start, label } });
  });

  it('reads a CONMEBOL season as a calendar year', () => {
    expect(parseSeason('2019', libertadores)).toEqual({ ok: true, value: { start: 2019, label: '2019' } });
  });

  it('reads CAF seasons as years until 2018 and as two years from 2018–19', () => {
    expect(parseSeason('2017', cafChampionsLeague)).toMatchObject({ ok: true, value: { start: 2017 } });
    expect(parseSeason('2018-19', cafChampionsLeague)).toMatchObject({ ok: true, value: { start: 2018 } });
    expect(parseSeason('2020', cafChampionsLeague)).toMatchObject({
      ok: false,
      error: { code: 'season-format' },
    });
  });

  it.each([
    ['1969-71', 'invalid-season'],
    ['1969-69', 'invalid-season'],
    ['69-70', 'invalid-season'],
    ['', 'invalid-season'],
    ['1969', 'season-format'],
    ['1950-51', 'season-before-first-edition'],
  ])('rejects %j with %s', (text, code) => {
    expect(parseSeason(text, championsLeague)).toMatchObject({
      ok: false,
      error: { code, path: ['season'] },
    });
  });

  it('writes a season the way its competition does', () => {
    expect(seasonLabel(championsLeague, 1955)).toBe('1955–56');
    expect(seasonLabel(libertadores, 2019)).toBe('2019');
  });
});
