import type { Role } from './ports.ts';

/** What a write needs: `edit` (results, schedule, draws) or `manage` (publish, members). */
export type Need = 'read' | 'edit' | 'manage';

/**
 * Whether a role (undefined for the public) may do something to a competition in a given state.
 * Drafts are visible to members only; editors enter results and amend the schedule; owners also
 * publish and manage members.
 *
 * @example allows(undefined, 'read', true) // true: the public reads published competitions
 */
export function allows(role: Role | undefined, need: Need, published: boolean): boolean {
  switch (need) {
    case 'read':
      return published || role !== undefined;
    case 'edit':
      return role === 'owner' || role === 'editor';
    case 'manage':
      return role === 'owner';
    default: {
      const never: never = need;
      return never;
    }
  }
}
