// Runs on the server. `GET /sync/stream`: Server-Sent Events telling a host's clients that a
// collection changed (`event: change`, `data: {"collections":[...]}`); clients resync on every
// (re)connect and on each event. Bearer auth only: the token never goes into a URL (where logs
// and proxies would keep it); fetch-based SSE clients send the header.
import type { FastifyInstance } from 'fastify';
import { readBearerToken, requireHost } from '../auth/authenticate-host.ts';
import { hashToken } from '../auth/hash-token.ts';
import { MAX_STREAMS_PER_HOST, type StreamHub } from './stream-hub.ts';

export function registerStreamRoute(app: FastifyInstance, hub: StreamHub): void {
  app.get('/sync/stream', (request, reply) => {
    const host = requireHost(request);
    const res = reply.raw;
    const connection = {
      write: (chunk: string) => { res.write(chunk); },
      end: () => { res.end(); },
    };
    // The token this stream lives by: checked again on every heartbeat and event (stream-hub.ts).
    const tokenHash = hashToken(readBearerToken(request.headers.authorization) ?? '');
    const remove = hub.add(host.id, connection, tokenHash);
    if (!remove) return reply.code(429).send({ error: 'too_many_streams', message: `at most ${MAX_STREAMS_PER_HOST} open streams per host` });
    reply.hijack();
    const headers: Record<string, string> = {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      // Proxies such as nginx would otherwise hold events back in their buffer.
      'x-accel-buffering': 'no',
    };
    if (request.headers.origin) headers['access-control-allow-origin'] = '*';
    res.writeHead(200, headers);
    res.socket?.setNoDelay(true);
    // Quiet between heartbeats by design: the server's idle timeout is not for this socket.
    res.socket?.setTimeout(0);
    // `ready` tells a client the subscription is live: anything committed later reaches it.
    res.write('retry: 1000\nevent: ready\ndata: {}\n\n');
    res.on('close', remove);
    // A client gone while its token was checked: its `close` has fired already and never will again.
    if (res.destroyed || request.raw.socket.destroyed) remove();
  });
}
