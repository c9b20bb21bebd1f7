// Runs in Node (bench). Standalone: `node bench/slots-api/run.ts [--quick]`.
import { printResult } from '../support/print-result.ts';
import { runSlotsApiBench } from './slots-api.bench.ts';

printResult(await runSlotsApiBench({ quick: process.argv.includes('--quick') }));
