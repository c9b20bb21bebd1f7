import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeFetch } from './safe-fetch.ts';
import type { ResolveHost } from './resolve-allowed-address.ts';

let server: http.Server;
let port = 0;
const posted: string[] = [];

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    if (url.pathname === '/hello') return response.end('hello');
    if (url.pathname === '/etag') {
      if (request.headers['if-none-match'] === '"v1"') return response.writeHead(304).end();
      return response.writeHead(200, { etag: '"v1"' }).end('body');
    }
    if (url.pathname === '/hop') {
      const left = Number(url.searchParams.get('n'));
      const host = url.searchParams.get('host') ?? `hop${left - 1}.test:${port}`;
      if (left <= 0) return response.end('arrived');
      return response.writeHead(302, { location: `http://${host}/hop?n=${left - 1}` }).end();
    }
    if (url.pathname === '/to-ftp') return response.writeHead(301, { location: 'ftp://example.org/x' }).end();
    if (url.pathname === '/big-declared') return response.writeHead(200, { 'content-length': '5000' }).end('x'.repeat(5000));
    if (url.pathname === '/big-chunked') {
      response.writeHead(200);
      for (let i = 0; i < 10; i += 1) response.write('y'.repeat(1000));
      return response.end();
    }
    if (url.pathname === '/silent') return; // never answers
    if (url.pathname === '/post') {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        posted.push(body);
        response.writeHead(302, { location: '/hello' }).end();
      });
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const toLoopback: ResolveHost = async () => [{ address: '127.0.0.1', family: 4 }];

describe('safeFetch', () => {
  it('refuses a loopback address unless private fetching is allowed', async () => {
    await expect(safeFetch(`http://127.0.0.1:${port}/hello`, { allowPrivate: false })).rejects.toThrow(
      'refused: the address 127.0.0.1 is private (loopback); set ALLOW_PRIVATE_FETCH=true to allow it',
    );
    const response = await safeFetch(`http://127.0.0.1:${port}/hello`, { allowPrivate: true });
    expect(response.status).toBe(200);
    expect(response.body.toString()).toBe('hello');
  });

  it('refuses a name that resolves to a private address, and one with any private address among public ones', async () => {
    const toPrivate: ResolveHost = async () => [{ address: '10.0.0.5', family: 4 }];
    await expect(safeFetch('http://intranet.test/', { allowPrivate: false, resolve: toPrivate })).rejects.toMatchObject({
      code: 'refused_address',
      message: 'refused: the address 10.0.0.5 is private; set ALLOW_PRIVATE_FETCH=true to allow it',
    });
    const mixed: ResolveHost = async () => [
      { address: '93.184.216.34', family: 4 },
      { address: '::ffff:192.168.1.1', family: 6 },
    ];
    await expect(safeFetch('http://mixed.test/', { allowPrivate: false, resolve: mixed })).rejects.toMatchObject({ code: 'refused_address' });
  });

  it('refuses schemes other than http(s) and what is not a URL', async () => {
    await expect(safeFetch('file:///etc/passwd', { allowPrivate: true })).rejects.toMatchObject({ code: 'refused_scheme' });
    await expect(safeFetch('not a url', { allowPrivate: true })).rejects.toMatchObject({ code: 'invalid_url' });
  });

  it('connects to the address it checked, not to a fresh DNS answer', async () => {
    // "pinned.invalid" resolves nowhere in real DNS: the request can only arrive through the pinned address.
    const response = await safeFetch(`http://pinned.invalid:${port}/hello`, { allowPrivate: true, resolve: toLoopback });
    expect(response.body.toString()).toBe('hello');
  });

  it('passes conditional GET headers and answers the 304', async () => {
    const first = await safeFetch(`http://127.0.0.1:${port}/etag`, { allowPrivate: true });
    expect(first.headers.etag).toBe('"v1"');
    const second = await safeFetch(`http://127.0.0.1:${port}/etag`, { allowPrivate: true, headers: { 'if-none-match': '"v1"' } });
    expect(second.status).toBe(304);
    expect(second.body.length).toBe(0);
  });

  it('follows up to three redirects, checking each hop, and refuses a fourth', async () => {
    const asked: string[] = [];
    const spy: ResolveHost = async (hostname) => (asked.push(hostname), [{ address: '127.0.0.1', family: 4 }]);
    const hops = (n: number) => `http://hop${n}.test:${port}/hop?n=${n}`;
    const three = await safeFetch(hops(3), { allowPrivate: true, resolve: spy });
    expect(three.body.toString()).toBe('arrived');
    expect(asked).toEqual(['hop3.test', 'hop2.test', 'hop1.test', 'hop0.test']);
    await expect(safeFetch(hops(4), { allowPrivate: true, resolve: spy })).rejects.toMatchObject({ code: 'too_many_redirects' });
  });

  it('checks a redirect like the first hop: its scheme and its address', async () => {
    await expect(safeFetch(`http://127.0.0.1:${port}/to-ftp`, { allowPrivate: true })).rejects.toMatchObject({ code: 'refused_scheme' });
    // The first hop's name is pinned to loopback (allowed here); the redirect's name resolves to an
    // address that no setting allows (an unparsable answer), so only a check of the hop refuses it.
    const resolve: ResolveHost = async (hostname) => (hostname === 'first.test' ? [{ address: '127.0.0.1', family: 4 }] : [{ address: 'bogus', family: 4 }]);
    await expect(safeFetch(`http://first.test:${port}/hop?n=1&host=second.test`, { allowPrivate: true, resolve })).rejects.toMatchObject({
      code: 'refused_address',
    });
  });

  it('refuses a body over the limit, declared or streamed', async () => {
    await expect(safeFetch(`http://127.0.0.1:${port}/big-declared`, { allowPrivate: true, maxBytes: 4000 })).rejects.toMatchObject({ code: 'too_large' });
    await expect(safeFetch(`http://127.0.0.1:${port}/big-chunked`, { allowPrivate: true, maxBytes: 4000 })).rejects.toMatchObject({ code: 'too_large' });
    const fits = await safeFetch(`http://127.0.0.1:${port}/big-chunked`, { allowPrivate: true, maxBytes: 10_000 });
    expect(fits.body.length).toBe(10_000);
  });

  it('gives up at the deadline', async () => {
    const started = Date.now();
    await expect(safeFetch(`http://127.0.0.1:${port}/silent`, { allowPrivate: true, timeoutMs: 300 })).rejects.toMatchObject({ code: 'timeout' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('posts a body and answers a POST redirect as it is', async () => {
    const response = await safeFetch(`http://127.0.0.1:${port}/post`, { allowPrivate: true, method: 'POST', body: '{"a":1}', headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(302);
    expect(posted).toContain('{"a":1}');
  });
});
