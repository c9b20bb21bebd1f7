// test: the tray always has a context menu (Linux needs one) and rebuilds it on every push.
import { describe, expect, it } from 'vitest';
import type { TrayMenuActions, TrayMenuItem } from './build-tray-menu-template.ts';
import { createTrayController } from './create-tray-controller.ts';
import { trayIconFile } from './tray-icon-file.ts';

function fakeTray() {
  const menus: Array<TrayMenuItem[] | null> = [];
  const tips: string[] = [];
  const clicks: Array<() => void> = [];
  return {
    menus,
    tips,
    clicks,
    tray: {
      setContextMenu: (menu: TrayMenuItem[] | null) => void menus.push(menu),
      setToolTip: (text: string) => void tips.push(text),
      on: (_event: 'click', listener: () => void) => void clicks.push(listener),
    },
  };
}

const actions = (log: string[]): TrayMenuActions => ({
  createLink: () => log.push('create'),
  copyRecentLink: () => log.push('copy'),
  openWindow: () => log.push('open'),
  quit: () => log.push('quit'),
});

describe('createTrayController', () => {
  it('sets a context menu right away and a new one for every push', () => {
    const fake = fakeTray();
    const controller = createTrayController({
      tray: fake.tray,
      buildMenu: (template) => template,
      actions: actions([]),
      appName: 'App',
      platform: 'linux',
    });
    expect(fake.menus).toHaveLength(1);
    expect(controller.current()).toBeNull();
    const data = { eventTypes: [{ id: 'a', name: 'Intro' }], recentLinks: [], syncState: 'syncing' };
    controller.update(data);
    expect(fake.menus).toHaveLength(2);
    expect(fake.menus[1]?.[0]?.submenu?.[0]?.label).toBe('Intro');
    expect(fake.tips).toEqual(['App', 'App: syncing']);
    expect(controller.current()).toEqual(data);
    expect(fake.clicks).toHaveLength(0); // Linux and macOS: a click opens the menu
  });

  it('opens the window on a left click on Windows', () => {
    const fake = fakeTray();
    const log: string[] = [];
    createTrayController({ tray: fake.tray, buildMenu: (t) => t, actions: actions(log), appName: 'App', platform: 'win32' });
    fake.clicks[0]?.();
    expect(log).toEqual(['open']);
  });
});

describe('trayIconFile', () => {
  it('uses a template image on macOS, an ICO on Windows and a PNG elsewhere', () => {
    expect(trayIconFile('darwin')).toBe('trayTemplate.png');
    expect(trayIconFile('win32')).toBe('tray.ico');
    expect(trayIconFile('linux')).toBe('tray.png');
  });
});
