import { err, ok, type Result } from '@cupstage/core';
import { type AppError, appError } from './app-error.ts';
import { viewCompetition } from './competitions.ts';
import { allows } from './policy.ts';
import type { Actor, Member, Ports, Role } from './ports.ts';

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

/**
 * Lists a competition's members (owner only).
 *
 * @example await listMembers(ports, owner, 'cup') // [{ userId, email, role: 'owner' }]
 */
export async function listMembers(
  ports: Ports,
  actor: Actor | undefined,
  id: string,
): Promise<Result<Member[], AppError>> {
  const denied = await requireOwner(ports, actor, id);
  if (denied) return err(denied);
  return ok(await ports.accounts.members(id));
}

/**
 * Gives an account a role in a competition, or removes it (`role` undefined). Owner only; the last
 * owner cannot be removed or demoted.
 *
 * @example await setMemberRole(ports, owner, 'cup', 'editor@example.org', 'editor')
 */
export async function setMemberRole(
  ports: Ports,
  actor: Actor | undefined,
  id: string,
  email: string,
  role: Role | undefined,
): Promise<Result<Member[], AppError>> {
  const denied = await requireOwner(ports, actor, id);
  if (denied) return err(denied);
  const user = await ports.accounts.userByEmail(email);
  if (!user) return err(appError('unknown-user', ['email'], `there is no account for ${email}`));
  const members = await ports.accounts.members(id);
  const owners = members.filter((m) => m.role === 'owner');
  if (role !== 'owner' && owners.length === 1 && owners[0]?.userId === user.id)
    return err(
      appError('last-owner', ['role'], `${email} is the only owner of "${id}": add another owner first`),
    );
  await ports.accounts.setRole(id, user.id, role);
  return ok(await ports.accounts.members(id));
}
