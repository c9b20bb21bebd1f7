// Runs in tests (server side). Malformed input on every public endpoint: always a 4xx whose body
// names what is wrong (the field, or the error code), never a 5xx or a stack trace (table-driven,
// over real HTTP). Pages answer with a page.
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSET_URLS } from '../pages/index.ts';
import { request } from '../testing/http-client.ts';
import { startTestServer, type TestServer } from '../testing/start-test-server.ts';
import { seedEventType, seedLinks, startInDays } from './testing/seed-booking-data.ts';

interface Case {
  name: string;
  method?: 'GET' | 'POST';
  /** `{link}`, `{manage}`, `{host}` are replaced by a live link token, manage token and host slug. */
  path: string;
  body?: string | Uint8Array<ArrayBuffer>;
  contentType?: string;
  headers?: Record<string, string>;
  status: number;
  /** A field the body's `fields` must name. */
  field?: string;
  /** The body's `error` code. */
  error?: string;
  /** An HTML page is expected. */
  page?: boolean;
}

const json = (value: unknown) => JSON.stringify(value);
const start = startInDays(3, 10);
const day = start.slice(0, 10);
const valid = { start, name: 'Ada', email: 'ada@example.com', timezone: 'Europe/Berlin' };
const withBody = (value: object) => json({ ...valid, ...value });
const slots = (query: string) => `/api/public/links/{link}/slots?${query}`;
const bookings = '/api/public/links/{link}/bookings';
const cancel = '/api/public/bookings/{manage}/cancel';

const cases: Case[] = [
  // link details
  { name: 'link: token too short', path: '/api/public/links/abc', status: 404, error: 'link_unavailable' },
  { name: 'link: token too long', path: `/api/public/links/${'a'.repeat(150)}`, status: 404, error: 'link_unavailable' },
  { name: 'link: token far too long', path: `/api/public/links/${'a'.repeat(5000)}`, status: 414, error: 'uri_too_long' },
  { name: 'link: malformed percent-encoding', path: '/api/public/links/%E0%A4%A', status: 400, error: 'bad_url' },
  { name: 'link: odd characters', path: '/api/public/links/%00%27%22%3Cscript%3E', status: 404, error: 'link_unavailable' },
  { name: 'event type: bad slug', path: '/api/public/event-types/%2E%2E/..%2F..', status: 404, error: 'not_found' },
  { name: 'event type: slug with capitals', path: '/api/public/event-types/Host/Open', status: 404, error: 'link_unavailable' },
  // slots
  { name: 'slots: nothing asked', path: slots(''), status: 400, field: 'from' },
  { name: 'slots: no timezone', path: slots(`from=${day}&to=${day}`), status: 400, field: 'timezone' },
  { name: 'slots: unknown timezone', path: slots(`from=${day}&to=${day}&timezone=Mars/Olympus`), status: 400, field: 'timezone' },
  { name: 'slots: huge timezone', path: slots(`from=${day}&to=${day}&timezone=${'A'.repeat(3000)}`), status: 400, field: 'timezone' },
  { name: 'slots: timezone twice', path: slots(`from=${day}&to=${day}&timezone=UTC&timezone=UTC`), status: 400, field: 'timezone' },
  { name: 'slots: not a date', path: slots(`from=tomorrow&to=${day}&timezone=UTC`), status: 400, field: 'from' },
  { name: 'slots: impossible date', path: slots(`from=2026-02-30&to=2026-03-01&timezone=UTC`), status: 400, field: 'from' },
  { name: 'slots: absurd year', path: slots(`from=${day}&to=99999-01-01&timezone=UTC`), status: 400, field: 'to' },
  { name: 'slots: year 1', path: slots(`from=0001-01-01&to=0001-01-02&timezone=UTC`), status: 400, field: 'from' },
  { name: 'slots: to before from', path: slots(`from=2027-01-10&to=2027-01-01&timezone=UTC`), status: 400, field: 'to' },
  { name: 'slots: range too long', path: slots(`from=2027-01-01&to=2027-06-01&timezone=UTC`), status: 400, field: 'to' },
  { name: 'slots: unknown token', path: `/api/public/links/${'Q'.repeat(22)}/slots?from=${day}&to=${day}&timezone=UTC`, status: 404, error: 'link_unavailable' },
  // bookings
  { name: 'book: broken JSON', method: 'POST', path: bookings, body: '{"start":', status: 400, field: 'body' },
  { name: 'book: empty body', method: 'POST', path: bookings, body: '', status: 400, field: 'body' },
  { name: 'book: unsupported content type', method: 'POST', path: bookings, body: '<book/>', contentType: 'application/xml', status: 415, error: 'unsupported_media_type' },
  { name: 'book: an array', method: 'POST', path: bookings, body: json([valid]), status: 400, field: '' },
  { name: 'book: a string', method: 'POST', path: bookings, body: json('book me'), status: 400, field: '' },
  { name: 'book: null', method: 'POST', path: bookings, body: 'null', status: 400, field: '' },
  { name: 'book: nothing given', method: 'POST', path: bookings, body: json({}), status: 400, field: 'start' },
  { name: 'book: start a number', method: 'POST', path: bookings, body: withBody({ start: 1_800_000_000_000 }), status: 400, field: 'start' },
  { name: 'book: start not a time', method: 'POST', path: bookings, body: withBody({ start: 'next tuesday' }), status: 400, field: 'start' },
  { name: 'book: start without offset', method: 'POST', path: bookings, body: withBody({ start: '2027-01-05T10:00:00' }), status: 400, field: 'start' },
  { name: 'book: absurd start', method: 'POST', path: bookings, body: withBody({ start: '+275760-09-13T00:00:00.000Z' }), status: 400, field: 'start' },
  { name: 'book: year 9999', method: 'POST', path: bookings, body: withBody({ start: '9999-12-31T23:00:00Z' }), status: 400, field: 'start' },
  { name: 'book: name an object', method: 'POST', path: bookings, body: withBody({ name: { first: 'Ada' } }), status: 400, field: 'name' },
  { name: 'book: name empty', method: 'POST', path: bookings, body: withBody({ name: '   ' }), status: 400, field: 'name' },
  { name: 'book: name too long', method: 'POST', path: bookings, body: withBody({ name: 'x'.repeat(500) }), status: 400, field: 'name' },
  { name: 'book: name with NUL', method: 'POST', path: bookings, body: withBody({ name: 'A\u0000da' }), status: 400, field: 'name' },
  { name: 'book: email not an email', method: 'POST', path: bookings, body: withBody({ email: 'ada at example' }), status: 400, field: 'email' },
  { name: 'book: email an array', method: 'POST', path: bookings, body: withBody({ email: ['a@example.com'] }), status: 400, field: 'email' },
  { name: 'book: timezone unknown', method: 'POST', path: bookings, body: withBody({ timezone: 'Europe/Atlantis' }), status: 400, field: 'timezone' },
  { name: 'book: notes a number', method: 'POST', path: bookings, body: withBody({ notes: 42 }), status: 400, field: 'notes' },
  { name: 'book: notes too long', method: 'POST', path: bookings, body: withBody({ notes: 'n'.repeat(2500) }), status: 400, field: 'notes' },
  { name: 'book: unknown field', method: 'POST', path: bookings, body: withBody({ status: 'canceled' }), status: 400, field: 'status' },
  { name: 'book: prototype pollution', method: 'POST', path: bookings, body: '{"__proto__":{"admin":true},"start":"x"}', status: 400, field: 'body' },
  // The booking API takes plain JSON only (no decompression hook on it): a compressed body is not JSON.
  { name: 'book: gzip-compressed body', method: 'POST', path: bookings, body: Uint8Array.from(gzipSync(json(valid))), headers: { 'content-encoding': 'gzip' }, status: 400, field: 'body' },
  { name: 'book: huge body', method: 'POST', path: bookings, body: withBody({ notes: 'x'.repeat(200_000) }), status: 413, error: 'payload_too_large' },
  { name: 'book: standard link, wrong types', method: 'POST', path: '/api/public/event-types/{host}/open/bookings', body: withBody({ start: true }), status: 400, field: 'start' },
  { name: 'book: unknown link', method: 'POST', path: `/api/public/links/${'Q'.repeat(22)}/bookings`, body: withBody({}), status: 404, error: 'link_unavailable' },
  // management
  { name: 'ics: unknown token', path: `/api/public/bookings/${'M'.repeat(22)}/ics`, status: 404, error: 'not_found' },
  { name: 'ics: malformed token', path: '/api/public/bookings/%3Cx%3E/ics', status: 404, error: 'not_found' },
  { name: 'cancel: broken JSON', method: 'POST', path: cancel, body: '{"reason"', status: 400, field: 'body' },
  { name: 'cancel: reason a number', method: 'POST', path: cancel, body: json({ reason: 7 }), status: 400, field: 'reason' },
  { name: 'cancel: reason too long', method: 'POST', path: cancel, body: json({ reason: 'r'.repeat(2500) }), status: 400, field: 'reason' },
  { name: 'cancel: unknown field', method: 'POST', path: cancel, body: json({ refund: true }), status: 400, field: 'refund' },
  { name: 'cancel: an array', method: 'POST', path: cancel, body: json(['why']), status: 400, field: '' },
  { name: 'cancel: huge body', method: 'POST', path: cancel, body: json({ reason: 'x'.repeat(100_000) }), status: 413, error: 'payload_too_large' },
  // pages
  { name: 'page: unknown link', path: `/l/${'Q'.repeat(22)}`, status: 404, page: true },
  { name: 'page: garbage query', path: '/l/{link}?timezone=%00&date=99999-99-99', status: 200, page: true },
  { name: 'page: form with nothing', method: 'POST', path: '/l/{link}/book', body: '', contentType: 'application/x-www-form-urlencoded', status: 400, page: true },
  { name: 'page: form with a bad start', method: 'POST', path: '/l/{link}/book', body: 'start=soon&name=Ada&email=ada%40example.com&timezone=UTC', contentType: 'application/x-www-form-urlencoded', status: 400, page: true },
  { name: 'page: form field repeated', method: 'POST', path: '/l/{link}/book', body: 'name=a&name=b', contentType: 'application/x-www-form-urlencoded', status: 400, page: true },
  { name: 'page: form too large', method: 'POST', path: '/l/{link}/book', body: `notes=${'x'.repeat(100_000)}`, contentType: 'application/x-www-form-urlencoded', status: 413, page: true },
  { name: 'page: unknown manage token', path: `/m/${'M'.repeat(22)}`, status: 404, page: true },
  { name: 'page: cancel reason too long', method: 'POST', path: '/m/{manage}/cancel', body: `reason=${'r'.repeat(2500)}`, contentType: 'application/x-www-form-urlencoded', status: 400, page: true },
];

describe('bad input on public endpoints', () => {
  let server: TestServer;
  const fill: Record<string, string> = {};
  beforeAll(async () => {
    server = await startTestServer();
    const host = await server.createHost();
    const eventType = await seedEventType(server.store, host.hostId, { slug: 'open' });
    const [link, used] = await seedLinks(server.store, host.hostId, eventType.id, 2, { maxUses: 5 });
    const booked = await request<{ booking: { manageUrl: string } }>(`${server.baseUrl}/api/public/links/${used!.token}/bookings`, { method: 'POST', json: valid });
    fill['{link}'] = link!.token;
    fill['{host}'] = host.slug;
    fill['{manage}'] = new URL(booked.body.booking.manageUrl).pathname.split('/')[2]!;
  });
  afterAll(async () => { await server?.close(); });

  it.each(cases)('$name → $status', async (testCase) => {
    const path = testCase.path.replace(/\{link\}|\{host\}|\{manage\}/g, (key) => fill[key]!);
    const method = testCase.method ?? 'GET';
    const headers: Record<string, string> = { ...testCase.headers };
    if (method === 'POST') headers['content-type'] = testCase.contentType ?? 'application/json';
    const answer = await request<unknown>(`${server.baseUrl}${path}`, { method, headers, body: method === 'POST' ? testCase.body ?? '' : undefined });
    expect(answer.status).toBe(testCase.status);
    const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    expect(text).not.toMatch(/at .*\.ts:\d+|Error:|stack/);
    if (testCase.page) {
      expect(answer.headers.get('content-type')).toContain('text/html');
      expect(answer.headers.get('content-security-policy')).toContain("default-src 'none'");
      return;
    }
    const body = answer.body as { error?: string; fields?: { field: string; message: string }[] };
    if (testCase.error) expect(body.error).toBe(testCase.error);
    if (testCase.field !== undefined) {
      expect(body.error).toBe('invalid_input');
      expect(body.fields?.map((f) => f.field)).toContain(testCase.field);
      for (const f of body.fields ?? []) expect(f.message.length).toBeGreaterThan(0);
    }
  });

  it('sends the page CSP with pages, not with the static scripts (no documents), which keep nosniff', async () => {
    const script = await fetch(`${server.baseUrl}${ASSET_URLS.bookingScript}`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-security-policy')).toBeNull();
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
    expect(script.headers.get('content-type')).toContain('javascript');
    for (const path of [`/l/${fill['{link}']}`, `${ASSET_URLS.bookingScript}?x=1`]) {
      const answer = await fetch(`${server.baseUrl}${path}`);
      expect(answer.headers.get('content-security-policy'), path).toContain("default-src 'none'");
    }
  });
});
