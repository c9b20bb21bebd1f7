// Runs in tests (real Chromium, JavaScript off). The no-JS booking page pages through the weeks:
// "Later dates" lists the times after the shown ones, "Earlier dates" goes back (never before
// today), and the chosen time zone stays across both.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium, openSession, type PageSession } from './testing/browser-session.ts';
import { startPageTestServer, TEST_TOKEN, type PageTestServer } from './testing/start-page-test-server.ts';

let browser: Browser;
let server: PageTestServer;
let session: PageSession;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  server = await startPageTestServer();
  session = await openSession(browser, server.url, { javaScriptEnabled: false });
});
afterEach(async () => {
  await session.close();
  await server.close();
  expect(session.problems).toEqual([]);
});

async function listedStarts(page: Page): Promise<string[]> {
  return page.locator('#slot-list input[name="start"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
}

describe('booking page without JavaScript: more dates', () => {
  it('"Later dates" shows the times after the listed ones and "Earlier dates" goes back, in the chosen zone', async () => {
    const { page } = session;
    await page.goto(`${server.url}/l/${TEST_TOKEN}?timezone=Asia%2FTokyo`);
    expect(await page.locator('#earlier-dates').count()).toBe(0);
    const first = await listedStarts(page);
    expect(first.length).toBeGreaterThan(0);
    const lastShown = first.reduce((a, b) => (a > b ? a : b));

    await page.getByRole('link', { name: 'Later dates' }).click();
    await page.waitForURL(/date=\d{4}-\d{2}-\d{2}/);
    expect(new URL(page.url()).searchParams.get('timezone')).toBe('Asia/Tokyo');
    expect(await page.locator('#slot-list .hint').textContent()).toBe('Times are shown in Asia/Tokyo.');
    const later = await listedStarts(page);
    expect(later.length).toBeGreaterThan(0);
    expect(later.every((start) => start > lastShown)).toBe(true);

    const laterUrl = page.url();
    await page.getByRole('link', { name: 'Earlier dates' }).click();
    await page.waitForURL((url) => url.href !== laterUrl);
    const earlier = await listedStarts(page);
    expect(earlier).toContain(first[first.length - 1]);
    expect(new URL(page.url()).searchParams.get('timezone')).toBe('Asia/Tokyo');
  });
});
