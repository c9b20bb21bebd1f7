// Runs in Node (bench). Live latency: from the start of a booking's commit (a write transaction
// inserting a confirmed booking, as the booking route does) to the host client's `change` event
// on GET /sync/stream, one booking at a time. Baseline, same run: a bare node:http SSE endpoint
// told to write an event (the transport's floor, with the same client).
import { startTestServer } from '../../sync-server/src/testing/start-test-server.ts';
import type { BenchResult } from '../render-results.ts';
import { percentile } from '../support/latency-stats.ts';
import { seedEventType } from '../support/seed-host-data.ts';
import { makeBooking, replicated } from '../../core/testing/fixtures.ts';
import { generateToken } from '../../core/tokens/index.ts';
import { startBareSseServer } from './bare-sse-server.ts';
import { measureStreamLatency } from './measure-stream-latency.ts';

export async function runLiveLatencyBench({ quick }: { quick: boolean }): Promise<BenchResult> {
  const samples = quick ? 30 : 300;
  const server = await startTestServer();
  const bare = await startBareSseServer();
  try {
    const host = await server.createHost();
    const eventType = await seedEventType(server.store, host.hostId);
    const first = Date.parse('2026-03-03T09:00:00.000Z');
    const viaServer = await measureStreamLatency({
      url: `${server.baseUrl}/sync/stream`,
      token: host.token,
      samples,
      trigger: async (i) => {
        const start = new Date(first + i * 3_600_000).toISOString();
        const booking = replicated(makeBooking({ start, eventTypeId: eventType.id }));
        await server.store.writeTransaction(host.hostId, (tx) =>
          tx.insertBooking(booking, { blockedStart: booking.start, blockedEnd: booking.end, manageToken: generateToken() }));
      },
    });
    const floor = await measureStreamLatency({ url: bare.url, token: 'none', samples, trigger: () => bare.emit() });
    const rows = ([50, 99] as const).map((p) => {
      const value = percentile(viaServer, p);
      const baseline = percentile(floor, p);
      return { metric: `booking commit → stream event p${p}`, value, unit: 'ms', baseline, ratio: value / baseline, target: p === 99 ? '< 500 ms' : undefined };
    });
    return { name: 'Live latency', rows };
  } finally {
    await bare.close();
    await server.close();
  }
}
