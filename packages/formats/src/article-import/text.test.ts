import { describe, expect, it } from 'vitest';
import { countOf, normalizeScoreDashes, parseDate, parseDateRange } from './text.ts';

describe('parseDateRange', () => {
  it('reads the ranges the seed article writes', () => {
    expect(parseDateRange('15–17 September 2017')).toEqual({ from: '2017-09-15', to: '2017-09-17' });
    expect(parseDateRange('29 September – 1 October 2017')).toEqual({ from: '2017-09-29', to: '2017-10-01' });
    expect(parseDateRange('19 November 2017')).toEqual({ from: '2017-11-19', to: '2017-11-19' });
    expect(parseDateRange('30 December 2017 – 2 January 2018')).toEqual({
      from: '2017-12-30',
      to: '2018-01-02',
    });
  });

  it('takes a given year for a range without one, the year before for a December start of a January range', () => {
    expect(parseDateRange('8–10 September', 2017)).toEqual({ from: '2017-09-08', to: '2017-09-10' });
    expect(parseDateRange('30 December – 2 January', 2018)).toEqual({ from: '2017-12-30', to: '2018-01-02' });
    expect(parseDateRange('8–10 September')).toBeUndefined();
  });

  it('rejects impossible dates and backward ranges', () => {
    expect(parseDateRange('30–31 February 2017')).toBeUndefined();
    expect(parseDateRange('17–15 September 2017')).toBeUndefined();
    expect(parseDate('26 Apri 2017')).toBeUndefined();
    expect(parseDate('26 April 2017')).toBe('2017-04-26');
  });
});

describe('small helpers', () => {
  it('reads counts and normalises dashes between numbers only', () => {
    expect(countOf('eight')).toBe(8);
    expect(countOf('16')).toBe(16);
    expect(normalizeScoreDashes('Al-Hilal 1−2 and 3 - 0')).toBe('Al-Hilal 1–2 and 3–0');
  });
});
