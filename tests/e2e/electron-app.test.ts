// test (e2e): the desktop build. Electron itself can only launch where its binary is installed
// (not on our machines: the download is blocked), so this suite checks what holds everywhere:
// electron-vite's output, the sandboxed preload run against a fake `electron`, and the same
// renderer build in real Chromium with the browser platform. The Electron launch runs when the
// binary is present and is reported as skipped, with its reason, otherwise.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import vm from 'node:vm';
import { _electron, chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_INSTALL_HINT, findChromium } from '../../scripts/lib/find-chromium.ts';
import { findElectronBinary } from '../../scripts/lib/find-electron-binary.ts';

const root = join(import.meta.dirname, '..', '..');
const out = join(root, 'out');
const BRIDGE_FUNCTIONS = ['copyText', 'getSettings', 'notify', 'onTrayLinkRequest', 'openExternal', 'pushTrayData', 'setSettings'];

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`electron-vite build failed:\n${build.stdout}\n${build.stderr}`);
});

describe('electron-vite build output', () => {
  it('main is one ES module that imports electron at run time and bundles everything else', () => {
    const main = readFileSync(join(out, 'main', 'index.js'), 'utf8');
    expect(main).toMatch(/^import .* from "electron";$/m);
    const bareImports = [...main.matchAll(/^import .* from "([^"]+)";$/gm)].map((match) => match[1]);
    // Only electron and Node built-ins: the installers ship no node_modules.
    expect(bareImports.filter((name) => name !== 'electron' && !name?.startsWith('node:'))).toEqual([]);
    expect(main).not.toMatch(/\brequire\(["']electron-store["']\)/);
  });

  it('the preload is CommonJS, needs only `electron`, and exposes named functions only', async () => {
    const code = readFileSync(join(out, 'preload', 'index.cjs'), 'utf8');
    const exposed: Array<[string, unknown]> = [];
    const invoked: unknown[][] = [];
    const ipcRenderer = {
      invoke: async (...args: unknown[]) => {
        invoked.push(args);
        return { ok: true, value: 'from-main' };
      },
      on: () => ipcRenderer,
      removeListener: () => ipcRenderer,
      send: () => undefined,
    };
    const electron = { contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.push([key, api]) }, ipcRenderer };
    const requested: string[] = [];
    // A sandboxed preload gets a `require` that only knows a few modules; `electron` is the one we allow.
    const sandboxRequire = (name: string): unknown => {
      requested.push(name);
      if (name !== 'electron') throw new Error(`module not found: ${name}`);
      return electron;
    };
    const module = { exports: {} };
    vm.runInNewContext(code, { require: sandboxRequire, module, exports: module.exports, console, Promise, Error, TypeError });

    expect(requested).toEqual(['electron']);
    expect(exposed.map(([key]) => key)).toEqual(['desktop']);
    const api = exposed[0]?.[1] as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(BRIDGE_FUNCTIONS);
    for (const value of Object.values(api)) {
      expect(typeof value).toBe('function');
      expect(value).not.toBe(ipcRenderer);
    }
    await expect((api.copyText as (text: string) => Promise<unknown>)('https://x.test/l/a')).resolves.toBe('from-main');
    expect(invoked).toEqual([['desktop:copy-text', 'https://x.test/l/a']]);
  });

  it('the renderer uses relative asset URLs and carries the CSP', () => {
    const html = readFileSync(join(out, 'renderer', 'index.html'), 'utf8');
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) expect(asset.startsWith('./'), asset).toBe(true);
    expect(html).toContain('http-equiv="Content-Security-Policy"');
    for (const asset of assets) expect(existsSync(join(out, 'renderer', asset))).toBe(true);
  });
});

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Serves out/renderer at /app/ the way the sync server does. */
function serveRenderer(): Promise<Server> {
  const base = join(out, 'renderer');
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (!path.startsWith('/app/')) return void response.writeHead(404).end();
    const file = normalize(join(base, path.slice('/app/'.length) || 'index.html'));
    if (!file.startsWith(base + sep)) return void response.writeHead(404).end();
    readFile(file).then(
      (body) => response.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('the same renderer build in Chromium, with the browser platform', () => {
  let server: Server;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    const executablePath = findChromium();
    if (!executablePath) throw new Error(CHROMIUM_INSTALL_HINT);
    server = await serveRenderer();
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('loads from /app/ over plain HTTP, runs under its CSP and picks the browser platform', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${origin}/app/`);
    await expect.poll(() => page.textContent('[data-testid="platform-kind"]')).toBe('browser');
    expect(await page.evaluate(() => 'desktop' in window)).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('takes the connection handed over in the fragment and strips it from the address bar', async () => {
    const page = await browser.newPage();
    const setup = new URLSearchParams({ server: origin, token: 'handed-over-token' });
    await page.goto(`${origin}/app/#setup?${setup.toString()}`);
    await expect.poll(() => page.textContent('[data-testid="platform-kind"]')).toBe('browser');
    expect(await page.evaluate(() => window.location.href)).toBe(`${origin}/app/`);
    const stored = await page.evaluate(() => JSON.parse(window.localStorage.getItem('onetime-scheduler.settings.v1') ?? '{}'));
    expect(stored).toMatchObject({ serverUrl: origin, hostToken: 'handed-over-token' });
    await page.close();
  });
});

describe('Electron app', () => {
  // The one test the project lets skip ("no skipped tests" otherwise): it depends on the machine,
  // runs wherever an Electron binary and a display are present, and reports why it did not run.
  // The reason goes into the test's meta, which vitest's JSON report carries to the CI summary.
  it('launches with the bridge and the security settings, where Electron can run', async (ctx) => {
    const binary = findElectronBinary(root);
    const headlessLinux = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
    if (!binary || headlessLinux) {
      const reason = !binary
        ? 'the Electron binary is not installed (node_modules/electron/path.txt or dist/ missing; its download is blocked here)'
        : 'no display (run under xvfb-run)';
      (ctx.task.meta as { skipReason?: string }).skipReason = reason;
      return ctx.skip(reason);
    }
    const userData = mkdtempSync(join(tmpdir(), 'electron-app-'));
    const env: Record<string, string> = { SCHEDULER_USER_DATA_DIR: userData };
    for (const [key, value] of Object.entries(process.env)) {
      if (value !== undefined && key !== 'ELECTRON_RENDERER_URL' && key !== 'ELECTRON_OVERRIDE_DIST_PATH') env[key] = value;
    }
    const app = await _electron.launch({ executablePath: binary, args: [root], env });
    try {
      const page = await app.firstWindow();
      await expect.poll(() => page.textContent('[data-testid="platform-kind"]')).toBe('electron');
      expect(page.url()).toBe('app://bundle/index.html');
      expect(await page.evaluate(() => Object.keys((window as unknown as { desktop: object }).desktop).sort())).toEqual(BRIDGE_FUNCTIONS);
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      type Bridge = { desktop: { setSettings(patch: object): Promise<{ hostToken: string; tokenProtection: string }> } };
      const token = 'e2e-token-value';
      const settings = await page.evaluate((value) => (window as unknown as Bridge).desktop.setSettings({ hostToken: value }), token);
      expect(settings.hostToken).toBe(token);
      // Where the OS keychain works, the token must not be on disk in plain text.
      if (settings.tokenProtection === 'encrypted') {
        expect(readFileSync(join(userData, 'settings.json'), 'utf8')).not.toContain(token);
      }
    } finally {
      await app.close();
      rmSync(userData, { recursive: true, force: true });
    }
  });
});
