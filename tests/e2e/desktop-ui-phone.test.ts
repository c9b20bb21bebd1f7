// test (e2e): the host app in a phone browser (/app at 375×812) in real Chromium: on every
// screen the page is exactly as wide as the viewport (nothing pushes it wider) and the screen's
// main action is on screen without a horizontal swipe.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEventType, makeLink } from '../../core/testing/fixtures.ts';
import { launchChromium } from '../../sync-server/src/pages/testing/browser-session.ts';
import type { TestHost } from '../../sync-server/src/testing/start-test-server.ts';
import { bookFirstSlot, openHostPage, pushNew, screenshot, startUiServer, type UiServer } from './desktop-ui-harness.ts';

const PHONE = { width: 375, height: 812 };

let server: UiServer;
let browser: Browser;
let host: TestHost;
let page: Page;

const video = makeEventType({
  name: 'Portfolio review with a rather long name',
  slug: 'portfolio-review',
  publicBooking: true,
  location: { kind: 'video', details: 'https://meet.example.com/a-very-long-room-name-that-goes-on-and-on' },
});
const links = Array.from({ length: 30 }, (_, i) =>
  makeLink({
    eventTypeId: video.id,
    contact: { name: `Alexandra Konstantinopoulou ${i}`, email: `alexandra.konstantinopoulou${i}@example.com` },
    createdAt: new Date(Date.now() - i * 60_000).toISOString(),
  }),
);

/** What pushes the page wider than the viewport: the innermost elements reaching past it. */
async function overflowing(target: Page): Promise<string[]> {
  return target.evaluate((width) => {
    const past = (el: Element) => el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().right > width + 0.5;
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (!past(el) || [...el.children].some(past)) continue;
      out.push(`${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 2).join('.')} "${(el.textContent ?? '').trim().slice(0, 30)}" right=${Math.round(el.getBoundingClientRect().right)}`);
      if (out.length >= 8) break;
    }
    return out;
  }, PHONE.width);
}

async function expectPhoneWide(name: string): Promise<void> {
  await page.evaluate('window.scrollTo(0, 0)');
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  await screenshot(page, `phone-${name}`);
  expect({ screen: name, scrollWidth, overflowing: scrollWidth === PHONE.width ? [] : await overflowing(page) }).toEqual({
    screen: name,
    scrollWidth: PHONE.width,
    overflowing: [],
  });
}

/**
 * The element is on screen without a horizontal swipe: the page is scrolled vertically only (no
 * inner scroller is moved), then the element must lie within the viewport's width and be the
 * one hit at its centre (not clipped by a scrolling box or covered).
 */
async function expectWithinWidth(locator: Locator): Promise<void> {
  await locator.waitFor();
  // Passing notices (a booking's toast) may cover anything for a few seconds; they are not layout.
  await page.addStyleTag({ content: '.mantine-Notifications-root { display: none !important; }' });
  const where = await locator.evaluate((el, viewport) => {
    const top = el.getBoundingClientRect().top;
    if (top < 80 || top > viewport.height - 80) window.scrollBy(0, top - viewport.height / 2);
    const box = el.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    const covered = hit !== null && (hit === el || el.contains(hit)) ? null : `${hit?.tagName.toLowerCase()}.${[...(hit?.classList ?? [])].join('.')} "${hit?.textContent?.slice(0, 30)}"`;
    return { element: el.textContent?.slice(0, 30), left: Math.round(box.left), right: Math.round(box.right), top: Math.round(box.top), covered };
  }, PHONE);
  expect({ ...where, inView: where.left >= 0 && where.right <= PHONE.width }).toEqual({ ...where, inView: true, covered: null });
}

/** On a phone the navbar hides behind the burger. */
async function openSection(section: 'Event types' | 'Single-use links' | 'Bookings' | 'Settings'): Promise<void> {
  await page.getByRole('button', { name: 'Menu' }).click();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('button', { name: section, exact: true }).click();
  // The navbar slides away; measure the screen once it is gone.
  await expect.poll(async () => (await nav.boundingBox())?.x ?? -1000).toBeLessThanOrEqual(-(await nav.evaluate((el) => el.getBoundingClientRect().width)) + 1);
}

beforeAll(async () => {
  server = await startUiServer();
  host = await server.createHost({ name: 'Grace Hopper', timezone: 'Europe/Berlin' });
  await pushNew(server.baseUrl, host.token, 'event_types', [video]);
  await pushNew(server.baseUrl, host.token, 'links', links);
  const booked = await bookFirstSlot(server.baseUrl, links[0]!.token, { name: 'Bartholomew Featherstonehaugh', email: 'bartholomew.featherstonehaugh@example.com' });
  expect(booked.status).toBe(201);
  browser = await launchChromium();
  page = (await openHostPage(browser, server.baseUrl, { token: host.token })).page;
  await page.setViewportSize(PHONE);
  await page.getByRole('article', { name: video.name }).waitFor({ timeout: 30_000 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the host app at 375×812', () => {
  it('event types: as wide as the screen, "New event type" in view', async () => {
    await expectPhoneWide('event-types');
    await expectWithinWidth(page.getByRole('button', { name: 'New event type' }));
    await expectWithinWidth(page.getByTestId('sync-status'));
  });

  it('links: cards as wide as the screen, the copy action of a link in view', async () => {
    await openSection('Single-use links');
    const copy = page.getByRole('button', { name: `Copy link for ${links[1]!.contact.name}`, exact: true });
    await copy.waitFor({ timeout: 30_000 });
    await expectPhoneWide('links');
    await expectWithinWidth(copy);
    await expectWithinWidth(page.getByRole('button', { name: `More actions for ${links[1]!.contact.name}`, exact: true }));
  });

  it('bookings: as wide as the screen, Cancel in view', async () => {
    await openSection('Bookings');
    const cancel = page.getByRole('button', { name: 'Cancel booking with Bartholomew Featherstonehaugh' });
    await cancel.waitFor({ timeout: 30_000 });
    await expectPhoneWide('bookings');
    await expectWithinWidth(cancel);
  });

  it('event-type editor: as wide as the screen, weekly rows and the save bar in view', async () => {
    await openSection('Event types');
    await page.getByRole('button', { name: 'New event type' }).click();
    await page.getByRole('form', { name: 'New event type' }).waitFor();
    await expectPhoneWide('event-type-editor');
    await expectWithinWidth(page.getByTestId('weekday-mon').getByRole('button', { name: /copy/i }));
    await expectWithinWidth(page.getByRole('button', { name: 'Create event type' }));
    await expectWithinWidth(page.getByTestId('sync-status'));
    // The save bar sticks to the bottom of the screen, not only at the end of the form.
    const create = await page.getByRole('button', { name: 'Create event type' }).boundingBox();
    await page.evaluate('window.scrollTo(0, 0)');
    const atTop = await page.getByRole('button', { name: 'Create event type' }).boundingBox();
    expect(create && atTop && atTop.y + atTop.height <= PHONE.height).toBe(true);
    // The meeting link field gets the width of the form, not a sliver of it.
    const meetingLink = await page.getByRole('textbox', { name: 'Meeting link' }).boundingBox();
    expect(meetingLink?.width ?? 0).toBeGreaterThan(200);
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  });

  it('create link: as wide as the screen, "Create & Copy Link" in view', async () => {
    await openSection('Event types');
    await page.getByRole('button', { name: `1x: create a single-use link for ${video.name}` }).click();
    const create = page.getByRole('button', { name: 'Create & Copy Link' });
    await create.waitFor();
    await expectPhoneWide('create-link');
    await expectWithinWidth(create);
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  });

  it('settings: as wide as the screen, booking pages and last synced in full', async () => {
    await openSection('Settings');
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    await expectPhoneWide('settings');
    await expectWithinWidth(page.getByTestId('host-booking-pages'));
    await page.evaluate('window.scrollTo(0, 0)');
    const lastSynced = page.getByTestId('sync-last-synced');
    await expectWithinWidth(lastSynced);
    expect(await lastSynced.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await expectWithinWidth(page.getByRole('button', { name: 'Save connection' }));
  });

  it('first run: as wide as the screen, Connect in view', async () => {
    const fresh = (await openHostPage(browser, server.baseUrl)).page;
    await fresh.setViewportSize(PHONE);
    const previous = page;
    page = fresh;
    try {
      await page.getByRole('button', { name: 'Connect' }).waitFor();
      await expectPhoneWide('first-run');
      await expectWithinWidth(page.getByRole('button', { name: 'Connect' }));
    } finally {
      page = previous;
      await fresh.context().close();
    }
  });
});
