import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, formatPeriod } from './dates.ts';

// Dates of the 2017 CAF Confederation Cup knockout stage, as the seed article writes them.
describe('formatDate', () => {
  it('writes day, month and year as the article (and the web) does', () => {
    expect(formatDate('2017-11-19')).toBe('19 November 2017');
    expect(formatDate('2017-09-08')).toBe('8 September 2017');
  });
});

describe('formatDateRange', () => {
  it.each([
    [{ from: '2017-09-15', to: '2017-09-17' }, true, '15–17 September 2017'],
    [{ from: '2017-09-08', to: '2017-09-10' }, false, '8–10 September'],
    [{ from: '2017-09-29', to: '2017-10-01' }, true, '29 September – 1 October 2017'],
    [{ from: '2017-11-19', to: '2017-11-19' }, true, '19 November 2017'],
    [{ from: '2017-12-30', to: '2018-01-02' }, true, '30 December 2017 – 2 January 2018'],
  ])('writes %j (years: %s) as %j', (range, years, text) => {
    expect(formatDateRange(range, years)).toBe(text);
  });
});

describe('formatPeriod', () => {
  it('gives the stage period as the intro writes it', () => {
    expect(formatPeriod({ from: '2017-09-08', to: '2017-11-25' })).toBe(
      'from 8 September to 25 November 2017',
    );
  });
});
