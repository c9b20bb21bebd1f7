// Runs in tests (real Chromium). The pages without JavaScript, the manage page, hostile text, a phone
// viewport, an accessibility scan and the transferred size. Set PAGE_SCREENSHOT_DIR to also save
// screenshots of the main views (booking-page-*.png) for a look by eye.
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectedTime, expectedWhen, horizontalOverflow, launchChromium, openSession, plain, type PageSession } from './testing/browser-session.ts';
import { GONE_TOKEN, MANAGE_TOKEN, startPageTestServer, TEST_TOKEN, type PageTestServer } from './testing/start-page-test-server.ts';
import { ASSET_URLS, moduleDependencies } from './page-assets.ts';

const PHONE = { width: 360, height: 740 };
const HOSTILE = '<script>alert(1)</script>';
const screenshotDir = process.env.PAGE_SCREENSHOT_DIR;

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

async function screenshot(page: Page, name: string): Promise<void> {
  if (screenshotDir) await page.screenshot({ path: join(screenshotDir, `booking-page-${name}.png`), fullPage: true });
}

/** Serious and critical findings of axe, as 'rule: target' lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}

describe('booking page without JavaScript', () => {
  it('lists the next open times as radio buttons, switches zone with a GET form, and books with a form post', async () => {
    const page = await open({ javaScriptEnabled: false });
    await page.goto(`${server.url}/l/${TEST_TOKEN}`);
    expect(await page.locator('#picker').isHidden()).toBe(true);
    expect(await page.locator('#slot-list').isVisible()).toBe(true);
    const radios = page.locator('#slot-list input[type="radio"][name="start"]');
    expect(await radios.count()).toBeGreaterThan(10);
    expect(await page.locator('.slot-day legend').count()).toBeGreaterThan(3);
    await screenshot(page, 'no-js');

    await page.locator('#tz-select-all').selectOption('Asia/Tokyo');
    await page.locator('#tz-apply').click();
    await page.waitForURL(/timezone=Asia%2FTokyo/);
    expect(new URL(page.url()).searchParams.getAll('timezone')).toEqual(['Asia/Tokyo']); // only the full list's select sends it
    expect(await page.locator('#slot-list .hint').textContent()).toBe('Times are shown in Asia/Tokyo.');
    const first = radios.first();
    const start = (await first.getAttribute('value')) ?? '';
    expect(plain(await page.locator('.slot-option').first().textContent())).toBe(expectedTime(start, 'Asia/Tokyo'));

    await first.check();
    await page.locator('#f-notes').fill('No script here.');
    const [response] = await Promise.all([page.waitForResponse(`${server.url}/l/${TEST_TOKEN}/book`), page.locator('#submit-booking').click()]);
    expect(response.status()).toBe(201);
    expect(await page.locator('h1').textContent()).toBe("You're booked");
    const slot = server.slots.all.find((candidate) => candidate.start === start);
    expect(slot).toBeUndefined(); // taken by the booking
    const end = new Date(Date.parse(start) + 30 * 60_000).toISOString();
    expect(plain(await page.locator('#conf-when').textContent())).toBe(expectedWhen(start, end, 'Asia/Tokyo'));
    expect(await page.locator('#conf-ics').getAttribute('href')).toBe(`/api/public/bookings/${MANAGE_TOKEN}/ics`);
    expect(await page.locator('#conf-manage').getAttribute('href')).toBe(`${server.url}/m/${MANAGE_TOKEN}`);
  });

  it('a rejected post comes back with the errors next to the fields and nothing typed lost', async () => {
    const page = await open({ javaScriptEnabled: false });
    await page.goto(`${server.url}/l/${TEST_TOKEN}`);
    const chosen = (await page.locator('#slot-list input[type="radio"]').nth(2).getAttribute('value')) ?? '';
    await page.locator('#slot-list input[type="radio"]').nth(2).check();
    await page.locator('#f-name').fill('   '); // passes `required`, not the server
    await page.locator('#f-email').fill('grace@example.com');
    await page.locator('#f-notes').fill('Keep this note.');
    await page.locator('#submit-booking').click();
    await page.locator('#f-name-error').waitFor();
    expect(await page.locator('#f-name-error').textContent()).toBe('Name must not be empty');
    expect(await page.locator('.field[data-field="name"] #f-name-error').count()).toBe(1);
    expect(await page.locator('#f-email').inputValue()).toBe('grace@example.com');
    expect(await page.locator('#f-notes').inputValue()).toBe('Keep this note.');
    expect(await page.locator('#slot-list input[type="radio"]:checked').getAttribute('value')).toBe(chosen);
    expect(await page.locator('#notice .error-summary a').getAttribute('href')).toBe('#f-name');
  });

  it('a used link answers 410 with the friendly page, an unknown one 404', async () => {
    const page = await open({ javaScriptEnabled: false });
    const gone = await page.goto(`${server.url}/l/${GONE_TOKEN}`);
    expect(gone?.status()).toBe(410);
    expect(await page.locator('h1').textContent()).toBe('This link is no longer available');
    expect(await page.locator('main').textContent()).toContain('Please ask Grace Hopper for a new link.');
    const missing = await page.goto(`${server.url}/l/nope`);
    expect(missing?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
  });
});

describe('manage page', () => {
  it('shows the booking in the invitee zone, switches zone, and cancels with JSON', async () => {
    const page = await open();
    await page.goto(`${server.url}/m/${MANAGE_TOKEN}`);
    const { start, end } = server.managed;
    expect(plain(await page.locator('#when-text').textContent())).toBe(expectedWhen(start, end, 'Europe/Berlin'));
    await page.locator('#zone-switch').waitFor({ state: 'visible' });
    await page.locator('#manage-zone').selectOption('America/Los_Angeles');
    expect(plain(await page.locator('#when-text').textContent())).toBe(expectedWhen(start, end, 'America/Los_Angeles'));
    expect(await page.locator('#when-zone').textContent()).toBe('America/Los Angeles');
    await screenshot(page, 'manage');
    expect(await seriousViolations(page)).toEqual([]);

    await page.locator('#cancel-box summary').click();
    await page.locator('#f-reason').fill('Something came up.');
    await page.locator('#cancel-submit').click();
    await page.locator('#canceled-note').waitFor({ state: 'visible' });
    expect(await page.locator('#booking-status').textContent()).toBe('Canceled');
    expect(await page.locator('#canceled-reason').textContent()).toBe('Reason: Something came up.');
    expect(await page.locator('#notice').textContent()).toBe('Your booking is canceled.');
    expect(await page.locator('#cancel-box').isHidden()).toBe(true);
    expect(server.managed.status).toBe('canceled');
    expect(server.managed.cancelReason).toBe('Something came up.');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('cancels with a form post without JavaScript', async () => {
    const page = await open({ javaScriptEnabled: false });
    await page.goto(`${server.url}/m/${MANAGE_TOKEN}`);
    expect(await page.locator('#zone-switch').isHidden()).toBe(true);
    await page.locator('#cancel-box summary').click();
    await page.locator('#f-reason').fill('No JS, no problem.');
    await page.locator('#cancel-submit').click();
    await page.waitForURL(`${server.url}/m/${MANAGE_TOKEN}/cancel`);
    expect(await page.locator('#notice').textContent()).toContain('Your booking is canceled.');
    expect(await page.locator('#canceled-who').textContent()).toBe('You canceled this booking.');
    expect(await page.locator('#canceled-reason').textContent()).toBe('Reason: No JS, no problem.');
    expect(await page.locator('#cancel-form').count()).toBe(0);
  });
});

describe('every page', () => {
  it('shows hostile names as text and runs nothing from them', async () => {
    server.pageOverrides = { hostName: HOSTILE, eventName: HOSTILE, description: HOSTILE, contact: { name: HOSTILE, email: '' } };
    server.managed = { ...server.managed, eventName: HOSTILE, invitee: { ...server.managed.invitee, name: HOSTILE, notes: HOSTILE } };
    const page = await open();
    await openEnhanced(page);
    expect(await page.locator('h1').textContent()).toBe(HOSTILE);
    expect(await page.locator('.host-name').textContent()).toBe(HOSTILE);
    expect(await page.locator('#f-name').inputValue()).toBe(HOSTILE);
    expect(await page.locator('script:not([src]):not([type="application/json"])').count()).toBe(0);
    await page.goto(`${server.url}/m/${MANAGE_TOKEN}`);
    expect(await page.locator('h1').textContent()).toBe(HOSTILE);
    expect(await page.locator('.details-list').textContent()).toContain(HOSTILE);
    // A dialog from alert() would be recorded as a problem by the session.
  });

  it('fits a 360 px phone without sideways scrolling, in every step', async () => {
    const page = await open({ viewport: PHONE, isMobile: true, hasTouch: true });
    await openEnhanced(page);
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, 'phone');
    await page.locator('#times button').first().click();
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, 'phone-details');
    await page.locator('#submit-booking').click();
    await page.locator('#confirmation').waitFor({ state: 'visible' });
    expect(await horizontalOverflow(page)).toBe(0);
    await screenshot(page, 'phone-confirmation');
    await page.goto(`${server.url}/m/${MANAGE_TOKEN}`);
    expect(await horizontalOverflow(page)).toBe(0);
    await page.goto(`${server.url}/l/${GONE_TOKEN}`);
    expect(await horizontalOverflow(page)).toBe(0);

    const noJs = await open({ viewport: PHONE, isMobile: true, javaScriptEnabled: false });
    await noJs.goto(`${server.url}/l/${TEST_TOKEN}`);
    expect(await horizontalOverflow(noJs)).toBe(0);
  });

  it('axe finds no serious or critical problems in any step of the booking page', async () => {
    const page = await open();
    await openEnhanced(page);
    await screenshot(page, 'desktop');
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('#times button').first().click();
    server.nextBookingAnswer = { status: 400, body: { error: 'invalid_input', fields: [{ field: 'email', message: 'must be an email address like name@example.com' }] } };
    await page.locator('#submit-booking').click();
    await page.locator('#f-email-error').waitFor();
    await screenshot(page, 'desktop-details-error');
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('#submit-booking').click();
    await page.locator('#confirmation').waitFor({ state: 'visible' });
    await screenshot(page, 'desktop-confirmation');
    expect(await seriousViolations(page)).toEqual([]);

  });

  it('axe finds no serious or critical problems in the no-JS views and the 410 and 404 pages', async () => {
    // axe needs JavaScript; blocking the page's own scripts leaves the no-JS view in place.
    const page = await open();
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.goto(`${server.url}/l/${TEST_TOKEN}`);
    expect(await page.locator('#slot-list').isVisible()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('#slot-list input[type="radio"]').first().check();
    await page.locator('#f-email').fill('x@example.com');
    await page.locator('#f-name').fill(' ');
    await page.locator('#submit-booking').click();
    await page.locator('#f-name-error').waitFor();
    await screenshot(page, 'no-js-error');
    expect(await seriousViolations(page)).toEqual([]);
    for (const path of [`/l/${GONE_TOKEN}`, '/l/nope']) {
      await page.goto(`${server.url}${path}`);
      expect(await seriousViolations(page)).toEqual([]);
    }
    await screenshot(page, 'not-found');
  });

  it('transfers under 50 KB compressed (HTML, scripts and styles), all from this origin', async () => {
    const page = await open();
    const bodies: Array<{ url: string; type: string; bytes: Buffer }> = [];
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      pending.push(response.body().then((bytes) => {
        bodies.push({ url: response.url(), type: response.request().resourceType(), bytes });
      }, () => undefined));
    });
    await openEnhanced(page);
    await Promise.all(pending);
    // The warm-up worker's script is made in the page from warm-intl.js (blob:), not transferred.
    const page_ = bodies.filter((body) => ['document', 'script', 'stylesheet'].includes(body.type) && !body.url.startsWith('blob:'));
    // The page, its stylesheet, its script, every module that script imports and warm-intl.js: nothing else.
    const scripts = new Set([ASSET_URLS.warmIntl, ASSET_URLS.bookingScript, ...moduleDependencies(ASSET_URLS.bookingScript)]).size;
    expect(page_.map((body) => body.type).sort()).toEqual(['document', ...Array<string>(scripts).fill('script'), 'stylesheet']);
    const gzipped = page_.reduce((sum, body) => sum + gzipSync(body.bytes, { level: 9 }).length, 0);
    const raw = page_.reduce((sum, body) => sum + body.bytes.length, 0);
    const data = bodies.filter((body) => body.type === 'fetch').reduce((sum, body) => sum + gzipSync(body.bytes, { level: 9 }).length, 0);
    console.log(`booking page transfer: ${(gzipped / 1024).toFixed(1)} KB gzip (${(raw / 1024).toFixed(1)} KB raw) for HTML+JS+CSS, plus ${(data / 1024).toFixed(1)} KB gzip of slot JSON`);
    expect(gzipped).toBeLessThan(50 * 1024);
    expect(bodies.every((body) => body.url.startsWith(server.url) || body.url.startsWith(`blob:${server.url}`))).toBe(true);
  });
});
