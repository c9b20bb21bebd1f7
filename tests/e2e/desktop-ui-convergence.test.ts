// test (e2e): two browser profiles of the same host (each with its own IndexedDB) edit one link
// while offline and converge to the same state after reconnecting: different fields both kept,
// the same field to the newer edit, whichever device reconnects first, and the device whose edit
// lost says so with its value to copy. A host edit made offline while an invitee books the link
// keeps the booking.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinkDoc } from '../../core/schemas/index.ts';
import { makeEventType, makeLink } from '../../core/testing/fixtures.ts';
import { launchChromium } from '../../sync-server/src/pages/testing/browser-session.ts';
import type { TestHost } from '../../sync-server/src/testing/start-test-server.ts';
import { bookFirstSlot, openHostPage, pullAll, screenshot, syncStatus, type HostPage, type UiServer, startUiServer, pushNew } from './desktop-ui-harness.ts';

let server: UiServer;
let browser: Browser;
let host: TestHost;
let a: HostPage;
let b: HostPage;
const eventType = makeEventType({ name: 'Portfolio review', slug: 'portfolio-review', minNoticeMinutes: 0 });
const shared = makeLink({ eventTypeId: eventType.id, contact: { name: 'Link One', email: 'one@example.com' }, createdAt: new Date().toISOString() });
const crossed = makeLink({ eventTypeId: eventType.id, contact: { name: 'Link Two', email: 'two@example.com' }, createdAt: new Date().toISOString() });
const sameFieldOlderFirst = makeLink({ eventTypeId: eventType.id, contact: { name: 'Link Three', email: 'three@example.com' }, createdAt: new Date().toISOString() });
const sameFieldNewerFirst = makeLink({ eventTypeId: eventType.id, contact: { name: 'Link Four', email: 'four@example.com' }, createdAt: new Date().toISOString() });

const push = (collection: string, docs: object[]): Promise<void> => pushNew(server.baseUrl, host.token, collection, docs);

function row(page: Page, link: LinkDoc) {
  return page.locator(`[role="row"][data-link-id="${link.id}"]`);
}

function contactOf(page: Page, link: LinkDoc) {
  return row(page, link).getByTestId('link-contact');
}

async function editDetails(page: Page, contactName: string, change: (page: Page) => Promise<void>): Promise<void> {
  await page.getByRole('button', { name: `More actions for ${contactName}` }).click();
  await page.getByRole('menuitem', { name: 'Edit details' }).click();
  await change(page);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByRole('heading', { name: 'Single-use links' }).waitFor();
}

async function openLinks(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByText('Single-use links', { exact: true }).click();
  await row(page, shared).waitFor();
  await row(page, crossed).waitFor();
  await row(page, sameFieldNewerFirst).waitFor();
}

async function goOffline(...pages: HostPage[]): Promise<void> {
  for (const { context, page } of pages) {
    await context.setOffline(true);
    await expect.poll(() => syncStatus(page), { timeout: 15_000 }).toBe('offline');
  }
}

/** Reconnects one profile and waits until it has pushed what it held for `link`. */
async function reconnect({ context, page }: HostPage, link: LinkDoc): Promise<void> {
  await context.setOffline(false);
  await expect.poll(() => row(page, link).getByText('Not yet synced').count(), { timeout: 30_000 }).toBe(0);
}

beforeAll(async () => {
  server = await startUiServer();
  host = await server.createHost({ name: 'Grace Hopper', timezone: 'America/New_York' });
  await push('event_types', [eventType]);
  await push('links', [shared, crossed, sameFieldOlderFirst, sameFieldNewerFirst]);
  browser = await launchChromium();
  a = await openHostPage(browser, server.baseUrl, { token: host.token });
  b = await openHostPage(browser, server.baseUrl, { token: host.token });
  await openLinks(a.page);
  await openLinks(b.page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('desktop UI: two profiles of one host', () => {
  it('edit different fields of one link offline and converge after reconnecting', async () => {
    await a.context.setOffline(true);
    await b.context.setOffline(true);
    await expect.poll(() => syncStatus(a.page), { timeout: 15_000 }).toBe('offline');
    await expect.poll(() => syncStatus(b.page), { timeout: 15_000 }).toBe('offline');

    await editDetails(a.page, 'Link One', (page) => page.getByRole('textbox', { name: 'Name', exact: true }).fill('Alan Turing'));
    await editDetails(b.page, 'Link One', (page) => page.getByRole('textbox', { name: 'Note' }).fill('Bring the slides'));
    await row(a.page, shared).getByText('Not yet synced').waitFor();
    await row(b.page, shared).getByText('Not yet synced').waitFor();

    await a.context.setOffline(false);
    await expect.poll(() => row(a.page, shared).getByText('Not yet synced').count(), { timeout: 30_000 }).toBe(0);
    await b.context.setOffline(false);
    await expect.poll(() => row(b.page, shared).getByText('Not yet synced').count(), { timeout: 30_000 }).toBe(0);

    // Both profiles show what the server holds.
    const [onServer] = (await pullAll<LinkDoc>(server.baseUrl, host.token, 'links')).filter((l) => l.id === shared.id);
    expect(onServer).toBeDefined();
    const expectedContact = onServer?.contact.name ?? '';
    await expect.poll(() => contactOf(a.page, shared).innerText(), { timeout: 15_000 }).toContain(expectedContact);
    await expect.poll(() => contactOf(b.page, shared).innerText(), { timeout: 15_000 }).toContain(expectedContact);
    expect(await contactOf(a.page, shared).innerText()).toBe(await contactOf(b.page, shared).innerText());
    // The conflict handler merges three-way against the state each edit started from, so two
    // devices that changed different fields both keep their edit.
    expect([onServer?.contact.name, onServer?.note]).toEqual(['Alan Turing', 'Bring the slides']);
    await expect.poll(() => row(a.page, shared).innerText(), { timeout: 15_000 }).toContain('Bring the slides');
    await expect.poll(() => row(b.page, shared).innerText(), { timeout: 15_000 }).toContain('Alan Turing');
  });

  it.each([
    ['the older edit reconnects first', sameFieldOlderFirst, 'older-first'],
    ['the newer edit reconnects first', sameFieldNewerFirst, 'newer-first'],
  ] as const)('edit the same field offline, %s: the newer edit wins on both, the other device says so', async (_label, link, order) => {
    await goOffline(a, b);
    // A edits first, B a moment later: B's is the newer edit.
    await editDetails(a.page, link.contact.name, (page) => page.getByRole('textbox', { name: 'Note' }).fill('Older note from A'));
    await editDetails(b.page, link.contact.name, (page) => page.getByRole('textbox', { name: 'Note' }).fill('Newer note from B'));

    const [first, second] = order === 'older-first' ? [a, b] : [b, a];
    await reconnect(first, link);
    await reconnect(second, link);

    await expect.poll(async () => (await pullAll<LinkDoc>(server.baseUrl, host.token, 'links')).find((l) => l.id === link.id)?.note, { timeout: 15_000 })
      .toBe('Newer note from B');
    await expect.poll(() => row(a.page, link).innerText(), { timeout: 15_000 }).toContain('Newer note from B');
    await expect.poll(() => row(b.page, link).innerText(), { timeout: 15_000 }).toContain('Newer note from B');

    // A's edit lost: A names the link and the field, and keeps its value to copy.
    const notice = a.page.getByTestId('lost-edit').filter({ hasText: `the link for ${link.contact.name}` });
    await notice.waitFor({ timeout: 15_000 });
    await expect.poll(() => notice.innerText()).toContain('Your edit of Note was replaced');
    expect(await notice.getByTestId('lost-edit-value').innerText()).toBe('Older note from A');
    if (order === 'older-first') await screenshot(a.page, 'desktop-lost-edit');
    await notice.getByRole('button', { name: 'Copy my value' }).click();
    await expect.poll(() => a.page.evaluate(() => navigator.clipboard.readText())).toBe('Older note from A');
    await notice.getByRole('button', { name: /^Dismiss/ }).click();
    await expect.poll(() => notice.count()).toBe(0);
    // B's edit won: nothing to tell there.
    expect(await b.page.getByTestId('lost-edit').count()).toBe(0);
  });

  it('a host edit made offline while an invitee books the link keeps the booking', async () => {
    await a.context.setOffline(true);
    await expect.poll(() => syncStatus(a.page), { timeout: 15_000 }).toBe('offline');
    await editDetails(a.page, 'Link Two', (page) => page.getByRole('textbox', { name: 'Note' }).fill('Edited offline'));

    const response = await bookFirstSlot(server.baseUrl, crossed.token, { name: 'Katherine Johnson', email: 'kj@example.com' });
    expect(response.status).toBe(201);
    await row(b.page, crossed).getByText('Booked by Katherine Johnson').waitFor();

    await a.context.setOffline(false);
    await row(a.page, crossed).getByText('Booked by Katherine Johnson').waitFor({ timeout: 30_000 });
    await expect.poll(() => row(a.page, crossed).getByText('Not yet synced').count(), { timeout: 30_000 }).toBe(0);
    const [onServer] = (await pullAll<LinkDoc>(server.baseUrl, host.token, 'links')).filter((l) => l.id === crossed.id);
    expect(onServer).toMatchObject({ note: 'Edited offline', useCount: 1 });
    expect(onServer?.bookingIds).toHaveLength(1);
    await expect.poll(() => row(b.page, crossed).innerText(), { timeout: 15_000 }).toContain('Edited offline');
    expect(a.problems).toEqual([]);
    expect(b.problems).toEqual([]);
    // RxDB's storage sales notice is not printed (db/drop-storage-advert.ts).
    expect([...a.warnings, ...b.warnings].filter((text) => text.includes('RxDB'))).toEqual([]);
  });
});
