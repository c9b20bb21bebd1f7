// Runs in Node (bench). Standalone: `node bench/app-open/run.ts [--quick]`.
import { printResult } from '../support/print-result.ts';
import { runAppOpenBench } from './app-open.bench.ts';

printResult(await runAppOpenBench({ quick: process.argv.includes('--quick') }));
