// Runs in tests (server side). Capability tokens never reach the logs, however the path spells
// them: percent-encoded letters route to the same page (`/%6c/TOKEN` is `/l/TOKEN`), so the real
// logger's output is checked for requests in every such spelling, against a real server.
import { request as httpRequest } from 'node:http';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/start-test-server.ts';
import { createLogger } from './create-logger.ts';
import { redactUrl } from './redact-url.ts';

/** Sends `path` byte for byte (fetch would normalise it); resolves with the status. */
function get(baseUrl: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${baseUrl}/`, { path, method: 'GET' }, (res) => {
      res.resume();
      res.once('end', () => resolve(res.statusCode ?? 0));
    });
    req.once('error', reject);
    req.end();
  });
}

describe('redactUrl with the matched route', () => {
  it('fills the pattern, secret parameters redacted, the query kept and redacted as before', () => {
    expect(redactUrl('/%6c/SECRET?x=1&token=T', { pattern: '/l/:token', params: { token: 'SECRET' } })).toBe('/l/[redacted]?x=1&token=[redacted]');
    expect(redactUrl('/e/ada/intro', { pattern: '/e/:hostSlug/:eventSlug', params: { hostSlug: 'ada', eventSlug: 'intro' } })).toBe('/e/ada/intro');
    expect(redactUrl('/api/public/bookings/S/ics', { pattern: '/api/public/bookings/:manageToken/ics', params: { manageToken: 'S' } })).toBe('/api/public/bookings/[redacted]/ics');
  });

  it('decodes an unrouted path before looking for a token, ignoring case and repeated slashes', () => {
    expect(redactUrl('/%6c/SECRET/x')).toBe('/l/[redacted]/x');
    expect(redactUrl('//L/SECRET')).toBe('//L/[redacted]');
    expect(redactUrl('/api/public/%6Cinks/SECRET')).toBe('/api/public/links/[redacted]');
  });
});

describe('request logs (real server, real logger)', () => {
  const lines: string[] = [];
  let server: TestServer;
  beforeAll(async () => {
    const sink = new Writable({ write(chunk, _encoding, done) { lines.push(String(chunk)); done(); } });
    server = await startTestServer({ logger: createLogger('info', sink) });
  });
  afterAll(async () => { await server.close(); });

  it.each([
    ['/%6c/', ''],
    ['/%6C/', ''],
    ['/api/public/%6cinks/', ''],
    ['/api/public/%6cinks/', '/slots?from=2026-01-01&to=2026-01-02&timezone=UTC'],
    ['/api/public/links/', ''],
    ['/%6d/', ''],
    ['/m/', '/cancel'],
    ['/api/public/booking%73/', '/ics'],
    ['/L/', ''],
    ['//l/', ''],
    ['/%6c/', '/extra/segments'],
  ])('keeps the token of %s<token>%s out of every log line', async (prefix, suffix) => {
    const token = `tok${Math.random().toString(36).slice(2)}${'x'.repeat(30)}`;
    lines.length = 0;
    await get(server.baseUrl, `${prefix}${token}${suffix}`);
    await expect.poll(() => lines.some((line) => line.includes('request completed'))).toBe(true);
    const incoming = lines.find((line) => line.includes('incoming request'));
    expect(incoming).toContain('[redacted]');
    expect(lines.filter((line) => line.includes(token))).toEqual([]);
  });
});
