// test (e2e): the desktop UI at /app/ in real Chromium against a real sync server. A host
// connects (wrong URL / token / unreachable server each get their own message), makes an event
// type and a single-use link while the server is down, the link syncs when it comes back, an
// invitee books it and the host's list says "Booked by …" without a reload; a second invitee
// gets the used-link page; the host cancels the booking; sign out removes the local data.
// Screenshots of each main screen go to test-results/screenshots/.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BookingDoc, LinkDoc } from '../../core/schemas/index.ts';
import { launchChromium } from '../../sync-server/src/pages/testing/browser-session.ts';
import type { TestHost } from '../../sync-server/src/testing/start-test-server.ts';
import { bookFirstSlot, navigate, openHostPage, pullAll, screenshot, startUiServer, syncStatus, type HostPage, type UiServer } from './desktop-ui-harness.ts';

let server: UiServer;
let browser: Browser;
let host: TestHost;
let hostPage: HostPage;
let page: Page;
let linkUrl = '';

beforeAll(async () => {
  server = await startUiServer();
  host = await server.createHost({ name: 'Ada Lovelace', timezone: 'Europe/Berlin' });
  browser = await launchChromium();
  hostPage = await openHostPage(browser, server.baseUrl);
  page = hostPage.page;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function connect(serverUrl: string, token: string): Promise<void> {
  await page.getByLabel('Server URL').fill(serverUrl);
  await page.getByLabel('Host token').fill(token);
  await page.getByRole('button', { name: 'Connect' }).click();
}

describe('desktop UI: offline link, sync, live booking', () => {
  it('first run: names a wrong URL, a wrong token and an unreachable server, then connects', async () => {
    await expect.poll(() => page.getByRole('heading', { name: 'Welcome to 1x' }).isVisible()).toBe(true);
    expect(await page.getByLabel('Server URL').inputValue()).toBe(server.baseUrl);

    await connect(server.baseUrl, 'not-the-token');
    await page.getByText('The server does not accept this host token').waitFor();

    await connect(`${server.baseUrl}/not-a-sync-server`, host.token);
    await page.getByText('it is not a sync server').waitFor();

    await connect('http://127.0.0.1:9', host.token);
    await page.getByTestId('connection-error').getByText('Cannot reach a server at http://127.0.0.1:9').waitFor();
    await screenshot(page, '01-first-run');

    await connect(server.baseUrl, host.token);
    await page.getByRole('button', { name: 'New event type' }).waitFor();
    await expect.poll(() => syncStatus(page), { timeout: 15_000 }).toBe('online');
  });

  it('while the server is down, creates an event type and a single-use link and copies it', async () => {
    await server.stop();
    await expect.poll(() => syncStatus(page), { timeout: 15_000 }).toBe('offline');
    await page.getByTestId('sync-reason').waitFor();

    await page.getByRole('button', { name: 'New event type' }).first().click();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Intro call');
    await page.getByRole('textbox', { name: 'Description' }).fill('A first 30-minute conversation.');
    await screenshot(page, '03-event-type-editor');
    await page.getByRole('button', { name: 'Create event type' }).click();
    await page.getByRole('article', { name: 'Intro call' }).waitFor();
    await screenshot(page, '02-event-types');

    await page.getByRole('button', { name: '1x: create a single-use link for Intro call' }).click();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Grace Hopper');
    await page.getByRole('textbox', { name: 'Email' }).fill('grace@example.com');
    await page.getByRole('textbox', { name: 'Note' }).fill('Follow-up from the conference');
    await screenshot(page, '04-create-link');
    await page.getByRole('button', { name: 'Create & Copy Link' }).click();

    await page.getByRole('heading', { name: 'Single-use links' }).waitFor();
    linkUrl = await page.evaluate(() => navigator.clipboard.readText());
    // The app syncs with baseUrl (127.0.0.1) but hands out the server's public address.
    expect(linkUrl).toMatch(new RegExp(`^${server.publicUrl.replace(/[.:/]/g, '\\$&')}/l/[A-Za-z0-9_-]{22,}$`));
    const row = page.getByRole('row').filter({ hasText: 'Grace Hopper' });
    await row.getByText('Not yet synced').waitFor();
    expect(await syncStatus(page)).toBe('offline');
  });

  it('the link syncs once the server is back: the mark disappears and the server has it', async () => {
    await server.start();
    const row = page.getByRole('row').filter({ hasText: 'Grace Hopper' });
    await expect.poll(() => row.getByText('Not yet synced').count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(() => syncStatus(page), { timeout: 15_000 }).toBe('online');
    const links = await pullAll<LinkDoc>(server.baseUrl, host.token, 'links');
    expect(links.map((l) => l.token)).toEqual([linkUrl.split('/l/')[1]]);
    expect(links[0]?.contact).toEqual({ name: 'Grace Hopper', email: 'grace@example.com' });
  });

  it('an invitee books it: the row says "Booked by …" within 2 s, without a reload, and the host is notified', async () => {
    const token = linkUrl.split('/l/')[1] ?? '';
    const response = await bookFirstSlot(server.baseUrl, token, { name: 'Katherine Johnson', email: 'kj@example.com' });
    expect(response.status).toBe(201);
    const booked = Date.now();
    // DESIGN: booking news reaches the desktop within a second; the issue allows 2 s end to end.
    await page.getByRole('row').filter({ hasText: 'Grace Hopper' }).getByText('Booked by Katherine Johnson').waitFor({ timeout: 2_000 });
    console.log(`[desktop-ui] "Booked by" shown ${Date.now() - booked} ms after the booking answered`);
    await page.getByText('New booking: Intro call').waitFor();

    // Two more links for the list: one left unused, one revoked.
    for (const name of ['Alan Turing', 'Margaret Hamilton']) {
      await navigate(page, 'Event types');
      await page.getByRole('button', { name: '1x: create a single-use link for Intro call' }).click();
      await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
      await page.getByRole('button', { name: 'Create & Copy Link' }).click();
      await page.getByRole('row').filter({ hasText: name }).waitFor();
    }
    await page.getByRole('button', { name: 'More actions for Margaret Hamilton' }).click();
    await page.getByRole('menuitem', { name: 'Revoke…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: /^Revoke/ }).click();
    await page.getByRole('row').filter({ hasText: 'Margaret Hamilton' }).getByText('Revoked', { exact: true }).waitFor();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(() => syncStatus(page), { timeout: 15_000 }).toBe('online');
    await screenshot(page, '05-links');

    // A second invitee finds the link used up.
    const second = await browser.newContext();
    const invitee = await second.newPage();
    const answer = await invitee.goto(linkUrl);
    expect(answer?.status()).toBe(410);
    await second.close();
  });

  it('Bookings: shows the meeting in the host zone and cancels it with a reason on the server', async () => {
    await navigate(page, 'Bookings');
    const row = page.getByTestId('booking-row').filter({ hasText: 'Katherine Johnson' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Single-use link · Grace Hopper');
    await screenshot(page, '06-bookings');

    await row.getByRole('button', { name: 'Cancel booking with Katherine Johnson' }).click();
    await page.getByLabel('Reason').fill('Something came up, sorry.');
    await page.getByRole('button', { name: 'Cancel booking', exact: true }).click();
    await row.getByText('Canceled').waitFor();
    await expect
      .poll(async () => (await pullAll<BookingDoc>(server.baseUrl, host.token, 'bookings')).map((b) => [b.status, b.cancelReason, b.canceledBy]), { timeout: 15_000 })
      .toEqual([['canceled', 'Something came up, sorry.', 'host']]);
  });

  it('Settings shows the host; sign out removes the local database', async () => {
    await navigate(page, 'Settings');
    expect(await page.getByTestId('host-name').textContent()).toBe('Ada Lovelace');
    expect(await page.getByTestId('host-timezone').textContent()).toBe('Europe/Berlin');
    await screenshot(page, '07-settings');

    // Saving the connection again reopens the same host's data and keeps syncing.
    await page.getByRole('button', { name: 'Save connection' }).click();
    await page.getByText('Connected as Ada Lovelace.').waitFor();
    await expect.poll(() => syncStatus(page), { timeout: 15_000 }).toBe('online');
    await navigate(page, 'Single-use links');
    await page.getByRole('row').filter({ hasText: 'Grace Hopper' }).getByText('Booked by Katherine Johnson').waitFor();
    await navigate(page, 'Settings');

    const databasesBefore = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? ''));
    expect(databasesBefore.some((name) => name.includes(host.hostId))).toBe(true);
    await page.getByRole('button', { name: 'Sign out…' }).click();
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByRole('heading', { name: 'Welcome to 1x' }).waitFor();
    const databasesAfter = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? ''));
    expect(databasesAfter.filter((name) => name.includes(host.hostId))).toEqual([]);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('draft') || key.includes('profile')))).toEqual([]);
    expect(hostPage.problems).toEqual([]);
  });
});
