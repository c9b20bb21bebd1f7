// Runs in Node (bench). The floor for live latency: a bare node:http Server-Sent-Events endpoint
// that writes a `change` event the moment it is told to; no database, no framework.
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface BareSseServer {
  url: string;
  /** Writes one change event to every open stream. */
  emit(): void;
  close(): Promise<void>;
}

export async function startBareSseServer(): Promise<BareSseServer> {
  const streams = new Set<ServerResponse>();
  const server = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    response.write('event: ready\ndata: {}\n\n');
    streams.add(response);
    request.on('close', () => streams.delete(response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    emit() {
      for (const stream of streams) stream.write('event: change\ndata: {"collections":["bookings"]}\n\n');
    },
    async close() {
      for (const stream of streams) stream.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
