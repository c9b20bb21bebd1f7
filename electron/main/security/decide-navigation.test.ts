// test: navigation stays inside the app; safe links go to the OS; the rest is blocked.
import { describe, expect, it } from 'vitest';
import { decideNavigation } from './decide-navigation.ts';
import { hardenWebContents, type WebContentsLike } from './harden-web-contents.ts';

const APP = ['app://bundle'];

describe('decideNavigation', () => {
  it('allows in-app navigation', () => {
    expect(decideNavigation('app://bundle/index.html#/links', APP)).toEqual({ action: 'allow' });
  });

  it('sends http(s) and mailto links to the OS', () => {
    expect(decideNavigation('https://example.com/help', APP)).toEqual({ action: 'open-external', url: 'https://example.com/help' });
    expect(decideNavigation('mailto:ann@example.com', APP)).toEqual({ action: 'open-external', url: 'mailto:ann@example.com' });
  });

  it.each([['file:///etc/passwd'], ['javascript:alert(1)'], ['app://other/x'], ['chrome://settings'], ['ms-settings:']])(
    'denies %s',
    (url) => {
      expect(decideNavigation(url, APP)).toEqual({ action: 'deny' });
    },
  );
});

type Listener = (event: { preventDefault(): void }, url?: string) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }) {
      openHandler = handler;
    },
  };
  const fire = (event: string, url?: string): boolean => {
    let prevented = false;
    listeners.get(event)?.({ preventDefault: () => (prevented = true) }, url);
    return prevented;
  };
  return { contents: contents as unknown as WebContentsLike, fire, openWindow: (url: string) => openHandler?.({ url }) };
}

describe('hardenWebContents', () => {
  it('blocks navigation away from the app and opens safe links outside', async () => {
    const opened: string[] = [];
    const logged: string[] = [];
    const fake = fakeContents();
    hardenWebContents(fake.contents, {
      appOrigins: APP,
      openExternal: async (url) => void opened.push(url),
      log: (message) => logged.push(message),
    });
    expect(fake.fire('will-navigate', 'app://bundle/index.html')).toBe(false);
    expect(fake.fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(fake.fire('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(fake.fire('will-attach-webview')).toBe(true);
    expect(fake.openWindow('https://example.com/new')).toEqual({ action: 'deny' });
    expect(fake.openWindow('app://bundle/index.html')).toEqual({ action: 'deny' });
    expect(fake.openWindow('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://example.com/', 'https://example.com/new']);
    expect(logged).toEqual([
      'Blocked navigation to file:///etc/passwd',
      'Blocked a new window for app://bundle/index.html',
      'Blocked a new window for javascript:alert(1)',
    ]);
  });
});
