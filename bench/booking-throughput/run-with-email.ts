// Runs in Node (bench). Standalone: `node bench/booking-throughput/run-with-email.ts [--quick]`.
import { printResult } from '../support/print-result.ts';
import { runBookingWithEmailBench } from './booking-with-email.bench.ts';

printResult(await runBookingWithEmailBench({ quick: process.argv.includes('--quick') }));
