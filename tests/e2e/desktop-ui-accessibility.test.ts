// test (e2e): every screen of the host app in real Chromium, scanned by axe (no serious or
// critical findings) and read through the accessibility tree (every button, link, field, box
// and menu item has a name a screen reader can say): event types, links (table and, on a phone,
// cards), bookings with the detail drawer, the event-type editor, create link, settings, first run.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEventType, makeLink } from '../../core/testing/fixtures.ts';
import { launchChromium } from '../../sync-server/src/pages/testing/browser-session.ts';
import type { TestHost } from '../../sync-server/src/testing/start-test-server.ts';
import { bookFirstSlot, navigate, openHostPage, pushNew, startUiServer, type UiServer } from './desktop-ui-harness.ts';

let server: UiServer;
let browser: Browser;
let host: TestHost;
let page: Page;

const review = makeEventType({ name: 'Portfolio review', slug: 'portfolio-review', publicBooking: true });
const links = [
  makeLink({ eventTypeId: review.id, contact: { name: 'Ada Lovelace', email: 'ada@example.com' }, createdAt: new Date(Date.now() - 60_000).toISOString() }),
  makeLink({ eventTypeId: review.id, maxUses: 3, overrides: { durationMinutes: 60 }, createdAt: new Date().toISOString() }),
  makeLink({ eventTypeId: review.id, contact: { name: 'Revoked', email: '' }, revokedAt: new Date().toISOString() }),
];

const INTERACTIVE = 'button|link|checkbox|textbox|searchbox|combobox|switch|radio|menuitem|tab|slider|spinbutton|option';

/** Interactive elements of the accessibility tree that have no name (what a screen reader says: "button"). */
async function unnamed(target: Page): Promise<string[]> {
  const lines = (await target.locator('body').ariaSnapshot()).split('\n');
  const bare = new RegExp(`^\\s*- (${INTERACTIVE})( \\[[^\\]]*\\])*:?\\s*$`);
  // Each with the lines that follow it, to say which one it is.
  return lines.flatMap((line, i) => (bare.test(line) ? [[line, ...lines.slice(i + 1, i + 3)].map((l) => l.trim()).join(' ')] : []));
}

async function axeFindings(target: Page): Promise<string[]> {
  // Passing notices come and go; they are checked where they are made.
  const { violations } = await new AxeBuilder({ page: target }).exclude('.mantine-Notifications-root').analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} ${node.failureSummary?.split('\n')[1]?.trim() ?? ''}`));
}

async function expectAccessible(name: string, target: Page = page): Promise<void> {
  // A drawer or modal fades in: mid-fade its colours are blended with the overlay's, and axe
  // would measure those. Contrast is checked on the settled screen.
  await target.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  expect({ screen: name, unnamed: await unnamed(target), axe: await axeFindings(target) }).toEqual({ screen: name, unnamed: [], axe: [] });
}

beforeAll(async () => {
  server = await startUiServer();
  host = await server.createHost({ name: 'Grace Hopper', timezone: 'Europe/Berlin' });
  await pushNew(server.baseUrl, host.token, 'event_types', [review]);
  await pushNew(server.baseUrl, host.token, 'links', links);
  expect((await bookFirstSlot(server.baseUrl, links[0]!.token, { name: 'Alan Turing', email: 'alan@example.com' })).status).toBe(201);
  browser = await launchChromium();
  page = (await openHostPage(browser, server.baseUrl, { token: host.token })).page;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('article', { name: review.name }).waitFor({ timeout: 30_000 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the host app is accessible', () => {
  it('event types', async () => {
    await expectAccessible('event types');
  });

  it('single-use links (table)', async () => {
    await navigate(page, 'Single-use links');
    await page.getByRole('button', { name: 'More actions for Ada Lovelace' }).waitFor({ timeout: 30_000 });
    await expectAccessible('links');
  });

  it('bookings and the booking details', async () => {
    await navigate(page, 'Bookings');
    const details = page.getByRole('button', { name: 'Details of the booking with Alan Turing' });
    await details.waitFor({ timeout: 30_000 });
    await expectAccessible('bookings');
    await details.click();
    await page.getByRole('dialog').waitFor();
    try {
      await expectAccessible('booking details');
    } finally {
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
    }
  });

  it('event-type editor', async () => {
    await navigate(page, 'Event types');
    await page.getByRole('button', { name: 'New event type' }).click();
    await page.getByRole('form', { name: 'New event type' }).waitFor();
    await expectAccessible('event-type editor');
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  });

  it('create link', async () => {
    await page.getByRole('button', { name: `1x: create a single-use link for ${review.name}` }).click();
    await page.getByRole('button', { name: 'Create & Copy Link' }).waitFor();
    await expectAccessible('create link');
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  });

  it('settings', async () => {
    await navigate(page, 'Settings');
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    await expectAccessible('settings');
  });

  it('single-use links on a phone (cards)', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    try {
      await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Single-use links' }).click();
      await page.getByRole('combobox', { name: 'Sort by' }).waitFor();
      await expectAccessible('links on a phone');
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it('first run', async () => {
    const fresh = (await openHostPage(browser, server.baseUrl)).page;
    try {
      await fresh.getByRole('button', { name: 'Connect' }).waitFor();
      await expectAccessible('first run', fresh);
    } finally {
      await fresh.context().close();
    }
  });
});
