// test (e2e helpers): the desktop UI served by a real sync server at /app/, driven in real
// Chromium. The server can be stopped and started again on the same port over the same SQLite
// file, so the app sees a real outage and a real comeback.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openStore } from '../../sync-server/src/store/open-store.ts';
import type { Store } from '../../sync-server/src/store/store.ts';
import { startTestServer, type TestHost, type TestServer } from '../../sync-server/src/testing/start-test-server.ts';

const ROOT = join(import.meta.dirname, '..', '..');
export const SCREENSHOT_DIR = join(ROOT, 'test-results', 'screenshots');

/** `npm test` builds first; a suite run on its own builds the renderer when there is none. */
function ensureRendererBuilt(): void {
  if (existsSync(join(ROOT, 'out', 'renderer', 'index.html'))) return;
  const build = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`electron-vite build failed:\n${build.stdout}\n${build.stderr}`);
}

export interface UiServer {
  readonly baseUrl: string;
  /** The server's PUBLIC_URL (http://localhost:PORT): another address than baseUrl, as behind a proxy. */
  readonly publicUrl: string;
  readonly store: Store;
  createHost(input: { name: string; timezone: string }): Promise<TestHost>;
  /** Closes the HTTP server (live streams drop, requests are refused); the data stays. */
  stop(): Promise<void>;
  /** Listens again on the same port over the same store. */
  start(): Promise<void>;
  close(): Promise<void>;
}

export async function startUiServer(): Promise<UiServer> {
  ensureRendererBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'desktop-ui-'));
  const store = await openStore({ kind: 'sqlite', path: join(dir, 'scheduler.sqlite') });
  let server: TestServer | null = await startTestServer({ store, heartbeatMs: 5_000 });
  const port = server.port;
  const baseUrl = server.baseUrl;
  return {
    baseUrl,
    publicUrl: server.config.publicUrl,
    store,
    async createHost(input) {
      if (!server) throw new Error('server is stopped');
      return server.createHost(input);
    },
    async stop() {
      await server?.close();
      server = null;
    },
    async start() {
      if (server) return;
      server = await startTestServer({ store, port, heartbeatMs: 5_000 });
    },
    async close() {
      await server?.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface HostPage {
  context: BrowserContext;
  page: Page;
  /** Script errors of the page (none are expected). */
  problems: string[];
  /** What the page wrote to the console as warnings and errors. */
  warnings: string[];
}

/** A host's browser profile: its own IndexedDB, clipboard and notifications allowed. */
export async function openHostPage(browser: Browser, baseUrl: string, setup?: { token: string }): Promise<HostPage> {
  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'Europe/Berlin', viewport: { width: 1440, height: 860 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write', 'notifications'], { origin: baseUrl });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
  });
  const fragment = setup ? `#setup?${new URLSearchParams({ server: baseUrl, token: setup.token }).toString()}` : '';
  await page.goto(`${baseUrl}/app/${fragment}`);
  return { context, page, problems, warnings };
}

/** Saves the top of the page as test-results/screenshots/NAME.png, without the passing toasts. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path, style: '.mantine-Notifications-root { display: none !important; }' });
  return path;
}

/** The sync state the header shows: online | syncing | offline | error. */
export function syncStatus(page: Page): Promise<string | null> {
  return page.getByTestId('sync-status').getAttribute('data-status');
}

/** What the server holds for the host (GET /sync/{collection}/pull from the start). */
/** Pushes new documents as the host's desktop would; throws unless every one was written. */
export async function pushNew(baseUrl: string, token: string, collection: string, docs: object[]): Promise<void> {
  const response = await fetch(`${baseUrl}/sync/${collection}/push`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(docs.map((doc) => ({ newDocumentState: { ...doc, _deleted: false } }))),
  });
  if (!response.ok) throw new Error(`push ${collection}: HTTP ${response.status} ${await response.text()}`);
  const conflicts = (await response.json()) as unknown[];
  if (conflicts.length > 0) throw new Error(`push ${collection}: ${conflicts.length} conflicts`);
}

export async function pullAll<T>(baseUrl: string, token: string, collection: string): Promise<T[]> {
  const response = await fetch(`${baseUrl}/sync/${collection}/pull?limit=1000`, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`pull ${collection}: HTTP ${response.status}`);
  return ((await response.json()) as { documents: T[] }).documents;
}

/** An invitee books the first open slot of a link through the public API. */
export async function bookFirstSlot(baseUrl: string, linkToken: string, invitee: { name: string; email: string }): Promise<Response> {
  const from = new Date().toISOString().slice(0, 10);
  const to = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);
  const slotsResponse = await fetch(`${baseUrl}/api/public/links/${linkToken}/slots?from=${from}&to=${to}&timezone=Europe/London`);
  if (!slotsResponse.ok) throw new Error(`slots: HTTP ${slotsResponse.status} ${await slotsResponse.text()}`);
  const { days } = (await slotsResponse.json()) as { days: Array<{ slots: Array<{ start: string }> }> };
  const start = days.flatMap((day) => day.slots)[0]?.start;
  if (!start) throw new Error('the link has no open slot in the next three weeks');
  return fetch(`${baseUrl}/api/public/links/${linkToken}/bookings`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ start, name: invitee.name, email: invitee.email, timezone: 'Europe/London', notes: '' }),
  });
}

/** Opens a section from the navbar. */
export async function navigate(page: Page, section: 'Event types' | 'Single-use links' | 'Bookings' | 'Settings'): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByText(section, { exact: true }).click();
}
