// Runs in Node (bench). Standalone: `node bench/booking-page-phone/run.ts [--quick]`.
import { printResult } from '../support/print-result.ts';
import { runBookingPagePhoneBench } from './booking-page-phone.bench.ts';

printResult(await runBookingPagePhoneBench({ quick: process.argv.includes('--quick') }));
