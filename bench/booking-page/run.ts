// Runs in Node (bench). Standalone: `node bench/booking-page/run.ts [--quick]`.
import { printResult } from '../support/print-result.ts';
import { runBookingPageBench } from './booking-page.bench.ts';

printResult(await runBookingPageBench({ quick: process.argv.includes('--quick') }));
