// Runs in Node (bench). Desktop list: the built renderer (served by the sync server at /app, the
// browser mode of the desktop app) in real Chromium, for a host with N links already replicated
// into its IndexedDB. Measured: from the click on "Single-use links" (coming from another
// screen) until the first link row is on screen; the best of a few. Then how the list feels
// (measure-list-feel.ts): long tasks while scrolling, against a plain page with a table of as
// many rows scrolled the same way, and a search's last keystroke until its results show.
// Baseline of the others, same run and browser: the same for a host with 10 links.
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_INSTALL_HINT, findChromium } from '../../scripts/lib/find-chromium.ts';
import { startTestServer, type TestServer } from '../../sync-server/src/testing/start-test-server.ts';
import type { BenchResult } from '../render-results.ts';
import { ensureRendererBuilt } from '../support/ensure-renderer-built.ts';
import { seedEventType, seedLinks } from '../support/seed-host-data.ts';
import { measureScroll, measureSearch, type ScrollFeel } from './measure-list-feel.ts';

/** The baseline of the scroll: a plain page with a table of `rows` rows, scrolled the same way. */
async function plainPageScroll(browser: Browser, rows: number): Promise<ScrollFeel> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 860 } });
  try {
    const page = await context.newPage();
    const body = Array.from({ length: rows }, (_, i) => `<tr><td>Contact ${i}</td><td>bench link ${i}</td><td>Unused</td></tr>`).join('');
    await page.setContent(`<div id="scroll" style="height:700px;overflow-y:auto"><table>${body}</table></div>`);
    return await measureScroll(page, '#scroll');
  } finally {
    await context.close();
  }
}

interface ListFigures {
  /** Best of the rounds, ms. */
  firstRowMs: number;
  scroll: ScrollFeel;
  search: { ms: number; count: string };
}

const SCROLLER = '[data-testid="link-list-scroll"]';
const TABLE = '[role="table"][aria-label="Single-use links"]';

/** For a host with `links` links: the best-of-`rounds` time from the click to the first row, then a scroll and a search. */
async function measureList(browser: Browser, server: TestServer, links: number, rounds: number, searchText: string): Promise<ListFigures> {
  const host = await server.createHost({ timezone: 'Europe/Berlin' });
  const eventType = await seedEventType(server.store, host.hostId);
  await seedLinks(server.store, host.hostId, links, { eventTypeId: eventType.id });
  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'Europe/Berlin', viewport: { width: 1440, height: 860 } });
  try {
    const page = await context.newPage();
    const setup = new URLSearchParams({ server: server.baseUrl, token: host.token }).toString();
    await page.goto(`${server.baseUrl}/app/#setup?${setup}`);
    // Everything replicated into IndexedDB before anything is timed (see below for the links).
    const deadline = Date.now() + 300_000;
    while ((await page.getByTestId('sync-status').getAttribute('data-status')) !== 'online') {
      if (Date.now() > deadline) throw new Error(`desktop list: ${links} links did not sync within 5 minutes`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const nav = page.getByRole('navigation', { name: 'Main' });
    const table = page.getByRole('table', { name: 'Single-use links' });
    // "online" means every pull page is written (renderer/src/sync/settle-activity.ts); the list
    // must also count every link (a header row plus one row per link), or the scroll below would
    // be measured while the last rows are still being listed.
    await nav.getByText('Single-use links', { exact: true }).click();
    while ((await table.getAttribute('aria-rowcount', { timeout: 60_000 })) !== String(links + 1)) {
      if (Date.now() > deadline) throw new Error(`desktop list: ${links} links were not all listed within 5 minutes`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const times: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      await nav.getByText('Event types', { exact: true }).click();
      await table.waitFor({ state: 'detached' });
      const start = performance.now();
      await nav.getByText('Single-use links', { exact: true }).click();
      await table.getByRole('row').nth(1).waitFor({ state: 'visible', timeout: 60_000 });
      times.push(performance.now() - start);
    }
    const scroll = await measureScroll(page, SCROLLER);
    await page.locator(SCROLLER).evaluate((element) => element.scrollTo(0, 0));
    const search = await measureSearch(page, 'input[aria-label="Search links"]', searchText, TABLE, 'aria-rowcount');
    return { firstRowMs: Math.min(...times), scroll, search };
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
    const few = await measureList(browser, server, 10, rounds, 'bench link 9');
    const many = await measureList(browser, server, count, rounds, `bench link ${count - 1}`);
    const plain = await plainPageScroll(browser, count);
    return {
      name: `Desktop list in Chromium (${count} links)`,
      rows: [
        { metric: 'links screen: click → first row (vs 10 links)', value: many.firstRowMs, unit: 'ms', baseline: few.firstRowMs, ratio: many.firstRowMs / few.firstRowMs },
        { metric: 'scrolling 60 steps: longest task (vs a plain page of as many rows)', value: many.scroll.longestTaskMs, unit: 'ms', baseline: plain.longestTaskMs, target: '<= 50 ms (no long task)' },
        { metric: 'scrolling 60 steps: long tasks (vs a plain page of as many rows)', value: many.scroll.longTasks, unit: 'tasks', baseline: plain.longTasks, target: '0' },
        { metric: `search: last keystroke → results shown (vs 10 links; ${many.search.count} rows)`, value: many.search.ms, unit: 'ms', baseline: few.search.ms, ratio: many.search.ms / Math.max(few.search.ms, 1), target: '< 100 ms' },
      ],
    };
  } finally {
    await server.close();
    await browser.close();
  }
}
