// Runs in tests (real Chromium). The booking page with JavaScript, against a fake JSON API: the
// month view, a day's times, the time-zone switch, booking, and every error answer of the API.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dateInZone } from './testing/fake-open-slots.ts';
import { expectedTime, expectedWhen, launchChromium, openSession, plain, type PageSession } from './testing/browser-session.ts';
import { startPageTestServer, TEST_TOKEN, type PageTestServer } from './testing/start-page-test-server.ts';

let browser: Browser;
let server: PageTestServer;
let session: PageSession;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  server = await startPageTestServer();
  session = await openSession(browser, server.url);
});
afterEach(async () => {
  await session.close();
  await server.close();
  expect(session.problems).toEqual([]);
});

async function openBookingPage(page: Page): Promise<void> {
  await page.goto(`${server.url}/l/${TEST_TOKEN}`);
  await page.locator('#picker').waitFor({ state: 'visible' });
  await waitForTimes(page);
}

/** Until the shown month's times have arrived. */
async function waitForTimes(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.getElementById('picker')?.hasAttribute('aria-busy'));
}

async function openDates(page: Page): Promise<string[]> {
  return page.locator('#cal-body button.day.open').evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.date ?? ''));
}

async function selectedDate(page: Page): Promise<string> {
  return (await page.locator('#cal-body button[aria-pressed="true"]').getAttribute('data-date')) ?? '';
}

async function shownTimes(page: Page): Promise<string[]> {
  return (await page.locator('#times button').allTextContents()).map(plain);
}

/** The fake's open times of one date in a zone, as the page should show them. */
function timesOn(date: string, zone: string): string[] {
  return (server.slots.days(date, date, zone)[0]?.slots ?? []).map((slot) => expectedTime(slot.start, zone));
}

async function chooseFirstTime(page: Page): Promise<{ start: string; end: string }> {
  const start = (await page.locator('#times button').first().getAttribute('data-start')) ?? '';
  await page.locator('#times button').first().click();
  await page.locator('#booking-form').waitFor({ state: 'visible' });
  const slot = server.slots.all.find((candidate) => candidate.start === start);
  if (!slot) throw new Error(`the page offered ${start}, which the fake does not have`);
  return slot;
}

describe('booking page with JavaScript', () => {
  it('starts the Intl warm-up worker under the page CSP, and the worker finishes and goes', async () => {
    const { page } = session;
    const created = page.waitForEvent('worker');
    await page.goto(`${server.url}/l/${TEST_TOKEN}`);
    const worker = await created;
    expect(worker.url()).toMatch(/^blob:/);
    // warm-intl.js ends the worker once it has made its formatter.
    await new Promise<void>((resolve) => worker.once('close', () => resolve()));
    await page.locator('#picker').waitFor({ state: 'visible' });
  });

  it('replaces the plain list with a month view whose marked days are exactly the days with open times', async () => {
    const { page } = session;
    await openBookingPage(page);
    expect(await page.locator('#slot-list').isHidden()).toBe(true);
    const dates = await openDates(page);
    expect(dates.length).toBeGreaterThan(0);
    const month = dates[0]?.slice(0, 7) ?? '';
    const today = dateInZone(Date.now(), 'Europe/Berlin');
    const expected = server.slots.days(`${month}-01`, `${month}-31`, 'Europe/Berlin').filter((day) => day.slots.length > 0).map((day) => day.date).filter((date) => date >= today);
    expect(dates).toEqual(expected);
    const monthLabel = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.parse(`${month}-15T12:00:00Z`));
    expect(await page.locator('#month-label').textContent()).toBe(monthLabel);
    // The first open day is chosen, its times shown.
    expect(await selectedDate(page)).toBe(dates[0]);
    expect(await shownTimes(page)).toEqual(timesOn(dates[0] ?? '', 'Europe/Berlin'));
  });

  it('shows the times of the day the invitee picks, and the next month on request', async () => {
    const { page } = session;
    await openBookingPage(page);
    const dates = await openDates(page);
    const day = dates[1] ?? dates[0] ?? '';
    await page.locator(`#cal-body button[data-date="${day}"]`).click();
    expect(await selectedDate(page)).toBe(day);
    const heading = new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(Date.parse(`${day}T12:00:00Z`));
    expect(await page.locator('#day-heading').textContent()).toBe(heading);
    expect(await shownTimes(page)).toEqual(timesOn(day, 'Europe/Berlin'));

    const before = await page.locator('#month-label').textContent();
    await page.locator('#next-month').click();
    await waitForTimes(page);
    expect(await page.locator('#month-label').textContent()).not.toBe(before);
    const nextDates = await openDates(page);
    expect(nextDates.length).toBeGreaterThan(0);
    expect(nextDates.every((date) => date > day)).toBe(true);
  });

  it('is keyboard operable: arrows move between days (across months too), Enter picks one, Tab reaches its times', async () => {
    const { page } = session;
    await openBookingPage(page);
    const start = await selectedDate(page);
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.date);
    const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    await page.locator(`#cal-body button[data-date="${start}"]`).focus();
    // Only one day button is in the tab order.
    expect(await page.locator('#cal-body button[tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe(plusDays(start, 1));
    await page.keyboard.press('ArrowLeft');
    expect(await focused()).toBe(start);
    // A week down may land in the next month: the grid follows.
    await page.keyboard.press('ArrowDown');
    await waitForTimes(page);
    expect(await focused()).toBe(plusDays(start, 7));
    await page.keyboard.press('ArrowUp');
    await waitForTimes(page);
    expect(await focused()).toBe(start);
    // Enter on another open day of the month selects it.
    const other = (await openDates(page)).find((date) => date !== start) ?? start;
    await page.locator(`#cal-body button[data-date="${other}"]`).focus();
    await page.keyboard.press('Enter');
    expect(await selectedDate(page)).toBe(other);
    expect(await shownTimes(page)).toEqual(timesOn(other, 'Europe/Berlin'));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('time');
    await page.keyboard.press('Enter');
    await page.locator('#booking-form').waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('details-heading');
  });

  it('detects the browser zone, and switching the zone changes the times shown', async () => {
    const { page } = session;
    await openBookingPage(page);
    const select = page.locator('#tz-select');
    expect(await select.inputValue()).toBe('Europe/Berlin');
    // Only the zone shown until the invitee reaches for the list; then every zone, the same one first.
    expect(await select.locator('option').count()).toBeLessThanOrEqual(2); // the page's zone and the detected one
    await select.focus();
    expect(await select.locator('option').count()).toBeGreaterThan(300);
    expect(await select.locator('option').first().getAttribute('value')).toBe('Europe/Berlin');
    expect(await select.inputValue()).toBe('Europe/Berlin');
    expect(await page.locator('#tz-apply').isHidden()).toBe(true);
    const berlinDay = await selectedDate(page);
    const berlinTimes = await shownTimes(page);

    await select.selectOption('Asia/Tokyo');
    await waitForTimes(page);
    expect(await page.locator('#notice').textContent()).toContain('Asia/Tokyo');
    expect(await page.locator('#form-timezone').inputValue()).toBe('Asia/Tokyo');
    const tokyoDay = await selectedDate(page);
    const tokyoTimes = await shownTimes(page);
    expect(tokyoTimes).toEqual(timesOn(tokyoDay, 'Asia/Tokyo'));
    expect(tokyoTimes).not.toEqual(berlinTimes);
    // The same instant reads 8 hours later in Tokyo (in winter) or 7 (in summer).
    const instant = server.slots.days(berlinDay, berlinDay, 'Europe/Berlin')[0]?.slots[0]?.start ?? '';
    expect(expectedTime(instant, 'Asia/Tokyo')).not.toBe(expectedTime(instant, 'Europe/Berlin'));
    const tokyoDates = await openDates(page);
    expect(tokyoDates).toEqual(server.slots.days(`${tokyoDay.slice(0, 7)}-01`, `${tokyoDay.slice(0, 7)}-31`, 'Asia/Tokyo').filter((d) => d.slots.length > 0).map((d) => d.date).filter((d) => d >= dateInZone(Date.now(), 'Asia/Tokyo')));
  });

  it('books: pre-filled contact, notes, JSON to the API, confirmation in the chosen zone with .ics and manage links', async () => {
    const { page } = session;
    await openBookingPage(page);
    await page.locator('#tz-select').focus();
    await page.locator('#tz-select').selectOption('America/New_York');
    await waitForTimes(page);
    const slot = await chooseFirstTime(page);
    expect(plain(await page.locator('#chosen-text').textContent())).toBe(expectedWhen(slot.start, slot.end, 'America/New_York'));
    expect(await page.locator('#f-name').inputValue()).toBe('Ada Lovelace');
    expect(await page.locator('#f-email').inputValue()).toBe('ada@example.com');
    await page.locator('#f-notes').fill('Looking forward to it.');
    await page.locator('#submit-booking').click();
    await page.locator('#confirmation').waitFor({ state: 'visible' });

    expect(server.bookingRequests).toEqual([{ start: slot.start, name: 'Ada Lovelace', email: 'ada@example.com', timezone: 'America/New_York', notes: 'Looking forward to it.' }]);
    expect(await page.locator('#conf-heading').textContent()).toBe("You're booked");
    expect(plain(await page.locator('#conf-when').textContent())).toBe(expectedWhen(slot.start, slot.end, 'America/New_York'));
    expect(await page.locator('#conf-zone').textContent()).toBe('America/New York');
    expect(await page.locator('#conf-ics').getAttribute('href')).toBe('/api/public/bookings/mtok_test/ics');
    expect(await page.locator('#conf-manage').getAttribute('href')).toBe(`${server.url}/m/mtok_test`);
    expect(await page.locator('#conf-where a').getAttribute('href')).toBe('https://meet.example.com/intro');
    expect(await page.locator('#scheduler').isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('confirmation');
    const ics = await page.request.get(`${server.url}/api/public/bookings/mtok_test/ics`);
    expect(await ics.text()).toContain('BEGIN:VCALENDAR');
  });

  it('409: says the time was just taken and shows fresh times without it', async () => {
    const { page } = session;
    await openBookingPage(page);
    const slot = await chooseFirstTime(page);
    // Someone else books it first.
    server.slots.take(slot.start);
    await page.locator('#submit-booking').click();
    await page.locator('#picker').waitFor({ state: 'visible' });
    await waitForTimes(page);
    expect(await page.locator('#notice').textContent()).toBe('Sorry, that time was just taken. Please choose another time.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('notice');
    const offered = await page.locator('#times button').evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.start));
    expect(offered).not.toContain(slot.start);
    expect(await page.locator('#f-notes').isHidden()).toBe(true);
  });

  it('400: shows each field error next to its field and keeps what was typed', async () => {
    const { page } = session;
    await openBookingPage(page);
    await chooseFirstTime(page);
    await page.locator('#f-notes').fill('Please keep me');
    server.nextBookingAnswer = { status: 400, body: { error: 'invalid_input', fields: [{ field: 'email', message: 'must be an email address like name@example.com' }] } };
    await page.locator('#submit-booking').click();
    const error = page.locator('.field[data-field="email"] .field-error');
    await error.waitFor();
    expect(await error.textContent()).toBe('Email must be an email address like name@example.com');
    expect(await page.locator('#f-email').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#f-email').getAttribute('aria-describedby')).toBe('f-email-error');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-email');
    expect(await page.locator('#notice').textContent()).toContain('Please check the marked fields.');
    expect(await page.locator('#f-notes').inputValue()).toBe('Please keep me');
    expect(await page.locator('.field[data-field="name"] .field-error').count()).toBe(0);

    // Correcting it clears the error and books.
    await page.locator('#f-email').fill('ada@example.org');
    await page.locator('#submit-booking').click();
    await page.locator('#confirmation').waitFor({ state: 'visible' });
    expect(await page.locator('.field-error').count()).toBe(0);
  });

  it('checks empty fields in the browser before sending anything', async () => {
    const { page } = session;
    await openBookingPage(page);
    await chooseFirstTime(page);
    await page.locator('#f-email').fill('');
    await page.locator('#submit-booking').click();
    expect(await page.locator('#f-email-error').textContent()).toBe('Please enter your email address.');
    expect(server.bookingRequests).toEqual([]);
  });

  it('410: shows that the link is no longer available', async () => {
    const { page } = session;
    await openBookingPage(page);
    await chooseFirstTime(page);
    server.nextBookingAnswer = { status: 410, body: { error: 'link_unavailable' } };
    await page.locator('#submit-booking').click();
    await page.locator('#gone').waitFor({ state: 'visible' });
    expect(await page.locator('#gone-heading').textContent()).toBe('This link is no longer available');
    expect(await page.locator('#gone').textContent()).toContain('Please ask Grace Hopper for a new link.');
    expect(await page.locator('#scheduler').isHidden()).toBe(true);
  });

  it('429: asks the invitee to wait, and the same form works afterwards', async () => {
    const { page } = session;
    await openBookingPage(page);
    await chooseFirstTime(page);
    server.nextBookingAnswer = { status: 429, body: { error: 'rate_limited' } };
    await page.locator('#submit-booking').click();
    await page.locator('#notice .notice-msg.error').waitFor();
    expect(await page.locator('#notice').textContent()).toContain('Please wait a minute');
    await page.locator('#submit-booking').click();
    await page.locator('#confirmation').waitFor({ state: 'visible' });
  });

  it('keeps the plain list and form when the times cannot be fetched', async () => {
    const { page } = session;
    await page.route((url) => url.pathname.endsWith('/slots'), (route) => route.abort());
    const failed = page.waitForEvent('requestfailed');
    await page.goto(`${server.url}/l/${TEST_TOKEN}`);
    await failed;
    // Give the script a moment to react wrongly, if it would.
    await page.waitForTimeout(200);
    expect(await page.locator('#picker').isHidden()).toBe(true);
    expect(await page.locator('#slot-list').isVisible()).toBe(true);
    expect(await page.locator('#tz-apply').isVisible()).toBe(true);
    await page.locator('#slot-list input[type="radio"]').first().check();
    await page.locator('#submit-booking').click();
    await page.waitForURL(`${server.url}/l/${TEST_TOKEN}/book`);
    expect(await page.locator('h1').textContent()).toBe("You're booked");
  });

  it('"Change time" goes back to the times with the chosen one focused', async () => {
    const { page } = session;
    await openBookingPage(page);
    const slot = await chooseFirstTime(page);
    await page.locator('#change-time').click();
    await page.locator('#picker').waitFor({ state: 'visible' });
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.start)).toBe(slot.start);
  });
});
