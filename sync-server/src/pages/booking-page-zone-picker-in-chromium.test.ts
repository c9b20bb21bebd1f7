// Runs in tests (real Chromium). The booking page's time-zone picker: canonical names with their
// offset and cities, the browser's zone first (a legacy alias such as Asia/Calcutta selects
// Asia/Kolkata), a search box that narrows the list, and the no-JS GET form.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectedTime, launchChromium, openSession, plain, type PageSession } from './testing/browser-session.ts';
import { startPageTestServer, TEST_TOKEN, type PageTestServer } from './testing/start-page-test-server.ts';

let browser: Browser;
let server: PageTestServer;
const sessions: PageSession[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  server = await startPageTestServer();
});
afterEach(async () => {
  const problems = sessions.flatMap((session) => session.problems);
  await Promise.all(sessions.splice(0).map((session) => session.close()));
  await server.close();
  expect(problems).toEqual([]);
});

async function open(options: Parameters<typeof openSession>[2] = {}): Promise<Page> {
  const session = await openSession(browser, server.url, options);
  sessions.push(session);
  return session.page;
}

async function openEnhanced(page: Page): Promise<void> {
  await page.goto(`${server.url}/l/${TEST_TOKEN}`);
  await page.locator('#picker').waitFor({ state: 'visible' });
  await page.waitForFunction(() => !document.getElementById('picker')?.hasAttribute('aria-busy'));
}

/** The options a person can see (the search hides the rest). */
async function visibleOptions(page: Page): Promise<Array<{ value: string; text: string }>> {
  return page.locator('#tz-select option').evaluateAll((options) => options.filter((o) => !(o as HTMLOptionElement).hidden).map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? '' })));
}

describe('the time-zone picker', () => {
  it('finds Asia/Kolkata with its offset by searching "Kolkata", and a click takes it', async () => {
    const page = await open();
    await openEnhanced(page);
    const search = page.locator('#tz-search');
    expect(await search.isVisible()).toBe(true);
    await search.fill('Kolkata');
    const matches = await visibleOptions(page);
    expect(matches).toEqual([{ value: 'Asia/Kolkata', text: '(UTC+05:30) Asia/Kolkata – Mumbai, Delhi, Bengaluru, Hyderabad' }]);
    const all = await page.locator('#tz-select option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(all).not.toContain('Asia/Calcutta');
    expect(all).not.toContain('Europe/Kiev');
    expect(all).toContain('Europe/Kyiv');

    // Cities and offsets are found too, and Enter takes the first match.
    await search.fill('odesa');
    expect((await visibleOptions(page)).map((option) => option.value)).toEqual(['Europe/Kyiv']);
    await search.fill('+05:45');
    expect((await visibleOptions(page)).map((option) => option.value)).toEqual(['Asia/Kathmandu']);
    await search.fill('Kolkata');
    await page.locator('#tz-select option[value="Asia/Kolkata"]').click();
    await page.waitForFunction(() => (document.getElementById('form-timezone') as HTMLInputElement | null)?.value === 'Asia/Kolkata');
    expect(await search.inputValue()).toBe('');
    expect((await visibleOptions(page)).length).toBeGreaterThan(300);
    expect(await page.locator('#notice').textContent()).toContain('Asia/Kolkata');
    await page.waitForFunction(() => !document.getElementById('picker')?.hasAttribute('aria-busy'));
    const start = (await page.locator('#times button').first().getAttribute('data-start')) ?? '';
    expect(plain(await page.locator('#times button').first().textContent())).toBe(expectedTime(start, 'Asia/Kolkata'));
  });

  it('Enter in the search takes the first match', async () => {
    const page = await open();
    await openEnhanced(page);
    await page.locator('#tz-search').fill('new york');
    await page.locator('#tz-search').press('Enter');
    await page.waitForFunction(() => (document.getElementById('form-timezone') as HTMLInputElement | null)?.value === 'America/New_York');
    expect(await page.locator('#tz-select').inputValue()).toBe('America/New_York');
  });

  it('lists the detected zone first and selected', async () => {
    const page = await open({ timezoneId: 'Asia/Tokyo' });
    await openEnhanced(page);
    const first = page.locator('#tz-select option').first();
    expect(await first.getAttribute('value')).toBe('Asia/Tokyo');
    expect(await page.locator('#tz-select').inputValue()).toBe('Asia/Tokyo');
    expect(await page.locator('#form-timezone').inputValue()).toBe('Asia/Tokyo');
  });

  it('selects Asia/Kolkata for a browser that reports Asia/Calcutta, and books in Asia/Kolkata', async () => {
    const page = await open({ timezoneId: 'Asia/Calcutta' });
    await openEnhanced(page);
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toMatch(/^Asia\/(Calcutta|Kolkata)$/);
    expect(await page.locator('#tz-select option').first().getAttribute('value')).toBe('Asia/Kolkata');
    expect(await page.locator('#tz-select').inputValue()).toBe('Asia/Kolkata');
    await page.locator('#times button').first().click();
    await page.locator('#submit-booking').click();
    await page.locator('#confirmation').waitFor({ state: 'visible' });
    expect(server.bookingRequests).toMatchObject([{ timezone: 'Asia/Kolkata' }]);
    expect(await page.locator('#conf-zone').textContent()).toBe('Asia/Kolkata');
  });

  it('without JavaScript: no search box, and the GET form changes the zone (a legacy name is shown canonical)', async () => {
    const page = await open({ javaScriptEnabled: false });
    await page.goto(`${server.url}/l/${TEST_TOKEN}`);
    expect(await page.locator('#tz-search').isHidden()).toBe(true);
    // The full list is the select; the script's one-zone select is hidden and sends nothing new.
    expect(await page.locator('#tz-select').isHidden()).toBe(true);
    expect(await page.locator('#tz-select-all option').count()).toBeGreaterThan(300);
    expect(await page.locator('#tz-select-all option').first().getAttribute('value')).toBe('UTC');
    await page.locator('#tz-select-all').selectOption('Asia/Kolkata');
    await page.locator('#tz-apply').click();
    await page.waitForURL(/timezone=Asia%2FKolkata/);
    expect(await page.locator('#slot-list .hint').textContent()).toBe('Times are shown in Asia/Kolkata.');
    expect(await page.locator('#tz-select-all option').first().getAttribute('value')).toBe('Asia/Kolkata');
    const start = (await page.locator('#slot-list input[type="radio"]').first().getAttribute('value')) ?? '';
    expect(plain(await page.locator('.slot-option').first().textContent())).toBe(expectedTime(start, 'Asia/Kolkata'));

    await page.goto(`${server.url}/l/${TEST_TOKEN}?timezone=Asia/Calcutta`);
    expect(await page.locator('#tz-select-all').inputValue()).toBe('Asia/Kolkata');
    expect(await page.locator('#form-timezone').inputValue()).toBe('Asia/Kolkata');
  });
});
