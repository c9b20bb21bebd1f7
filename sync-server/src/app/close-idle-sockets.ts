// Runs on the server. Graceful shutdown without waiting on idle connections: once the app is
// closing, every socket with no request in flight is closed (and every socket when its last
// request finishes). Node's own idle check misses sockets that connected but never sent a
// request (HTTP clients open such spares), which would hold `close()` for their keep-alive time.
// A socket is tracked from its `connection` to its `close`, never after: a response's `close`
// may fire after its socket's (a request dropped before its answer, every live stream), and
// must not put the dead socket back, or the map holds it, its parser and its request for good.
import type { Socket } from 'node:net';
import type { FastifyInstance } from 'fastify';

export function closeIdleSocketsOnShutdown(app: FastifyInstance): void {
  const inFlight = new Map<Socket, number>();
  let closing = false;

  app.server.on('connection', (socket: Socket) => {
    inFlight.set(socket, 0);
    socket.once('close', () => inFlight.delete(socket));
  });
  app.server.on('request', (request, response) => {
    const socket = request.socket;
    const count = inFlight.get(socket);
    if (count === undefined) return;
    inFlight.set(socket, count + 1);
    response.once('close', () => {
      const current = inFlight.get(socket);
      if (current === undefined) return;
      const left = Math.max(0, current - 1);
      inFlight.set(socket, left);
      // The response is flushed by now; closing the socket only drops the keep-alive.
      if (closing && left === 0) socket.destroy();
    });
  });
  app.addHook('preClose', async () => {
    closing = true;
    // After Fastify stopped listening (it does so right after preClose hooks).
    setImmediate(() => {
      for (const [socket, count] of inFlight) if (count === 0) socket.destroy();
    });
  });
}
