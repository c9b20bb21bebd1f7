// test (renderer logic, real server over HTTP): the Settings panels' requests against the real
// server: webhooks listed, added (the secret once), refused with the server's message on the URL
// field for a private address, deleted; failed messages listed; a wrong token and an unreachable
// server told apart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../../sync-server/src/testing/find-free-port.ts';
import { startTestServer, type TestHost, type TestServer } from '../../../sync-server/src/testing/start-test-server.ts';
import { callHostApi } from './call-host-api.ts';

let server: TestServer;
let host: TestHost;
beforeAll(async () => {
  server = await startTestServer();
  host = await server.createHost();
});
afterAll(async () => { await server?.close(); });

describe('callHostApi', () => {
  it('lists, refuses, adds and deletes webhooks, and lists failed messages', async () => {
    const call = <T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown) => callHostApi<T>(server.baseUrl, host.token, method, path, body);
    expect(await call('GET', '/api/webhooks')).toEqual({ ok: true, status: 200, body: { webhooks: [] } });
    const refused = await call('POST', '/api/webhooks', { url: 'http://127.0.0.1:9/hook', events: ['booking.created'] });
    expect(refused.ok).toBe(false);
    if (refused.ok || refused.problem !== 'invalid') throw new Error('expected invalid');
    expect(refused.fields.url).toMatch(/ALLOW_PRIVATE_FETCH/);

    server.config.allowPrivateFetch = true;
    const added = await call<{ id: string; secret: string }>('POST', '/api/webhooks', { url: 'http://127.0.0.1:9/hook', events: ['booking.created'] });
    if (!added.ok) throw new Error(added.message);
    expect(added.status).toBe(201);
    expect(added.body.secret).toMatch(/^whsec_/);
    const listed = await call<{ webhooks: { id: string; url: string; lastDelivery: null }[] }>('GET', '/api/webhooks');
    expect(listed.ok && listed.body.webhooks.map((w) => w.id)).toEqual([added.body.id]);
    expect(await call('DELETE', `/api/webhooks/${added.body.id}`)).toEqual({ ok: true, status: 204, body: null });
    expect(await call('DELETE', `/api/webhooks/${added.body.id}`)).toMatchObject({ ok: false, problem: 'not_found' });
    expect(await call('GET', '/api/outbox?status=failed')).toEqual({ ok: true, status: 200, body: { messages: [] } });
  });

  it('tells a wrong token and an unreachable server apart', async () => {
    expect(await callHostApi(server.baseUrl, 'wrong', 'GET', '/api/webhooks')).toMatchObject({ ok: false, problem: 'unauthorized' });
    const port = await findFreePort();
    expect(await callHostApi(`http://127.0.0.1:${port}`, host.token, 'GET', '/api/webhooks')).toMatchObject({ ok: false, problem: 'unreachable' });
  });
});
