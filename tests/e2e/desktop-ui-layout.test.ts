// test (e2e): layout and scrolling of the desktop UI in real Chromium, where jsdom has no
// layout: a search on a long, scrolled links list starts again at the top, so the first
// matches are in view; event-type cards at 1280 px wide show their button labels in full.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEventType, makeLink } from '../../core/testing/fixtures.ts';
import { launchChromium } from '../../sync-server/src/pages/testing/browser-session.ts';
import type { TestHost } from '../../sync-server/src/testing/start-test-server.ts';
import { navigate, openHostPage, type HostPage, type UiServer, startUiServer, pushNew } from './desktop-ui-harness.ts';

let server: UiServer;
let browser: Browser;
let host: TestHost;
let hostPage: HostPage;
let page: Page;
const eventTypes = [
  makeEventType({ name: 'Portfolio review', slug: 'portfolio-review', publicBooking: true }),
  makeEventType({ name: 'Intro call', slug: 'intro-call', publicBooking: true }),
  makeEventType({ name: 'Design critique', slug: 'design-critique', publicBooking: false }),
];
// Newest first in the list; every third link matches the search "match", spread over the list.
const links = Array.from({ length: 300 }, (_, i) =>
  makeLink({
    eventTypeId: eventTypes[0]!.id,
    contact: { name: i % 3 === 0 ? `Match ${i}` : `Person ${i}`, email: `p${i}@example.com` },
    createdAt: new Date(Date.now() - i * 60_000).toISOString(),
  }),
);

// The list's end state is the point, not its speed: on shared, loaded machines a render can take
// longer than expect.poll's default second.
const SETTLE = { timeout: 10_000 };

const push = (collection: string, docs: object[]): Promise<void> => pushNew(server.baseUrl, host.token, collection, docs);

beforeAll(async () => {
  server = await startUiServer();
  host = await server.createHost({ name: 'Grace Hopper', timezone: 'Europe/Berlin' });
  await push('event_types', eventTypes);
  await push('links', links);
  browser = await launchChromium();
  hostPage = await openHostPage(browser, server.baseUrl, { token: host.token });
  page = hostPage.page;
  await page.setViewportSize({ width: 1280, height: 800 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('desktop UI layout', () => {
  it('a search on a scrolled links list starts at the top, with the first match in view', async () => {
    await navigate(page, 'Single-use links');
    const scroller = page.getByTestId('link-list-scroll');
    await expect.poll(() => page.getByRole('table', { name: 'Single-use links' }).getAttribute('aria-rowcount'), { timeout: 30_000 }).toBe('301');
    await scroller.evaluate((el) => el.scrollTo(0, 8_000));
    await expect.poll(() => scroller.evaluate((el) => el.scrollTop), SETTLE).toBeGreaterThan(4_000);

    await page.getByRole('textbox', { name: 'Search links' }).fill('match');
    await expect.poll(() => page.getByRole('table', { name: 'Single-use links' }).getAttribute('aria-rowcount'), SETTLE).toBe('101');
    await expect.poll(() => scroller.evaluate((el) => el.scrollTop), SETTLE).toBe(0);
    await page.getByText('Match 0', { exact: true }).waitFor();
    expect(await page.getByText('Match 0', { exact: true }).isVisible()).toBe(true);

    // A filter change starts at the top as well.
    await page.getByRole('textbox', { name: 'Search links' }).fill('');
    await expect.poll(() => page.getByRole('table', { name: 'Single-use links' }).getAttribute('aria-rowcount'), SETTLE).toBe('301');
    await scroller.evaluate((el) => el.scrollTo(0, 8_000));
    await expect.poll(() => scroller.evaluate((el) => el.scrollTop), SETTLE).toBeGreaterThan(4_000);
    await page.getByRole('textbox', { name: 'Search links' }).fill('person');
    await expect.poll(() => scroller.evaluate((el) => el.scrollTop), SETTLE).toBe(0);
  });

  it('event-type cards at 1280×800 show every button label in full', async () => {
    await navigate(page, 'Event types');
    await page.getByRole('article', { name: 'Portfolio review' }).waitFor();
    const cards = page.getByRole('article');
    expect(await cards.count()).toBe(eventTypes.length);
    const clipped = await cards.evaluateAll((articles) =>
      articles.flatMap((article) =>
        [...article.querySelectorAll<HTMLElement>('button .mantine-Button-label')]
          .filter((label) => label.scrollWidth > label.clientWidth)
          .map((label) => `${article.getAttribute('aria-label')}: ${label.textContent} (${label.scrollWidth} > ${label.clientWidth})`),
      ),
    );
    const labels = await cards.evaluateAll((articles) => articles.flatMap((a) => [...a.querySelectorAll('button .mantine-Button-label')].map((l) => l.textContent)));
    expect(labels).toEqual(expect.arrayContaining(['Copy link', 'Edit']));
    expect(clipped).toEqual([]);
  });
});
