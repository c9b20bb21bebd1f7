// test (renderer logic, real server over HTTP): "Connect" tells a wrong URL, a wrong token and
// an unreachable server apart, and returns the host's profile when all is right.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../../sync-server/src/testing/find-free-port.ts';
import { startTestServer, type TestHost, type TestServer } from '../../../sync-server/src/testing/start-test-server.ts';
import { checkConnection } from './check-connection.ts';

let server: TestServer;
let host: TestHost;

beforeAll(async () => {
  server = await startTestServer();
  host = await server.createHost({ name: 'Ada Lovelace', timezone: 'Europe/London' });
});

afterAll(async () => {
  await server?.close();
});

describe('checkConnection', () => {
  it('sends no token over plain http to another computer, and says why', async () => {
    const asked: string[] = [];
    const spy = (async (url: string) => {
      asked.push(url);
      return new Response('{}');
    }) as unknown as typeof fetch;
    const check = await checkConnection('http://sync.example.com:8787', host.token, { fetch: spy });
    expect(check).toMatchObject({ ok: false, problem: 'bad-url', field: 'serverUrl' });
    expect(check.ok ? '' : check.message).toContain('the token would travel unencrypted; use https://');
    expect(asked).toEqual([]);
  });

  it('returns the normalized URL, the token and the host profile', async () => {
    const check = await checkConnection(`  ${server.baseUrl}/ `, ` ${host.token} `);
    expect(check).toEqual({
      ok: true,
      serverUrl: server.baseUrl,
      token: host.token,
      profile: { hostId: host.hostId, name: 'Ada Lovelace', slug: host.slug, timezone: 'Europe/London', email: '', publicUrl: server.config.publicUrl, photoUrl: null },
    });
  });

  it('names the token when the server refuses it', async () => {
    const check = await checkConnection(server.baseUrl, 'wrong-token');
    expect(check).toMatchObject({ ok: false, problem: 'wrong-token', field: 'hostToken' });
  });

  it('names the URL when it answers but is not a sync server', async () => {
    const check = await checkConnection(`${server.baseUrl}/somewhere-else`, host.token);
    expect(check).toMatchObject({ ok: false, problem: 'wrong-url', field: 'serverUrl' });
    if (!check.ok) expect(check.message).toContain('not a sync server');
  });

  it('says the server cannot be reached when nothing listens', async () => {
    const port = await findFreePort();
    const check = await checkConnection(`http://127.0.0.1:${port}`, host.token);
    expect(check).toMatchObject({ ok: false, problem: 'unreachable', field: null });
    if (!check.ok) expect(check.message).toContain(`Cannot reach a server at http://127.0.0.1:${port}`);
  });

  it('refuses what is not a URL or not a token before asking anyone', async () => {
    expect(await checkConnection('localhost 8787', host.token)).toMatchObject({ ok: false, problem: 'bad-url', field: 'serverUrl' });
    expect(await checkConnection('ftp://example.com', host.token)).toMatchObject({ ok: false, problem: 'bad-url', field: 'serverUrl' });
    expect(await checkConnection(server.baseUrl, '')).toMatchObject({ ok: false, problem: 'wrong-token', field: 'hostToken', message: 'Host token is required' });
  });
});
