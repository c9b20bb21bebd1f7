// Runs in tests (server side). Deeply nested JSON is bad input, not a crash: a 20 KB push nested
// ten thousand levels deep once overflowed the stack of a recursive walk (500 and a stack trace
// in the log). Every route's body is measured right after parsing (refuse-deep-bodies.ts).
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestHost, type TestServer } from '../testing/start-test-server.ts';
import { createLogger } from './create-logger.ts';
import { MAX_BODY_DEPTH, nestsDeeperThan } from './json-depth.ts';

const nested = (levels: number): string => '['.repeat(levels) + ']'.repeat(levels);

describe('nestsDeeperThan', () => {
  it('counts the top level as one and looks into objects and arrays', () => {
    expect(nestsDeeperThan('text', 0)).toBe(false);
    expect(nestsDeeperThan({}, 1)).toBe(false);
    expect(nestsDeeperThan({ a: [{}] }, 2)).toBe(true);
    expect(nestsDeeperThan({ a: [{}] }, 3)).toBe(false);
    expect(nestsDeeperThan([1, 'x', null, { b: { c: {} } }], 3)).toBe(true);
  });

  it('measures a million levels without recursion', () => {
    expect(nestsDeeperThan(JSON.parse(nested(1_000_000)), MAX_BODY_DEPTH)).toBe(true);
  });
});

describe('deep bodies (real server)', () => {
  const lines: string[] = [];
  let server: TestServer;
  let host: TestHost;
  beforeAll(async () => {
    const sink = new Writable({ write(chunk, _encoding, done) { lines.push(String(chunk)); done(); } });
    server = await startTestServer({ logger: createLogger('info', sink) });
    host = await server.createHost();
  });
  afterAll(async () => { await server.close(); });

  const post = (path: string, body: string, token?: string) => fetch(`${server.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });

  it.each([
    // Public bodies are capped at 16 KB, so they nest 5,000 deep there.
    ['a push', '/sync/event_types/push', (deep: string) => `[{"newDocumentState":{"id":"x","name":${deep}}}]`, 10_000, true],
    ['a bare nested push', '/sync/links/push', (deep: string) => deep, 10_000, true],
    ['a public booking', `/api/public/links/${'a'.repeat(43)}/bookings`, (deep: string) => `{"start":"2026-12-01T09:00:00.000Z","name":"A","email":"a@example.org","timezone":"UTC","notes":${deep}}`, 5_000, false],
    ['a public cancel', `/api/public/bookings/${'a'.repeat(43)}/cancel`, (deep: string) => `{"reason":${deep}}`, 5_000, false],
  ])('answers %s nested deep with 400 naming the problem', async (_what, path, wrap, levels, authenticated) => {
    lines.length = 0;
    const response = await post(path, wrap(nested(levels)), authenticated ? host.token : undefined);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: 'invalid_input', fields: [{ field: 'body', message: `must not nest objects or arrays more than ${MAX_BODY_DEPTH} levels deep` }] });
    expect(lines.filter((line) => /"level":50|request failed|RangeError/.test(line))).toEqual([]);
  });

  it('still takes a body at the bound', async () => {
    const response = await post('/sync/event_types/push', nested(MAX_BODY_DEPTH), host.token);
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).not.toContain('levels deep');
  });
});
