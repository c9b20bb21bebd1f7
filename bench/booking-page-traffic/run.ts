// Runs in Node (bench). Standalone: `node bench/booking-page-traffic/run.ts [--quick]`.
import { printResult } from '../support/print-result.ts';
import { runBookingPageTrafficBench } from './booking-page-traffic.bench.ts';

printResult(await runBookingPageTrafficBench({ quick: process.argv.includes('--quick') }));
