// Runs in Node (CI). Turns vitest's JSON report into the closing counts `N passed, N failed,
// N skipped`. Pure: summarize-results.ts reads the file and prints.

/** The part of vitest's JSON report (reporters/json) this reads. */
export interface VitestJsonReport {
  numPassedTests: number;
  numFailedTests: number;
  /** Tests skipped (statically or at run time with `ctx.skip`), plus any left unfinished. */
  numPendingTests: number;
  numTodoTests: number;
  testResults: Array<{
    status: string;
    message?: string;
    name: string;
    assertionResults: Array<{ status: string; fullName?: string; meta?: { skipReason?: unknown } }>;
  }>;
}

export interface Summary {
  passed: number;
  failed: number;
  skipped: number;
  /** Lines that explain the counts: suites that could not run, tests skipped and why. */
  notes: string[];
}

const SKIPPED_STATUSES = new Set(['skipped', 'pending', 'todo']);

/** `failedChecks` (typecheck, lint) count as one failure each; a missing report or zero passes is a failure too. */
export function summarizeVitestReport(report: VitestJsonReport | null, failedChecks: number): Summary {
  const notes: string[] = [];
  if (report === null) {
    notes.push('no test report');
    return { passed: 0, failed: failedChecks + 1, skipped: 0, notes };
  }
  let failed = failedChecks + report.numFailedTests;
  // A file that fails to load has no failed test but a failed suite: count it too.
  for (const file of report.testResults) {
    if (file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed')) {
      notes.push(`suite failed to run: ${file.name}: ${file.message ?? ''}`);
      failed += 1;
    }
    for (const test of file.assertionResults) {
      if (!SKIPPED_STATUSES.has(test.status)) continue;
      const reason = typeof test.meta?.skipReason === 'string' ? test.meta.skipReason : 'no reason given';
      notes.push(`skipped: ${test.fullName ?? file.name}: ${reason}`);
    }
  }
  const passed = report.numPassedTests;
  if (passed === 0) {
    notes.push('no test ran');
    failed = Math.max(failed, 1);
  }
  return { passed, failed, skipped: report.numPendingTests + report.numTodoTests, notes };
}

export function formatSummary(summary: Summary): string {
  return `${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped`;
}
