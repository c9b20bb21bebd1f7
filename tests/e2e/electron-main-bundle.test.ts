// test (e2e, build output): the composition root, run. electron/main/index.ts wires the tested
// modules together; Electron's binary cannot be installed here, so this loads the BUILT bundle
// (out/main/index.js, as electron-vite made it) with a recording stand-in for the `electron` module
// (electron/test-support/recording-electron.ts, the one mock of this suite) and plays Electron's
// part: ready, IPC from the page, a tray click, a second instance, closing the window, quitting.
//
// How it loads: the bundle is an ES module whose only non-Node import is `import … from "electron"`.
// Vitest runs files outside node_modules through its module runner, so `vi.mock('electron')`
// replaces exactly that import; everything else in the bundle (electron-store, the settings, the
// tray, the IPC checks) runs as built.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS, TRAY_LINK_REQUEST_CHANNEL, type TrayLinkRequestMessage } from '../../electron/contract/ipc-channels.ts';
import * as electron from '../../electron/test-support/recording-electron.ts';
import type { RecordingBrowserWindow, RecordingMenuItem } from '../../electron/test-support/recording-electron.ts';

vi.mock('electron', () => import('../../electron/test-support/recording-electron.ts'));

const root = join(import.meta.dirname, '..', '..');
const mainBundle = join(root, 'out', 'main', 'index.js');
const TRUSTED = { senderFrame: { url: 'app://bundle/index.html', parent: null } };

let win: RecordingBrowserWindow;

/** The page's `ipcRenderer.invoke`, as main's handler sees it. */
async function invoke(channel: string, ...args: unknown[]): Promise<{ ok: boolean; value?: unknown; error?: string }> {
  const handler = electron.recorder.ipcHandlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return (await handler(TRUSTED, ...args)) as { ok: boolean; value?: unknown; error?: string };
}

function trayItem(id: string): RecordingMenuItem {
  const menu = electron.recorder.trays[0]?.contextMenu;
  const find = (items: RecordingMenuItem[]): RecordingMenuItem | undefined =>
    items.map((item) => (item.id === id ? item : item.submenu ? find(item.submenu) : undefined)).find((item) => item !== undefined);
  const item = menu ? find(menu.items) : undefined;
  if (!item) throw new Error(`no tray menu item ${id}`);
  return item;
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  if (!condition()) throw new Error(`timed out waiting for ${what}`);
}

beforeAll(async () => {
  // `npm test` builds first; a run of this file alone builds when there is no bundle.
  if (!existsSync(mainBundle)) {
    const build = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: root, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`electron-vite build failed:\n${build.stdout}\n${build.stderr}`);
  }
  delete process.env.ELECTRON_RENDERER_URL;
  delete process.env.SCHEDULER_SERVER_URL;
  delete process.env.SCHEDULER_HOST_TOKEN;
  delete process.env.SCHEDULER_USER_DATA_DIR;
  // The bundle reads the app path as it loads.
  electron.app.appPath = root;
  await import(pathToFileURL(mainBundle).href);
});

afterAll(() => {
  for (const path of electron.recorder.paths.values()) rmSync(path, { recursive: true, force: true });
});

describe('the built main process (out/main/index.js)', () => {
  it('before ready: takes the single-instance lock and registers app:// as privileged, and opens no window', () => {
    expect(electron.recorder.calls).toContain('app.requestSingleInstanceLock');
    expect(electron.recorder.privilegedSchemes).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(electron.recorder.windows).toEqual([]);
  });

  it('on ready: one window with the secure webPreferences and the preload the build produced', async () => {
    electron.emitReady();
    await until(() => (electron.recorder.windows[0]?.loadedUrls.length ?? 0) > 0, 'the window to load');
    expect(electron.recorder.exitCode).toBeNull();
    expect(electron.recorder.readyBeforeSchemes).toBe(false);
    expect(electron.recorder.windows).toHaveLength(1);
    win = electron.recorder.windows[0] as RecordingBrowserWindow;
    const prefs = win.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(prefs.webSecurity).not.toBe(false);
    expect(prefs.preload).toBe(join(root, 'out', 'preload', 'index.cjs'));
    expect(existsSync(prefs.preload as string)).toBe(true);
    expect(win.loadedUrls).toEqual(['app://bundle/index.html']);
    expect(win.isVisible()).toBe(true); // shown on ready-to-show
    // hardenWebContents ran on the window's contents: new windows are denied.
    expect(win.webContents.windowOpenHandler?.({ url: 'https://evil.test' })).toEqual({ action: 'deny' });
    // the settings file lives where main put userData
    expect(existsSync(join(electron.app.getPath('userData'), 'settings.json'))).toBe(true);
  });

  it('app:// serves out/renderer/index.html with its CSP, and nothing outside out/renderer', async () => {
    const handler = electron.recorder.protocolHandlers.get('app');
    if (!handler) throw new Error('no app:// handler');
    const response = await handler(new Request('app://bundle/index.html'));
    expect(response.status).toBe(200);
    const indexHtml = readFileSync(join(root, 'out', 'renderer', 'index.html'), 'utf8');
    expect(await response.text()).toBe(indexHtml);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    for (const outside of [
      'app://bundle/../../etc/passwd',
      'app://bundle/..%2F..%2F..%2F..%2Fetc%2Fpasswd',
      'app://bundle/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      'app://bundle/..%5C..%5C..%5C..%5Cetc%5Cpasswd',
      'app://bundle/%2Fetc%2Fpasswd',
      'app://bundle/..%2F..%2F..%2F..%2Fetc%2Fos-release.txt',
      'app://bundle/%2e%2e%2f..%2fpackage.json',
      'app://bundle/../main/index.js',
      'app://bundle/..%2Fmain%2Findex.js',
    ]) {
      // Refused (404), or, for an extensionless route, the app's own index.html: never the file outside.
      const refused = await handler(new Request(outside));
      const body = await refused.text();
      if (refused.status === 200) expect(body, outside).toBe(indexHtml);
      else expect(refused.status, outside).toBe(404);
      expect(body, outside).not.toMatch(/root:|electron-store/);
    }
  });

  it('a tray with a menu, and an ipcMain handler for every channel of the contract', () => {
    expect(electron.recorder.trays).toHaveLength(1);
    expect(existsSync(electron.recorder.trays[0]?.image.path ?? '')).toBe(true);
    expect(trayItem('new-link').label).toBe('New single-use link');
    expect(trayItem('quit').label).toBe('Quit');
    const channels = Object.values(INVOKE_CHANNELS);
    expect(channels.length).toBeGreaterThan(0);
    expect([...electron.recorder.ipcHandlers.keys()].sort()).toEqual([...channels].sort());
  });

  it('every channel the built preload invokes is one of them', async () => {
    // The preload as built, in a sandbox like Electron's: it may require only `electron`.
    const invoked = new Set<string>();
    let onRequest: ((event: unknown, message: unknown) => void) | null = null;
    const ipcRenderer = {
      invoke: async (channel: string) => {
        invoked.add(channel);
        return { ok: true, value: null };
      },
      on: (_channel: string, listener: (event: unknown, message: unknown) => void) => {
        onRequest = listener;
      },
      removeListener: () => undefined,
    };
    let api: Record<string, (...args: unknown[]) => unknown> = {};
    const bridge = { contextBridge: { exposeInMainWorld: (_key: string, value: typeof api) => (api = value) }, ipcRenderer };
    const module = { exports: {} };
    const sandboxRequire = (name: string) => {
      if (name !== 'electron') throw new Error(`module not found: ${name}`);
      return bridge;
    };
    vm.runInNewContext(readFileSync(join(root, 'out', 'preload', 'index.cjs'), 'utf8'), { require: sandboxRequire, module, exports: module.exports, console, Promise, Error, TypeError });
    for (const [name, call] of Object.entries(api)) {
      if (name === 'onTrayLinkRequest') call(async () => ({ url: 'https://x.test/l/a' }));
      else await call({});
    }
    (onRequest as ((event: unknown, message: unknown) => void) | null)?.({}, { requestId: 'r-1', eventTypeId: 'et-1' });
    await until(() => invoked.has(INVOKE_CHANNELS.trayLinkResponse), 'the preload to answer a tray request');
    expect([...invoked].sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
    for (const channel of invoked) expect(electron.recorder.ipcHandlers.has(channel), channel).toBe(true);
  });

  it('refuses the bridge to a page that is not the app', async () => {
    const handler = electron.recorder.ipcHandlers.get(INVOKE_CHANNELS.getSettings);
    const answer = (await handler?.({ senderFrame: { url: 'https://evil.test/', parent: null } })) as { ok: boolean };
    expect(answer.ok).toBe(false);
    expect(await invoke(INVOKE_CHANNELS.getSettings)).toMatchObject({ ok: true, value: { serverUrl: 'http://localhost:8787' } });
  });

  it('a tray "New single-use link" click asks the window; the answer goes to the clipboard with a notification', async () => {
    expect(await invoke(INVOKE_CHANNELS.pushTrayData, { eventTypes: [{ id: 'et-1', name: 'Intro call' }], recentLinks: [], syncState: 'online' })).toEqual({ ok: true, value: undefined });
    trayItem('new-link:et-1').click?.();
    await until(() => win.webContents.sent.length > 0, 'the link request');
    const [channel, [message]] = win.webContents.sent[0] as [string, [TrayLinkRequestMessage]];
    expect(channel).toBe(TRAY_LINK_REQUEST_CHANNEL);
    expect(message.eventTypeId).toBe('et-1');

    const url = 'http://localhost:8787/l/AbCdEfGhIjKlMnOpQrStUv';
    expect(await invoke(INVOKE_CHANNELS.trayLinkResponse, { requestId: message.requestId, ok: true, url })).toMatchObject({ ok: true });
    await until(() => electron.recorder.notifications.length > 0, 'the notification');
    expect(electron.recorder.clipboardWrites).toEqual([url]);
    expect(electron.recorder.notifications).toEqual([{ options: expect.objectContaining({ title: 'Link copied: Intro call', body: url }), shown: true }]);
  });

  it('closing the window hides it to the tray; a second instance shows it again', () => {
    expect(win.requestClose()).toBe(false);
    expect(win.isDestroyed()).toBe(false);
    expect(win.isVisible()).toBe(false);
    electron.app.emit('second-instance', electron.preventableEvent(), [], root);
    expect(win.isVisible()).toBe(true);
  });

  it('"Quit" in the tray quits: the window may close, the shortcuts go, the window state is saved', () => {
    trayItem('quit').click?.();
    expect(electron.recorder.quitCalls).toBe(1);
    expect(win.isDestroyed()).toBe(true);
    expect(electron.recorder.quitted).toBe(true);
    expect(electron.recorder.calls).toContain('globalShortcut.unregisterAll');
    const saved = JSON.parse(readFileSync(join(electron.app.getPath('userData'), 'settings.json'), 'utf8')) as { windowState: unknown };
    expect(saved.windowState).toEqual({ x: 10, y: 20, width: 1100, height: 760, maximized: false });
  });
});
