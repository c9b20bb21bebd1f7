// test (server): /app/ serves a renderer build from a real folder over real HTTP, with the
// page's own CSP as a header, and says so plainly when nothing is built.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMetaCsp, registerAppUi } from './serve-app-ui.ts';

const CSP = "default-src 'self'; script-src 'self'; connect-src 'self' http: https:";
const INDEX = `<!doctype html><html><head><meta
      http-equiv="Content-Security-Policy"
      content="${CSP}"
    /><script type="module" src="./assets/index-abc.js"></script></head><body><div id="root"></div></body></html>`;

let base: string;
let app: FastifyInstance;
let url: string;

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'app-ui-'));
  const root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), INDEX);
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(base, 'secret.txt'), 'not served');
  app = Fastify();
  await registerAppUi(app, { rootDir: root });
  url = await app.listen({ port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await app?.close();
  rmSync(base, { recursive: true, force: true });
});

describe('registerAppUi', () => {
  it('reads the CSP from the meta tag', () => {
    expect(readMetaCsp(INDEX)).toBe(CSP);
    expect(readMetaCsp('<html></html>')).toBeNull();
  });

  it('redirects /app to /app/ and serves the page with its CSP header', async () => {
    const redirect = await fetch(`${url}/app`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/app/');

    const page = await fetch(`${url}/app/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toBe(`${CSP}; frame-ancestors 'none'`);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('<div id="root">');
  });

  it('serves hashed assets as immutable and nothing outside the build', async () => {
    const asset = await fetch(`${url}/app/assets/index-abc.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(asset.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(`${url}/app/../secret.txt`)).status).toBe(404);
    expect((await fetch(`${url}/app/%2e%2e/secret.txt`)).status).toBe(404);
    expect((await fetch(`${url}/app/missing.js`)).status).toBe(404);
  });

  it('answers 503 with the build command when there is no build', async () => {
    const bare = Fastify();
    await registerAppUi(bare, { rootDir: join(base, 'nothing-here') });
    const response = await bare.inject({ method: 'GET', url: '/app/' });
    expect(response.statusCode).toBe(503);
    expect(response.body).toContain('npm run build');
    await bare.close();
  });
});
