// Runs in Node (bench). Desktop list: the built renderer (served by the sync server at /app, the
// browser mode of the desktop app) in real Chromium, for a host with N links already replicated
// into its IndexedDB. Measured: from the click on "Single-use links" (coming from another
// screen) until the first link row is on screen; the best of a few. Baseline, same run and
// browser: the same for a host with 10 links, so the ratio is what 10,000 links cost.
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_INSTALL_HINT, findChromium } from '../../scripts/lib/find-chromium.ts';
import { startTestServer, type TestServer } from '../../sync-server/src/testing/start-test-server.ts';
import type { BenchResult } from '../render-results.ts';
import { ensureRendererBuilt } from '../support/ensure-renderer-built.ts';
import { seedEventType, seedLinks } from '../support/seed-host-data.ts';

/** Best-of-`rounds` time (ms) from the click to the first link row, for a host with `links` links. */
async function firstRenderMs(browser: Browser, server: TestServer, links: number, rounds: number): Promise<number> {
  const host = await server.createHost({ timezone: 'Europe/Berlin' });
  const eventType = await seedEventType(server.store, host.hostId);
  await seedLinks(server.store, host.hostId, links, { eventTypeId: eventType.id });
  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'Europe/Berlin', viewport: { width: 1440, height: 860 } });
  try {
    const page = await context.newPage();
    const setup = new URLSearchParams({ server: server.baseUrl, token: host.token }).toString();
    await page.goto(`${server.baseUrl}/app/#setup?${setup}`);
    // Everything replicated into IndexedDB before anything is timed.
    const deadline = Date.now() + 300_000;
    while ((await page.getByTestId('sync-status').getAttribute('data-status')) !== 'online') {
      if (Date.now() > deadline) throw new Error(`desktop list: ${links} links did not sync within 5 minutes`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const nav = page.getByRole('navigation', { name: 'Main' });
    const table = page.getByRole('table', { name: 'Single-use links' });
    const times: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      await nav.getByText('Event types', { exact: true }).click();
      await table.waitFor({ state: 'detached' });
      const start = performance.now();
      await nav.getByText('Single-use links', { exact: true }).click();
      await table.getByRole('row').nth(1).waitFor({ state: 'visible', timeout: 60_000 });
      times.push(performance.now() - start);
    }
    return Math.min(...times);
  } finally {
    await context.close();
  }
}

export async function runDesktopListBench({ quick }: { quick: boolean }): Promise<BenchResult> {
  const count = quick ? 200 : 10_000;
  const rounds = quick ? 1 : 5;
  ensureRendererBuilt();
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_INSTALL_HINT);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const server = await startTestServer();
  try {
    const few = await firstRenderMs(browser, server, 10, rounds);
    const many = await firstRenderMs(browser, server, count, rounds);
    return {
      name: `Desktop list in Chromium (${count} links)`,
      rows: [{ metric: 'links screen: click → first row (vs 10 links)', value: many, unit: 'ms', baseline: few, ratio: many / few }],
    };
  } finally {
    await server.close();
    await browser.close();
  }
}
