import { err, ok, type Result } from '@cupstage/core';
import { type AppError, appError } from './app-error.ts';
import { viewCompetition } from './competitions.ts';
import { allows } from './policy.ts';
import type { Actor, Invitation, Membership, MembershipWrite, Ports, Role } from './ports.ts';

/** A line of a competition's member list: an account's role, or a role waiting for the address's account. */
export type MemberLine = Invitation;

/** Who changes a membership: a signed-in owner, or the command line (an operator of the database). */
export type MemberChanger = Actor | 'cli';

async function requireOwner(
  ports: Ports,
  actor: Actor | undefined,
  id: string,
): Promise<AppError | undefined> {
  if (!actor) return appError('sign-in-required', [], 'sign in or send an API token to manage members');
  const viewed = await viewCompetition(ports, actor, id);
  if (!viewed.ok) return viewed.error;
  if (!allows(viewed.value.role, 'manage', viewed.value.state.published))
    return appError('forbidden', [], `only the owner of "${id}" can manage its members`);
  return undefined;
}

/** Members and invitations in one list, by address: the two look the same, so a list leaks no accounts. */
async function lines(ports: Ports, id: string): Promise<MemberLine[]> {
  const members = await ports.accounts.members(id);
  const invitations = await ports.accounts.invitations(id);
  return [...members.map((m) => ({ email: m.email, role: m.role })), ...invitations].sort((a, b) =>
    a.email < b.email ? -1 : a.email > b.email ? 1 : 0,
  );
}

/**
 * Decides a membership change on the membership as it is now; pure, so that the store can call it
 * inside the transaction that applies it. Rules:
 * - only an owner changes members (checked again here: the changer may have lost the role meanwhile);
 * - the last owner stays: an owner who is the only one can be neither removed nor made an editor;
 * - removing an address that is neither a member nor invited is `member-not-found`;
 * - giving an address the role it already has writes nothing.
 * An address with or without an account is treated the same (its role or invitation).
 *
 * @example decideMembership(now, { competitionId: 'cup', email: 'b@x.org', role: undefined, by: owner, at, id })
 */
export function decideMembership(
  now: Membership,
  req: {
    readonly competitionId: string;
    readonly email: string;
    readonly role: Role | undefined;
    readonly by: MemberChanger;
    readonly at: string;
    readonly id: string;
  },
): Result<MembershipWrite | undefined, AppError> {
  const { competitionId: cid, email, role, by } = req;
  if (by !== 'cli' && !now.members.some((m) => m.userId === by.userId && m.role === 'owner'))
    return err(appError('forbidden', [], `only the owner of "${cid}" can manage its members`));
  const member = now.members.find((m) => m.email === email);
  const current = member?.role ?? now.invitations.find((i) => i.email === email)?.role;
  if (role === undefined && current === undefined)
    return err(appError('member-not-found', ['email'], `${email} has no role in "${cid}"`));
  if (current === role) return ok(undefined);
  const owners = now.members.filter((m) => m.role === 'owner');
  if (member?.role === 'owner' && role !== 'owner' && owners.length === 1)
    return err(
      appError('last-owner', ['role'], `${email} is the only owner of "${cid}": add another owner first`),
    );
  const action =
    current === undefined ? 'member-granted' : role === undefined ? 'member-removed' : 'member-role-changed';
  return ok({
    role,
    change: {
      id: req.id,
      competitionId: cid,
      at: req.at,
      actor: by === 'cli' ? 'cli' : by.email,
      action,
      email,
      ...(role ? { role } : {}),
    },
  });
}

/**
 * Lists a competition's members and invitations (owner only), by address.
 *
 * @example await listMembers(ports, owner, 'cup') // [{ email: 'owner@example.org', role: 'owner' }]
 */
export async function listMembers(
  ports: Ports,
  actor: Actor | undefined,
  id: string,
): Promise<Result<MemberLine[], AppError>> {
  const denied = await requireOwner(ports, actor, id);
  if (denied) return err(denied);
  return ok(await lines(ports, id));
}

/**
 * Gives an address a role in a competition, or removes it (`role` undefined). Owner only; the last
 * owner cannot be removed or demoted (checked and applied in one transaction). An address without an
 * account gets an invitation that becomes its role when the account is created, and the answer is
 * the same as for an account: the API does not tell which addresses have accounts. Every change is
 * written to the competition's audit log.
 *
 * @example await setMemberRole(ports, owner, 'cup', 'editor@example.org', 'editor')
 */
export async function setMemberRole(
  ports: Ports,
  actor: Actor | undefined,
  id: string,
  email: string,
  role: Role | undefined,
): Promise<Result<MemberLine[], AppError>> {
  const denied = await requireOwner(ports, actor, id);
  if (denied || !actor) return err(denied ?? appError('sign-in-required', [], 'sign in to manage members'));
  return changeMember(ports, actor, id, email, role);
}

/**
 * The command line's membership change: no owner needed (whoever runs it holds the database), the
 * same rules otherwise (the last owner stays, the audit log shows `cli`).
 *
 * @example await changeMember(ports, 'cli', 'cup', 'organiser@example.org', 'owner')
 */
export async function changeMember(
  ports: Ports,
  by: MemberChanger,
  id: string,
  email: string,
  role: Role | undefined,
): Promise<Result<MemberLine[], AppError>> {
  const address = email.toLowerCase();
  const at = ports.clock.now();
  const changeId = ports.ids.next();
  const changed = await ports.accounts.changeMembership(id, address, (now) =>
    decideMembership(now, { competitionId: id, email: address, role, by, at, id: changeId }),
  );
  if (!changed.ok) return changed;
  return ok(await lines(ports, id));
}
