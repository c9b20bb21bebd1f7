// test (e2e): the Bookings screen in real Chromium against a real server: the sidebar is real
// buttons a keyboard reaches, a row opens the booking's details (notes as text, the invitee's
// zone, location, link), a host's cancel says what it does and keeps the table's columns where
// they were, "Upcoming (n)" counts only what still stands, and an invitee's cancel is news.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEventType, makeLink } from '../../core/testing/fixtures.ts';
import { launchChromium } from '../../sync-server/src/pages/testing/browser-session.ts';
import type { TestHost } from '../../sync-server/src/testing/start-test-server.ts';
import { navigate, openHostPage, screenshot, startUiServer, type HostPage, type UiServer, pushNew } from './desktop-ui-harness.ts';

let server: UiServer;
let browser: Browser;
let host: TestHost;
let app: HostPage;
const NOTES = '<b>Agenda</b>\n1. Pricing';
const eventType = makeEventType({ name: 'Portfolio review', slug: 'portfolio-review', minNoticeMinutes: 0, location: { kind: 'in_person', details: 'Main Street 1' } });
const adaLink = makeLink({ eventTypeId: eventType.id, contact: { name: 'Ada Lovelace', email: 'ada@example.com' }, createdAt: new Date().toISOString() });
const alanLink = makeLink({ eventTypeId: eventType.id, contact: { name: 'Alan Turing', email: 'alan@example.com' }, createdAt: new Date().toISOString() });
let alanManageUrl = '';
let adaStart = '';

const push = (collection: string, docs: object[]): Promise<void> => pushNew(server.baseUrl, host.token, collection, docs);

/** An invitee books the link's first open slot; answers the booking's start and manage URL. */
async function book(token: string, invitee: { name: string; email: string; timezone: string; notes: string }): Promise<{ start: string; manageUrl: string }> {
  const from = new Date().toISOString().slice(0, 10);
  const to = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);
  const slots = await fetch(`${server.baseUrl}/api/public/links/${token}/slots?from=${from}&to=${to}&timezone=${invitee.timezone}`);
  const { days } = (await slots.json()) as { days: Array<{ slots: Array<{ start: string }> }> };
  const start = days.flatMap((day) => day.slots)[0]?.start;
  if (!start) throw new Error('no open slot');
  const response = await fetch(`${server.baseUrl}/api/public/links/${token}/bookings`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ start, ...invitee }),
  });
  if (response.status !== 201) throw new Error(`booking: HTTP ${response.status} ${await response.text()}`);
  return { start, manageUrl: ((await response.json()) as { booking: { manageUrl: string } }).booking.manageUrl };
}

/** The clock time (HH:mm, 24 h) of an instant in a zone, as the test's own reference. */
function clockIn(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

function row(page: Page, name: string) {
  return page.getByTestId('booking-row').filter({ hasText: name });
}

async function columnWidths(page: Page): Promise<number[]> {
  return page.locator('table[aria-label="Bookings"] thead th').evaluateAll((cells) => cells.map((cell) => Math.round(cell.getBoundingClientRect().width)));
}

beforeAll(async () => {
  server = await startUiServer();
  host = await server.createHost({ name: 'Grace Hopper', timezone: 'Europe/Berlin' });
  await push('event_types', [eventType]);
  await push('links', [adaLink, alanLink]);
  adaStart = (await book(adaLink.token, { name: 'Ada Lovelace', email: 'ada@example.com', timezone: 'Asia/Tokyo', notes: NOTES })).start;
  alanManageUrl = (await book(alanLink.token, { name: 'Alan Turing', email: 'alan@example.com', timezone: 'Europe/Berlin', notes: '' })).manageUrl;
  browser = await launchChromium();
  app = await openHostPage(browser, server.baseUrl, { token: host.token });
  await app.page.getByRole('navigation', { name: 'Main' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('desktop UI: bookings', () => {
  it('has a sidebar of real buttons that the keyboard reaches and uses', async () => {
    const { page } = app;
    const nav = page.getByRole('navigation', { name: 'Main' });
    const entries = nav.getByRole('button');
    expect(await entries.allTextContents()).toEqual(['Event types', 'Single-use links', 'Bookings', 'Settings']);
    expect(await nav.locator('a:not([href])').count()).toBe(0);
    const bookings = nav.getByRole('button', { name: 'Bookings' });
    await nav.getByRole('button', { name: 'Single-use links' }).focus();
    await page.keyboard.press('Tab');
    expect(await bookings.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Bookings' }).waitFor();
    expect(await bookings.getAttribute('aria-current')).toBe('page');
    await row(page, 'Ada Lovelace').waitFor();
    await row(page, 'Alan Turing').waitFor();
  });

  it("opens a booking's details: invitee, their zone and time, notes as text, location, link, status", async () => {
    const { page } = app;
    // Each test stands alone: the screen is opened again the way a mouse would.
    await navigate(page, 'Bookings');
    await row(page, 'Ada Lovelace').getByRole('button', { name: 'Details of the booking with Ada Lovelace' }).click();
    const drawer = page.getByRole('dialog', { name: 'Portfolio review with Ada Lovelace' });
    await drawer.waitFor();
    expect(await drawer.getByText('Asia/Tokyo', { exact: true }).count()).toBe(1);
    const text = await drawer.innerText();
    expect(text).toContain('ada@example.com');
    expect(text).toContain('<b>Agenda</b>\n1. Pricing');
    expect(await drawer.locator('b').count()).toBe(0);
    expect(text).toContain('In person\nMain Street 1');
    expect(text).toContain('Single-use link · Ada Lovelace');
    // Labels and the badge are upper-cased by CSS, which innerText reflects.
    expect(text).toMatch(/confirmed/i);
    // Tokyo is 8 hours ahead of Berlin in winter, 7 in summer: the invitee's clock differs. A
    // meeting that crosses Tokyo's midnight names the end's day too ("23:30 – Fri, Dec 4, 00:00").
    const invitee = /When for the invitee\n\w{3}, \w{3} \d+, \d{4}, (\d\d:\d\d) – (?:\w{3}, \w{3} \d+, )?\d\d:\d\d/i.exec(text);
    expect(invitee?.[1]).toBe(clockIn(adaStart, 'Asia/Tokyo'));
    expect(text).toMatch(new RegExp(`When \\(your time, Europe/Berlin\\)\\n[^\\n]*${clockIn(adaStart, 'Europe/Berlin')} –`, 'i'));
    await page.waitForTimeout(300); // the drawer's opening transition
    await screenshot(page, 'booking-details');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
  });

  it('cancels with the right words, keeps the column widths and counts only confirmed upcoming bookings', async () => {
    const { page } = app;
    await navigate(page, 'Bookings');
    await page.getByText('Upcoming (2)').waitFor();
    // Soft checks: each of the three faults (words, widths, count) shows on its own.
    const before = await columnWidths(page);
    await row(page, 'Ada Lovelace').getByRole('button', { name: 'Cancel booking with Ada Lovelace' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cancel this booking?' });
    expect.soft(await dialog.innerText()).toContain("Your time becomes open for booking again. Ada Lovelace's booking page will show it canceled, with your reason.");
    await dialog.getByLabel('Reason').fill('Double-booked, sorry.');
    await dialog.getByRole('button', { name: 'Cancel booking' }).click();
    const notice = page.locator('.mantine-Notification-root').filter({ hasText: 'Booking canceled' });
    await notice.waitFor();
    const said = await notice.innerText();
    expect.soft(said).toMatch(/Your time on .+ is open again\. Ada Lovelace's booking page now shows it canceled\./);
    expect.soft(said).not.toContain('gets the time back');
    await row(page, 'Ada Lovelace').getByText('Canceled by host').waitFor();
    expect.soft(await columnWidths(page)).toEqual(before);
    await page.getByText('Upcoming (1)').waitFor({ timeout: 5_000 });
  });

  it("tells the host when an invitee cancels", async () => {
    const { page } = app;
    const token = new URL(alanManageUrl).pathname.split('/').pop() ?? '';
    const response = await fetch(`${server.baseUrl}/api/public/bookings/${token}/cancel`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ reason: 'Something came up' }),
    });
    expect(response.ok).toBe(true);
    const notice = page.locator('.mantine-Notification-root').filter({ hasText: 'Booking canceled: Portfolio review' });
    await notice.waitFor({ timeout: 15_000 });
    expect(await notice.innerText()).toContain('Alan Turing canceled');
    await row(page, 'Alan Turing').getByText('Canceled by invitee').waitFor();
    await page.getByText('Upcoming (0)').waitFor();
    expect(app.problems).toEqual([]);
  });
});
