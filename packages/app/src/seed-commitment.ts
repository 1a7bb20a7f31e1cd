import { createHash } from 'node:crypto';

/**
 * The SHA-256 of a draw's seed, in hex: published before the draw, the seed itself revealed after, so
 * anyone can check that the draw ran on the seed committed to.
 *
 * @example seedCommitment('caf-2017') // 64 hex digits
 */
export function seedCommitment(seed: string): string {
  return createHash('sha256').update(seed, 'utf8').digest('hex');
}
