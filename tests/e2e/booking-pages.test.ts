// test (e2e): the invitee's pages served by the real sync server (SQLite), in real Chromium. Book
// through /l/{token} with JavaScript and without, see the confirmation, the used link then shows
// the 410 page; the time zone switch changes the times; a phone viewport works; axe finds no
// serious problems; a hostile invitee name stays text. Also measures the page's transferred size.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeEventType } from '../../core/testing/index.ts';
import { seedEventType, seedLinks } from '../../sync-server/src/booking/testing/seed-booking-data.ts';
import { expectedTime, horizontalOverflow, launchChromium, openSession, plain, type PageSession } from '../../sync-server/src/pages/testing/browser-session.ts';
import { startTestServer, type TestHost, type TestServer } from '../../sync-server/src/testing/start-test-server.ts';

const HOSTILE = '<script>alert(1)</script>';
const PHONE = { width: 360, height: 740 };

let server: TestServer;
let browser: Browser;
let host: TestHost;
let eventTypeId = '';
const sessions: PageSession[] = [];

beforeAll(async () => {
  server = await startTestServer();
  host = await server.createHost({ name: 'Grace Hopper', timezone: 'Europe/Berlin' });
  // The fixtures' event type: Mon–Fri 09:00–17:00 Berlin time, 30 minutes, an hour's notice.
  const { id: _id, slug: _slug, ...realistic } = makeEventType();
  eventTypeId = (await seedEventType(server.store, host.hostId, realistic)).id;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
afterEach(async () => {
  const problems = sessions.flatMap((session) => session.problems);
  await Promise.all(sessions.splice(0).map((session) => session.close()));
  expect(problems).toEqual([]);
});

async function open(options: Parameters<typeof openSession>[2] = {}): Promise<Page> {
  const session = await openSession(browser, server.baseUrl, options);
  sessions.push(session);
  return session.page;
}

async function newLinkUrl(overrides: Parameters<typeof seedLinks>[4] = {}): Promise<string> {
  const [link] = await seedLinks(server.store, host.hostId, eventTypeId, 1, overrides);
  return `${server.baseUrl}/l/${link!.token}`;
}

async function openEnhanced(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('#picker').waitFor({ state: 'visible' });
  await page.waitForFunction(() => !document.getElementById('picker')?.hasAttribute('aria-busy'));
}

async function bookWithScript(page: Page, name = 'Ada Lovelace'): Promise<string> {
  const time = page.locator('#times button').first();
  const start = (await time.getAttribute('data-start')) ?? '';
  await time.click();
  await page.locator('#f-name').fill(name);
  await page.locator('#f-email').fill('ada@example.com');
  await page.locator('#submit-booking').click();
  await page.locator('#confirmation').waitFor({ state: 'visible' });
  return start;
}

async function expectGonePage(page: Page, url: string): Promise<void> {
  const response = await page.goto(url);
  expect(response?.status()).toBe(410);
  expect(await page.locator('h1').textContent()).toBe('This link is no longer available');
}

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}

describe('booking pages on the real server', () => {
  it('books with JavaScript: confirmation with .ics and manage links; the link then shows the 410 page; cancel from the manage page', async () => {
    const url = await newLinkUrl({ contact: { name: 'Ada Lovelace', email: 'ada@example.com' } });
    const page = await open();
    await openEnhanced(page, url);
    expect(await page.locator('#f-email').inputValue()).toBe('ada@example.com');
    await bookWithScript(page);
    expect(await page.locator('#conf-heading').textContent()).toBe("You're booked");
    const manageUrl = (await page.locator('#conf-manage').getAttribute('href')) ?? '';
    expect(manageUrl).toMatch(new RegExp(`^${server.config.publicUrl}/m/[A-Za-z0-9_-]{22,}$`));
    const ics = await page.request.get(`${server.baseUrl}${(await page.locator('#conf-ics').getAttribute('href')) ?? ''}`);
    expect(ics.status()).toBe(200);
    expect(await ics.text()).toContain('SUMMARY:Intro call with Grace Hopper');

    await expectGonePage(page, url);

    await page.goto(manageUrl.replace(server.config.publicUrl, server.baseUrl));
    await page.locator('#cancel-box summary').click();
    await page.locator('#f-reason').fill('Plans changed');
    await page.locator('#cancel-submit').click();
    await expect.poll(() => page.locator('#booking-status').textContent()).toBe('Canceled');
    // Canceling frees the time but does not give the single-use link back.
    await expectGonePage(page, url);
  });

  it('books without JavaScript: the plain list, a zone switch by GET form, a form post, then the 410 page', async () => {
    const url = await newLinkUrl();
    const page = await open({ javaScriptEnabled: false });
    await page.goto(url);
    expect(await page.locator('#picker').isHidden()).toBe(true);
    const radios = page.locator('#slot-list input[type="radio"][name="start"]');
    expect(await radios.count()).toBeGreaterThan(5);
    const start = (await radios.first().getAttribute('value')) ?? '';
    // Without JavaScript the invitee's zone is unknown: the page starts in the host's.
    expect(plain(await page.locator('.slot-option').first().textContent())).toBe(expectedTime(start, 'Europe/Berlin'));

    await page.locator('#tz-select-all').selectOption('Asia/Tokyo');
    await page.locator('#tz-apply').click();
    await page.waitForURL(/timezone=Asia%2FTokyo/);
    expect(plain(await page.locator('.slot-option').first().textContent())).toBe(expectedTime(start, 'Asia/Tokyo'));
    expect(expectedTime(start, 'Asia/Tokyo')).not.toBe(expectedTime(start, 'Europe/Berlin'));

    // A rejected post keeps what was typed.
    await radios.first().check();
    await page.locator('#f-name').fill('   ');
    await page.locator('#f-email').fill('ada@example.com');
    await page.locator('#f-notes').fill('Keep this note.');
    await page.locator('#submit-booking').click();
    expect(await page.locator('#f-notes').inputValue()).toBe('Keep this note.');
    expect(await page.locator('#f-email').inputValue()).toBe('ada@example.com');
    expect(await page.locator('#f-name-error').count()).toBe(1);

    await page.locator('#slot-list input[type="radio"]').first().check();
    await page.locator('#f-name').fill('Ada Lovelace');
    const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/book')), page.locator('#submit-booking').click()]);
    expect(response.status()).toBe(201);
    expect(await page.locator('h1').textContent()).toBe("You're booked");
    expect(await page.locator('#conf-zone').textContent()).toBe('Asia/Tokyo');
    await expectGonePage(page, url);
  });

  it('switching the time zone with JavaScript changes the times shown', async () => {
    const url = await newLinkUrl();
    const page = await open();
    await openEnhanced(page, url);
    expect(await page.locator('#tz-select').inputValue()).toBe('Europe/Berlin');
    const first = (await page.locator('#times button').first().getAttribute('data-start')) ?? '';
    expect(plain(await page.locator('#times button').first().textContent())).toBe(expectedTime(first, 'Europe/Berlin'));
    await page.locator('#tz-select').focus();
    await page.locator('#tz-select').selectOption('America/New_York');
    await page.waitForFunction(() => !document.getElementById('picker')?.hasAttribute('aria-busy'));
    const shown = (await page.locator('#times button').allTextContents()).map(plain);
    const starts = await page.locator('#times button').evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.start ?? ''));
    expect(shown).toEqual(starts.map((s) => expectedTime(s, 'America/New_York')));
    expect(shown.length).toBeGreaterThan(0);
  });

  it('works on a phone: no sideways scrolling, and booking completes', async () => {
    const url = await newLinkUrl();
    const page = await open({ viewport: PHONE, isMobile: true, hasTouch: true });
    await openEnhanced(page, url);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await bookWithScript(page);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  it('axe finds no serious problems on the booking, confirmation, 410, 404 and manage pages', async () => {
    const url = await newLinkUrl();
    const page = await open();
    await openEnhanced(page, url);
    expect(await seriousViolations(page)).toEqual([]);
    await bookWithScript(page);
    expect(await seriousViolations(page)).toEqual([]);
    const manageUrl = ((await page.locator('#conf-manage').getAttribute('href')) ?? '').replace(server.config.publicUrl, server.baseUrl);
    await page.goto(url);
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${server.baseUrl}/l/${'N'.repeat(22)}`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(manageUrl);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('an invitee named <script>alert(1)</script> is shown as text on the confirmation and manage pages', async () => {
    const url = await newLinkUrl();
    const page = await open();
    await openEnhanced(page, url);
    await bookWithScript(page, HOSTILE);
    const manageUrl = ((await page.locator('#conf-manage').getAttribute('href')) ?? '').replace(server.config.publicUrl, server.baseUrl);
    await page.goto(manageUrl);
    expect(await page.locator('body').textContent()).toContain(HOSTILE);
    expect(await page.locator('script:not([src]):not([type="application/json"])').count()).toBe(0);
    // Without JavaScript too: the server-rendered confirmation.
    const noJs = await open({ javaScriptEnabled: false });
    await noJs.goto(await newLinkUrl());
    await noJs.locator('#slot-list input[type="radio"]').first().check();
    await noJs.locator('#f-name').fill(HOSTILE);
    await noJs.locator('#f-email').fill('ada@example.com');
    await noJs.locator('#submit-booking').click();
    expect(await noJs.locator('h1').textContent()).toBe("You're booked");
    expect(await noJs.content()).not.toContain(HOSTILE);
  });

  it('the booking page transfers under 50 KB in total (compressed), with no third-party requests', async () => {
    const url = await newLinkUrl();
    const page = await open({ viewport: PHONE, isMobile: true });
    const finished: Promise<number>[] = [];
    page.on('requestfinished', (request) => {
      finished.push(request.sizes().then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize));
    });
    await openEnhanced(page, url);
    await page.waitForLoadState('networkidle');
    const sizes = await Promise.all(finished);
    const total = sizes.reduce((sum, size) => sum + size, 0);
    console.log(`[booking page] ${sizes.length} requests, ${total} bytes transferred (headers + compressed bodies)`);
    expect(total).toBeLessThan(50 * 1024);
  });

  it('speaks the language the browser asks for, and keeps the one picked in the switcher (cookie), on the real routes', async () => {
    const url = await newLinkUrl();
    const german = await fetch(url, { headers: { 'accept-language': 'de-DE,de;q=0.9,en;q=0.5' } });
    expect(german.status).toBe(200);
    expect(german.headers.get('content-language')).toBe('de');
    const germanPage = await german.text();
    expect(germanPage).toContain('<html lang="de">');
    expect(germanPage).toContain('Buchung bestätigen');
    expect(germanPage).not.toContain('Confirm booking');
    // The view cache keeps each language apart: English right after German.
    expect(await (await fetch(url, { headers: { 'accept-language': 'ko' } })).text()).toContain('<html lang="en">');

    const picked = await fetch(`${url}?lang=ja`, { headers: { 'accept-language': 'de' } });
    expect(picked.headers.get('set-cookie')).toMatch(/^lang=ja; Path=\/; Max-Age=\d+; SameSite=Lax$/);
    expect(await picked.text()).toContain('<html lang="ja">');
    const remembered = await fetch(url, { headers: { 'accept-language': 'de', cookie: 'lang=ja' } });
    expect(await remembered.text()).toContain('予約を確定');

    const missing = await fetch(`${server.baseUrl}/l/no-such-token`, { headers: { 'accept-language': 'fr' } });
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Page introuvable');
  });
});
