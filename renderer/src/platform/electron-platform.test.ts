// test: the Electron platform forwards to the preload bridge and reports push failures softly.
import { describe, expect, it, vi } from 'vitest';
import type { DesktopApi, DesktopSettingsView } from '../../../electron/contract/desktop-api.ts';
import { createElectronPlatform } from './electron-platform.ts';
import { findDesktopApi } from './get-platform.ts';

const view: DesktopSettingsView = {
  serverUrl: 'http://localhost:8787',
  hostToken: 't',
  launchAtLogin: false,
  defaultEventTypeId: null,
  globalShortcut: null,
  tokenProtection: 'encrypted',
  warning: null,
};

function fakeDesktop(): DesktopApi & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    copyText: async (text) => void calls.push(`copy:${text}`),
    notify: async ({ title }) => void calls.push(`notify:${title}`),
    openExternal: async (url) => void calls.push(`open:${url}`),
    getSettings: async () => view,
    setSettings: async (patch) => ({ ...view, ...patch }),
    pushTrayData: async () => {
      throw new Error('main is gone');
    },
    onTrayLinkRequest: (handler) => {
      void handler({ eventTypeId: 'et-1' }).then(({ url }) => calls.push(`answered:${url}`));
      return () => calls.push('unsubscribed');
    },
  };
}

describe('createElectronPlatform', () => {
  it('forwards every call to window.desktop', async () => {
    const desktop = fakeDesktop();
    const platform = createElectronPlatform(desktop);
    expect(platform.kind).toBe('electron');
    expect(platform.capabilities).toEqual({ tray: true, globalShortcut: true, launchAtLogin: true });
    await platform.copyText('hello');
    await platform.notify({ title: 'Hi', body: '' });
    await platform.openExternal('https://example.com');
    expect(await platform.getSettings()).toBe(view);
    expect(await platform.setSettings({ launchAtLogin: true })).toMatchObject({ launchAtLogin: true });
    const off = platform.onTrayRequest(async ({ eventTypeId }) => ({ url: `https://x.test/${eventTypeId}` }));
    await vi.waitFor(() => expect(desktop.calls).toContain('answered:https://x.test/et-1'));
    off();
    expect(desktop.calls).toEqual(['copy:hello', 'notify:Hi', 'open:https://example.com', 'answered:https://x.test/et-1', 'unsubscribed']);
  });

  it('does not throw when pushing tray data fails (the tray just stays stale)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    createElectronPlatform(fakeDesktop()).pushTrayData({ eventTypes: [], recentLinks: [], syncState: 'offline' });
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith('Could not update the tray menu:', 'main is gone'));
    warn.mockRestore();
  });
});

describe('findDesktopApi', () => {
  it('finds the bridge only when the preload exposed an object', () => {
    const desktop = fakeDesktop();
    expect(findDesktopApi({ desktop })).toBe(desktop);
    expect(findDesktopApi({})).toBeNull();
    expect(findDesktopApi({ desktop: 'nope' })).toBeNull();
    expect(findDesktopApi({ desktop: null })).toBeNull();
  });
});
