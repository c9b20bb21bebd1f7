// Runs in Node (bench). The booking page: GET /l/{token} of a live single-use link to a typical
// event type (30 minutes, Mon–Fri 09:00–17:00; the page lists its first two weeks of slots)
// (autocannon, 10 connections, no compression asked for), requests per second and p99. Baseline,
// same run, loaded in turn with ours: a bare node:http handler answering every request with a
// fixed page of the same size. Measured as served (repeat views come from the view cache) and,
// once, with the cache off (PUBLIC_VIEW_CACHE_MS=0).
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchResult } from '../render-results.ts';
import { openBenchDatabases, type BenchDatabases } from '../support/bench-databases.ts';
import { setUpBooking } from '../support/booking-setup.ts';
import { runLoad, type LoadResult } from '../support/run-load.ts';
import { alternateRounds, bestOf } from '../support/alternate-rounds.ts';
import { spawnBareServer } from '../support/spawn-bare-server.ts';

const CONNECTIONS = 10;

interface PageServer {
  url: string;
  page: Buffer;
  stop(): Promise<void>;
}

/** A fresh server on a fresh database, serving one live link's page (the bytes as first served). */
async function startPageServer(databases: BenchDatabases, serverEnv: Record<string, string>): Promise<PageServer> {
  const setup = await setUpBooking(databases, 'sqlite', { links: 1, eventType: 'workday', serverEnv });
  try {
    const url = `${setup.server.baseUrl}/l/${setup.links[0]!.token}`;
    const response = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
    if (response.status !== 200) throw new Error(`booking page: HTTP ${response.status}`);
    return { url, page: Buffer.from(await response.arrayBuffer()), stop: () => setup.stop() };
  } catch (error) {
    await setup.stop();
    throw error;
  }
}

async function loadPage(url: string, seconds: number): Promise<LoadResult> {
  const load = await runLoad({ url, connections: CONNECTIONS, duration: seconds });
  if (load.statuses['200'] !== load.answered) throw new Error(`booking page ${url}: answers ${JSON.stringify(load.statuses)}`);
  return load;
}

const rps = (load: LoadResult): number => load.rps;

export async function runBookingPageBench({ quick }: { quick: boolean }): Promise<BenchResult> {
  const seconds = quick ? 1 : 5;
  // Ours and the bare page in turn, best of each (alternate-rounds.ts): measured one after the
  // other, whatever the machine was still doing at the start landed on ours only (4,090 against
  // 11,791 /s right after the throughput bench; alone, 16,099 against 22,410).
  const rounds = quick ? 1 : 2;
  const databases = await openBenchDatabases();
  try {
    // Repeat views (the server's view cache answers) and, honestly, first views: the cache off,
    // every request looks the link up and builds and renders the page.
    const cached = await startPageServer(databases, {});
    let server: LoadResult;
    let floor: LoadResult;
    try {
      const bodyFile = join(tmpdir(), `bench-booking-page-${process.pid}.html`);
      await writeFile(bodyFile, cached.page);
      const bare = await spawnBareServer({ BARE_MODE: 'fixed', BARE_BODY_FILE: bodyFile });
      try {
        const bareUrl = `${bare.baseUrl}${new URL(cached.url).pathname}`;
        if (!quick) {
          // Warm-up of both.
          await loadPage(cached.url, 1);
          await loadPage(bareUrl, 1);
        }
        const runs = await alternateRounds(rounds, () => loadPage(cached.url, seconds), () => loadPage(bareUrl, seconds));
        server = bestOf(runs.ours, rps);
        floor = bestOf(runs.theirs, rps);
      } finally {
        await bare.stop();
      }
    } finally {
      await cached.stop();
    }
    const uncachedServer = await startPageServer(databases, { PUBLIC_VIEW_CACHE_MS: '0' });
    let uncached: LoadResult;
    try {
      if (!quick) await loadPage(uncachedServer.url, 1);
      uncached = await loadPage(uncachedServer.url, seconds);
    } finally {
      await uncachedServer.stop();
    }
    return {
      name: `Booking page GET /l/{token} (${Math.round(cached.page.length / 1024)} KB, ${CONNECTIONS} connections, best of ${rounds} × ${seconds} s)`,
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
