// Runs in tests (real Chromium). The booking pages in the browser's language: German from
// Accept-Language with German dates and no English word left, Japanese, the switcher and its
// cookie, English for a language we do not have, the 404 / 410 pages, and hostile names. Saves
// test-results/screenshots/booking-page-de.png and -ja.png.
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium, openSession, plain, type PageSession } from './testing/browser-session.ts';
import { GONE_TOKEN, startPageTestServer, TEST_TOKEN, type PageTestServer } from './testing/start-page-test-server.ts';

/** The pages as each language shows them, for a look by eye (with booking-page.png, the English one). */
const SCREENSHOTS = 'test-results/screenshots';

let browser: Browser;
let server: PageTestServer;
const sessions: PageSession[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  server = await startPageTestServer();
});
afterEach(async () => {
  const problems = sessions.flatMap((session) => session.problems);
  await Promise.all(sessions.splice(0).map((session) => session.close()));
  await server.close();
  expect(problems).toEqual([]);
});

async function open(options: BrowserContextOptions = {}): Promise<Page> {
  const session = await openSession(browser, server.url, options);
  sessions.push(session);
  return session.page;
}

async function openEnhanced(page: Page, query = ''): Promise<void> {
  await page.goto(`${server.url}/l/${TEST_TOKEN}${query}`);
  await page.locator('#picker').waitFor({ state: 'visible' });
  await page.waitForFunction(() => !document.getElementById('picker')?.hasAttribute('aria-busy'));
}

/** Words of the English page (and of English dates) that must not survive on another language's page ('Name' and 'optional' are German too). */
const ENGLISH = ['Time zone', 'Show times', 'Search', 'Time format', 'Choose a time', 'Times are', 'open times', 'Your details', 'Your time', 'Change time',
  'Notes', 'Confirm booking', 'Previous month', 'Next month', 'Book a time', 'Try again', 'Video call', 'Duration', 'Location', 'available',
  'Earlier dates', 'Later dates', 'booked', 'confirmed', 'Add to calendar', 'View or cancel', 'Keep this link', 'What', 'When', 'Where', 'Please', 'link',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun',
  'January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'AM', 'PM', ' with ', 'min'];

/** Everything a person reads or hears, but the switcher (which names each language in its own words) and the zone names. */
async function readableText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    for (const skip of clone.querySelectorAll('#lang-switch, select, noscript, script, [hidden]')) skip.remove();
    const labels = [...document.querySelectorAll('[aria-label], [placeholder], [abbr]')].filter((el) => !el.closest('[hidden]') && !el.closest('#lang-switch')).map((el) => `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('placeholder') ?? ''} ${el.getAttribute('abbr') ?? ''}`);
    return `${document.title} ${clone.innerText} ${labels.join(' ')}`;
  });
}

function englishLeft(text: string): string[] {
  return ENGLISH.filter((word) => new RegExp(`(^|[^\\p{L}])${word.trim()}([^\\p{L}]|$)`, 'u').test(text));
}

describe('the booking pages in the browser\'s language', () => {
  it('German from Accept-Language: German words and dates, 24 h, no English left, in every step', async () => {
    const page = await open({ locale: 'de-DE' });
    await openEnhanced(page);
    await page.screenshot({ path: `${SCREENSHOTS}/booking-page-de.png`, fullPage: true });
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    expect(plain(await page.locator('label[for="tz-select"]').textContent())).toBe('Zeitzone');
    const month = (await page.locator('#month-label').textContent()) ?? '';
    expect(month).toMatch(/^(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}$/);
    expect(await page.locator('#day-heading').textContent()).toMatch(/^(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag), \d{1,2}\. /);
    expect(plain(await page.locator('#times button').first().textContent())).toMatch(/^\d{2}:\d{2}$/);
    expect(await page.locator('#clock-switch button[data-cycle="h23"]').getAttribute('aria-pressed')).toBe('true');
    expect(englishLeft(await readableText(page))).toEqual([]);

    await page.locator('#times button').first().click();
    expect(plain(await page.locator('#chosen-text').textContent())).toMatch(/^(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag), \d{1,2}\. \p{L}+ \d{4}, \d{2}:\d{2}/u);
    expect(englishLeft(await readableText(page))).toEqual([]);
    // A field error from the browser's check and one from the server, both in German.
    await page.locator('#f-name').fill('');
    await page.locator('#submit-booking').click();
    expect(await page.locator('#f-name-error').textContent()).toBe('Bitte geben Sie Ihren Namen ein.');
    await page.locator('#f-name').fill('x'.repeat(5));
    server.nextBookingAnswer = { status: 400, body: { error: 'invalid_input', fields: [{ field: 'email', message: 'must be at most 254 characters' }] } };
    await page.locator('#submit-booking').click();
    await page.locator('#f-email-error').waitFor();
    expect(await page.locator('#f-email-error').textContent()).toBe('E-Mail darf höchstens 254 Zeichen lang sein');
    expect(englishLeft(await readableText(page))).toEqual([]);

    await page.locator('#submit-booking').click();
    await page.locator('#confirmation').waitFor({ state: 'visible' });
    expect(await page.locator('#conf-heading').textContent()).toBe('Ihr Termin ist gebucht');
    expect(englishLeft(await readableText(page))).toEqual([]);
  });

  it('German without JavaScript: the list, the error page and the confirmation', async () => {
    const page = await open({ locale: 'de-DE', javaScriptEnabled: false });
    await page.goto(`${server.url}/l/${TEST_TOKEN}`);
    expect(await page.locator('.slot-day legend').first().textContent()).toMatch(/^(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag), \d{1,2}\. /);
    expect(plain(await page.locator('.slot-option').first().textContent())).toMatch(/^\d{2}:\d{2}$/);
    expect(englishLeft(await readableText(page))).toEqual([]);
    await page.locator('#slot-list input[type="radio"]').first().check();
    await page.locator('#f-name').fill(' ');
    await page.locator('#submit-booking').click();
    await page.locator('#f-name-error').waitFor();
    expect(await page.locator('#f-name-error').textContent()).toBe('Name darf nicht leer sein');
    expect(englishLeft(await readableText(page))).toEqual([]);
    await page.locator('#slot-list input[type="radio"]').first().check();
    await page.locator('#f-name').fill('Ada');
    await page.locator('#submit-booking').click();
    await page.locator('h1#conf-heading').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    expect(englishLeft(await readableText(page))).toEqual([]);
  });

  it('Japanese: Japanese words and dates', async () => {
    const page = await open({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
    await openEnhanced(page);
    await page.screenshot({ path: `${SCREENSHOTS}/booking-page-ja.png`, fullPage: true });
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    expect(await page.locator('#month-label').textContent()).toMatch(/^\d{4}年\d{1,2}月$/);
    expect(await page.locator('#submit-booking').textContent()).toBe('予約を確定');
    expect(await page.locator('#weekday-row th').first().textContent()).toMatch(/^[月火水木金土日]$/);
    expect(englishLeft(await readableText(page))).toEqual([]);
  });

  it('the switcher changes the language, and the choice is remembered', async () => {
    const page = await open({ locale: 'en-US' });
    await openEnhanced(page);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('#lang-switch a[aria-current="true"]').textContent()).toBe('English');
    await page.locator('#lang-switch a', { hasText: 'Français' }).click();
    await page.waitForURL(/\?lang=fr$/);
    await page.locator('#picker').waitFor({ state: 'visible' });
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.locator('#submit-booking').textContent()).toBe('Confirmer la réservation');
    // Without ?lang= the cookie keeps French over the browser's English.
    await openEnhanced(page);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await page.goto(`${server.url}/l/nope`);
    expect(await page.locator('h1').textContent()).toBe('Page introuvable');
  });

  it('a language we do not have gets English', async () => {
    const page = await open({ locale: 'ko-KR' });
    await openEnhanced(page);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('#submit-booking').textContent()).toBe('Confirm booking');
    expect(plain(await page.locator('#times button').first().textContent())).toMatch(/^\d{1,2}:\d{2} [AP]M$/);
  });

  it('the 410 and 404 pages in German', async () => {
    const page = await open({ locale: 'de-DE' });
    await page.goto(`${server.url}/l/${GONE_TOKEN}`);
    expect(await page.locator('h1').textContent()).toBe('Dieser Link ist nicht mehr verfügbar');
    expect(await page.locator('main').textContent()).toContain('Bitte bitten Sie Grace Hopper um einen neuen Link.');
    expect(englishLeft(await readableText(page))).toEqual([]);
    await page.goto(`${server.url}/l/nope`);
    expect(await page.locator('h1').textContent()).toBe('Seite nicht gefunden');
    expect(englishLeft(await readableText(page))).toEqual([]);
  });

  it.each(['de-DE', 'ja-JP', 'fr-FR', 'es-ES', 'pt-BR'])('shows hostile names as text in %s and runs nothing from them', async (locale) => {
    server.pageOverrides = { hostName: '<script>alert(1)</script>', eventName: '<img src=x onerror=alert(2)>' };
    const page = await open({ locale });
    await openEnhanced(page);
    expect(await page.locator('.host-name').textContent()).toBe('<script>alert(1)</script>');
    expect(await page.title()).toContain('<script>alert(1)</script>');
    expect(await page.locator('#confirmation .done-lead').innerHTML()).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
  });
});
