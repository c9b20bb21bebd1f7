// test (e2e): reschedules in the desktop, in real Chromium against a real server. An invitee's
// reschedule shows up live through replication: the new booking's row says "Rescheduled from …",
// the old one "Rescheduled" and "Moved to …". Then the host moves the new booking from its
// drawer: the picker lists open times, "Move to …" asks the server, and the drawer of the
// booking it became shows the whole chain.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BookingDoc } from '../../core/schemas/index.ts';
import { makeAvailability, makeEventType, makeLink } from '../../core/testing/fixtures.ts';
import { launchChromium } from '../../sync-server/src/pages/testing/browser-session.ts';
import type { TestHost } from '../../sync-server/src/testing/start-test-server.ts';
import { navigate, openHostPage, pullAll, pushNew, startUiServer, type HostPage, type UiServer } from './desktop-ui-harness.ts';

let server: UiServer;
let browser: Browser;
let host: TestHost;
let app: HostPage;

const allDay = () => [{ start: '00:00', end: '24:00' }];
const eventType = makeEventType({
  name: 'Portfolio review', slug: 'portfolio-review', minNoticeMinutes: 0,
  availability: makeAvailability({ timezone: 'Europe/Berlin', weekly: { mon: allDay(), tue: allDay(), wed: allDay(), thu: allDay(), fri: allDay(), sat: allDay(), sun: allDay() } }),
});
const link = makeLink({ eventTypeId: eventType.id, contact: { name: 'Ada Lovelace', email: 'ada@example.com' }, createdAt: new Date().toISOString() });

/** `days` from now at `hour`:00 UTC. */
const at = (days: number, hour: number) => {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  date.setUTCHours(hour, 0, 0, 0);
  return date.toISOString();
};

beforeAll(async () => {
  server = await startUiServer();
  host = await server.createHost({ name: 'Grace Hopper', timezone: 'Europe/Berlin' });
  await pushNew(server.baseUrl, host.token, 'event_types', [eventType]);
  await pushNew(server.baseUrl, host.token, 'links', [link]);
  browser = await launchChromium();
  app = await openHostPage(browser, server.baseUrl, { token: host.token });
  await app.page.getByRole('navigation', { name: 'Main' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('desktop UI: reschedule', () => {
  it('shows an invitee\'s reschedule live, then moves the booking from the drawer', async () => {
    const { page } = app;
    const booked = await fetch(`${server.baseUrl}/api/public/links/${link.token}/bookings`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ start: at(2, 9), name: 'Ada Lovelace', email: 'ada@example.com', timezone: 'Europe/Berlin', notes: '' }),
    });
    const { booking: first } = (await booked.json()) as { booking: { id: string; manageUrl: string } };
    await navigate(page, 'Bookings');
    const rows = page.getByTestId('booking-row').filter({ hasText: 'Ada Lovelace' });
    await rows.first().waitFor();

    // The invitee moves it with the manage token; the desktop hears of it through the stream.
    const manageToken = first.manageUrl.slice(first.manageUrl.lastIndexOf('/') + 1);
    const moved = await fetch(`${server.baseUrl}/api/public/bookings/${manageToken}/reschedule`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ start: at(3, 9), timezone: 'Europe/Berlin' }),
    });
    expect(moved.status).toBe(201);
    await page.getByTestId('reschedule-note').filter({ hasText: /^Rescheduled from / }).waitFor({ timeout: 10_000 });
    await page.getByTestId('reschedule-note').filter({ hasText: /^Moved to / }).waitFor();
    expect(await page.getByTestId('booking-row').filter({ hasText: 'Rescheduled' }).count()).toBeGreaterThanOrEqual(2);

    // The host moves the new booking again, from its drawer.
    await page.getByTestId('booking-row').filter({ has: page.getByTestId('reschedule-note').filter({ hasText: /^Rescheduled from / }) })
      .getByRole('button', { name: /^Details/ }).click();
    await page.getByRole('button', { name: 'Reschedule…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reschedule this booking' });
    await dialog.getByRole('button', { name: 'Later week' }).waitFor();
    // 14:00 Berlin on the first day listed.
    await dialog.getByRole('button', { name: '14:00' }).first().click();
    await dialog.getByRole('button', { name: /^Move to / }).click();
    await dialog.waitFor({ state: 'detached' });
    const drawer = page.getByTestId('booking-details');
    await drawer.getByText('Rescheduled from').waitFor({ timeout: 10_000 });

    const bookings = await pullAll<BookingDoc>(server.baseUrl, host.token, 'bookings');
    const confirmed = bookings.filter((b) => b.status === 'confirmed');
    expect(confirmed).toHaveLength(1);
    expect(bookings.filter((b) => b.cancelReason === 'rescheduled').map((b) => b.canceledBy).sort()).toEqual(['host', 'invitee']);
    // The chain, oldest first, in the drawer of the current booking.
    const chain = await drawer.locator('dd').filter({ hasText: /\d{2}:\d{2}/ }).allTextContents();
    expect(chain.some((text) => text.split('\n').length === 2)).toBe(true);
    expect(app.problems).toEqual([]);
  });
});
