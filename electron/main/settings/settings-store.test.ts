// test: the settings schema, run through `conf` (the engine inside electron-store) on a real file.
import Conf from 'conf';
import { mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSettingsStore } from './open-settings-store.ts';
import { SETTINGS_DEFAULTS, SETTINGS_STORE_OPTIONS, type StoredSettings } from './settings-schema.ts';

let dir: string;

// electron-store = conf + Electron's userData path; `name` is its word for conf's `configName`.
function openStore(): Conf<StoredSettings> {
  const { name, ...options } = SETTINGS_STORE_OPTIONS;
  return new Conf<StoredSettings>({ ...options, configName: name, cwd: dir, projectName: 'onetime-scheduler-test' });
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'settings-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('settings schema', () => {
  it('starts from the defaults and keeps the file owner-only', () => {
    const store = openStore();
    expect(store.store).toEqual(SETTINGS_DEFAULTS);
    store.set('launchAtLogin', true);
    expect(statSync(store.path).mode & 0o777).toBe(0o600);
    expect(openStore().get('launchAtLogin')).toBe(true);
  });

  it('accepts every valid shape', () => {
    const store = openStore();
    store.set('serverUrl', 'https://sync.example.com/team');
    store.set('hostToken', { encoding: 'safe-storage', value: 'AAEC' });
    store.set('windowState', { x: -1200, y: 40, width: 1000, height: 700, maximized: false });
    store.set('windowState', { width: 1000, height: 700, maximized: true });
    store.set('windowState', null);
    store.set('defaultEventTypeId', 'et-1');
    store.set('globalShortcut', 'CommandOrControl+Shift+L');
    expect(openStore().get('serverUrl')).toBe('https://sync.example.com/team');
  });

  it.each([
    ['serverUrl', 'ftp://x'],
    ['serverUrl', ''],
    ['hostToken', { encoding: 'rot13', value: 'x' }],
    ['hostToken', { encoding: 'plain' }],
    ['hostToken', 'plain-string-token'],
    ['windowState', { width: 10, height: 700, maximized: false }],
    ['windowState', { x: 1.5, y: 0, width: 1000, height: 700, maximized: false }],
    ['windowState', { width: 1000, height: 700, maximized: false, fullscreen: true }],
    ['launchAtLogin', 'yes'],
    ['defaultEventTypeId', 5],
    ['globalShortcut', 'x'.repeat(101)],
  ] as const)('refuses %s = %j and names the field', (key, value) => {
    const store = openStore();
    expect(() => store.set(key, value as never)).toThrow(new RegExp(key));
  });

  it('sets a hand-broken file aside instead of refusing to start', () => {
    const store = openStore();
    store.set('launchAtLogin', true);
    const path = store.path;
    writeFileSync(path, JSON.stringify({ ...SETTINGS_DEFAULTS, serverUrl: 'gopher://old' }));
    expect(() => openStore()).toThrow(/serverUrl/);
    const logged: string[] = [];
    const reopened = openSettingsStore({
      open: openStore,
      filePath: path,
      rename: renameSync,
      now: () => 1700000000000,
      log: (message) => logged.push(message),
    });
    expect(reopened.store).toEqual(SETTINGS_DEFAULTS);
    expect(readFileSync(`${path}.invalid-1700000000000`, 'utf8')).toContain('gopher://old');
    expect(logged[0]).toMatch(/unreadable/);
  });
});
