// Runs in tests (real Chromium). The booking page's picker where it met people badly: a failed fetch
// of open times (error and "Try again", never "No open times"), hover on the selected day and on
// touch screens, and a phone's tap on a day that must bring the times into sight.
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium, openSession, type PageSession } from './testing/browser-session.ts';
import { startPageTestServer, TEST_TOKEN, type PageTestServer } from './testing/start-page-test-server.ts';

const SCREENSHOTS = 'test-results/screenshots';
const ACCENT = 'rgb(29, 78, 216)';

let browser: Browser;
let server: PageTestServer;
const sessions: PageSession[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  server = await startPageTestServer();
});
afterEach(async () => {
  for (const session of sessions.splice(0)) {
    await session.close();
    expect(session.problems).toEqual([]);
  }
  await server.close();
});

async function open(options: Parameters<typeof openSession>[2] = {}): Promise<Page> {
  const session = await openSession(browser, server.url, options);
  sessions.push(session);
  await session.page.goto(`${server.url}/l/${TEST_TOKEN}`);
  await session.page.locator('#picker').waitFor({ state: 'visible' });
  await waitForTimes(session.page);
  return session.page;
}

async function waitForTimes(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.getElementById('picker')?.hasAttribute('aria-busy'));
}

describe('booking page: failed fetch of open times', () => {
  it('shows only the error with a "Try again" button that fetches again', async () => {
    const page = await open();
    await page.screenshot({ path: `${SCREENSHOTS}/booking-page.png`, fullPage: true });
    let failing = true;
    await page.route((url) => url.pathname.endsWith('/slots'), (route) => (failing ? route.abort() : route.continue()));
    await page.locator('#next-month').click();
    await waitForTimes(page);

    const error = page.locator('#times-error');
    expect(await error.isVisible()).toBe(true);
    expect(await error.textContent()).toContain('The open times could not be loaded.');
    expect(await page.locator('#scheduler').textContent()).not.toContain('No open times');
    expect(await page.locator('#day-heading').isHidden()).toBe(true);
    const retry = page.getByRole('button', { name: 'Try again' });
    expect(await retry.isVisible()).toBe(true);

    failing = false;
    const refetch = page.waitForRequest((request) => request.url().includes('/slots?'));
    await retry.click();
    await refetch;
    await waitForTimes(page);
    expect(await error.isHidden()).toBe(true);
    expect(await page.locator('#cal-body button.day.open').count()).toBeGreaterThan(0);
    expect(await page.locator('#times button').count()).toBeGreaterThan(0);
  });
});

describe('booking page: the first fetch of open times fails', () => {
  it('keeps the plain form, whose zone select still offers every zone and sends the one chosen', async () => {
    const session = await openSession(browser, server.url);
    sessions.push(session);
    const { page } = session;
    await page.route((url) => url.pathname.endsWith('/slots'), (route) => route.abort());
    const failed = page.waitForEvent('requestfailed', (request) => request.url().includes('/slots?'));
    await page.goto(`${server.url}/l/${TEST_TOKEN}`);
    await failed;
    expect(await page.locator('#picker').isHidden()).toBe(true);
    expect(await page.locator('#slot-list').isVisible()).toBe(true);
    const select = page.locator('#tz-select');
    await select.focus();
    expect(await select.locator('option').count()).toBeGreaterThan(300);
    await select.selectOption('Asia/Tokyo');
    await page.locator('#tz-apply').click();
    await page.waitForURL(/timezone=Asia%2FTokyo/);
    expect(new URL(page.url()).searchParams.getAll('timezone')).toEqual(['Asia/Tokyo']);
    expect(await page.locator('#slot-list .hint').textContent()).toBe('Times are shown in Asia/Tokyo.');
  });
});

describe('booking page: hover', () => {
  it('keeps the selected day white on blue while the pointer is over it', async () => {
    const page = await open();
    const selected = page.locator('#cal-body button[aria-pressed="true"]');
    await selected.hover();
    const colours = await selected.evaluate((button) => {
      const style = getComputedStyle(button);
      return { background: style.backgroundColor, text: style.color };
    });
    expect(colours).toEqual({ background: ACCENT, text: 'rgb(255, 255, 255)' });
  });

  it('styles :hover only for devices that hover, so a tap leaves nothing stuck', async () => {
    const page = await open();
    const loose = await page.evaluate(() => {
      const found: string[] = [];
      const visit = (rules: CSSRuleList, inHoverMedia: boolean) => {
        for (const rule of rules) {
          if (rule instanceof CSSMediaRule) visit(rule.cssRules, inHoverMedia || /\(hover:\s*hover\)/.test(rule.conditionText));
          else if (rule instanceof CSSStyleRule && rule.selectorText.includes(':hover') && !inHoverMedia) found.push(rule.selectorText);
        }
      };
      for (const sheet of document.styleSheets) visit(sheet.cssRules, false);
      return found;
    });
    expect(loose).toEqual([]);
  });
});

describe('booking page on a phone (375×812)', () => {
  const phone = { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true };

  for (const reducedMotion of ['no-preference', 'reduce'] as const) {
    it(`brings the times into sight after a day is tapped (reduced motion: ${reducedMotion})`, async () => {
      // A description of a few lines, as hosts write them, pushes the times below the fold.
      server.pageOverrides = { description: 'A first 30-minute conversation about your project.\nBring your questions, and a rough idea of your timeline and budget.' };
      const page = await open({ ...phone, reducedMotion });
      const dates = await page.locator('#cal-body button.day.open').evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.date ?? ''));
      const day = dates[1] ?? dates[0] ?? '';
      const timesInSight = () => page.evaluate(() => {
        const box = document.querySelector('#times')?.getBoundingClientRect();
        return box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight;
      });
      await page.evaluate(() => window.scrollTo(0, 0));
      expect(await timesInSight()).toBe(false);
      await page.locator(`#cal-body button[data-date="${day}"]`).tap();
      // Without motion the jump is immediate; otherwise the smooth scroll gets a moment.
      if (reducedMotion === 'reduce') expect(await timesInSight()).toBe(true);
      else await expect.poll(timesInSight, { timeout: 5_000 }).toBe(true);
      if (reducedMotion === 'reduce') await page.screenshot({ path: `${SCREENSHOTS}/booking-page-phone-times.png` });
    });
  }
});
