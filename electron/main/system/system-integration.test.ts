// test: global shortcut, launch at login and notifications, against fakes of Electron's APIs.
import { mkdtempSync, readFileSync, existsSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyLaunchAtLogin, type LaunchAtLoginDeps } from './apply-launch-at-login.ts';
import { createNotifier } from './create-notifier.ts';
import { createShortcutManager } from './create-shortcut-manager.ts';
import { linuxAutostartEntry } from './linux-autostart-entry.ts';

function fakeGlobalShortcut(taken: string[] = []) {
  const registered = new Map<string, () => void>();
  return {
    registered,
    api: {
      register(accelerator: string, callback: () => void) {
        if (accelerator.includes('Bogus')) throw new TypeError(`Error processing argument at index 0, conversion failure from ${accelerator}`);
        if (taken.includes(accelerator)) return false;
        registered.set(accelerator, callback);
        return true;
      },
      unregister(accelerator: string) {
        registered.delete(accelerator);
      },
    },
  };
}

describe('createShortcutManager', () => {
  it('registers, replaces and removes the shortcut', () => {
    const fake = fakeGlobalShortcut();
    const manager = createShortcutManager(fake.api);
    let fired = 0;
    manager.set('CommandOrControl+Shift+L', () => fired++);
    fake.registered.get('CommandOrControl+Shift+L')?.();
    expect(fired).toBe(1);
    manager.set('Alt+L', () => fired++);
    expect([...fake.registered.keys()]).toEqual(['Alt+L']);
    manager.set(null, () => fired++);
    expect(fake.registered.size).toBe(0);
    expect(manager.warning()).toBeNull();
  });

  it('explains a shortcut that is taken or not valid', () => {
    const fake = fakeGlobalShortcut(['Ctrl+C']);
    const manager = createShortcutManager(fake.api);
    manager.set('Ctrl+C', () => undefined);
    expect(manager.warning()).toBe('The shortcut "Ctrl+C" is already used by another application');
    manager.set('Bogus+Key', () => undefined);
    expect(manager.warning()).toMatch(/is not a valid shortcut/);
    manager.set('Alt+L', () => undefined);
    expect(manager.warning()).toBeNull();
  });
});

describe('applyLaunchAtLogin', () => {
  function deps(platform: string, dir: string, calls: unknown[]): LaunchAtLoginDeps {
    return {
      platform,
      setLoginItemSettings: (settings) => void calls.push(settings),
      autostartFile: join(dir, 'autostart', 'onetime-scheduler.desktop'),
      executable: '/opt/Onetime Scheduler/onetime-scheduler',
      appName: 'Onetime Scheduler',
      writeFile: async (path, content) => {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, content);
      },
      removeFile: (path) => rm(path, { force: true }),
    };
  }

  it('uses the login item API on macOS and Windows, starting hidden', async () => {
    const calls: unknown[] = [];
    await applyLaunchAtLogin(true, deps('darwin', '/nowhere', calls));
    await applyLaunchAtLogin(false, deps('win32', '/nowhere', calls));
    expect(calls).toEqual([{ openAtLogin: true, args: ['--hidden'] }, { openAtLogin: false }]);
  });

  it('writes and removes an XDG autostart entry on Linux', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'autostart-'));
    try {
      const d = deps('linux', dir, []);
      await applyLaunchAtLogin(true, d);
      const entry = readFileSync(d.autostartFile, 'utf8');
      expect(entry).toContain('Exec="/opt/Onetime Scheduler/onetime-scheduler" --hidden');
      await applyLaunchAtLogin(false, d);
      expect(existsSync(d.autostartFile)).toBe(false);
      await applyLaunchAtLogin(false, d); // already gone: fine
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('quotes the executable safely', () => {
    expect(linuxAutostartEntry('A\nB', '/x/"a$b`c\\d')).toContain('Exec="/x/\\"a\\$b\\`c\\\\d" --hidden');
    expect(linuxAutostartEntry('A\nB', '/x')).toContain('Name=A B');
  });
});

describe('createNotifier', () => {
  it('shows notifications where supported and skips them elsewhere', () => {
    const shown: unknown[] = [];
    const api = (supported: boolean) => ({
      isSupported: () => supported,
      create: (options: { title: string; body: string; icon?: string }) => ({ show: () => void shown.push(options) }),
    });
    createNotifier(api(true), '/res/icon.png')({ title: 'Link copied: Intro', body: 'https://x' });
    createNotifier(api(true))({ title: 'a', body: 'b' });
    createNotifier(api(false))({ title: 'never', body: '' });
    expect(shown).toEqual([
      { title: 'Link copied: Intro', body: 'https://x', icon: '/res/icon.png' },
      { title: 'a', body: 'b' },
    ]);
  });
});
