import { describe, expect, it } from 'vitest';
import { CORE_ERROR_CODES, isCoreErrorCode } from './error-codes.ts';

describe('CORE_ERROR_CODES', () => {
  it('lists each code once, in kebab case', () => {
    expect(new Set(CORE_ERROR_CODES).size).toBe(CORE_ERROR_CODES.length);
    for (const code of CORE_ERROR_CODES) expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
  it('knows its own codes, and no code of the server', () => {
    expect(isCoreErrorCode('penalties-impossible')).toBe(true);
    expect(isCoreErrorCode('unknown-round')).toBe(true);
    expect(isCoreErrorCode('round-not-found')).toBe(false);
    expect(isCoreErrorCode('constructor')).toBe(false);
  });
});
