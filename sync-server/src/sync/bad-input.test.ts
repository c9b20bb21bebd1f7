// Runs in tests (server side). Malformed input on every host endpoint: always a 4xx whose body
// names what is wrong, never a 5xx (table-driven, over real HTTP).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEventType, makeLink, replicated } from '../../../core/testing/index.ts';
import { request } from '../testing/http-client.ts';
import { startTestServer, type TestServer } from '../testing/start-test-server.ts';

interface Case {
  name: string;
  method?: 'GET' | 'POST';
  path: string;
  body?: string;
  contentType?: string;
  status: number;
  /** A field the body's `fields` must name (or the `error` code when no fields are expected). */
  field?: string;
  error?: string;
}

const et = replicated(makeEventType());
const json = (value: unknown) => JSON.stringify(value);

const cases: Case[] = [
  { name: 'pull: seq not a number', path: '/sync/links/pull?seq=abc', status: 400, field: 'seq' },
  { name: 'pull: negative seq', path: '/sync/links/pull?seq=-1', status: 400, field: 'seq' },
  { name: 'pull: absurd seq', path: '/sync/links/pull?seq=99999999999999999999', status: 400, field: 'seq' },
  { name: 'pull: seq given twice', path: '/sync/links/pull?seq=1&seq=2', status: 400, field: 'seq' },
  { name: 'pull: id without seq', path: '/sync/links/pull?id=abc', status: 400, field: 'seq' },
  { name: 'pull: huge id', path: `/sync/links/pull?seq=1&id=${'x'.repeat(500)}`, status: 400, field: 'id' },
  { name: 'pull: NUL in id', path: '/sync/links/pull?seq=1&id=%00', status: 400, field: 'id' },
  { name: 'pull: limit 0', path: '/sync/links/pull?limit=0', status: 400, field: 'limit' },
  { name: 'pull: limit too large', path: '/sync/links/pull?limit=1001', status: 400, field: 'limit' },
  { name: 'pull: limit not a number', path: '/sync/links/pull?limit=ten', status: 400, field: 'limit' },
  { name: 'pull: unknown collection', path: '/sync/secrets/pull', status: 404, error: 'not_found' },
  { name: 'push: broken JSON', method: 'POST', path: '/sync/links/push', body: '[{"newDocumentState":', status: 400, field: 'body' },
  { name: 'push: empty body', method: 'POST', path: '/sync/links/push', body: '', status: 400, field: 'body' },
  { name: 'push: plain text', method: 'POST', path: '/sync/links/push', body: 'hello', contentType: 'text/plain', status: 400, field: 'body' },
  { name: 'push: unsupported content type', method: 'POST', path: '/sync/links/push', body: '<rows/>', contentType: 'application/xml', status: 415, error: 'unsupported_media_type' },
  { name: 'push: object instead of array', method: 'POST', path: '/sync/links/push', body: json({ newDocumentState: {} }), status: 400, field: 'body' },
  { name: 'push: row not an object', method: 'POST', path: '/sync/links/push', body: json([42]), status: 400, field: '0' },
  { name: 'push: missing newDocumentState', method: 'POST', path: '/sync/links/push', body: json([{}]), status: 400, field: 'newDocumentState' },
  { name: 'push: assumedMasterState a string', method: 'POST', path: '/sync/event_types/push', body: json([{ assumedMasterState: 'x', newDocumentState: et }]), status: 400, field: 'assumedMasterState' },
  { name: 'push: wrong type', method: 'POST', path: '/sync/event_types/push', body: json([{ newDocumentState: { ...et, durationMinutes: 'long' } }]), status: 400, field: 'durationMinutes' },
  { name: 'push: unknown field', method: 'POST', path: '/sync/event_types/push', body: json([{ newDocumentState: { ...et, hostId: 'other' } }]), status: 400, field: 'hostId' },
  { name: 'push: missing field', method: 'POST', path: '/sync/event_types/push', body: json([{ newDocumentState: { ...et, name: undefined } }]), status: 400, field: 'name' },
  { name: 'push: huge string', method: 'POST', path: '/sync/event_types/push', body: json([{ newDocumentState: { ...et, description: 'x'.repeat(100_000) } }]), status: 400, field: 'description' },
  { name: 'push: NUL character', method: 'POST', path: '/sync/event_types/push', body: json([{ newDocumentState: { ...et, name: 'a\u0000b' } }]), status: 400, field: 'name' },
  { name: 'push: lone surrogate', method: 'POST', path: '/sync/event_types/push', body: '[{"newDocumentState":' + json({ ...et, name: 'X' }).replace('"name":"X"', '"name":"\\ud800"') + '}]', status: 400, field: 'name' },
  { name: 'push: absurd date', method: 'POST', path: '/sync/links/push', body: json([{ newDocumentState: replicated(makeLink({ expiresAt: '+275760-09-13T00:00:00.001Z' })) }]), status: 400, field: 'expiresAt' },
  { name: 'push: bad token', method: 'POST', path: '/sync/links/push', body: json([{ newDocumentState: replicated(makeLink({ token: 'short' })) }]), status: 400, field: 'token' },
  { name: 'push: _deleted not boolean', method: 'POST', path: '/sync/event_types/push', body: json([{ newDocumentState: { ...et, _deleted: 'yes' } }]), status: 400, field: '_deleted' },
  { name: 'push: prototype pollution', method: 'POST', path: '/sync/event_types/push', body: '[{"newDocumentState":{"__proto__":{"x":1}}}]', status: 400, field: 'body' },
  { name: 'push: too many rows', method: 'POST', path: '/sync/event_types/push', body: json(Array.from({ length: 1001 }, () => ({ newDocumentState: et }))), status: 400, field: 'body' },
  { name: 'push: too large', method: 'POST', path: '/sync/event_types/push', body: json([{ newDocumentState: { ...et, description: 'x'.repeat(17 * 1024 * 1024) } }]), status: 413, error: 'payload_too_large' },
  { name: 'push: unknown collection', method: 'POST', path: '/sync/secrets/push', body: '[]', status: 404, error: 'not_found' },
  { name: 'no such endpoint', path: '/sync/links', status: 404, error: 'not_found' },
];

describe('bad input on host endpoints', () => {
  let server: TestServer;
  let token: string;

  beforeAll(async () => {
    server = await startTestServer();
    token = (await server.createHost()).token;
  });
  afterAll(() => server.close());

  for (const c of cases) {
    it(c.name, async () => {
      const response = await request<{ error?: string; fields?: { field: string; message: string }[] }>(`${server.baseUrl}${c.path}`, {
        method: c.method ?? 'GET',
        token,
        headers: c.method === 'POST' ? { 'content-type': c.contentType ?? 'application/json' } : {},
        body: c.body,
      });
      expect(response.status).toBe(c.status);
      if (c.field !== undefined) {
        expect(response.body.error).toBe('invalid_input');
        expect(response.body.fields?.map((f) => f.field)).toContain(c.field);
        for (const f of response.body.fields ?? []) expect(f.message).toEqual(expect.any(String));
      }
      if (c.error !== undefined) expect(response.body.error).toBe(c.error);
      expect(JSON.stringify(response.body)).not.toMatch(/at .*\.ts:\d+|stack/i);
    });
  }

  it('wrote nothing for any of them', async () => {
    for (const collection of ['event_types', 'links', 'bookings']) {
      const pull = await request<{ documents: unknown[] }>(`${server.baseUrl}/sync/${collection}/pull`, { token });
      expect(pull.body.documents).toEqual([]);
    }
  });
});
