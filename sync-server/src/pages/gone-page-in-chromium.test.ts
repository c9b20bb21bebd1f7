// Runs in tests (real Chromium, real server). The invitee who comes back: after booking a
// single-use link in this browser, opening the link again shows the 410 page with a link straight
// to the booking (remembered in this browser, never looked up on the server); another browser
// sees only the words pointing to the confirmation email.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedEventType, seedLinks } from '../booking/testing/seed-booking-data.ts';
import { startTestServer, type TestServer } from '../testing/start-test-server.ts';
import { launchChromium, openSession } from './testing/browser-session.ts';

let browser: Browser;
let server: TestServer;
beforeAll(async () => {
  browser = await launchChromium();
  server = await startTestServer();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the 410 page of a used link', () => {
  it('leads the browser that booked back to its booking, and points everyone else to the email', async () => {
    const host = await server.createHost({ name: 'Grace Hopper' });
    const eventType = await seedEventType(server.store, host.hostId, { name: 'Intro call' });
    const [link] = await seedLinks(server.store, host.hostId, eventType.id, 1);
    // Opened at PUBLIC_URL, as invitees do: manage links are made from it.
    const origin = server.config.publicUrl;
    const linkUrl = `${origin}/l/${link!.token}`;
    const session = await openSession(browser, origin);
    const { page } = session;
    await page.goto(linkUrl);
    await page.locator('#picker').waitFor({ state: 'visible' });
    await page.waitForFunction(() => !document.getElementById('picker')?.hasAttribute('aria-busy'));
    await page.locator('#times button').first().click();
    await page.locator('#booking-form').waitFor({ state: 'visible' });
    await page.locator('#f-name').fill('Ada Lovelace');
    await page.locator('#f-email').fill('ada@example.com');
    await page.locator('#submit-booking').click();
    await page.locator('#confirmation').waitFor({ state: 'visible' });
    const manageUrl = await page.locator('#conf-manage').getAttribute('href');
    expect(manageUrl).toMatch(/\/m\/[A-Za-z0-9_-]+$/);

    const again = await page.goto(linkUrl);
    expect(again?.status()).toBe(410);
    await page.locator('#gone-own-booking').waitFor({ state: 'visible' });
    expect(await page.locator('#gone-own-booking a').getAttribute('href')).toBe(manageUrl);
    expect(await page.locator('main').textContent()).toContain('your confirmation email has the link to view, reschedule or cancel your booking');
    await page.locator('#gone-own-booking a').click();
    await page.waitForURL(manageUrl!);
    expect(session.problems).toEqual([]);
    await session.close();

    // Another browser (nothing remembered) sees the page as the server rendered it.
    const other = await openSession(browser, origin);
    expect((await other.page.goto(linkUrl))?.status()).toBe(410);
    expect(await other.page.locator('main').textContent()).toContain('your confirmation email has the link');
    expect(await other.page.locator('#gone-own-booking').isHidden()).toBe(true);
    // Something planted in storage that is not this server's manage page is not shown.
    await other.page.evaluate((token) => localStorage.setItem(`1x.booking.${token}`, 'https://evil.example/m/abc'), link!.token);
    await other.page.reload();
    await other.page.waitForLoadState('networkidle');
    expect(await other.page.locator('#gone-own-booking').isHidden()).toBe(true);
    expect(other.problems).toEqual([]);
    await other.close();
  });
});
