import { describe, expect, it } from 'vitest';
import { allows } from './policy.ts';

describe('allows', () => {
  it.each([
    // role, need, published, allowed
    [undefined, 'read', true, true],
    [undefined, 'read', false, false],
    ['editor', 'read', false, true],
    [undefined, 'edit', true, false],
    ['editor', 'edit', true, true],
    ['owner', 'edit', false, true],
    ['editor', 'manage', true, false],
    ['owner', 'manage', true, true],
  ] as const)('gives %s %s on a competition published=%s: %s', (role, need, published, expected) => {
    expect(allows(role, need, published)).toBe(expected);
  });
});
