// test: the browser platform over a fake page environment (clipboard, notifications, storage, window.open).
import { describe, expect, it } from 'vitest';
import { createBrowserPlatform } from './browser-platform.ts';
import type { BrowserEnvironment } from './browser-environment.ts';
import { BROWSER_SETTINGS_KEY } from './browser-settings-store.ts';
import type { CopyDocument } from './copy-text-with-textarea.ts';

class MemoryStorage {
  readonly data = new Map<string, string>();
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.data.set(key, value);
  }
}

function fakeCopyDocument(result: boolean) {
  const log: string[] = [];
  let attached = 0;
  const doc: CopyDocument = {
    createElement: () =>
      ({
        value: '',
        style: {},
        setAttribute: () => undefined,
        select() {
          log.push(`select:${(this as { value: string }).value}`);
        },
      }) as unknown as HTMLTextAreaElement,
    body: {
      appendChild: () => (attached += 1),
      removeChild: () => (attached -= 1),
    },
    execCommand: () => {
      log.push('execCommand');
      return result;
    },
  };
  return { doc, log, attached: () => attached };
}

function environment(overrides: Partial<BrowserEnvironment> = {}) {
  const opened: Array<[string, string, string]> = [];
  const replaced: string[] = [];
  const shown: Array<[string, string]> = [];
  const copied: string[] = [];
  const storage = new MemoryStorage();
  let permission: NotificationPermission = 'granted';
  const env: BrowserEnvironment = {
    storage,
    location: { origin: 'http://127.0.0.1:8787', hash: '', pathname: '/app/', search: '' },
    replaceUrl: (url) => replaced.push(url),
    clipboard: {
      writeText: async (text) => {
        copied.push(text);
      },
    },
    copyDocument: fakeCopyDocument(true).doc,
    openWindow: (url, target, features) => opened.push([url, target, features]),
    notifications: {
      permission: () => permission,
      requestPermission: async () => {
        permission = 'granted';
        return permission;
      },
      show: (title, body) => shown.push([title, body]),
    },
    ...overrides,
  };
  return {
    env,
    storage,
    opened,
    replaced,
    shown,
    copied,
    setPermission: (next: NotificationPermission) => (permission = next),
  };
}

describe('createBrowserPlatform', () => {
  it('says what it is and what it cannot do', () => {
    const platform = createBrowserPlatform(environment().env);
    expect(platform.kind).toBe('browser');
    expect(platform.capabilities).toEqual({ tray: false, globalShortcut: false, launchAtLogin: false });
  });

  it('copies with navigator.clipboard when it exists', async () => {
    const t = environment();
    await createBrowserPlatform(t.env).copyText('https://x.test/l/abc');
    expect(t.copied).toEqual(['https://x.test/l/abc']);
  });

  it('falls back to a textarea when the clipboard API is missing or refuses', async () => {
    const fallback = fakeCopyDocument(true);
    const missing = environment({ clipboard: undefined, copyDocument: fallback.doc });
    await createBrowserPlatform(missing.env).copyText('one');
    expect(fallback.log).toEqual(['select:one', 'execCommand']);
    expect(fallback.attached()).toBe(0);

    const refusing = fakeCopyDocument(true);
    const denied = environment({
      clipboard: { writeText: () => Promise.reject(new Error('NotAllowedError')) },
      copyDocument: refusing.doc,
    });
    await createBrowserPlatform(denied.env).copyText('two');
    expect(refusing.log).toEqual(['select:two', 'execCommand']);
  });

  it('reports a copy that failed both ways', async () => {
    const failing = fakeCopyDocument(false);
    const t = environment({ clipboard: undefined, copyDocument: failing.doc });
    await expect(createBrowserPlatform(t.env).copyText('x')).rejects.toThrow(/refused to copy/);
    expect(failing.attached()).toBe(0);
  });

  it('shows notifications when allowed, asks once when undecided, stays quiet when denied', async () => {
    const t = environment();
    const platform = createBrowserPlatform(t.env);
    await platform.notify({ title: 'Link copied: Intro call', body: 'https://x.test/l/abc' });
    t.setPermission('default');
    await platform.notify({ title: 'second', body: '' });
    t.setPermission('denied');
    await platform.notify({ title: 'third', body: '' });
    expect(t.shown).toEqual([
      ['Link copied: Intro call', 'https://x.test/l/abc'],
      ['second', ''],
    ]);
    await expect(createBrowserPlatform(environment({ notifications: undefined }).env).notify({ title: 'a', body: 'b' })).resolves.toBeUndefined();
  });

  it('opens only http(s) and mailto URLs, without an opener', async () => {
    const t = environment();
    const platform = createBrowserPlatform(t.env);
    await platform.openExternal('https://example.com/docs');
    await platform.openExternal('mailto:ann@example.com');
    await expect(platform.openExternal('javascript:alert(1)')).rejects.toThrow(/only http\(s\) and mailto/);
    await expect(platform.openExternal('file:///etc/passwd')).rejects.toThrow(/only http\(s\) and mailto/);
    expect(t.opened).toEqual([
      ['https://example.com/docs', '_blank', 'noopener,noreferrer'],
      ['mailto:ann@example.com', '_blank', 'noopener,noreferrer'],
    ]);
  });

  it('defaults the server to the page origin and keeps settings in storage', async () => {
    const t = environment();
    const platform = createBrowserPlatform(t.env);
    expect(await platform.getSettings()).toEqual({
      serverUrl: 'http://127.0.0.1:8787',
      hostToken: '',
      launchAtLogin: false,
      defaultEventTypeId: null,
      globalShortcut: null,
      tokenProtection: 'none',
      warning: null,
    });
    const saved = await platform.setSettings({ hostToken: 'tok', serverUrl: 'https://sync.example.com/' });
    expect(saved).toMatchObject({ hostToken: 'tok', serverUrl: 'https://sync.example.com', tokenProtection: 'browser-storage' });
    expect(JSON.parse(t.storage.getItem(BROWSER_SETTINGS_KEY) ?? '{}')).toMatchObject({ hostToken: 'tok' });
    expect(await createBrowserPlatform(t.env).getSettings()).toMatchObject({ hostToken: 'tok' });
  });

  it('rejects bad settings with the field name and keeps the old ones', async () => {
    const t = environment();
    const platform = createBrowserPlatform(t.env);
    await platform.setSettings({ hostToken: 'good' });
    await expect(platform.setSettings({ serverUrl: 'ftp://nope' })).rejects.toThrow(/^serverUrl: /);
    expect((await platform.getSettings()).hostToken).toBe('good');
  });

  it('survives garbage in storage', async () => {
    const t = environment();
    t.storage.setItem(BROWSER_SETTINGS_KEY, '{not json');
    expect((await createBrowserPlatform(t.env).getSettings()).serverUrl).toBe('http://127.0.0.1:8787');
    t.storage.setItem(BROWSER_SETTINGS_KEY, JSON.stringify({ serverUrl: 5, hostToken: 'kept', launchAtLogin: 'x' }));
    expect(await createBrowserPlatform(t.env).getSettings()).toMatchObject({
      serverUrl: 'http://127.0.0.1:8787',
      hostToken: 'kept',
      launchAtLogin: false,
    });
  });

  it('adopts settings handed over in the fragment and removes them from the address bar', async () => {
    const t = environment();
    t.env.location = { ...t.env.location, hash: '#setup?server=http%3A%2F%2F127.0.0.1%3A8787&token=fresh-token' };
    const platform = createBrowserPlatform(t.env);
    expect(t.replaced).toEqual(['/app/']);
    expect(platform.pendingServerChange()).toBeNull();
    expect(await platform.getSettings()).toMatchObject({ hostToken: 'fresh-token', serverUrl: 'http://127.0.0.1:8787' });
  });

  it('a setup link for another server waits for a yes, and never takes the stored token there', async () => {
    const t = environment();
    t.storage.setItem(BROWSER_SETTINGS_KEY, JSON.stringify({ serverUrl: 'http://127.0.0.1:8787', hostToken: 'host-token' }));
    t.env.location = { ...t.env.location, hash: '#setup?server=http%3A%2F%2F127.0.0.1%3A9999' };
    const platform = createBrowserPlatform(t.env);
    expect(t.replaced).toEqual(['/app/']);
    expect(await platform.getSettings()).toMatchObject({ serverUrl: 'http://127.0.0.1:8787', hostToken: 'host-token' });
    expect(platform.pendingServerChange()).toEqual({ from: 'http://127.0.0.1:8787', to: 'http://127.0.0.1:9999', bringsToken: false });
    expect(await platform.answerServerChange(true)).toMatchObject({ serverUrl: 'http://127.0.0.1:9999', hostToken: '', tokenProtection: 'none' });
    expect(platform.pendingServerChange()).toBeNull();
    expect(t.storage.getItem(BROWSER_SETTINGS_KEY)).not.toContain('host-token');
  });

  it('a setup link for another server changes nothing when the person says no', async () => {
    const t = environment();
    t.storage.setItem(BROWSER_SETTINGS_KEY, JSON.stringify({ serverUrl: 'http://127.0.0.1:8787', hostToken: 'host-token' }));
    t.env.location = { ...t.env.location, hash: '#setup?server=http%3A%2F%2F127.0.0.1%3A9999&token=theirs' };
    const platform = createBrowserPlatform(t.env);
    expect(platform.pendingServerChange()).toMatchObject({ to: 'http://127.0.0.1:9999', bringsToken: true });
    expect(await platform.answerServerChange(false)).toMatchObject({ serverUrl: 'http://127.0.0.1:8787', hostToken: 'host-token' });
    expect(platform.pendingServerChange()).toBeNull();
  });

  it('keeps the token with the origin it was saved for', async () => {
    const t = environment();
    const platform = createBrowserPlatform(t.env);
    await platform.setSettings({ serverUrl: 'http://127.0.0.1:8787', hostToken: 'host-token' });
    expect(await platform.setSettings({ serverUrl: 'https://sync.example.com' })).toMatchObject({ hostToken: '', tokenProtection: 'none' });
    // A stored entry whose server was changed behind the app's back (another tab, a hand edit).
    t.storage.setItem(BROWSER_SETTINGS_KEY, JSON.stringify({ serverUrl: 'https://b.example', hostToken: 'x', tokenOrigin: 'https://a.example' }));
    expect(await platform.getSettings()).toMatchObject({ serverUrl: 'https://b.example', hostToken: '' });
  });

  it('refuses plain http to another computer, except the server that served this page', async () => {
    const t = environment({ location: { origin: 'http://192.168.1.5:8787', hash: '', pathname: '/app/', search: '' } });
    const platform = createBrowserPlatform(t.env);
    await expect(platform.setSettings({ serverUrl: 'http://192.168.1.6:8787' })).rejects.toThrow(/token would travel unencrypted/);
    await expect(platform.setSettings({ serverUrl: 'http://192.168.1.5:8787' })).resolves.toMatchObject({ serverUrl: 'http://192.168.1.5:8787' });
  });

  it('has no tray: tray calls are harmless no-ops', () => {
    const platform = createBrowserPlatform(environment().env);
    const off = platform.onTrayRequest(async () => ({ url: 'https://x.test' }));
    expect(typeof off).toBe('function');
    off();
    expect(() => platform.pushTrayData({ eventTypes: [], recentLinks: [], syncState: 'online' })).not.toThrow();
  });
});
