import { describe, expect, it } from 'vitest';
import { isTimeZone } from './time-zones.ts';

describe('isTimeZone', () => {
  it.each(['Africa/Lubumbashi', 'Africa/Johannesburg', 'Europe/London', 'America/Sao_Paulo', 'UTC'])(
    'knows %s',
    (zone) => {
      expect(isTimeZone(zone)).toBe(true);
    },
  );

  it.each(['Not/AZone', 'Africa/Atlantis', 'local', '+01:00', '', 'x'.repeat(200)])(
    'refuses "%s"',
    (zone) => {
      expect(isTimeZone(zone)).toBe(false);
    },
  );
});
