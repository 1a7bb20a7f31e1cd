import { describe, expect, it } from 'vitest';
import { vtimezone } from './vtimezone.ts';

describe('vtimezone', () => {
  it("gives Madrid's 2017 changes of clock (EU rule: last Sundays of March and October, 01:00 UTC)", () => {
    const text = vtimezone('Europe/Madrid', [2017]);
    expect(text).toContain(
      'BEGIN:DAYLIGHT\r\nDTSTART:20170326T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n',
    );
    expect(text).toContain(
      'BEGIN:STANDARD\r\nDTSTART:20171029T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n',
    );
  });

  it('gives a zone without daylight saving time one observance', () => {
    const text = vtimezone('Africa/Lubumbashi', [2017]);
    expect(text.match(/BEGIN:(STANDARD|DAYLIGHT)/g)).toEqual(['BEGIN:STANDARD']);
    expect(text).toContain('TZOFFSETTO:+0200');
  });
});
