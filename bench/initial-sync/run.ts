// Runs in Node (bench). Standalone: `node bench/initial-sync/run.ts [--quick]`.
import { printResult } from '../support/print-result.ts';
import { runInitialSyncBench } from './initial-sync.bench.ts';

printResult(await runInitialSyncBench({ quick: process.argv.includes('--quick') }));
