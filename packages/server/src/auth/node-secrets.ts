import type { Secrets } from '@cupstage/app';
import { hashPassword, verifyPassword } from './password.ts';
import { hashSecret, newSecret } from './secret.ts';

/**
 * The app's `Secrets` port on node:crypto: scrypt passwords, SHA-256 secrets. Shared by the server
 * and the CLI, so that both make accounts, sessions and tokens the same way.
 *
 * @example await createAccount(ports, nodeSecrets, 'organiser@example.org', password)
 */
export const nodeSecrets: Secrets = { newSecret, hashSecret, hashPassword, verifyPassword };
