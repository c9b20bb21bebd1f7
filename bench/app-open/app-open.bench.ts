// Runs in Node (bench). Opening the app (issue #18, row 3): the built renderer in browser mode
// (/app, served by the sync server) in real Chromium, for a host whose device already holds
// 10,000 links and 10,000 bookings in IndexedDB. Measured in the page, from navigation start to
// the first screen (event types) showing its first card; the best of a few reloads. Then the same
// with the server unreachable (its requests hang): the app must not wait on the network. Baseline,
// same run and browser: the same app with an empty database (one event type, nothing else).
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_INSTALL_HINT, findChromium } from '../../scripts/lib/find-chromium.ts';
import { startTestServer, type TestServer } from '../../sync-server/src/testing/start-test-server.ts';
import type { BenchResult } from '../render-results.ts';
import { ensureRendererBuilt } from '../support/ensure-renderer-built.ts';
import { seedBookings, seedEventType, seedLinks } from '../support/seed-host-data.ts';

/** Records when the first event-type card is in the document, in the page's own clock (0 = navigation start). */
const FIRST_CARD_SCRIPT = `(() => {
  const seen = () => document.querySelector('main article[aria-label]');
  new MutationObserver((_records, observer) => {
    if (!seen()) return;
    window.__firstCardAt = performance.now();
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
})();`;

interface OpenTimes {
  online: number;
  /** Every request to the server's API and sync routes left hanging. */
  unreachable: number;
}

async function openOnce(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'commit' });
    // globalThis is the page's window there (this file is compiled without the DOM's types; a
    // string would be refused by the app's CSP).
    await page.waitForFunction(() => (globalThis as { __firstCardAt?: number }).__firstCardAt !== undefined, undefined, { timeout: 60_000 });
    return (await page.evaluate('window.__firstCardAt')) as number;
  } finally {
    await page.close();
  }
}

async function openTimes(browser: Browser, server: TestServer, counts: { links: number; bookings: number }, rounds: number): Promise<OpenTimes> {
  const host = await server.createHost({ timezone: 'Europe/Berlin' });
  const eventType = await seedEventType(server.store, host.hostId);
  await seedLinks(server.store, host.hostId, counts.links, { eventTypeId: eventType.id });
  await seedBookings(server.store, host.hostId, counts.bookings, { firstStart: '2027-01-04T08:00:00.000Z', minutes: 30, spacingMinutes: 60, eventTypeId: eventType.id });
  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'Europe/Berlin', viewport: { width: 1440, height: 860 } });
  try {
    const setupPage = await context.newPage();
    const setup = new URLSearchParams({ server: server.baseUrl, token: host.token }).toString();
    await setupPage.goto(`${server.baseUrl}/app/#setup?${setup}`);
    // Everything on the device before anything is timed.
    const deadline = Date.now() + 600_000;
    while ((await setupPage.getByTestId('sync-status').getAttribute('data-status')) !== 'online') {
      if (Date.now() > deadline) throw new Error(`app open: ${counts.links} links did not sync within 10 minutes`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await setupPage.close();
    await context.addInitScript(FIRST_CARD_SCRIPT);
    const appUrl = `${server.baseUrl}/app/`;
    const online: number[] = [];
    for (let round = 0; round < rounds; round += 1) online.push(await openOnce(context, appUrl));
    // The page itself still loads; what the app asks the server never answers.
    const hang = (): void => {};
    await context.route(/\/(sync|api)\//, hang);
    const unreachable: number[] = [];
    for (let round = 0; round < rounds; round += 1) unreachable.push(await openOnce(context, appUrl));
    await context.unroute(/\/(sync|api)\//, hang);
    return { online: Math.min(...online), unreachable: Math.min(...unreachable) };
  } finally {
    await context.close();
  }
}

export async function runAppOpenBench({ quick }: { quick: boolean }): Promise<BenchResult> {
  const count = quick ? 200 : 10_000;
  const rounds = quick ? 1 : 5;
  ensureRendererBuilt();
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_INSTALL_HINT);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const server = await startTestServer();
  try {
    const empty = await openTimes(browser, server, { links: 0, bookings: 0 }, rounds);
    const full = await openTimes(browser, server, { links: count, bookings: count }, rounds);
    return {
      name: `Opening the app in Chromium (${count} links + ${count} bookings on the device)`,
      rows: [
        { metric: 'navigation → first screen with rows (vs empty database)', value: full.online, unit: 'ms', baseline: empty.online, ratio: full.online / empty.online, target: '< 1000 ms' },
        { metric: 'same, server unreachable (vs empty database, unreachable)', value: full.unreachable, unit: 'ms', baseline: empty.unreachable, ratio: full.unreachable / empty.unreachable, target: '< 1000 ms' },
      ],
    };
  } finally {
    await server.close();
    await browser.close();
  }
}
