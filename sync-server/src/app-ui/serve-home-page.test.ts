// test (server + real Chromium): the server's root answers a small HTML page naming the product
// and linking to the app, with the public pages' security headers, and loads under its CSP
// without a single refusal.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_CSP } from '../pages/index.ts';
import { launchChromium, openSession } from '../pages/testing/browser-session.ts';
import { startTestServer, type TestServer } from '../testing/start-test-server.ts';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('GET /', () => {
  it('answers an HTML page with the security headers of the other pages', async () => {
    const response = await fetch(`${server.baseUrl}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(PAGE_CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    const body = await response.text();
    expect(body).toContain('1x — one-time booking links');
    expect(body).toContain('href="/app/"');
  });

  it('shows in Chromium, styled, with nothing refused, and its link leads to the app', async () => {
    const session = await openSession(browser, server.baseUrl);
    const { page } = session;
    await page.goto(`${server.baseUrl}/`);
    expect(await page.locator('h1').textContent()).toBe('1x — one-time booking links');
    // The stylesheet applied: the card is a white box on the grey page.
    expect(await page.locator('.card').evaluate((card) => getComputedStyle(card).backgroundColor)).toBe('rgb(255, 255, 255)');
    expect(await page.getByRole('link', { name: 'Open the app' }).getAttribute('href')).toBe('/app/');
    await session.close();
    expect(session.problems).toEqual([]);
  });
});
