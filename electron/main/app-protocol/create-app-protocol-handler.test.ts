// test: the app:// handler serves the built renderer from a real folder, with security headers.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY_HEADER } from '../security/content-security-policy.ts';
import { createAppProtocolHandler } from './create-app-protocol-handler.ts';
import { contentTypeFor } from './content-type-for.ts';

let base: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'app-protocol-'));
  const root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(base, 'secret.txt'), 'do not serve');
  handle = createAppProtocolHandler({ rootDir: root, readFile });
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('createAppProtocolHandler', () => {
  it('serves files with their type and the CSP header', async () => {
    const page = await handle(new Request('app://bundle/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY_HEADER);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>app</title>');

    const script = await handle(new Request('app://bundle/assets/index-abc.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
  });

  it('falls back to index.html for routes and answers 404 for missing files', async () => {
    expect(await (await handle(new Request('app://bundle/links/42'))).text()).toContain('<title>app</title>');
    expect((await handle(new Request('app://bundle/assets/missing.js'))).status).toBe(404);
    expect((await handle(new Request('app://bundle/assets.css'))).status).toBe(404);
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const url of ['app://bundle/..%2fsecret.txt', 'app://bundle/%2e%2e/secret.txt', 'app://bundle/assets/..%2F..%2Fsecret.txt']) {
      const response = await handle(new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('do not serve');
    }
  });

  it('answers HEAD without a body and refuses writes', async () => {
    const head = await handle(new Request('app://bundle/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await handle(new Request('app://bundle/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});

describe('contentTypeFor', () => {
  it('knows web file types and falls back to octet-stream', () => {
    expect(contentTypeFor('/a/b.CSS')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('/a/font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/a/b.unknown')).toBe('application/octet-stream');
  });
});
