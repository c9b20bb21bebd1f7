// test (e2e): the links list in real Chromium against a real server, at 1280×800: each link's
// URL can be selected and copied as text, what a link changes from its event type is on its
// row, columns sort, and two selected links are revoked at once and reach the server so.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinkDoc } from '../../core/schemas/index.ts';
import { makeEventType, makeLink } from '../../core/testing/fixtures.ts';
import { launchChromium } from '../../sync-server/src/pages/testing/browser-session.ts';
import type { TestHost } from '../../sync-server/src/testing/start-test-server.ts';
import { navigate, openHostPage, pullAll, pushNew, screenshot, startUiServer, type UiServer } from './desktop-ui-harness.ts';

let server: UiServer;
let browser: Browser;
let host: TestHost;
let page: Page;

const review = makeEventType({ name: 'Portfolio review', slug: 'portfolio-review', durationMinutes: 30 });
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
const ada = makeLink({ eventTypeId: review.id, contact: { name: 'Ada Lovelace', email: 'ada@example.com' }, createdAt: minutesAgo(3) });
const zoe = makeLink({
  eventTypeId: review.id,
  contact: { name: 'Zoë Quinn', email: 'zoe@example.com' },
  maxUses: 3,
  overrides: { durationMinutes: 60, location: { kind: 'phone', details: '+49 30 1234567' } },
  createdAt: minutesAgo(2),
});
const bob = makeLink({ eventTypeId: review.id, contact: { name: 'Bob Kahn', email: 'bob@example.com' }, createdAt: minutesAgo(1) });

const order = () => page.locator('[role="row"][data-link-id]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-link-id')));

beforeAll(async () => {
  server = await startUiServer();
  host = await server.createHost({ name: 'Grace Hopper', timezone: 'Europe/Berlin' });
  await pushNew(server.baseUrl, host.token, 'event_types', [review]);
  await pushNew(server.baseUrl, host.token, 'links', [ada, zoe, bob]);
  browser = await launchChromium();
  page = (await openHostPage(browser, server.baseUrl, { token: host.token })).page;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('article', { name: review.name }).waitFor({ timeout: 30_000 });
  await navigate(page, 'Single-use links');
  await page.getByRole('button', { name: 'Copy link for Zoë Quinn' }).waitFor({ timeout: 30_000 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('links list in Chromium', () => {
  it('shows each link’s URL as selectable text and what the link changes', async () => {
    const zoeRow = page.locator(`[data-link-id="${zoe.id}"]`);
    const url = zoeRow.getByTestId('link-url');
    expect(await url.textContent()).toMatch(new RegExp(`/l/${zoe.token}$`));
    // One click selects the whole URL, ready to copy.
    await url.click();
    expect(await page.evaluate(() => window.getSelection()?.toString())).toMatch(new RegExp(`^https?://.+/l/${zoe.token}$`));
    expect(await zoeRow.getByTestId('link-summary').textContent()).toBe('1 h · Phone call · 3 uses');
    expect(await page.locator(`[data-link-id="${ada.id}"]`).getByTestId('link-summary').textContent()).toBe('30 min');
    await screenshot(page, 'links-1280');
  });

  it('sorts by contact and back', async () => {
    await page.getByRole('button', { name: 'Sort by contact' }).click();
    await expect.poll(order).toEqual([ada.id, bob.id, zoe.id]);
    await page.getByRole('button', { name: 'Sort by contact' }).click();
    await expect.poll(order).toEqual([zoe.id, bob.id, ada.id]);
    await page.getByRole('button', { name: 'Sort by created' }).click();
    await expect.poll(order).toEqual([bob.id, zoe.id, ada.id]);
  });

  it('revokes two selected links at once; the server has both revoked, the third untouched', async () => {
    await page.getByRole('checkbox', { name: 'Select link for Ada Lovelace' }).check();
    await page.getByRole('checkbox', { name: 'Select link for Bob Kahn' }).check();
    await page.getByRole('region', { name: 'Selected links' }).getByRole('button', { name: 'Revoke 2 links…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Revoke 2 links?' });
    await dialog.getByRole('button', { name: 'Revoke 2 links' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // A revoked link offers nothing to copy any more.
    await page.getByRole('button', { name: 'Copy link for Ada Lovelace' }).waitFor({ state: 'detached' });
    expect(await page.getByRole('button', { name: 'Copy link for Bob Kahn' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Copy link for Zoë Quinn' }).count()).toBe(1);
    await expect
      .poll(
        async () => {
          const links = await pullAll<LinkDoc>(server.baseUrl, host.token, 'links');
          return Object.fromEntries(links.map((link) => [link.contact.name, link.revokedAt !== null]));
        },
        { timeout: 15_000 },
      )
      .toEqual({ 'Ada Lovelace': true, 'Bob Kahn': true, 'Zoë Quinn': false });
  });
});
