// test: the settings service over a real `conf` file and a fake keychain.
import Conf from 'conf';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DesktopSettings } from '../../contract/desktop-api.ts';
import { createSettingsService } from './create-settings-service.ts';
import { readLaunchOverrides } from './read-launch-overrides.ts';
import { SETTINGS_STORE_OPTIONS, type StoredSettings } from './settings-schema.ts';
import { fakeCipher } from '../../test-support/fake-cipher.ts';

let dir: string;
function openStore(): Conf<StoredSettings> {
  const { name, ...options } = SETTINGS_STORE_OPTIONS;
  return new Conf<StoredSettings>({ ...options, configName: name, cwd: dir, projectName: 'onetime-scheduler-test' });
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'settings-service-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('createSettingsService', () => {
  it('saves a change, encrypts the token on disk and reports what changed', async () => {
    const store = openStore();
    const changes: Array<[DesktopSettings, ReadonlyArray<keyof DesktopSettings>]> = [];
    const service = createSettingsService({ store, cipher: fakeCipher().cipher, onChange: (s, c) => changes.push([s, c]) });
    const view = await service.set({ serverUrl: 'https://sync.example.com/', hostToken: 'very-secret-token', launchAtLogin: true });
    expect(view).toEqual({
      serverUrl: 'https://sync.example.com',
      hostToken: 'very-secret-token',
      launchAtLogin: true,
      defaultEventTypeId: null,
      globalShortcut: null,
      tokenProtection: 'encrypted',
      warning: null,
    });
    expect(readFileSync(store.path, 'utf8')).not.toContain('very-secret-token');
    expect(changes).toHaveLength(1);
    expect(changes[0]?.[1]).toEqual(['serverUrl', 'hostToken', 'launchAtLogin']);
    expect(changes[0]?.[0]).not.toHaveProperty('tokenProtection');
    expect(await createSettingsService({ store: openStore(), cipher: fakeCipher().cipher }).get()).toMatchObject({
      hostToken: 'very-secret-token',
    });
  });

  it('does not call onChange when nothing changed', async () => {
    let calls = 0;
    const service = createSettingsService({ store: openStore(), cipher: fakeCipher().cipher, onChange: () => calls++ });
    await service.set({ launchAtLogin: false, serverUrl: 'http://localhost:8787' });
    expect(calls).toBe(0);
  });

  it('rejects bad input naming the field and writes nothing', async () => {
    const store = openStore();
    const service = createSettingsService({ store, cipher: fakeCipher().cipher });
    await expect(service.set({ serverUrl: 'javascript:alert(1)', launchAtLogin: true })).rejects.toThrow(/^serverUrl: /);
    await expect(service.set({ globalShortcut: 7 })).rejects.toThrow(/^globalShortcut: /);
    expect(store.get('launchAtLogin')).toBe(false);
  });

  it('keeps the token plain (and says so) without a keychain, and encrypts it once one appears', async () => {
    const store = openStore();
    const { cipher, state } = fakeCipher({ available: false });
    const service = createSettingsService({ store, cipher });
    expect(await service.set({ hostToken: 'tok' })).toMatchObject({ hostToken: 'tok', tokenProtection: 'plain' });
    expect(store.get('hostToken')).toMatchObject({ encoding: 'plain', value: 'tok' });
    state.available = true;
    expect(await service.get()).toMatchObject({ hostToken: 'tok', tokenProtection: 'encrypted' });
    expect(store.get('hostToken').encoding).toBe('safe-storage');
    expect(readFileSync(store.path, 'utf8')).not.toContain('"tok"');
  });

  it('reports an undecryptable token as a warning, and a runtime warning otherwise', async () => {
    const store = openStore();
    const { cipher, state } = fakeCipher();
    let runtime: string | null = 'The shortcut "Ctrl+L" is already used by another application';
    const service = createSettingsService({ store, cipher, runtimeWarning: () => runtime });
    await service.set({ hostToken: 'tok' });
    expect((await service.get()).warning).toBe(runtime);
    runtime = null;
    state.key = 1;
    expect(await service.get()).toMatchObject({ hostToken: '', tokenProtection: 'none', warning: expect.stringMatching(/decrypted/) });
  });

  it('serializes concurrent changes', async () => {
    const store = openStore();
    const service = createSettingsService({ store, cipher: fakeCipher().cipher });
    await Promise.all([service.set({ hostToken: 'first' }), service.set({ hostToken: 'second' })]);
    expect((await service.get()).hostToken).toBe('second');
  });

  it('a change of server clears the token issued for the old one, unless the change brings its own', async () => {
    const store = openStore();
    const changes: Array<ReadonlyArray<keyof DesktopSettings>> = [];
    const service = createSettingsService({ store, cipher: fakeCipher().cipher, onChange: (_s, c) => changes.push(c) });
    await service.set({ serverUrl: 'https://a.example', hostToken: 'token-for-a' });
    expect(await service.set({ serverUrl: 'https://a.example/base' })).toMatchObject({ hostToken: 'token-for-a' });
    expect(await service.set({ serverUrl: 'https://b.example' })).toMatchObject({ serverUrl: 'https://b.example', hostToken: '', tokenProtection: 'none' });
    expect(changes.at(-1)).toEqual(['serverUrl', 'hostToken']);
    expect(await service.set({ serverUrl: 'https://a.example' })).toMatchObject({ hostToken: '' });
    expect(await service.set({ serverUrl: 'https://c.example', hostToken: 'token-for-c' })).toMatchObject({ hostToken: 'token-for-c' });
  });

  it('hands out a stored token only for the server origin it was stored with', async () => {
    const store = openStore();
    const service = createSettingsService({ store, cipher: fakeCipher().cipher });
    await service.set({ serverUrl: 'https://a.example', hostToken: 'token-for-a' });
    // e.g. a hand-edited settings file
    store.set('serverUrl', 'https://elsewhere.example');
    expect(await service.get()).toMatchObject({ hostToken: '', tokenProtection: 'none' });
  });

  it('refuses plain http to another computer, saying why, and keeps the old settings', async () => {
    const store = openStore();
    const service = createSettingsService({ store, cipher: fakeCipher().cipher });
    await service.set({ serverUrl: 'https://a.example', hostToken: 'tok' });
    await expect(service.set({ serverUrl: 'http://a.example' })).rejects.toThrow(/token would travel unencrypted; use https:\/\//);
    expect(await service.get()).toMatchObject({ serverUrl: 'https://a.example', hostToken: 'tok' });
  });

  it('applies settings handed over at launch', async () => {
    const service = createSettingsService({ store: openStore(), cipher: fakeCipher().cipher });
    const overrides = readLaunchOverrides({ SCHEDULER_SERVER_URL: 'http://127.0.0.1:9999', SCHEDULER_HOST_TOKEN: 'fresh' });
    expect(overrides).toEqual({ serverUrl: 'http://127.0.0.1:9999', hostToken: 'fresh' });
    expect(await service.set(overrides)).toMatchObject({ serverUrl: 'http://127.0.0.1:9999', hostToken: 'fresh' });
    expect(readLaunchOverrides({ PATH: '/usr/bin', SCHEDULER_HOST_TOKEN: '' })).toBeNull();
  });
});
