import { randomUUID } from 'node:crypto';
import type { Clock, Ids, Ports } from '@cupstage/app';
import type { Store } from './kysely-store.ts';

/** The system clock: ISO 8601 UTC time now. */
export const systemClock: Clock = { now: () => new Date().toISOString() };

/** Random UUIDs (v4). */
export const randomIds: Ids = { next: () => randomUUID() };

/**
 * The app's ports on a store, with the system clock and random ids unless others are given: what the
 * CLI and the example loader pass to the use cases.
 *
 * @example const ports = storePorts(await openStore({ dbPath: './cupstage.db' }));
 */
export function storePorts(
  store: Store,
  options: { readonly clock?: Clock; readonly ids?: Ids } = {},
): Ports {
  return {
    competitions: store.competitions,
    accounts: store.accounts,
    clock: options.clock ?? systemClock,
    ids: options.ids ?? randomIds,
  };
}
