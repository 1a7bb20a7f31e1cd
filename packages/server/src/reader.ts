import { applyEvent, type CompetitionState, type CompetitionStore } from '@cupstage/app';
import { createKnockout, type Knockout } from '@cupstage/core';
import { ViewBuilder } from './dto/competition-view.ts';

/** A competition at one version, with its derived knockout and rendered representations. */
export interface Snapshot {
  readonly state: CompetitionState;
  readonly ko: Knockout;
  readonly views: ViewBuilder;
  /** Rendered bodies of this version, by representation (`view`, `bracket`, `report`, ...). */
  readonly rendered: Map<string, string>;
}

/**
 * Reads competitions through a per-process cache that is never stale: every read asks the store for
 * the current version (one primary-key read); only when it moved does it load the events after the
 * cached version and fold just those.
 *
 * @example const snap = await reader.current('caf-confederation-cup-2017');
 */
export class Reader {
  private readonly cache = new Map<string, Snapshot>();
  constructor(private readonly store: CompetitionStore) {}

  async current(id: string): Promise<Snapshot | undefined> {
    const cached = this.cache.get(id);
    if (cached && (await this.store.version(id)) === cached.state.version) return cached;
    const stream = await this.store.load(id, cached?.state.version ?? 0);
    if (!stream) return undefined;
    if (cached && stream.events.length === 0) return cached;
    let state = cached?.state;
    for (const e of stream.events) state = applyEvent(state, e.event);
    if (!state) return undefined;
    const ko = createKnockout(state.competition);
    const snap: Snapshot = { state, ko, views: new ViewBuilder(state.competition, ko), rendered: new Map() };
    const now = this.cache.get(id);
    if (!now || now.state.version < state.version) this.cache.set(id, snap);
    return snap;
  }
}

/** Renders (once per version) and returns a representation of a snapshot. */
export function rendered(snap: Snapshot, key: string, render: () => string): string {
  let body = snap.rendered.get(key);
  if (body === undefined) {
    body = render();
    snap.rendered.set(key, body);
  }
  return body;
}
