// Runs in Node (bench). Standalone: `node bench/calendar-feeds/run.ts [--quick]`.
import { printResult } from '../support/print-result.ts';
import { runCalendarFeedsBench } from './calendar-feeds.bench.ts';

printResult(await runCalendarFeedsBench({ quick: process.argv.includes('--quick') }));
