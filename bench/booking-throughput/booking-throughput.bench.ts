// Runs in Node (bench). Booking throughput: many invitees (autocannon, 16 connections) each
// booking a different single-use link of one host at a different time, for a fixed time, on
// SQLite and on PostgreSQL. Reported: confirmed bookings (201s) per second. Baseline, same run and
// database: a bare node:http handler doing one durable transaction per request (conditional
// UPDATE of the link row + INSERT of the booking): the limit the database sets.
import type { AutocannonRequest } from 'autocannon';
import type { BenchResult, BenchRow } from '../render-results.ts';
import { openBenchDatabases, type DatabaseKind } from '../support/bench-databases.ts';
import { bookingBody, setUpBooking } from '../support/booking-setup.ts';
import { runLoad, type LoadResult } from '../support/run-load.ts';
import { spawnBareServer } from '../support/spawn-bare-server.ts';

const CONNECTIONS = 16;

/** `counter` carries on across runs, so a warm-up and the measured run never reuse a link or a time. */
function bookDistinctLinks(url: string, pathOf: (n: number) => string, seconds: number, startAt: (n: number) => string, counter = { n: -1 }): Promise<LoadResult> {
  return runLoad({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [{
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      setupRequest: (request: AutocannonRequest) => {
        counter.n += 1;
        const n = counter.n;
        return { ...request, path: pathOf(n), body: bookingBody(startAt(n), n) };
      },
    }],
  });
}

export async function runBookingThroughputBench({ quick }: { quick: boolean }): Promise<BenchResult> {
  const seconds = quick ? 1 : 5;
  // More links than any run can use: running out would turn bookings into 410s.
  const links = quick ? 3000 : 20000;
  const databases = await openBenchDatabases();
  const rows: BenchRow[] = [];
  try {
    for (const kind of ['sqlite', 'postgres'] as DatabaseKind[]) {
      const setup = await setUpBooking(databases, kind, { links });
      let server: LoadResult;
      try {
        const counter = { n: -1 };
        const pathOf = (n: number) => `/api/public/links/${setup.links[n % links]!.token}/bookings`;
        if (!quick) await bookDistinctLinks(setup.server.baseUrl, pathOf, 1, setup.spreadStartAt, counter); // warm-up (JIT, pool)
        server = await bookDistinctLinks(setup.server.baseUrl, pathOf, seconds, setup.spreadStartAt, counter);
      } finally {
        await setup.stop();
      }
      const bare = await spawnBareServer({ BARE_MODE: 'durable-insert', DATABASE_URL: setup.url, BARE_LINKS: String(links * 4) });
      let floor: LoadResult;
      try {
        const counter = { n: -1 };
        if (!quick) await bookDistinctLinks(bare.baseUrl, (n) => `/redeem/${n}`, 1, setup.spreadStartAt, counter);
        floor = await bookDistinctLinks(bare.baseUrl, (n) => `/redeem/${n}`, seconds, setup.spreadStartAt, counter);
      } finally {
        await bare.stop();
      }
      const booked = (server.statuses['201'] ?? 0) / server.durationS;
      const floorBooked = (floor.statuses['201'] ?? 0) / floor.durationS;
      const others = Object.entries(server.statuses).filter(([status]) => status !== '201');
      if (others.length > 0) throw new Error(`throughput on ${kind}: answers other than 201: ${JSON.stringify(Object.fromEntries(others))}`);
      rows.push(
        { metric: `${kind}: bookings/s (vs bare insert handler)`, value: booked, unit: '/s', baseline: floorBooked, ratio: booked / floorBooked, target: '>= 0.5× bare' },
        { metric: `${kind}: booking latency p99`, value: server.p99, unit: 'ms', baseline: floor.p99, ratio: server.p99 / Math.max(floor.p99, 1) },
      );
    }
  } finally {
    await databases.close();
  }
  return { name: `Booking throughput (distinct links, ${CONNECTIONS} clients, ${seconds} s)`, rows };
}
