import { err, ok, type Result } from '@cupstage/core';
import { type AppError, appError } from './app-error.ts';
import type { Actor, ApiToken, Ports, User } from './ports.ts';

/**
 * Hashing and random secrets, injected (the app does no I/O and holds no crypto): the server's
 * adapter uses node:crypto (scrypt for passwords, SHA-256 for session and token secrets).
 */
export interface Secrets {
  /** A fresh random secret (256 bits, URL-safe), with an optional prefix such as `cs_`. */
  newSecret(prefix?: string): string;
  /** The one-way hash of a secret, the only form stored. */
  hashSecret(secret: string): string;
  hashPassword(password: string): Promise<string>;
  /** Constant-time check; false for any malformed hash. */
  verifyPassword(password: string, stored: string): Promise<boolean>;
}

/** The rules an account's fields follow, as data. */
export const ACCOUNT_RULES = {
  /** `local@domain`, no spaces; RFC 5321 4.5.3.1 limits the local part to 64 octets, the path to 256. */
  email: /^[^\s@]{1,64}@[^\s@]{1,190}$/,
  passwordMin: 8,
  passwordMax: 1024,
  tokenNameMax: 100,
} as const;

/** A hash no password matches: compared against when the address is unknown, so both failures take as long. */
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/** How a caller proved who it is: a session cookie, an API token, or the command line. */
export type Credential = 'session' | 'token' | 'cli';

/**
 * Checks an e-mail address and returns it in lower case.
 *
 * @example checkEmail('Organiser@Example.org') // ok('organiser@example.org')
 */
export function checkEmail(email: string): Result<string, AppError> {
  if (!ACCOUNT_RULES.email.test(email))
    return err(appError('invalid-email', ['email'], `"${email.slice(0, 80)}" is not an e-mail address`));
  return ok(email.toLowerCase());
}

/**
 * Checks a new password against the length rules.
 *
 * @example checkPassword('short').ok // false: at least 8 characters
 */
export function checkPassword(password: string): Result<string, AppError> {
  if (password.length < ACCOUNT_RULES.passwordMin)
    return err(
      appError(
        'password-too-short',
        ['password'],
        `the password must have at least ${ACCOUNT_RULES.passwordMin} characters`,
      ),
    );
  if (password.length > ACCOUNT_RULES.passwordMax)
    return err(
      appError(
        'password-too-long',
        ['password'],
        `the password must have at most ${ACCOUNT_RULES.passwordMax} characters`,
      ),
    );
  return ok(password);
}

/**
 * Creates an account. Roles the address was invited to become its roles in the same transaction.
 *
 * @example await createAccount(ports, secrets, 'organiser@example.org', password)
 */
export async function createAccount(
  ports: Ports,
  secrets: Secrets,
  email: string,
  password: string,
): Promise<Result<User, AppError>> {
  const address = checkEmail(email);
  if (!address.ok) return address;
  const checked = checkPassword(password);
  if (!checked.ok) return checked;
  const user: User = {
    id: ports.ids.next(),
    email: address.value,
    passwordHash: await secrets.hashPassword(password),
    createdAt: ports.clock.now(),
  };
  const added = await ports.accounts.addUser(user);
  if (!added.ok) return err(appError(added.error.code, added.error.path, added.error.message));
  return ok(user);
}

/**
 * Sets a new password and ends every session of the account but `keepSession` (the hash of the
 * session that made the change; none from the command line, which ends them all). API tokens stay:
 * they are revoked one by one.
 *
 * @example await changePassword(ports, secrets, user.id, newPassword)
 */
export async function changePassword(
  ports: Ports,
  secrets: Secrets,
  userId: string,
  password: string,
  keepSession?: string,
): Promise<Result<void, AppError>> {
  const checked = checkPassword(password);
  if (!checked.ok) return checked;
  await ports.accounts.setPassword(userId, await secrets.hashPassword(password), keepSession);
  return ok(undefined);
}

/**
 * Changes one's own password, signed in with a session: the current password must match; every
 * other session of the account ends, this one stays.
 *
 * @example await changeOwnPassword(ports, secrets, actor, { via: 'session', current, password, session })
 */
export async function changeOwnPassword(
  ports: Ports,
  secrets: Secrets,
  actor: Actor,
  req: {
    readonly via: Credential;
    readonly current: string;
    readonly password: string;
    readonly session: string | undefined;
  },
): Promise<Result<void, AppError>> {
  if (req.via !== 'session')
    return err(
      appError('session-required', ['headers', 'authorization'], 'sign in with your password to change it'),
    );
  const user = await ports.accounts.userById(actor.userId);
  if (!user || !(await secrets.verifyPassword(req.current, user.passwordHash)))
    return err(appError('wrong-password', ['body', 'currentPassword'], 'the current password is wrong'));
  return changePassword(ports, secrets, user.id, req.password, req.session);
}

/** A new session: the cookie's secret, its CSRF token and when it ends. */
export interface SignedIn {
  readonly user: User;
  readonly secret: string;
  readonly csrf: string;
  readonly expiresAt: string;
}

/**
 * Signs in with e-mail and password; the same `invalid-credentials` for an unknown address and a
 * wrong password (and about the same time: the password is checked against a dummy hash).
 *
 * @example await signIn(ports, secrets, { email, password, days: 14 })
 */
export async function signIn(
  ports: Ports,
  secrets: Secrets,
  req: { readonly email: string; readonly password: string; readonly days: number },
): Promise<Result<SignedIn, AppError>> {
  const user = await ports.accounts.userByEmail(req.email.toLowerCase());
  const good = await secrets.verifyPassword(req.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !good) return err(appError('invalid-credentials', ['body'], 'wrong e-mail or password'));
  const secret = secrets.newSecret();
  const csrf = secrets.newSecret();
  const expiresAt = new Date(Date.parse(ports.clock.now()) + req.days * 86_400_000).toISOString();
  await ports.accounts.addSession({
    tokenHash: secrets.hashSecret(secret),
    userId: user.id,
    csrf,
    expiresAt,
  });
  return ok({ user, secret, csrf, expiresAt });
}

/** A new API token, with its secret (shown once). */
export interface MintedToken {
  readonly token: ApiToken;
  readonly secret: string;
}

/**
 * Creates an API token for the actor. Only a signed-in session or the command line may: a token
 * cannot make tokens, so revoking a leaked token ends what it can do.
 *
 * @example await mintToken(ports, secrets, actor, 'session', 'results-script')
 */
export async function mintToken(
  ports: Ports,
  secrets: Secrets,
  actor: Actor,
  via: Credential,
  name: string,
): Promise<Result<MintedToken, AppError>> {
  if (via === 'token')
    return err(
      appError(
        'session-required',
        ['headers', 'authorization'],
        'an API token cannot create API tokens: sign in (or use `cupstage user token`) to create one',
      ),
    );
  if (name.length < 1 || name.length > ACCOUNT_RULES.tokenNameMax)
    return err(
      appError(
        'invalid-token-name',
        ['name'],
        `a token name has 1 to ${ACCOUNT_RULES.tokenNameMax} characters`,
      ),
    );
  const secret = secrets.newSecret('cs_');
  const token: ApiToken = {
    id: ports.ids.next(),
    userId: actor.userId,
    name,
    tokenHash: secrets.hashSecret(secret),
    createdAt: ports.clock.now(),
  };
  await ports.accounts.addToken(token);
  return ok({ token, secret });
}
