// test: app:// URLs map into the renderer folder and never outside it.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppFile } from './resolve-app-file.ts';

const root = resolve('/opt/app/out/renderer');

describe('resolveAppFile', () => {
  it('maps files under the root', () => {
    expect(resolveAppFile(root, 'app://bundle/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://bundle/assets/index-abc.js?v=1#x')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveAppFile(root, 'app://bundle/assets/my%20font.woff2')).toBe(join(root, 'assets', 'my font.woff2'));
  });

  it('serves index.html for the root and for client-side routes', () => {
    expect(resolveAppFile(root, 'app://bundle/')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://bundle')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://bundle/links/123')).toBe(join(root, 'index.html'));
  });

  it.each([
    ['app://bundle/..%2f..%2fetc%2fpasswd'],
    ['app://bundle/assets/..%2F..%2F..%2Fetc%2Fpasswd'],
    ['app://bundle/%2e%2e%2f%2e%2e%2fsecret.txt'],
    ['app://bundle/..%5c..%5cwindows%5cwin.ini'],
    ['app://bundle/assets%5c..%5c..%5csecret.js'],
    ['app://bundle/index.html%00.png'],
    ['app://bundle/%E0%A4%A'],
  ])('refuses traversal attempt %s', (url) => {
    expect(resolveAppFile(root, url)).toBeNull();
  });

  it('keeps dot segments the URL parser resolves inside the root', () => {
    // WHATWG resolves "/../" before we see it, so these land inside the root, never outside.
    const file = resolveAppFile(root, 'app://bundle/../../etc/hosts.txt');
    expect(file).toBe(join(root, 'etc', 'hosts.txt'));
    expect(file?.startsWith(root)).toBe(true);
  });

  it('refuses other hosts and schemes', () => {
    expect(resolveAppFile(root, 'app://other/index.html')).toBeNull();
    expect(resolveAppFile(root, 'file:///opt/app/out/renderer/index.html')).toBeNull();
    expect(resolveAppFile(root, 'https://bundle/index.html')).toBeNull();
    expect(resolveAppFile(root, 'not a url')).toBeNull();
  });
});
