import type { StoredEvent } from '@cupstage/app';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ServerContext } from '../context.ts';
import type { ChangeEventDto } from '../dto/types.ts';
import { idParams } from '../schemas.ts';
import { readable } from './helpers.ts';

/** The public part of an event: what changed, never who (the audit log is for members). */
export function changeOf(e: StoredEvent): ChangeEventDto {
  const ev = e.event;
  return {
    version: e.version,
    kind: ev.kind,
    at: e.at,
    ...('tie' in ev ? { tie: ev.tie, leg: ev.leg + 1 } : {}),
  };
}

/**
 * `GET /competitions/:id/events`: Server-Sent Events. First `event: ready` with the current version,
 * then one `event: change` per committed event (`id:` its version). A client reconnecting with
 * `Last-Event-ID` first gets the events it missed.
 */
export async function eventRoutes(root: FastifyInstance, ctx: ServerContext): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/competitions/:id/events',
    {
      sse: 'only',
      schema: {
        tags: ['live'],
        summary: 'Live changes as Server-Sent Events (text/event-stream)',
        params: idParams,
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const snap = await readable(ctx, request, id);
      const actor = request.caller.actor;
      const member = actor ? (await ctx.store.accounts.roleOf(id, actor.userId)) !== undefined : false;
      const sse = reply.sse;
      const lastSeen = Number(sse.lastEventId ?? Number.NaN);
      let sent =
        Number.isInteger(lastSeen) && lastSeen >= 0 && lastSeen <= snap.state.version
          ? lastSeen
          : snap.state.version;
      let replaying = true;
      const buffered: StoredEvent[] = [];
      const send = (e: StoredEvent): void => {
        if (e.version <= sent || !sse.isConnected) return;
        sent = e.version;
        const change = sse.send({ id: String(e.version), event: 'change', data: changeOf(e) });
        // A competition made private again stops streaming to readers who are not members.
        if (e.event.kind === 'unpublished' && !member) change.then(() => sse.close()).catch(() => {});
        else change.catch(() => {});
      };
      const unsubscribe = ctx.live.subscribe(id, snap.state.version, (e) => {
        if (replaying) buffered.push(e);
        else send(e);
      });
      sse.onClose(unsubscribe);
      sse.keepAlive();
      await sse.send({ event: 'ready', data: { version: snap.state.version } });
      if (sent < snap.state.version) {
        const missed = await ctx.store.competitions.load(id, sent);
        for (const e of missed?.events ?? []) send(e);
      }
      replaying = false;
      for (const e of buffered) send(e);
    },
  );
}
