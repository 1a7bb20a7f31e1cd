import { describe, expect, it } from 'vitest';
import { addDays, dayNumber } from './iso-day.ts';

describe('dayNumber', () => {
  it('counts days from 1 January 1970', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    // 2017-11-19 is 17489 days after the epoch (Date.UTC(2017, 10, 19) / 86400000).
    expect(dayNumber('2017-11-19')).toBe(17489);
    expect(dayNumber('2000-03-01')! - dayNumber('2000-02-28')!).toBe(2);
  });

  it('rejects dates that do not exist', () => {
    expect(dayNumber('2017-02-29')).toBeUndefined();
    expect(dayNumber('2017-13-01')).toBeUndefined();
    expect(dayNumber('17-11-19')).toBeUndefined();
  });
});

describe('addDays', () => {
  it('crosses months and years', () => {
    expect(addDays('2017-11-30', 1)).toBe('2017-12-01');
    expect(addDays('2017-12-31', 1)).toBe('2018-01-01');
    expect(addDays('2016-03-01', -1)).toBe('2016-02-29');
  });
});
