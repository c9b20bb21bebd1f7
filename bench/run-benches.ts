// Runs in Node (bench). Every benchmark in the order `npm run bench` runs them; run.ts prints and
// saves the table, bench-smoke.test.ts runs the quick mode in CI.
import type { BenchResult } from './render-results.ts';
import { runBookingPageBench } from './booking-page/booking-page.bench.ts';
import { runBookingThroughputBench } from './booking-throughput/booking-throughput.bench.ts';
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
  runBookingPageBench,
  runSlotsApiBench,
  runSlotEngineBench,
  runInitialSyncBench,
  runLiveLatencyBench,
  runDesktopListBench,
];

/** Runs them one after another (they share two cores; overlapping would skew every figure). */
export async function runBenches(opts: { quick: boolean; onDone?: (result: BenchResult) => void }): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const bench of benches) {
    const result = await bench({ quick: opts.quick });
    results.push(result);
    opts.onDone?.(result);
  }
  return results;
}
