// Runs in tests (server side). The public JSON API over real HTTP on a real SQLite file: the shapes
// and status codes of the HTTP contract (ARCHITECTURE.md), what a booking does to the stored documents, cancelling, the
// standard link, the live stream, and rolling back a booking whose insert fails.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BookingDoc, LinkDoc } from '../../../core/schemas/index.ts';
import { replicated } from '../../../core/testing/index.ts';
import { validateBooking } from '../../../core/validation/index.ts';
import { connectEventStream, type StreamEvent } from '../testing/event-stream-client.ts';
import { request } from '../testing/http-client.ts';
import { startTestServer, type TestHost, type TestServer } from '../testing/start-test-server.ts';
import { redeemBooking } from './redeem/redeem-booking.ts';
import { seedEventType, seedLinks, startInDays } from './testing/seed-booking-data.ts';

interface Created {
  booking: { id: string; start: string; end: string; eventName: string; location: unknown; manageUrl: string };
}

const person = { name: 'Ada Lovelace', email: 'ada@example.com', timezone: 'Europe/London' };
const dayOf = (iso: string) => iso.slice(0, 10);

describe('public booking API', () => {
  let server: TestServer;
  let host: TestHost;
  beforeAll(async () => {
    server = await startTestServer();
    host = await server.createHost({ name: 'Grace Hopper' });
  });
  afterAll(async () => { await server?.close(); });

  const linkApi = (token: string) => `${server.baseUrl}/api/public/links/${token}`;
  const book = (token: string, start: string, extra: object = {}) => request<Created>(`${linkApi(token)}/bookings`, { method: 'POST', json: { start, ...person, ...extra } });
  const slotsOf = (base: string, date: string) => request<{ timezone: string; days: { date: string; slots: { start: string; end: string }[] }[] }>(`${base}/slots?from=${date}&to=${date}&timezone=UTC`);
  const linkOf = async (id: string): Promise<LinkDoc> => (await server.store.getDocs(host.hostId, 'links', [id])).get(id)!.doc;

  it('describes a link with its overrides applied, and lists its open times', async () => {
    const eventType = await seedEventType(server.store, host.hostId);
    const [link] = await seedLinks(server.store, host.hostId, eventType.id, 1, {
      overrides: { name: 'Deep dive', durationMinutes: 60, location: { kind: 'phone', details: '+1 555 0100' } },
      contact: { name: 'Ada', email: 'ada@example.com' },
    });
    const details = await request(linkApi(link!.token));
    expect(details.status).toBe(200);
    expect(details.body).toEqual({
      eventName: 'Deep dive', description: eventType.description, durationMinutes: 60,
      location: { kind: 'phone', details: '+1 555 0100' }, hostName: 'Grace Hopper', contact: { name: 'Ada', email: 'ada@example.com' },
    });
    const day = dayOf(startInDays(3));
    const slots = await slotsOf(linkApi(link!.token), day);
    expect(slots.status).toBe(200);
    expect(slots.body.timezone).toBe('UTC');
    expect(slots.body.days).toHaveLength(1);
    expect(slots.body.days[0]!.date).toBe(day);
    expect(slots.body.days[0]!.slots[0]).toEqual({ start: `${day}T00:00:00.000Z`, end: `${day}T01:00:00.000Z` });
  });

  it('books: 201 with the contract shape; stores a schema-valid booking and spends the link; tells the host\'s stream', async () => {
    const eventType = await seedEventType(server.store, host.hostId);
    const [link] = await seedLinks(server.store, host.hostId, eventType.id, 1);
    const events: StreamEvent[] = [];
    const stream = connectEventStream({ url: `${server.baseUrl}/sync/stream`, token: host.token, onEvent: (event) => events.push(event), retryMs: 60_000 });
    try {
      await expect.poll(() => events.some((event) => event.event === 'ready')).toBe(true);
      const start = startInDays(2, 9);
      const created = await book(link!.token, start, { notes: 'About the engine.' });
      expect(created.status).toBe(201);
      const { booking } = created.body;
      expect(Object.keys(booking).sort()).toEqual(['end', 'eventName', 'id', 'location', 'manageUrl', 'start']);
      expect(booking.start).toBe(start);
      expect(booking.end).toBe(new Date(Date.parse(start) + 30 * 60_000).toISOString());
      expect(booking.manageUrl).toMatch(new RegExp(`^${server.config.publicUrl}/m/[A-Za-z0-9_-]{22,}$`));

      const stored = (await server.store.getDocs(host.hostId, 'bookings', [booking.id])).get(booking.id)!.doc;
      const { _deleted, ...doc } = stored;
      expect(_deleted).toBe(false);
      expect(validateBooking(doc as BookingDoc).ok).toBe(true);
      expect(doc).toMatchObject({ linkId: link!.id, eventTypeId: eventType.id, status: 'confirmed', invitee: { ...person, notes: 'About the engine.' } });
      const spent = await linkOf(link!.id);
      expect(spent).toMatchObject({ useCount: 1, bookingIds: [booking.id] });
      expect(spent.lastBookedAt).not.toBeNull();
      await expect.poll(() => events.filter((event) => event.event === 'change').map((event) => event.data).join(' ')).toContain('bookings');

      // The time is gone from every link of the host, and this link is used up.
      const [other] = await seedLinks(server.store, host.hostId, eventType.id, 1);
      const slots = await slotsOf(linkApi(other!.token), dayOf(start));
      expect(slots.body.days[0]!.slots.map((slot) => slot.start)).not.toContain(start);
      expect(await book(other!.token, start)).toMatchObject({ status: 409, body: { error: 'slot_unavailable' } });
      expect(await book(link!.token, startInDays(2, 11))).toMatchObject({ status: 410, body: { error: 'link_unavailable', reason: 'used' } });
      expect(await request(linkApi(link!.token))).toMatchObject({ status: 410, body: { error: 'link_unavailable', reason: 'used' } });
    } finally {
      stream.close();
    }
  });

  it('shows the booking page in the host\'s time zone unless another is asked for (a page without JavaScript cannot detect the invitee\'s)', async () => {
    const berlin = await server.createHost({ name: 'Zoned host', timezone: 'Europe/Berlin' });
    const eventType = await seedEventType(server.store, berlin.hostId);
    const [link] = await seedLinks(server.store, berlin.hostId, eventType.id, 1);
    const selected = (html: string) => /<option value="([^"]+)" selected/.exec(html)?.[1];
    const page = await request<string>(`${server.baseUrl}/l/${link!.token}`);
    expect(page.status).toBe(200);
    expect(selected(String(page.body))).toBe('Europe/Berlin');
    const asked = await request<string>(`${server.baseUrl}/l/${link!.token}?timezone=America/New_York`);
    expect(selected(String(asked.body))).toBe('America/New_York');
    const unknown = await request<string>(`${server.baseUrl}/l/${link!.token}?timezone=Mars/Base`);
    expect(selected(String(unknown.body))).toBe('Europe/Berlin');
  });

  it('answers 404 for unknown or deleted links and 410 for expired, revoked or archived ones', async () => {
    const eventType = await seedEventType(server.store, host.hostId);
    const [expired] = await seedLinks(server.store, host.hostId, eventType.id, 1, { expiresAt: new Date(Date.now() - 60_000).toISOString() });
    const [revoked] = await seedLinks(server.store, host.hostId, eventType.id, 1, { revokedAt: new Date().toISOString() });
    const [deleted] = await seedLinks(server.store, host.hostId, eventType.id, 1);
    await server.store.writeTransaction(host.hostId, (tx) => tx.putDoc('links', replicated(deleted!, true)));
    const archivedType = await seedEventType(server.store, host.hostId, { archived: true, slug: 'old' });
    const [archived] = await seedLinks(server.store, host.hostId, archivedType.id, 1);
    const start = startInDays(2);
    expect(await request(linkApi('A'.repeat(22)))).toMatchObject({ status: 404, body: { error: 'link_unavailable', reason: 'not_found' } });
    expect(await request(linkApi(deleted!.token))).toMatchObject({ status: 404, body: { reason: 'not_found' } });
    expect(await book(deleted!.token, start)).toMatchObject({ status: 404, body: { error: 'link_unavailable' } });
    expect(await request(linkApi(expired!.token))).toMatchObject({ status: 410, body: { reason: 'expired' } });
    expect(await book(expired!.token, start)).toMatchObject({ status: 410, body: { error: 'link_unavailable', reason: 'expired' } });
    expect(await request(`${linkApi(revoked!.token)}/slots?from=${dayOf(start)}&to=${dayOf(start)}&timezone=UTC`)).toMatchObject({ status: 410, body: { reason: 'revoked' } });
    expect(await book(archived!.token, start)).toMatchObject({ status: 410, body: { error: 'link_unavailable' } });
    expect((await linkOf(expired!.id)).useCount).toBe(0);
  });

  it('refuses starts that are not open: off the grid, in the past, beyond the horizon', async () => {
    const eventType = await seedEventType(server.store, host.hostId, { horizonDays: 10 });
    const [link] = await seedLinks(server.store, host.hostId, eventType.id, 1);
    for (const start of [startInDays(2, 9, 10), startInDays(-1), startInDays(20)]) {
      expect(await book(link!.token, start)).toMatchObject({ status: 409, body: { error: 'slot_unavailable' } });
    }
    expect((await linkOf(link!.id)).useCount).toBe(0);
  });

  it('the standard link books again and again, and answers 404 when it is not public', async () => {
    await seedEventType(server.store, host.hostId, { slug: 'office-hours' });
    await seedEventType(server.store, host.hostId, { slug: 'links-only', publicBooking: false });
    await seedEventType(server.store, host.hostId, { slug: 'retired', archived: true });
    const base = `${server.baseUrl}/api/public/event-types/${host.slug}`;
    const post = (slug: string, start: string) => request<Created>(`${base}/${slug}/bookings`, { method: 'POST', json: { start, ...person } });
    expect(await request(`${base}/office-hours`)).toMatchObject({ status: 200, body: { hostName: 'Grace Hopper', contact: { name: '', email: '' } } });
    expect((await post('office-hours', startInDays(6, 9))).status).toBe(201);
    const second = await post('office-hours', startInDays(6, 10));
    expect(second.status).toBe(201);
    const stored = (await server.store.getDocs(host.hostId, 'bookings', [second.body.booking.id])).get(second.body.booking.id)!.doc;
    expect(stored.linkId).toBeNull();
    const page = await fetch(`${server.baseUrl}/e/${host.slug}/office-hours`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`action="/e/${host.slug}/office-hours/book"`);
    for (const slug of ['links-only', 'retired', 'nothing-here']) {
      expect((await fetch(`${server.baseUrl}/e/${host.slug}/${slug}`)).status).toBe(404);
      expect(await request(`${base}/${slug}`)).toMatchObject({ status: 404, body: { error: 'link_unavailable', reason: 'not_found' } });
      expect((await post(slug, startInDays(6, 12))).status).toBe(404);
      expect((await slotsOf(`${base}/${slug}`, dayOf(startInDays(6)))).status).toBe(404);
    }
  });

  it('cancel: frees the time, the single-use link stays used; .ics follows the status', async () => {
    const eventType = await seedEventType(server.store, host.hostId);
    const [link] = await seedLinks(server.store, host.hostId, eventType.id, 1);
    const start = startInDays(7, 15);
    const created = await book(link!.token, start);
    const manageToken = new URL(created.body.booking.manageUrl).pathname.split('/')[2]!;
    const api = `${server.baseUrl}/api/public/bookings/${manageToken}`;
    const ics = await request<string>(`${api}/ics`);
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    expect(ics.body).toContain('STATUS:CONFIRMED');
    expect((await fetch(`${server.baseUrl}/m/${manageToken}`)).status).toBe(200);

    const canceled = await request(`${api}/cancel`, { method: 'POST', json: { reason: 'Something came up' } });
    expect(canceled).toMatchObject({ status: 200, body: { booking: { id: created.body.booking.id, status: 'canceled', canceledBy: 'invitee', cancelReason: 'Something came up' } } });
    expect(await request(`${api}/cancel`, { method: 'POST', json: {} })).toMatchObject({ status: 409, body: { error: 'already_canceled' } });
    expect((await request<string>(`${api}/ics`)).body).toContain('STATUS:CANCELLED');
    expect((await linkOf(link!.id)).useCount).toBe(1);
    expect(await book(link!.token, startInDays(7, 16))).toMatchObject({ status: 410 });
    // The time is open again for another link.
    const [other] = await seedLinks(server.store, host.hostId, eventType.id, 1);
    expect((await book(other!.token, start)).status).toBe(201);
    // Unknown manage tokens: 404, nothing else.
    expect(await request(`${server.baseUrl}/api/public/bookings/${'B'.repeat(22)}/cancel`, { method: 'POST', json: {} })).toMatchObject({ status: 404, body: { error: 'not_found' } });
    expect(await request(`${server.baseUrl}/api/public/bookings/${'B'.repeat(22)}/ics`)).toMatchObject({ status: 404 });
  });

  it('a host cancel (replicated status canceled) frees the time the same way', async () => {
    const eventType = await seedEventType(server.store, host.hostId);
    const [link, other] = await seedLinks(server.store, host.hostId, eventType.id, 2);
    const start = startInDays(9, 10);
    const created = await book(link!.token, start);
    const id = created.body.booking.id;
    const stored = (await server.store.getDocs(host.hostId, 'bookings', [id])).get(id)!.doc;
    const now = new Date().toISOString();
    const pushed = await request(`${server.baseUrl}/sync/bookings/push`, {
      method: 'POST', token: host.token,
      json: [{ assumedMasterState: stored, newDocumentState: { ...stored, status: 'canceled', canceledAt: now, canceledBy: 'host', cancelReason: 'Sick', updatedAt: now } }],
    });
    expect(pushed).toMatchObject({ status: 200, body: [] });
    expect((await book(other!.token, start)).status).toBe(201);
    expect((await linkOf(link!.id)).useCount).toBe(1);
    const manageToken = new URL(created.body.booking.manageUrl).pathname.split('/')[2]!;
    expect(await request(`${server.baseUrl}/api/public/bookings/${manageToken}/cancel`, { method: 'POST', json: {} })).toMatchObject({ status: 409, body: { error: 'already_canceled' } });
  });

  it('a booking whose insert fails after the link check leaves the link unused', async () => {
    const eventType = await seedEventType(server.store, host.hostId);
    const [first, second] = await seedLinks(server.store, host.hostId, eventType.id, 2);
    const taken = await book(first!.token, startInDays(8, 9));
    // The same booking id again: the insert fails inside the transaction, after consumeLinkUse.
    await expect(redeemBooking(server.store, { kind: 'link', token: second!.token }, { start: startInDays(8, 12), ...person, notes: '' }, { newId: () => taken.body.booking.id }))
      .rejects.toThrow();
    const link = await linkOf(second!.id);
    expect(link).toMatchObject({ useCount: 0, bookingIds: [], lastBookedAt: null });
    // Still bookable, once.
    expect((await book(second!.token, startInDays(8, 12))).status).toBe(201);
    expect((await book(second!.token, startInDays(8, 14))).status).toBe(410);
  });
});

describe('public rate limits', () => {
  let server: TestServer;
  beforeAll(async () => { server = await startTestServer({ publicLimits: { bookingsPerMinute: 3, failedLookupsPerMinute: 5 } }); });
  afterAll(async () => { await server?.close(); });

  it('answers 429 past the booking limit and past the failed look-up limit, per client IP', async () => {
    const host = await server.createHost();
    const eventType = await seedEventType(server.store, host.hostId);
    const [link] = await seedLinks(server.store, host.hostId, eventType.id, 1);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      statuses.push((await request(`${server.baseUrl}/api/public/links/${link!.token}/bookings`, { method: 'POST', json: { start: startInDays(2, i), ...person } })).status);
    }
    expect(statuses).toEqual([201, 410, 410, 429, 429]);
    // The no-JS form answers with a page.
    const form = await fetch(`${server.baseUrl}/l/${link!.token}/book`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'name=Ada' });
    expect(form.status).toBe(429);
    expect(await form.text()).toContain('Too many attempts');
    expect((await request(`${server.baseUrl}/api/public/links/${link!.token}/bookings`, { method: 'POST', json: {} })).body).toEqual({ error: 'rate_limited' });

    const lookups: number[] = [];
    for (let i = 0; i < 7; i += 1) lookups.push((await request(`${server.baseUrl}/api/public/links/${'Z'.repeat(21)}${i}`)).status);
    expect(lookups).toEqual([404, 404, 404, 404, 404, 429, 429]);
    // A real link is refused too while the client is over its failures.
    expect((await fetch(`${server.baseUrl}/l/${link!.token}`)).status).toBe(429);
  });
});
