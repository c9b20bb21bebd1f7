// test: the closing counts of CI, from vitest's JSON report (the shape reporters/json writes).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatSummary, summarizeVitestReport, type VitestJsonReport } from './summarize-vitest-report.ts';

function report(overrides: Partial<VitestJsonReport> = {}): VitestJsonReport {
  return {
    numPassedTests: 2,
    numFailedTests: 0,
    numPendingTests: 1,
    numTodoTests: 0,
    testResults: [
      {
        status: 'passed',
        name: '/repo/tests/e2e/electron-app.test.ts',
        message: '',
        assertionResults: [
          { status: 'passed', fullName: 'build output main is one ES module', meta: {} },
          { status: 'passed', fullName: 'build output the preload is CommonJS', meta: {} },
          { status: 'skipped', fullName: 'Electron app launches', meta: { skipReason: 'the Electron binary is not installed' } },
        ],
      },
    ],
    ...overrides,
  };
}

describe('summarizeVitestReport', () => {
  it('counts a test skipped at run time as skipped, with its reason, not as passed', () => {
    const summary = summarizeVitestReport(report(), 0);
    expect(formatSummary(summary)).toBe('2 passed, 0 failed, 1 skipped');
    expect(summary.notes).toEqual(['skipped: Electron app launches: the Electron binary is not installed']);
  });

  it('adds failed checks, failed tests and suites that could not load', () => {
    const summary = summarizeVitestReport(
      report({
        numFailedTests: 1,
        testResults: [
          { status: 'failed', name: '/repo/a.test.ts', message: 'Cannot find module', assertionResults: [] },
          { status: 'failed', name: '/repo/b.test.ts', assertionResults: [{ status: 'failed', fullName: 'b fails' }] },
        ],
      }),
      2,
    );
    expect(summary.failed).toBe(2 + 1 + 1);
    expect(summary.notes).toEqual(['suite failed to run: /repo/a.test.ts: Cannot find module']);
  });

  it('a missing report or a run where nothing passed is a failure', () => {
    expect(summarizeVitestReport(null, 0).failed).toBe(1);
    expect(summarizeVitestReport(report({ numPassedTests: 0, numPendingTests: 0, testResults: [] }), 0).failed).toBe(1);
  });
});

describe('scripts/summarize-results.ts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'summarize-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (value: VitestJsonReport, failedChecks: string) => {
    const file = join(dir, `${Math.random()}.json`);
    writeFileSync(file, JSON.stringify(value));
    const script = join(import.meta.dirname, '..', 'summarize-results.ts');
    return spawnSync(process.execPath, [script, file, failedChecks], { encoding: 'utf8' });
  };

  it('ends with the counts on a line of their own and exits 0 when nothing failed', () => {
    const result = run(report(), '0');
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('2 passed, 0 failed, 1 skipped');
    expect(result.stderr).toContain('skipped: Electron app launches: the Electron binary is not installed');
    expect(result.status).toBe(0);
  });

  it('exits non-zero when a check or a test failed', () => {
    expect(run(report(), '1').status).toBe(1);
    expect(run(report({ numFailedTests: 1 }), '0').status).toBe(1);
  });
});
