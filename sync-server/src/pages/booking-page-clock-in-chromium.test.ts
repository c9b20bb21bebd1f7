// Runs in tests (real Chromium). The booking page's 12 h / 24 h switch: the language's clock by
// default, "9:00 AM" against "09:00" when switched, the choice kept in this browser across reloads.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium, openSession, plain, type PageSession } from './testing/browser-session.ts';
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
  session = await openSession(browser, server.url);
});
afterEach(async () => {
  await session.close();
  await server.close();
  expect(session.problems).toEqual([]);
});

async function openEnhanced(page: Page): Promise<void> {
  await page.goto(`${server.url}/l/${TEST_TOKEN}`);
  await page.locator('#picker').waitFor({ state: 'visible' });
  await page.waitForFunction(() => !document.getElementById('picker')?.hasAttribute('aria-busy'));
}

async function firstTime(page: Page): Promise<{ start: string; text: string }> {
  const button = page.locator('#times button').first();
  return { start: (await button.getAttribute('data-start')) ?? '', text: plain(await button.textContent()) };
}

function clock(iso: string, cycle: 'h12' | 'h23'): string {
  const options: Intl.DateTimeFormatOptions = { timeZone: 'Europe/Berlin', hour: cycle === 'h23' ? '2-digit' : 'numeric', minute: '2-digit', hourCycle: cycle };
  return plain(new Intl.DateTimeFormat('en-US', options).format(Date.parse(iso)));
}

describe('the 12 h / 24 h switch', () => {
  it('shows 12 h for English, switches to 24 h and back, and remembers the choice across reloads', async () => {
    const { page } = session;
    await openEnhanced(page);
    const h12 = page.locator('#clock-switch button[data-cycle="h12"]');
    const h23 = page.locator('#clock-switch button[data-cycle="h23"]');
    expect(await h12.getAttribute('aria-pressed')).toBe('true');
    const before = await firstTime(page);
    expect(before.text).toMatch(/^\d{1,2}:\d{2} [AP]M$/);
    expect(before.text).toBe(clock(before.start, 'h12'));

    await h23.click();
    expect(await h23.getAttribute('aria-pressed')).toBe('true');
    expect(await h12.getAttribute('aria-pressed')).toBe('false');
    const after = await firstTime(page);
    expect(after.text).toMatch(/^\d{2}:\d{2}$/);
    expect(after.text).toBe(clock(before.start, 'h23'));

    // The chosen time and the confirmation use the same clock.
    await page.locator('#times button').first().click();
    expect(plain(await page.locator('#chosen-text').textContent())).toMatch(/\d{2}:\d{2} – \d{2}:\d{2}$/);

    await page.reload();
    await openEnhanced(page);
    expect(await h23.getAttribute('aria-pressed')).toBe('true');
    expect((await firstTime(page)).text).toBe(clock(before.start, 'h23'));

    await h12.click();
    expect((await firstTime(page)).text).toBe(clock(before.start, 'h12'));
    await page.reload();
    await openEnhanced(page);
    expect((await firstTime(page)).text).toBe(clock(before.start, 'h12'));
  });

  it('is hidden without JavaScript, where it could switch nothing', async () => {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await page.goto(`${server.url}/l/${TEST_TOKEN}`);
    expect(await page.locator('#clock-switch').isHidden()).toBe(true);
    await page.context().close();
  });
});
