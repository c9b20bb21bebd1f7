// test: the whole tray flow across the real preload bridge, the real IPC handlers and the tray
// controller, joined by an in-memory IPC bus; only clipboard and notifications are fakes.
import { describe, expect, it } from 'vitest';
import type { NotificationRequest } from '../../contract/desktop-api.ts';
import { createElectronPlatform } from '../../../renderer/src/platform/electron-platform.ts';
import { createDesktopApi } from '../../preload/create-desktop-api.ts';
import { TRAY_LINK_REQUEST_CHANNEL } from '../../contract/ipc-channels.ts';
import { fakeCipher } from '../../test-support/fake-cipher.ts';
import { createFakeIpcBus } from '../../test-support/fake-ipc-bus.ts';
import { createIpcHandlers } from '../ipc/create-ipc-handlers.ts';
import { registerIpcHandlers } from '../ipc/register-ipc-handlers.ts';
import { isTrustedSender } from '../security/is-trusted-sender.ts';
import { createSettingsService, type SettingsStoreLike } from '../settings/create-settings-service.ts';
import { SETTINGS_DEFAULTS, type StoredSettings } from '../settings/settings-schema.ts';
import type { TrayMenuItem } from '../tray/build-tray-menu-template.ts';
import { createTrayController } from '../tray/create-tray-controller.ts';
import { copyRecentLink } from './copy-recent-link.ts';
import { createLinkRequester } from './create-link-requester.ts';
import { runQuickLink } from './run-quick-link.ts';

function memoryStore(): SettingsStoreLike {
  const data: StoredSettings = structuredClone(SETTINGS_DEFAULTS);
  return {
    get: (key) => data[key],
    set: (key, value) => {
      data[key] = value;
    },
  };
}

function wire(options: { timeoutMs?: number } = {}) {
  const bus = createFakeIpcBus();
  const clipboard: string[] = [];
  const notes: NotificationRequest[] = [];
  const opened: string[] = [];
  const writeClipboard = async (text: string) => void clipboard.push(text);
  const notify = (note: NotificationRequest) => void notes.push(note);
  let menu: TrayMenuItem[] = [];
  let n = 0;
  const requester = createLinkRequester({
    newId: () => `req-${++n}`,
    send: (message) => {
      bus.sendToRenderer(TRAY_LINK_REQUEST_CHANNEL, message);
      return true;
    },
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  });
  const outcomes: Array<Promise<unknown>> = [];
  const tray = createTrayController<TrayMenuItem[]>({
    tray: { setContextMenu: (m) => void (menu = m ?? []), setToolTip: () => undefined, on: () => undefined },
    buildMenu: (template) => template,
    appName: 'Onetime Scheduler',
    platform: 'linux',
    actions: {
      createLink: (eventType) => void outcomes.push(runQuickLink(eventType, { requestLink: (id) => requester.request(id), writeClipboard, notify })),
      copyRecentLink: (link) => void outcomes.push(copyRecentLink(link, { writeClipboard, notify })),
      openWindow: () => undefined,
      quit: () => undefined,
    },
  });
  registerIpcHandlers({
    ipcMain: bus.ipcMain,
    isTrusted: (frame) => isTrustedSender(frame, ['app://bundle']),
    log: () => undefined,
    handlers: createIpcHandlers({
      writeClipboard,
      notify,
      openExternal: async (url) => void opened.push(url),
      settings: createSettingsService({ store: memoryStore(), cipher: fakeCipher().cipher }),
      tray,
      linkRequester: requester,
    }),
  });
  // The renderer side: the real preload object, wrapped by the renderer's platform.
  const platform = createElectronPlatform(createDesktopApi(bus.ipcRenderer));
  const click = (submenuId: string, index: number): void => {
    menu.find((item) => item.id === submenuId)?.submenu?.[index]?.click?.();
  };
  return { bus, platform, clipboard, notes, opened, click, settled: () => Promise.all(outcomes), menu: () => menu };
}

const trayData = {
  eventTypes: [
    { id: 'et-intro', name: 'Intro call' },
    { id: 'et-demo', name: 'Product demo' },
  ],
  recentLinks: [{ id: 'l-1', label: 'Intro call for Ann', url: 'https://sync.test/l/ann' }],
  syncState: 'online',
};

describe('tray quick link, end to end with fakes at the OS edge', () => {
  it('picks an event type: the renderer creates the link, main copies it and notifies, in well under a second', async () => {
    const app = wire();
    const created: string[] = [];
    app.platform.onTrayRequest(async ({ eventTypeId }) => {
      created.push(eventTypeId);
      return { url: `https://sync.test/l/${eventTypeId}-token` };
    });
    app.platform.pushTrayData(trayData);
    await expect.poll(() => app.menu()[0]?.submenu?.length).toBe(2);

    const started = performance.now();
    app.click('new-link', 1);
    await app.settled();
    expect(performance.now() - started).toBeLessThan(1000);
    expect(created).toEqual(['et-demo']);
    expect(app.clipboard).toEqual(['https://sync.test/l/et-demo-token']);
    expect(app.notes).toEqual([{ title: 'Link copied: Product demo', body: 'https://sync.test/l/et-demo-token' }]);
  });

  it('a recent link is copied without asking the renderer', async () => {
    const app = wire();
    app.platform.pushTrayData(trayData);
    await expect.poll(() => app.menu()[1]?.submenu?.[0]?.label).toBe('Intro call for Ann');
    app.click('recent-links', 0);
    await app.settled();
    expect(app.clipboard).toEqual(['https://sync.test/l/ann']);
    expect(app.notes[0]?.title).toBe('Link copied: Intro call for Ann');
  });

  it('a renderer error reaches the user as a notification', async () => {
    const app = wire();
    app.platform.onTrayRequest(async () => {
      throw new Error('Event type is archived');
    });
    app.platform.pushTrayData(trayData);
    await expect.poll(() => app.menu()[0]?.submenu?.length).toBe(2);
    app.click('new-link', 0);
    await app.settled();
    expect(app.clipboard).toEqual([]);
    expect(app.notes).toEqual([{ title: 'Could not create a link', body: 'Intro call: Event type is archived' }]);
  });

  it('a renderer with no handler yet times out with a clear notification', async () => {
    const app = wire({ timeoutMs: 50 });
    app.platform.pushTrayData(trayData);
    await expect.poll(() => app.menu()[0]?.submenu?.length).toBe(2);
    app.click('new-link', 0);
    await app.settled();
    expect(app.notes[0]?.body).toBe('Intro call: The app did not answer within 50 ms');
  });

  it('the rest of the bridge works through the same path', async () => {
    const app = wire();
    await app.platform.copyText('hello');
    await app.platform.notify({ title: 'Booked', body: 'Ann' });
    await app.platform.openExternal('https://example.com/help');
    await expect(app.platform.openExternal('file:///etc/passwd')).rejects.toThrow('url must be an http(s) or mailto URL');
    const saved = await app.platform.setSettings({ hostToken: 'tok', globalShortcut: 'Alt+Shift+L' });
    expect(saved).toMatchObject({ hostToken: 'tok', globalShortcut: 'Alt+Shift+L', tokenProtection: 'encrypted' });
    await expect(app.platform.setSettings({ serverUrl: 'nope' })).rejects.toThrow(/^serverUrl: /);
    await expect(app.platform.getSettings()).resolves.toMatchObject({ hostToken: 'tok' });
    expect(app.clipboard).toEqual(['hello']);
    expect(app.notes).toEqual([{ title: 'Booked', body: 'Ann' }]);
    expect(app.opened).toEqual(['https://example.com/help']);
  });

  it('bad tray data is refused with the field named, and the menu keeps the last good data', async () => {
    const app = wire();
    app.platform.pushTrayData(trayData);
    await expect.poll(() => app.menu()[0]?.submenu?.length).toBe(2);
    const desktop = createDesktopApi(app.bus.ipcRenderer);
    await expect(desktop.pushTrayData({ ...trayData, eventTypes: [{ id: '', name: 'x' }] })).rejects.toThrow('eventTypes[0].id');
    expect(app.menu()[0]?.submenu?.length).toBe(2);
  });

  it('a foreign page cannot answer tray requests or read settings', async () => {
    const app = wire();
    app.bus.setSender('https://evil.test/');
    await expect(app.platform.getSettings()).rejects.toThrow('This page may not use the desktop bridge');
  });
});
