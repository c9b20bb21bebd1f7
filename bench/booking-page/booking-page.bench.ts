// Runs in Node (bench). The booking page: GET /l/{token} of a live single-use link to a typical
// event type (30 minutes, Mon–Fri 09:00–17:00; the page lists its first two weeks of slots)
// (autocannon, 10 connections, no compression asked for), requests per second and p99. Baseline, same run: a
// bare node:http handler answering every request with a fixed page of the same size.
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchResult } from '../render-results.ts';
import { openBenchDatabases } from '../support/bench-databases.ts';
import { setUpBooking } from '../support/booking-setup.ts';
import { runLoad, type LoadResult } from '../support/run-load.ts';
import { spawnBareServer } from '../support/spawn-bare-server.ts';

const CONNECTIONS = 10;

export async function runBookingPageBench({ quick }: { quick: boolean }): Promise<BenchResult> {
  const seconds = quick ? 1 : 5;
  const databases = await openBenchDatabases();
  try {
    const setup = await setUpBooking(databases, 'sqlite', { links: 1, eventType: 'workday' });
    const path = `/l/${setup.links[0]!.token}`;
    let page: Buffer;
    let server: LoadResult;
    try {
      const response = await fetch(`${setup.server.baseUrl}${path}`, { headers: { 'accept-encoding': 'identity' } });
      if (response.status !== 200) throw new Error(`booking page: HTTP ${response.status}`);
      page = Buffer.from(await response.arrayBuffer());
      if (!quick) await runLoad({ url: `${setup.server.baseUrl}${path}`, connections: CONNECTIONS, duration: 1 }); // warm-up
      server = await runLoad({ url: `${setup.server.baseUrl}${path}`, connections: CONNECTIONS, duration: seconds });
    } finally {
      await setup.stop();
    }
    const bodyFile = join(tmpdir(), `bench-booking-page-${process.pid}.html`);
    await writeFile(bodyFile, page);
    const bare = await spawnBareServer({ BARE_MODE: 'fixed', BARE_BODY_FILE: bodyFile });
    let floor: LoadResult;
    try {
      if (!quick) await runLoad({ url: `${bare.baseUrl}${path}`, connections: CONNECTIONS, duration: 1 });
      floor = await runLoad({ url: `${bare.baseUrl}${path}`, connections: CONNECTIONS, duration: seconds });
    } finally {
      await bare.stop();
    }
    if (server.statuses['200'] !== server.answered) throw new Error(`booking page: answers ${JSON.stringify(server.statuses)}`);
    return {
      name: `Booking page GET /l/{token} (${Math.round(page.length / 1024)} KB, ${CONNECTIONS} connections)`,
      rows: [
        { metric: 'requests/s (vs bare fixed page)', value: server.rps, unit: '/s', baseline: floor.rps, ratio: server.rps / floor.rps, target: '>= 0.5× bare' },
        { metric: 'latency p99', value: server.p99, unit: 'ms', baseline: floor.p99, ratio: server.p99 / Math.max(floor.p99, 1) },
      ],
    };
  } finally {
    await databases.close();
  }
}
