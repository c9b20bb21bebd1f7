// test (e2e): a setup link never takes the stored host token to another server. The host is
// connected in real Chromium to a real sync server; a link `/app/#setup?server=<another>` opened
// in a new tab must show a confirm step and send nothing carrying the token to the other server
// (a recording HTTP server on another loopback port that, like a hostile one, allows any CORS).
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../sync-server/src/pages/testing/browser-session.ts';
import type { TestHost } from '../../sync-server/src/testing/start-test-server.ts';
import { openHostPage, startUiServer, type HostPage, type UiServer } from './desktop-ui-harness.ts';

interface Recorded {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

let server: UiServer;
let browser: Browser;
let host: TestHost;
let hostPage: HostPage;
let other: Server;
let otherUrl = '';
const recorded: Recorded[] = [];

beforeAll(async () => {
  server = await startUiServer();
  host = await server.createHost({ name: 'Ada Lovelace', timezone: 'Europe/Berlin' });
  other = createServer((request, response) => {
    recorded.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers });
    response.writeHead(request.method === 'OPTIONS' ? 204 : 401, {
      'access-control-allow-origin': '*',
      'access-control-allow-headers': '*, authorization',
      'access-control-allow-methods': 'GET, POST, OPTIONS',
    });
    response.end();
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
  browser = await launchChromium();
  hostPage = await openHostPage(browser, server.baseUrl, { token: host.token });
  await hostPage.page.getByRole('button', { name: 'New event type' }).waitFor({ timeout: 30_000 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await new Promise((resolve) => other?.close(resolve));
});

function requestsCarryingToken(): Recorded[] {
  return recorded.filter((request) => JSON.stringify(request.headers).includes(host.token) || request.url.includes(host.token));
}

/** Opens the setup link in a new tab of the host's profile (same localStorage), as a clicked link would. */
async function openSetupLink(serverUrl: string): Promise<Page> {
  const page = await hostPage.context.newPage();
  await page.goto(`${server.baseUrl}/app/#setup?${new URLSearchParams({ server: serverUrl }).toString()}`);
  return page;
}

/** Resolves when the confirm step shows or the other server was sent the token, whichever comes first. */
async function confirmOrLeak(page: Page): Promise<void> {
  const leaked = (async () => {
    for (let i = 0; i < 150 && requestsCarryingToken().length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 100));
  })();
  await Promise.race([page.getByTestId('server-change-confirm').waitFor({ timeout: 15_000 }), leaked]);
}

describe('setup link for another server', () => {
  it('asks first, and the stored token reaches no other server', async () => {
    const page = await openSetupLink(otherUrl);
    await confirmOrLeak(page);
    // Give a wrongly started session time to reach the other server.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(requestsCarryingToken()).toEqual([]);
    expect(await page.getByTestId('server-change-confirm').isVisible()).toBe(true);
    expect(await page.getByTestId('server-change-to').textContent()).toBe(otherUrl);
    expect(await page.getByTestId('server-change-from').textContent()).toBe(server.baseUrl);
    expect(page.url()).toBe(`${server.baseUrl}/app/`);

    // "Keep" changes nothing: the host's own workspace opens.
    await page.getByTestId('server-change-keep').click();
    await page.getByRole('button', { name: 'New event type' }).waitFor({ timeout: 30_000 });
    await page.close();
  });

  it('switching signs in afresh there: the old token is gone, not sent', async () => {
    const page = await openSetupLink(otherUrl);
    await confirmOrLeak(page);
    await page.getByTestId('server-change-switch').click();
    await page.getByRole('heading', { name: 'Welcome to 1x' }).waitFor();
    expect(await page.getByLabel('Server URL').inputValue()).toBe(otherUrl);
    expect(await page.getByLabel('Host token').inputValue()).toBe('');
    const stored = await page.evaluate(() => JSON.stringify(window.localStorage));
    expect(stored).not.toContain(host.token);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(requestsCarryingToken()).toEqual([]);
    await page.close();
  });
});
