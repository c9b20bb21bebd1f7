// Runs in Node (CI). Reads vitest's JSON report and prints the closing line `N passed, N failed`.
// A failed typecheck or lint counts as one failure each, so the line never looks green when CI is not.
import { existsSync, readFileSync } from 'node:fs';

const [reportPath = 'test-results/vitest.json', failedChecksArg = '0'] = process.argv.slice(2);
const failedChecks = Number(failedChecksArg) || 0;

let passed = 0;
let failed = failedChecks;
if (existsSync(reportPath)) {
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numTotalTestSuites: number;
    testResults: { status: string; message?: string; name: string; assertionResults: { status: string }[] }[];
  };
  passed = report.numPassedTests;
  failed += report.numFailedTests;
  // A file that fails to load has no failed test but a failed suite: count it too.
  const brokenFiles = report.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
  );
  for (const file of brokenFiles) console.error(`suite failed to run: ${file.name}: ${file.message}`);
  failed += brokenFiles.length;
} else {
  console.error(`no test report at ${reportPath}`);
  failed += 1;
}
if (passed === 0) {
  console.error('no test ran');
  failed = Math.max(failed, 1);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
