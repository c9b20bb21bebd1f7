// Runs in tests. Real Chromium for the page tests: one browser per test file, one context per
// session, and everything a page must never do (script errors, CSP refusals, requests to other
// origins) collected as problems the test asserts to be empty.
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_INSTALL_HINT, findChromium } from '../../../../scripts/lib/find-chromium.ts';

export interface PageSession {
  context: BrowserContext;
  page: Page;
  problems: string[];
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_INSTALL_HINT);
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** An invitee in Berlin with an en-US browser, unless told otherwise. */
export async function openSession(browser: Browser, origin: string, options: BrowserContextOptions = {}): Promise<PageSession> {
  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'Europe/Berlin', viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // 4xx answers of the fake API are expected in some tests; the browser logs each one.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && new URL(url).origin !== origin) problems.push(`third-party request: ${url}`);
  });
  return { context, page, problems, close: () => context.close() };
}

/** ICU puts thin and narrow no-break spaces into times; compare words, not space kinds. */
export function plain(text: string | null | undefined): string {
  return (text ?? '').replace(/[\u2009\u202f]/g, ' ').trim();
}

/** '9:00 AM' as an en-US browser shows an instant in a zone. */
export function expectedTime(iso: string, zone: string): string {
  return plain(new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: 'numeric', minute: '2-digit' }).format(Date.parse(iso)));
}

/** 'Tuesday, December 1, 2026, 9:00 – 9:30 AM' */
export function expectedWhen(start: string, end: string, zone: string): string {
  const date = new Intl.DateTimeFormat('en-US', { timeZone: zone, weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' }).format(Date.parse(start));
  const range = new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: 'numeric', minute: '2-digit' }).formatRange(Date.parse(start), Date.parse(end));
  return plain(`${date}, ${range}`);
}

/** How far the page scrolls sideways (0 when it fits the viewport). */
export async function horizontalOverflow(page: Page): Promise<number> {
  // A string: this helper is typechecked without the DOM library.
  return page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
}
