// test: only the app's own top-level page may use the IPC bridge.
import { describe, expect, it } from 'vitest';
import { isTrustedSender } from './is-trusted-sender.ts';
import { originOf } from './origin-of.ts';

const APP = ['app://bundle'];

describe('isTrustedSender', () => {
  it('trusts the app page, whatever its path, query or hash', () => {
    expect(isTrustedSender({ url: 'app://bundle/index.html', isMainFrame: true }, APP)).toBe(true);
    expect(isTrustedSender({ url: 'app://bundle/settings?x=1#top', isMainFrame: true }, APP)).toBe(true);
    expect(isTrustedSender({ url: 'APP://BUNDLE/index.html', isMainFrame: true }, APP)).toBe(true);
  });

  it.each([
    ['https://evil.test/index.html'],
    ['app://other/index.html'],
    ['app://bundle.evil.test/index.html'],
    ['file:///opt/app/out/renderer/index.html'],
    ['http://localhost:5173/'],
    ['about:blank'],
    ['data:text/html,hi'],
    ['not a url'],
    [''],
  ])('refuses %s', (url) => {
    expect(isTrustedSender({ url, isMainFrame: true }, APP)).toBe(false);
  });

  it('refuses sub-frames even on the app origin, and destroyed frames', () => {
    expect(isTrustedSender({ url: 'app://bundle/index.html', isMainFrame: false }, APP)).toBe(false);
    expect(isTrustedSender(null, APP)).toBe(false);
    expect(isTrustedSender(undefined, APP)).toBe(false);
  });

  it('trusts the dev server only when it is listed, with its exact port', () => {
    const dev = [...APP, 'http://localhost:5173'];
    expect(isTrustedSender({ url: 'http://localhost:5173/index.html', isMainFrame: true }, dev)).toBe(true);
    expect(isTrustedSender({ url: 'http://localhost:5174/index.html', isMainFrame: true }, dev)).toBe(false);
    expect(isTrustedSender({ url: 'https://localhost:5173/index.html', isMainFrame: true }, dev)).toBe(false);
  });
});

describe('originOf', () => {
  it('gives custom schemes a real origin (WHATWG says "null" for them)', () => {
    expect(new URL('app://bundle/x').origin).toBe('null');
    expect(originOf('app://bundle/x')).toBe('app://bundle');
    expect(originOf('https://Example.com:8443/a')).toBe('https://example.com:8443');
    expect(originOf('mailto:a@b.c')).toBeNull();
    expect(originOf('::')).toBeNull();
  });
});
