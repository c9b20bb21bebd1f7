// Runs in tests (server side). Memory a client can make the server hold must come back: requests
// dropped before they were answered and closed live streams may leave nothing behind. The server
// runs as a child process (node --expose-gc, heap read through the test-only probe in
// cli/heap-probe.ts), so the load generator's own heap never blurs the figures.
import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureServerHeap } from '../testing/measure-server-heap.ts';
import { runCliProcess, spawnServerProcess, type ServerProcess } from '../testing/spawn-server-process.ts';

const MB = 1024 * 1024;
/** Allowed growth of the heap after GC: far below what a leak of these loads holds. */
const ALLOWED_GROWTH = 10 * MB;
const ABORTED_REQUESTS = 20_000;
const STREAM_ROUNDS = 5;
const STREAMS_PER_ROUND = 2_000;

/** A request that promises a body, sends one byte of it and drops the socket. */
function abortedRequest(port: number): Promise<void> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('error', () => {});
    socket.once('close', () => resolve());
    socket.once('connect', () => {
      socket.write(
        `POST /api/public/links/${'a'.repeat(43)}/bookings HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{`,
        // Give the server the moment to start the request before the socket goes.
        () => setTimeout(() => socket.destroy(), 5),
      );
    });
  });
}

/** Opens `/sync/stream`, waits for its `ready` event, closes. Resolves with the status line's code. */
function openAndCloseStream(port: number, token: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.once('error', reject);
    socket.on('data', (chunk) => {
      received += String(chunk);
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(received)?.[1] ?? 0);
      if (status !== 0 && (status !== 200 || received.includes('event: ready'))) {
        socket.destroy();
        resolve(status);
      }
    });
    socket.once('connect', () => {
      socket.write(`GET /sync/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${token}\r\n\r\n`);
    });
  });
}

async function inBatches(total: number, batch: number, run: () => Promise<unknown>): Promise<void> {
  for (let done = 0; done < total; done += batch) {
    await Promise.all(Array.from({ length: Math.min(batch, total - done) }, run));
  }
}

describe('memory soak (server child process)', () => {
  let dir = '';
  let server: ServerProcess;
  let token = '';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scheduler-soak-'));
    const env = { DATABASE_URL: `sqlite:${join(dir, 'scheduler.sqlite')}` };
    const created = await runCliProcess(['create-host', '--name', 'Soak', '--slug', 'soak', '--timezone', 'UTC'], env);
    token = (JSON.parse(created.stdout.trim().split('\n').at(-1) ?? '{}') as { token: string }).token;
    server = await spawnServerProcess(
      { ...env, SYNC_SERVER_HEAP_PROBE: '1', BOOKING_RATE_LIMIT: '1000000', LOOKUP_FAILURE_LIMIT: '1000000' },
      undefined,
      { nodeArgs: ['--expose-gc'], ipc: true },
    );
  });

  afterAll(async () => {
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('gives back the memory of aborted requests and of closed streams', async () => {
    // Warm-up: code compiled and pools filled on first use are not leaks.
    await inBatches(500, 100, () => abortedRequest(server.port));
    await inBatches(200, 50, () => openAndCloseStream(server.port, token));
    const start = await measureServerHeap(server.child);

    await inBatches(ABORTED_REQUESTS, 200, () => abortedRequest(server.port));
    const afterAborted = await measureServerHeap(server.child);

    const afterRounds: number[] = [];
    for (let round = 0; round < STREAM_ROUNDS; round += 1) {
      const statuses: number[] = [];
      // Fewer at once than the per-host stream limit, so each one is really opened.
      await inBatches(STREAMS_PER_ROUND, 50, async () => { statuses.push(await openAndCloseStream(server.port, token)); });
      expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(STREAMS_PER_ROUND * 0.95);
      afterRounds.push(await measureServerHeap(server.child));
    }

    const mb = (bytes: number): string => `${(bytes / MB).toFixed(1)} MB`;
    console.log(`server heap after GC: start ${mb(start)}, after ${ABORTED_REQUESTS} aborted requests ${mb(afterAborted)}, after each round of ${STREAMS_PER_ROUND} streams ${afterRounds.map(mb).join(', ')}`);
    expect(afterAborted - start).toBeLessThan(ALLOWED_GROWTH);
    expect(Math.max(...afterRounds) - afterAborted).toBeLessThan(ALLOWED_GROWTH);
  }, 90_000);
});
