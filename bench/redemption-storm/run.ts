// Runs in Node (bench). Standalone: `node bench/redemption-storm/run.ts [--quick]`.
import { printResult } from '../support/print-result.ts';
import { runRedemptionStormBench } from './redemption-storm.bench.ts';

printResult(await runRedemptionStormBench({ quick: process.argv.includes('--quick') }));
