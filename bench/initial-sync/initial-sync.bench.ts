// Runs in Node (bench). Initial sync: a host with N links and N bookings on the server; a fresh
// desktop database (the renderer's own createAppDatabase + startReplication, RxDB memory
// storage instead of IndexedDB) replicates everything. Baseline, same run, same server: fetching
// the same documents as raw JSON pages (the pull endpoint, the client's page size, the three
// collections side by side as the client does), parsed and nothing else. The ratio is what
// RxDB's bookkeeping and storage cost over the wire and the server. A second row syncs with the
// Links screen open, whose "not yet synced" marks watch every write of the pull.
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { COLLECTION_NAMES } from '../../core/schemas/index.ts';
import { startTestServer } from '../../sync-server/src/testing/start-test-server.ts';
import type { BenchResult } from '../render-results.ts';
import { elapsedMs } from '../support/latency-stats.ts';
import { seedBookings, seedEventType, seedLinks } from '../support/seed-host-data.ts';
import { loadRendererSync, type RendererSync } from './load-renderer-sync.ts';

async function fetchAllPages(baseUrl: string, token: string, pageSize: number): Promise<number> {
  const counts = await Promise.all(COLLECTION_NAMES.map(async (name) => {
    let checkpoint: { seq: number; id: string } | null = null;
    let total = 0;
    for (;;) {
      const params = new URLSearchParams({ limit: String(pageSize) });
      if (checkpoint) {
        params.set('seq', String(checkpoint.seq));
        params.set('id', checkpoint.id);
      }
      const response = await fetch(`${baseUrl}/sync/${name}/pull?${params.toString()}`, { headers: { authorization: `Bearer ${token}` } });
      const page = (await response.json()) as { documents: unknown[]; checkpoint: { seq: number; id: string } };
      total += page.documents.length;
      checkpoint = page.checkpoint;
      if (page.documents.length < pageSize) return total;
    }
  }));
  return counts.reduce((a, b) => a + b, 0);
}

let databaseCounter = 0;

/** `watchLinks`: the Links screen is open, so the "not yet synced" marks of links are tracked all along. */
async function syncFreshClient(renderer: RendererSync, baseUrl: string, token: string, expected: number, watchLinks = false): Promise<number> {
  databaseCounter += 1;
  const db = await renderer.createAppDatabase({ name: `bench-initial-sync-${databaseCounter}-${process.pid}`, storage: getRxStorageMemory() });
  const start = performance.now();
  const sync = renderer.startReplication({ db, serverUrl: baseUrl, token, onUnexpectedError: () => {} });
  const watching = watchLinks ? sync.unsyncedIds$('links').subscribe(() => {}) : null;
  try {
    await sync.awaitInSync();
    const seconds = elapsedMs(start) / 1000;
    const counts = await Promise.all(COLLECTION_NAMES.map((name) => db.collections[name]!.count().exec()));
    const stored = counts.reduce((a, b) => a + b, 0);
    if (stored !== expected) throw new Error(`initial sync: the client holds ${stored} documents, expected ${expected}`);
    return seconds;
  } finally {
    watching?.unsubscribe();
    await sync.stop();
    await db.close();
  }
}

export async function runInitialSyncBench({ quick }: { quick: boolean }): Promise<BenchResult> {
  const count = quick ? 1000 : 10_000;
  const renderer = await loadRendererSync();
  const pageSize = renderer.PULL_BATCH_SIZE;
  const server = await startTestServer();
  try {
    const host = await server.createHost();
    const eventType = await seedEventType(server.store, host.hostId);
    await seedLinks(server.store, host.hostId, count, { eventTypeId: eventType.id });
    await seedBookings(server.store, host.hostId, count, { firstStart: '2026-03-03T09:00:00.000Z', minutes: 30, spacingMinutes: 30, eventTypeId: eventType.id });
    const expected = 2 * count + 1;

    // One warm-up of each (a first client run also compiles RxDB's whole write path: ~1.5x the
    // time of the next), then the measured runs (alternating, so neither gets a warmer server).
    await fetchAllPages(server.baseUrl, host.token, pageSize);
    await syncFreshClient(renderer, server.baseUrl, host.token, expected);
    const rawRuns: number[] = [];
    const clientRuns: number[] = [];
    const watchingRuns: number[] = [];
    const rounds = quick ? 1 : 3;
    for (let round = 0; round < rounds; round += 1) {
      const start = performance.now();
      const fetched = await fetchAllPages(server.baseUrl, host.token, pageSize);
      rawRuns.push(elapsedMs(start) / 1000);
      if (fetched !== expected) throw new Error(`raw pages: fetched ${fetched} documents, expected ${expected}`);
      clientRuns.push(await syncFreshClient(renderer, server.baseUrl, host.token, expected));
      watchingRuns.push(await syncFreshClient(renderer, server.baseUrl, host.token, expected, true));
    }
    const client = Math.min(...clientRuns);
    const watching = Math.min(...watchingRuns);
    const raw = Math.min(...rawRuns);
    return {
      name: `Initial sync (${count} links + ${count} bookings)`,
      rows: [
        { metric: 'fresh RxDB client, all in sync (vs raw JSON pages)', value: client, unit: 's', baseline: raw, ratio: client / raw, target: '<= 3× raw JSON' },
        { metric: 'same, Links screen open (tracks "not yet synced")', value: watching, unit: 's', baseline: raw, ratio: watching / raw, target: '<= 3× raw JSON' },
      ],
    };
  } finally {
    await server.close();
  }
}
