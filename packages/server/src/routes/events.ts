import { allows } from '@cupstage/app';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ServerContext } from '../context.ts';
import { mediaBody, problemResponses } from '../dto/schemas.ts';
import { type LiveChange, liveChange } from '../live.ts';
import { idParams } from '../schemas.ts';
import { readable } from './helpers.ts';

/** Bytes a live stream may have waiting for its client before it is closed. */
const MAX_BUFFERED_BYTES = 256 * 1024;

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
        response: {
          200: mediaBody(
            'event: ready, then event: change per committed change (data: a ChangeEventDto, id: the version)',
            ['text/event-stream'],
          ),
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const snap = await readable(ctx, request, id);
      const actor = request.caller.actor;
      const sse = reply.sse;
      const lastSeen = Number(sse.lastEventId ?? Number.NaN);
      let sent =
        Number.isInteger(lastSeen) && lastSeen >= 0 && lastSeen <= snap.state.version
          ? lastSeen
          : snap.state.version;
      let published = snap.state.published;
      let closed = false;
      // A private competition's changes go only to its members, checked again before each change:
      // a member removed while the stream is open, or a reader when the competition is made private,
      // gets the stream closed instead of the change.
      const mayRead = async (): Promise<boolean> => {
        if (published) return true;
        const role = actor ? await ctx.store.accounts.roleOf(id, actor.userId) : undefined;
        return allows(role, 'read', false);
      };
      // A stream whose client reads slower than changes come is closed (it reconnects with
      // Last-Event-ID and replays what it missed) rather than buffered without bound.
      const raw = reply.raw;
      const write = (c: LiveChange): void => {
        const socket = raw.socket;
        if (!socket || socket.writableLength > MAX_BUFFERED_BYTES) {
          closed = true;
          sse.close();
          return;
        }
        // The headers are out (event: ready was sent first): when the response is chunked, as it is
        // for HTTP/1.1 clients, the shared pre-framed bytes go straight to the socket; one write each.
        if ((raw as unknown as { chunkedEncoding?: boolean }).chunkedEncoding === true) socket.write(c.chunk);
        else raw.write(c.frame);
      };
      const deliver = async (c: LiveChange): Promise<void> => {
        const e = c.event;
        if (closed || e.version <= sent || !sse.isConnected) return;
        sent = e.version;
        if (e.version <= snap.state.version) {
          // missed events a reconnecting client replays: the caller may read the competition as it is now
          write(c);
          return;
        }
        const wasPublished = published;
        if (e.event.kind === 'published') published = true;
        if (e.event.kind === 'unpublished') published = false;
        const reader = await mayRead();
        if (!reader && !wasPublished) {
          closed = true;
          sse.close();
          return;
        }
        write(c);
        if (!reader) {
          closed = true;
          sse.close();
        }
      };
      let queue = Promise.resolve();
      let queued = 0;
      const send = (c: LiveChange): void => {
        const kind = c.event.event.kind;
        if (queued === 0 && published && kind !== 'published' && kind !== 'unpublished') {
          // the common case, a change to a public competition: the shared bytes, written at once
          if (closed || c.event.version <= sent || !sse.isConnected) return;
          sent = c.event.version;
          write(c);
          return;
        }
        queued++;
        queue = queue
          .then(() => deliver(c))
          .catch(() => {})
          .finally(() => {
            queued--;
          });
      };
      let replaying = true;
      const buffered: LiveChange[] = [];
      const unsubscribe = ctx.live.subscribe(id, snap.state.version, (c) => {
        if (replaying) buffered.push(c);
        else send(c);
      });
      sse.onClose(unsubscribe);
      sse.keepAlive();
      await sse.send({ event: 'ready', data: { version: snap.state.version } });
      if (sent < snap.state.version) {
        const missed = await ctx.store.competitions.load(id, sent);
        for (const e of missed?.events ?? []) send(liveChange(e));
      }
      replaying = false;
      for (const e of buffered) send(e);
    },
  );
}
