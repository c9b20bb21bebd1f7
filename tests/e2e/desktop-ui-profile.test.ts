// test (e2e): Settings, "Your profile", in real Chromium against a real sync server. The host
// named "Me" renames itself, sets an email, a time zone and a new booking-page slug: a taken slug
// is shown on the slug field with every entry kept, the saved name shows in the app's header and
// on the invitee's booking page at once, and while the server is away the form says it needs a
// connection and sends nothing.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedEventType, seedLinks } from '../../sync-server/src/booking/testing/seed-booking-data.ts';
import { launchChromium } from '../../sync-server/src/pages/testing/browser-session.ts';
import type { TestHost } from '../../sync-server/src/testing/start-test-server.ts';
import { navigate, openHostPage, screenshot, startUiServer, syncStatus, type HostPage, type UiServer } from './desktop-ui-harness.ts';

let server: UiServer;
let browser: Browser;
let host: TestHost;
let hostPage: HostPage;
let page: Page;
let linkToken = '';
let eventSlug = '';

beforeAll(async () => {
  server = await startUiServer();
  host = await server.createHost({ name: 'Me', timezone: 'Europe/Berlin' });
  await server.createHost({ name: 'Someone Else', timezone: 'UTC' }).then(async (other) => {
    // A slug to collide with.
    await server.store.updateHost(other.hostId, { slug: 'taken-slug' });
  });
  const eventType = await seedEventType(server.store, host.hostId);
  eventSlug = eventType.slug;
  const [link] = await seedLinks(server.store, host.hostId, eventType.id, 1);
  linkToken = link!.token;
  browser = await launchChromium();
  hostPage = await openHostPage(browser, server.baseUrl, { token: host.token });
  page = hostPage.page;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const bookingPage = async (path: string) => {
  const response = await fetch(`${server.baseUrl}${path}`);
  return { status: response.status, html: await response.text() };
};

describe('desktop UI: the host\'s profile', () => {
  it('saves name, email, time zone and slug; a taken slug is shown on the slug field', async () => {
    await page.getByRole('button', { name: 'New event type' }).waitFor({ timeout: 20_000 });
    await expect.poll(() => syncStatus(page), { timeout: 15_000 }).toBe('online');
    expect((await bookingPage(`/l/${linkToken}`)).html).toContain('Me');
    await navigate(page, 'Settings');
    const form = page.getByRole('form', { name: 'Your profile' });
    await form.getByLabel('Name').fill('Ada Lovelace');
    await form.getByLabel('Email').fill('ada@example.org');
    await form.getByLabel('Time zone').fill('New York');
    await page.getByRole('option', { name: 'America/New York' }).click();
    await form.getByLabel('Booking-page address').fill('taken-slug');
    await form.getByRole('button', { name: 'Save profile' }).click();

    await form.getByText('"taken-slug" is taken by another host').waitFor();
    expect(await form.getByLabel('Booking-page address').getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByLabel('Name').inputValue()).toBe('Ada Lovelace');
    expect(await form.getByLabel('Email').inputValue()).toBe('ada@example.org');
    // Nothing was saved.
    expect((await server.store.findHostById(host.hostId))?.name).toBe('Me');

    await form.getByLabel('Booking-page address').fill('ada-lovelace');
    await form.getByRole('button', { name: 'Save profile' }).click();
    await form.getByText('Profile saved.').waitFor();
    expect(await server.store.findHostById(host.hostId)).toMatchObject({ name: 'Ada Lovelace', email: 'ada@example.org', timezone: 'America/New_York', slug: 'ada-lovelace' });

    // The app shows the new profile: the header, the host table, the booking-page address.
    await expect.poll(() => page.getByTestId('host-name').textContent()).toBe('Ada Lovelace');
    expect(await page.getByTestId('host-timezone').textContent()).toBe('America/New_York');
    expect(await page.getByTestId('host-booking-pages').textContent()).toContain('/e/ada-lovelace/');
    expect(await page.getByRole('banner').getByText('Ada Lovelace').isVisible()).toBe(true);
    await screenshot(page, 'settings-profile');

    // The invitee's pages read the new name at once; the standard link moved with the slug.
    const linkPage = await bookingPage(`/l/${linkToken}`);
    expect(linkPage.html).toContain('Ada Lovelace');
    expect((await bookingPage(`/e/ada-lovelace/${eventSlug}`)).status).toBe(200);
    expect(hostPage.problems).toEqual([]);
  });

  it('says it needs a connection while the server is away, and keeps what was typed', async () => {
    await server.stop();
    try {
      await expect.poll(() => syncStatus(page), { timeout: 20_000 }).toBe('offline');
      const form = page.getByRole('form', { name: 'Your profile' });
      await form.getByLabel('Name').fill('Ada King');
      await form.getByTestId('profile-offline').waitFor();
      expect(await form.getByRole('button', { name: 'Save profile' }).isDisabled()).toBe(true);
      expect(await form.getByLabel('Name').inputValue()).toBe('Ada King');
    } finally {
      await server.start();
    }
    await expect.poll(() => syncStatus(page), { timeout: 20_000 }).toBe('online');
    const form = page.getByRole('form', { name: 'Your profile' });
    expect(await form.getByLabel('Name').inputValue()).toBe('Ada King');
    await form.getByRole('button', { name: 'Save profile' }).click();
    await form.getByText('Profile saved.').waitFor();
    expect((await bookingPage(`/l/${linkToken}`)).html).toContain('Ada King');
  });
});
