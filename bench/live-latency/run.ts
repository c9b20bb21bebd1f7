// Runs in Node (bench). Standalone: `node bench/live-latency/run.ts [--quick]`.
import { printResult } from '../support/print-result.ts';
import { runLiveLatencyBench } from './live-latency.bench.ts';

printResult(await runLiveLatencyBench({ quick: process.argv.includes('--quick') }));
