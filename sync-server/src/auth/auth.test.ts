// Runs in tests (server side). Bearer auth on every host endpoint, over real HTTP: missing,
// malformed, wrong, rotated and another host's token; and tokens never reach the logs.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEventType, replicated } from '../../../core/testing/index.ts';
import { createLogger } from '../app/create-logger.ts';
import { rotateHostToken } from '../hosts/rotate-host-token.ts';
import { hostClient, request } from '../testing/http-client.ts';
import { startTestServer, type TestHost, type TestServer } from '../testing/start-test-server.ts';
import { hashToken } from './hash-token.ts';

const HOST_ENDPOINTS: { method: 'GET' | 'POST'; path: string }[] = [
  { method: 'GET', path: '/api/me' },
  { method: 'GET', path: '/sync/links/pull' },
  { method: 'POST', path: '/sync/links/push' },
  { method: 'GET', path: '/sync/stream' },
];

describe('host authentication', () => {
  let server: TestServer;
  let ada: TestHost;
  let bob: TestHost;
  const logLines: string[] = [];

  beforeAll(async () => {
    const sink = new Writable({ write(chunk, _enc, done) { logLines.push(String(chunk)); done(); } });
    server = await startTestServer({ logger: createLogger('info', sink) });
    ada = await server.createHost({ name: 'Ada' });
    bob = await server.createHost({ name: 'Bob' });
  });
  afterAll(() => server.close());

  const badHeaders: [string, Record<string, string>][] = [
    ['missing', {}],
    ['not bearer', { authorization: 'Basic YWRhOnNlY3JldA==' }],
    ['empty bearer', { authorization: 'Bearer ' }],
    ['wrong token', { authorization: 'Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }],
    ['garbage', { authorization: 'Bearer <script>\u00e9' }],
    ['huge', { authorization: `Bearer ${'a'.repeat(10_000)}` }],
  ];

  for (const [label, headers] of badHeaders) {
    it(`answers 401 {error: 'unauthorized'} on every host endpoint for a ${label} token`, async () => {
      for (const { method, path } of HOST_ENDPOINTS) {
        const response = await request(`${server.baseUrl}${path}`, {
          method,
          headers: { ...headers, ...(method === 'POST' ? { 'content-type': 'application/json' } : {}) },
          body: method === 'POST' ? '[]' : undefined,
        });
        expect({ path, status: response.status, body: response.body }).toEqual({ path, status: 401, body: { error: 'unauthorized' } });
      }
    });
  }

  it('never shows one host another host’s documents', async () => {
    const adaApi = hostClient(server.baseUrl, ada.token);
    const bobApi = hostClient(server.baseUrl, bob.token);
    const adaDoc = replicated(makeEventType());
    await adaApi.post('/sync/event_types/push', [{ newDocumentState: adaDoc }]);
    expect((await bobApi.get<{ documents: unknown[] }>('/sync/event_types/pull')).body.documents).toEqual([]);
    // Bob pushing a document with Ada's id creates his own, and Ada's stays as it was.
    const bobDoc = { ...adaDoc, name: 'Bob’s copy' };
    expect((await bobApi.post('/sync/event_types/push', [{ newDocumentState: bobDoc }])).body).toEqual([]);
    expect((await adaApi.get<{ documents: unknown[] }>('/sync/event_types/pull')).body.documents).toEqual([adaDoc]);
    expect((await bobApi.get<{ documents: unknown[] }>('/sync/event_types/pull')).body.documents).toEqual([bobDoc]);
    expect((await bobApi.get<{ slug: string }>('/api/me')).body.slug).toBe(bob.slug);
  });

  it('stops accepting a rotated token at once', async () => {
    const carl = await server.createHost();
    const { token } = await rotateHostToken(server.store, carl.slug);
    expect((await hostClient(server.baseUrl, carl.token).get('/api/me')).status).toBe(401);
    expect((await hostClient(server.baseUrl, token).get('/api/me')).status).toBe(200);
  });

  it('stores only the token’s hash', async () => {
    const found = await server.store.findHostByTokenHash(hashToken(ada.token));
    expect(found?.id).toBe(ada.hostId);
    expect(await server.store.findHostByTokenHash(ada.token)).toBeNull();
  });

  it('answers CORS preflights without a token and marks answers readable cross-origin', async () => {
    const preflight = await request(`${server.baseUrl}/sync/links/push`, { method: 'OPTIONS', headers: { origin: 'app://desktop', 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
    const denied = await request(`${server.baseUrl}/api/me`, { headers: { origin: 'app://desktop' } });
    expect(denied.status).toBe(401);
    expect(denied.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('keeps tokens out of the logs', async () => {
    await hostClient(server.baseUrl, ada.token).get('/api/me');
    await request(`${server.baseUrl}/l/${'t'.repeat(22)}?token=${ada.token}`);
    const logs = logLines.join('');
    expect(logs).toContain('/api/me');
    expect(logs).not.toContain(ada.token);
    expect(logs).not.toContain(bob.token);
    expect(logs).not.toContain('t'.repeat(22));
  });
});
