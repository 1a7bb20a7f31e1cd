import { createHash, randomBytes } from 'node:crypto';

/**
 * A fresh random secret (session id, CSRF token or API token), URL-safe, 256 bits.
 *
 * @example newSecret('cs_') // 'cs_Jk3...'
 */
export function newSecret(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/**
 * SHA-256 of a secret, hex: only this is stored, so a database leak does not leak live sessions or tokens.
 *
 * @example hashSecret('abc').length // 64
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
