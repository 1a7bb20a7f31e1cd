import { readFileSync } from 'node:fs';
import { createCompetition, setPublished } from '@cupstage/app';
import { parseCompetition } from '@cupstage/formats';
import { type Store, storePorts } from '@cupstage/store';
import { LOCKED_PASSWORD } from './auth/password.ts';

/** The account that owns loaded examples. It cannot sign in; grant yourself a role with `cupstage user grant`. */
export const EXAMPLE_OWNER = 'example@cupstage.local';

/**
 * Loads a competition file into the store and publishes it, once: when a competition with its id
 * exists already, nothing changes (so `cupstage serve --example` can run every time).
 * Returns the competition's id and whether it was loaded now.
 *
 * @example await loadExample(store, 'examples/caf-confederation-cup-2017.json') // { id: 'caf-...', loaded: true }
 */
export async function loadExample(
  store: Store,
  path: string,
  now = new Date().toISOString(),
): Promise<{ id: string; loaded: boolean }> {
  const parsed = parseCompetition(readFileSync(path, 'utf8'));
  if (!parsed.ok)
    throw new Error(
      `${path} is not a valid competition file: ${parsed.error.map((e) => e.message).join('; ')}`,
    );
  const competition = parsed.value;
  if (await store.competitions.load(competition.id)) return { id: competition.id, loaded: false };
  const ports = storePorts(store, { clock: { now: () => now } });
  let owner = await store.accounts.userByEmail(EXAMPLE_OWNER);
  if (!owner) {
    await store.accounts.addUser({
      id: ports.ids.next(),
      email: EXAMPLE_OWNER,
      passwordHash: LOCKED_PASSWORD,
      createdAt: now,
    });
    owner = await store.accounts.userByEmail(EXAMPLE_OWNER);
  }
  if (!owner) throw new Error('could not create the example owner');
  const actor = { userId: owner.id, email: owner.email };
  const created = await createCompetition(ports, actor, competition);
  if (!created.ok) {
    if (created.error.code === 'competition-exists') return { id: competition.id, loaded: false };
    throw new Error(created.error.message);
  }
  const published = await setPublished(ports, actor, competition.id, true, created.value.version);
  if (!published.ok) throw new Error(published.error.message);
  return { id: competition.id, loaded: true };
}
