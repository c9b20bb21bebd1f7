// Runs in tests (Node). A small TCP proxy that plays a bad network between a client and a
// server: it passes bytes through (optionally late), cuts connections part-way through a
// response, or refuses connections outright (the port stops listening), as the test tells it.
import { connect, createServer, type Server, type Socket } from 'node:net';

export type NetworkMode =
  /** Bytes pass, each chunk `delayMs` (± jitter) late; order is kept. */
  | { kind: 'delay'; delayMs: number; jitterMs?: number }
  /** Every connection is torn down once the server has sent `afterBytes` bytes on it. */
  | { kind: 'cut'; afterBytes: number }
  /** Nobody listens: connects fail with ECONNREFUSED. */
  | { kind: 'refuse' }
  | { kind: 'healthy' };

export interface FlakyTcpProxy {
  port: number;
  url: string;
  /** Switches behaviour; open connections are dropped (a network change breaks them too). */
  setMode(mode: NetworkMode): Promise<void>;
  /** Connections cut mid-stream so far. */
  cuts(): number;
  close(): Promise<void>;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

/** Writes chunks to `to` after a delay, never out of order. */
function delayedWriter(to: Socket, delay: () => number): (chunk: Buffer) => void {
  let lastDue = 0;
  return (chunk) => {
    const due = Math.max(Date.now() + delay(), lastDue);
    lastDue = due;
    setTimeout(() => { if (!to.destroyed) to.write(chunk); }, due - Date.now());
  };
}

export async function startFlakyTcpProxy(target: { host?: string; port: number }): Promise<FlakyTcpProxy> {
  let mode: NetworkMode = { kind: 'healthy' };
  let cutCount = 0;
  const sockets = new Set<Socket>();
  const track = (socket: Socket): void => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
  };

  const server = createServer((client) => {
    track(client);
    const upstream = connect(target.port, target.host ?? '127.0.0.1');
    track(upstream);
    const current = mode;
    const delay = () => (current.kind === 'delay' ? current.delayMs + Math.random() * (current.jitterMs ?? 0) : 0);
    const toUpstream = current.kind === 'delay' ? delayedWriter(upstream, delay) : (chunk: Buffer) => { upstream.write(chunk); };
    const toClient = current.kind === 'delay' ? delayedWriter(client, delay) : (chunk: Buffer) => { client.write(chunk); };
    let sentToClient = 0;
    client.on('data', toUpstream);
    upstream.on('data', (chunk: Buffer) => {
      if (current.kind === 'cut') {
        const room = current.afterBytes - sentToClient;
        if (chunk.length >= room) {
          // Half a response, then the connection dies without a proper end.
          if (room > 0) client.write(chunk.subarray(0, room));
          cutCount += 1;
          client.resetAndDestroy();
          upstream.destroy();
          return;
        }
      }
      sentToClient += chunk.length;
      toClient(chunk);
    });
    const end = () => { client.destroy(); upstream.destroy(); };
    client.on('close', end);
    upstream.on('close', () => setTimeout(end, current.kind === 'delay' ? current.delayMs + (current.jitterMs ?? 0) + 5 : 0));
  });
  const port = await listen(server, 0);
  let listening = true;

  const dropAll = (): void => {
    for (const socket of sockets) socket.destroy();
  };

  return {
    port,
    url: `http://127.0.0.1:${port}`,
    async setMode(next) {
      mode = next;
      dropAll();
      if (next.kind === 'refuse' && listening) {
        listening = false;
        await new Promise<void>((resolve) => server.close(() => resolve()));
      } else if (next.kind !== 'refuse' && !listening) {
        await listen(server, port);
        listening = true;
      }
    },
    cuts: () => cutCount,
    async close() {
      dropAll();
      if (listening) await new Promise<void>((resolve) => server.close(() => resolve()));
      listening = false;
    },
  };
}
