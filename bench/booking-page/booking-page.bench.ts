// Runs in Node (bench). The booking page: GET /l/{token} of a live single-use link to a typical
// event type (30 minutes, Mon–Fri 09:00–17:00; the page lists its first two weeks of slots)
// (autocannon, 10 connections, no compression asked for), requests per second and p99. Baseline, same run: a
// bare node:http handler answering every request with a fixed page of the same size. Measured twice:
// as served (repeat views come from the view cache) and with the cache off (PUBLIC_VIEW_CACHE_MS=0).
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchResult } from '../render-results.ts';
import { openBenchDatabases, type BenchDatabases } from '../support/bench-databases.ts';
import { setUpBooking } from '../support/booking-setup.ts';
import { runLoad, type LoadResult } from '../support/run-load.ts';
import { spawnBareServer } from '../support/spawn-bare-server.ts';

const CONNECTIONS = 10;

/** The page under load from a fresh server on a fresh database (its first answer is returned too). */
async function loadPage(databases: BenchDatabases, quick: boolean, serverEnv: Record<string, string>): Promise<{ page: Buffer; path: string; load: LoadResult }> {
  const seconds = quick ? 1 : 5;
  const setup = await setUpBooking(databases, 'sqlite', { links: 1, eventType: 'workday', serverEnv });
  try {
    const path = `/l/${setup.links[0]!.token}`;
    const response = await fetch(`${setup.server.baseUrl}${path}`, { headers: { 'accept-encoding': 'identity' } });
    if (response.status !== 200) throw new Error(`booking page: HTTP ${response.status}`);
    const page = Buffer.from(await response.arrayBuffer());
    if (!quick) await runLoad({ url: `${setup.server.baseUrl}${path}`, connections: CONNECTIONS, duration: 1 }); // warm-up
    const load = await runLoad({ url: `${setup.server.baseUrl}${path}`, connections: CONNECTIONS, duration: seconds });
    if (load.statuses['200'] !== load.answered) throw new Error(`booking page: answers ${JSON.stringify(load.statuses)}`);
    return { page, path, load };
  } finally {
    await setup.stop();
  }
}

export async function runBookingPageBench({ quick }: { quick: boolean }): Promise<BenchResult> {
  const seconds = quick ? 1 : 5;
  const databases = await openBenchDatabases();
  try {
    // Repeat views (the server's view cache answers) and, honestly, first views: the cache off,
    // every request looks the link up and builds and renders the page.
    const { page, path, load: server } = await loadPage(databases, quick, {});
    const { load: uncached } = await loadPage(databases, quick, { PUBLIC_VIEW_CACHE_MS: '0' });
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
    return {
      name: `Booking page GET /l/{token} (${Math.round(page.length / 1024)} KB, ${CONNECTIONS} connections)`,
      rows: [
        { metric: 'requests/s (vs bare fixed page)', value: server.rps, unit: '/s', baseline: floor.rps, ratio: server.rps / floor.rps, target: '>= 0.5× bare' },
        { metric: 'latency p99', value: server.p99, unit: 'ms', baseline: floor.p99, ratio: server.p99 / Math.max(floor.p99, 1) },
        { metric: 'requests/s, view cache off (every view built)', value: uncached.rps, unit: '/s', baseline: floor.rps, ratio: uncached.rps / floor.rps },
        { metric: 'latency p99, view cache off', value: uncached.p99, unit: 'ms', baseline: floor.p99, ratio: uncached.p99 / Math.max(floor.p99, 1) },
      ],
    };
  } finally {
    await databases.close();
  }
}
