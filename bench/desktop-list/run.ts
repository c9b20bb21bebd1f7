// Runs in Node (bench). Standalone: `node bench/desktop-list/run.ts [--quick]`.
import { printResult } from '../support/print-result.ts';
import { runDesktopListBench } from './desktop-list.bench.ts';

printResult(await runDesktopListBench({ quick: process.argv.includes('--quick') }));
