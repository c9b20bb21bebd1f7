// Runs in Node (bench). Every benchmark in the order `npm run bench` runs them; run.ts prints and
// saves the table, bench-smoke.test.ts runs the quick mode in CI.
import { execFile } from 'node:child_process';
import type { BenchResult } from './render-results.ts';
import { runAppOpenBench } from './app-open/app-open.bench.ts';
import { runBookingPageBench } from './booking-page/booking-page.bench.ts';
import { runBookingPagePhoneBench } from './booking-page-phone/booking-page-phone.bench.ts';
import { runBookingPageTrafficBench } from './booking-page-traffic/booking-page-traffic.bench.ts';
import { runBookingThroughputBench } from './booking-throughput/booking-throughput.bench.ts';
import { runCalendarFeedsBench } from './calendar-feeds/calendar-feeds.bench.ts';
import { runBookingWithEmailBench } from './booking-throughput/booking-with-email.bench.ts';
import { runDesktopListBench } from './desktop-list/desktop-list.bench.ts';
import { runInitialSyncBench } from './initial-sync/initial-sync.bench.ts';
import { runLiveLatencyBench } from './live-latency/live-latency.bench.ts';
import { runRedemptionStormBench } from './redemption-storm/redemption-storm.bench.ts';
import { runSlotEngineBench } from './slot-engine/slot-engine.bench.ts';
import { runSlotsApiBench } from './slots-api/slots-api.bench.ts';

export type Bench = (opts: { quick: boolean }) => Promise<BenchResult>;

export const benches: Bench[] = [
  runRedemptionStormBench,
  runBookingThroughputBench,
  runBookingWithEmailBench,
  runBookingPageBench,
  runBookingPageTrafficBench,
  runSlotsApiBench,
  runCalendarFeedsBench,
  runSlotEngineBench,
  runInitialSyncBench,
  runLiveLatencyBench,
  runDesktopListBench,
  runBookingPagePhoneBench,
  runAppOpenBench,
];

/**
 * Between two benchmarks: the write-heavy ones leave hundreds of MB of dirty pages that the kernel
 * writes back over the next seconds, on the same two cores. Measured: the booking page bench right
 * after the throughput bench got 3,061 req/s (its bare baseline, run a few seconds later, 12,120);
 * run alone, 13,500–15,400. So the files are flushed and the machine given a moment first.
 */
async function settle(): Promise<void> {
  await new Promise<void>((resolve) => { execFile('sync', () => resolve()); });
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
}

const SETTLE_MS = 2000;

/** Runs them one after another (they share two cores; overlapping would skew every figure). */
export async function runBenches(opts: { quick: boolean; onDone?: (result: BenchResult) => void }): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const [i, bench] of benches.entries()) {
    if (i > 0 && !opts.quick) await settle();
    const result = await bench({ quick: opts.quick });
    results.push(result);
    opts.onDone?.(result);
  }
  return results;
}
