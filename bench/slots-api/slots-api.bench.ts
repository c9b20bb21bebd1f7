// Runs in Node (bench). The slots API: GET /api/public/links/{token}/slots for a 31-day month
// (asked in America/New_York) with 1,000 confirmed bookings on the host's calendar in that
// month, one request at a time (autocannon, 1 connection): p50/p99. Baseline, same run: a bare
// node:http handler answering with the same JSON bytes (what serving the answer costs at least).
// Measured twice: as served (repeated asks come from the view cache) and with the cache off
// (PUBLIC_VIEW_CACHE_MS=0), what a first ask costs.
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchResult } from '../render-results.ts';
import { openBenchDatabases, type BenchDatabases } from '../support/bench-databases.ts';
import { setUpBooking } from '../support/booking-setup.ts';
import { runLoad, type LoadResult } from '../support/run-load.ts';
import { spawnBareServer } from '../support/spawn-bare-server.ts';

const BOOKINGS = 1000;

/** The first and last date of the month after next (well inside the horizon, fully in the future). */
function monthAhead(): { from: string; to: string; firstStart: string } {
  const now = new Date();
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 2, 1));
  const last = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 3, 0));
  const date = (d: Date) => d.toISOString().slice(0, 10);
  return { from: date(first), to: date(last), firstStart: first.toISOString() };
}

/** The month's slots under load from a fresh server on a fresh database (its first answer is returned too). */
async function loadSlots(databases: BenchDatabases, quick: boolean, serverEnv: Record<string, string>): Promise<{ answer: Buffer; path: string; load: LoadResult }> {
  const seconds = quick ? 1 : 5;
  const month = monthAhead();
  const days = Math.round((Date.parse(month.to) - Date.parse(month.from)) / 86_400_000) + 1;
  // 1,000 bookings of 15 minutes spread evenly over the month's days.
  const spacingMinutes = Math.floor((days * 24 * 60) / BOOKINGS);
  const setup = await setUpBooking(databases, 'sqlite', { links: 1, bookings: { count: BOOKINGS, firstStart: month.firstStart, spacingMinutes }, serverEnv });
  try {
    const path = `/api/public/links/${setup.links[0]!.token}/slots?from=${month.from}&to=${month.to}&timezone=America%2FNew_York`;
    const response = await fetch(`${setup.server.baseUrl}${path}`, { headers: { 'accept-encoding': 'identity' } });
    if (response.status !== 200) throw new Error(`slots: HTTP ${response.status} ${await response.text()}`);
    const answer = Buffer.from(await response.arrayBuffer());
    if (!quick) await runLoad({ url: `${setup.server.baseUrl}${path}`, connections: 1, duration: 1 }); // warm-up
    const load = await runLoad({ url: `${setup.server.baseUrl}${path}`, connections: 1, duration: seconds });
    if (load.statuses['200'] !== load.answered) throw new Error(`slots: answers ${JSON.stringify(load.statuses)}`);
    return { answer, path, load };
  } finally {
    await setup.stop();
  }
}

export async function runSlotsApiBench({ quick }: { quick: boolean }): Promise<BenchResult> {
  const seconds = quick ? 1 : 5;
  const month = monthAhead();
  const days = Math.round((Date.parse(month.to) - Date.parse(month.from)) / 86_400_000) + 1;
  const databases = await openBenchDatabases();
  try {
    // Repeated asks (the server's view cache answers) and, honestly, first asks: the cache off,
    // every request reads the calendar and runs the slot engine over the month.
    const { answer, path, load: server } = await loadSlots(databases, quick, {});
    const { load: uncached } = await loadSlots(databases, quick, { PUBLIC_VIEW_CACHE_MS: '0' });
    const bodyFile = join(tmpdir(), `bench-slots-${process.pid}.json`);
    await writeFile(bodyFile, answer);
    const bare = await spawnBareServer({ BARE_MODE: 'fixed', BARE_BODY_FILE: bodyFile, BARE_CONTENT_TYPE: 'application/json; charset=utf-8' });
    let floor: LoadResult;
    try {
      floor = await runLoad({ url: `${bare.baseUrl}${path}`, connections: 1, duration: seconds });
    } finally {
      await bare.stop();
    }
    const slots = (JSON.parse(answer.toString('utf8')) as { days: { slots: unknown[] }[] }).days.reduce((sum, day) => sum + day.slots.length, 0);
    // autocannon reports whole milliseconds; the bare handler's 0 ms becomes 1 ms in the ratio.
    return {
      name: `Slots API (${days}-day month, ${BOOKINGS} bookings, ${slots} open slots)`,
      rows: [
        { metric: 'latency p50', value: server.p50, unit: 'ms', baseline: floor.p50, ratio: server.p50 / Math.max(floor.p50, 1) },
        { metric: 'latency p99', value: server.p99, unit: 'ms', baseline: floor.p99, ratio: server.p99 / Math.max(floor.p99, 1), target: '< 20 ms' },
        { metric: 'latency p50, view cache off (every answer built)', value: uncached.p50, unit: 'ms', baseline: floor.p50, ratio: uncached.p50 / Math.max(floor.p50, 1) },
        { metric: 'latency p99, view cache off', value: uncached.p99, unit: 'ms', baseline: floor.p99, ratio: uncached.p99 / Math.max(floor.p99, 1) },
      ],
    };
  } finally {
    await databases.close();
  }
}
