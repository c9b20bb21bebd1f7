// Runs on the server. Graceful shutdown without waiting on idle connections: once the app is
// closing, every socket with no request in flight is closed (and every socket when its last
// request finishes). Node's own idle check misses sockets that connected but never sent a
// request (HTTP clients open such spares), which would hold `close()` for their keep-alive time.
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
    inFlight.set(socket, (inFlight.get(socket) ?? 0) + 1);
    response.once('close', () => {
      const left = Math.max(0, (inFlight.get(socket) ?? 1) - 1);
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
