// Runs in Node (bench). Standalone: `node bench/booking-throughput/run.ts [--quick]`.
import { printResult } from '../support/print-result.ts';
import { runBookingThroughputBench } from './booking-throughput.bench.ts';

printResult(await runBookingThroughputBench({ quick: process.argv.includes('--quick') }));
