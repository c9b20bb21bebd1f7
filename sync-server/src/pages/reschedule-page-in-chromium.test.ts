// Runs in tests (real Chromium against the real server on a real SQLite file). The invitee moves a
// booking from its manage page: without JavaScript through the week pages and a form post, with
// JavaScript by a JSON post shown in place; both end at the new booking's own manage page, and the
// old page says the booking was moved. A time taken meanwhile is refused and the original stays.
// axe finds nothing serious on the reschedule page and its answer.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { request } from '../testing/http-client.ts';
import { startTestServer, type TestHost, type TestServer } from '../testing/start-test-server.ts';
import { seedEventType, seedLinks, startInDays } from '../booking/testing/seed-booking-data.ts';
import { launchChromium, openSession, type PageSession } from './testing/browser-session.ts';

let browser: Browser;
let server: TestServer;
let host: TestHost;
let session: PageSession | null = null;

beforeAll(async () => {
  browser = await launchChromium();
  server = await startTestServer();
  host = await server.createHost({ name: 'Grace Hopper', timezone: 'UTC' });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
afterEach(async () => {
  const problems = session?.problems ?? [];
  await session?.close();
  session = null;
  expect(problems).toEqual([]);
});

/**
 * axe's serious and critical findings on the page as it is now. axe runs as a script in the page,
 * which a page with JavaScript off never runs (the call would wait forever): the no-JS pages are
 * the same HTML, scanned in the JavaScript run.
 */
async function seriousViolations(page: Page, javaScriptEnabled: boolean): Promise<string[]> {
  if (!javaScriptEnabled) return [];
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}

async function bookOne(start: string): Promise<{ id: string; manageUrl: string }> {
  const eventType = await seedEventType(server.store, host.hostId);
  const [link] = await seedLinks(server.store, host.hostId, eventType.id, 1);
  const answer = await request<{ booking: { id: string; manageUrl: string } }>(`${server.baseUrl}/api/public/links/${link!.token}/bookings`, {
    method: 'POST', json: { start, name: 'Ada Lovelace', email: 'ada@example.com', timezone: 'UTC' },
  });
  expect(answer.status).toBe(201);
  // The manage URL is built from PUBLIC_URL; the test server answers at its own address.
  return { id: answer.body.booking.id, manageUrl: `${server.baseUrl}${new URL(answer.body.booking.manageUrl).pathname}` };
}

describe.each([false, true])('reschedule from the manage page (JavaScript %s)', (javaScriptEnabled) => {
  // Each run its own days: the host's calendar is shared by both.
  const day = (n: number) => n + (javaScriptEnabled ? 2 : 0);
  it('picks a later week\'s time, lands on the new booking\'s page; the old page says it moved', async () => {
    const original = await bookOne(startInDays(day(2), 9));
    session = await openSession(browser, server.baseUrl, { javaScriptEnabled, timezoneId: 'UTC' });
    const { page } = session;
    await page.goto(original.manageUrl);
    await page.getByRole('link', { name: 'Reschedule' }).click();
    await page.waitForURL(/\/reschedule/);
    expect(await page.locator('#current-time').textContent()).toContain('9:00');
    expect(await seriousViolations(page, javaScriptEnabled)).toEqual([]);
    await page.getByRole('link', { name: 'Later dates' }).click();
    await page.waitForURL(/date=/);
    const target = startInDays(day(9), 15);
    await page.locator(`#reschedule-form button[value="${target}"]`).click();
    await page.locator('#rescheduled-banner').waitFor();
    // With JavaScript the answer came as JSON into the same page; without, a form post answered with a page.
    expect(new URL(page.url()).searchParams.has('date')).toBe(javaScriptEnabled);
    expect(await page.locator('#new-time').textContent()).toContain('3:00');
    expect(await seriousViolations(page, javaScriptEnabled)).toEqual([]);
    const newHref = await page.locator('#new-manage-link').getAttribute('href');
    expect(newHref).toMatch(/\/m\/[A-Za-z0-9_-]{22,}$/);
    const newPath = new URL(newHref!, server.baseUrl).pathname;
    await page.goto(`${server.baseUrl}${newPath}`);
    expect(await page.locator('#booking-status').textContent()).toBe('Confirmed');
    await page.goto(original.manageUrl);
    expect(await page.locator('#booking-status').textContent()).toBe('Canceled');
    expect(await page.locator('#canceled-who').textContent()).toBe('This booking was moved to another time.');
    expect(await page.locator('#reschedule-link').count()).toBe(0);
    const old = (await server.store.getDocs(host.hostId, 'bookings', [original.id])).get(original.id)!.doc;
    expect(old).toMatchObject({ status: 'canceled', cancelReason: 'rescheduled', rescheduledToId: expect.any(String) });
  });

  it('a time taken after the page was shown is refused; the original stays booked', async () => {
    const original = await bookOne(startInDays(day(3), 9));
    session = await openSession(browser, server.baseUrl, { javaScriptEnabled, timezoneId: 'UTC' });
    const { page } = session;
    await page.goto(`${original.manageUrl}/reschedule`);
    const contested = startInDays(day(3), 13);
    const [other] = await seedLinks(server.store, host.hostId, (await server.store.getDocs(host.hostId, 'bookings', [original.id])).get(original.id)!.doc.eventTypeId, 1);
    expect((await request(`${server.baseUrl}/api/public/links/${other!.token}/bookings`, { method: 'POST', json: { start: contested, name: 'Bob', email: 'bob@example.com', timezone: 'UTC' } })).status).toBe(201);
    await page.locator(`#reschedule-form button[value="${contested}"]`).click();
    await page.getByText('That time is no longer open. Please pick another.').waitFor();
    const stored = (await server.store.getDocs(host.hostId, 'bookings', [original.id])).get(original.id)!.doc;
    expect(stored).toMatchObject({ status: 'confirmed', rescheduledToId: null });
  });
});
