import { defineConfig } from 'vitest/config';

// One runner for every suite, so one JSON report sums them all (.ci/run reads it).
//  - unit: pure and Node-side code (core, sync-server, electron main logic, bench helpers)
//  - dom: React components of the renderer in jsdom
//  - e2e: real server + real Chromium (Playwright), see tests/e2e/
export default defineConfig({
  test: {
    // The Electron binary cannot be downloaded here; modules that touch `electron` must not
    // trigger its lazy download in tests.
    env: { ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent-electron-dist' },
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['core/**/*.test.ts', 'sync-server/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['renderer/**/*.test.tsx'],
          setupFiles: ['renderer/src/testing/setup-dom.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts', 'tests/fault/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Each file starts its own server and browser; two cores cannot run many at once.
          fileParallelism: false,
        },
      },
    ],
  },
});
