// Runs in Node (CI). Reads vitest's JSON report and prints the closing line
// `N passed, N failed, N skipped` on a line of its own; exits non-zero when anything failed.
// A failed typecheck or lint counts as one failure each, so the line never looks green when CI is not.
import { existsSync, readFileSync } from 'node:fs';
import { formatSummary, summarizeVitestReport, type VitestJsonReport } from './lib/summarize-vitest-report.ts';

const [reportPath = 'test-results/vitest.json', failedChecksArg = '0'] = process.argv.slice(2);
const failedChecks = Number(failedChecksArg) || 0;

const report = existsSync(reportPath) ? (JSON.parse(readFileSync(reportPath, 'utf8')) as VitestJsonReport) : null;
const summary = summarizeVitestReport(report, failedChecks);
for (const note of summary.notes) console.error(note);
console.log(formatSummary(summary));
process.exit(summary.failed === 0 ? 0 : 1);
