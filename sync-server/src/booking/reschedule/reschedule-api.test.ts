// Runs in tests (server side). Reschedule over real HTTP on a real SQLite file: the invitee's API
// (shape, what it does to both bookings and the link, the old time free at once, 409 / 410 / 404 /
// 400) and the host's authenticated endpoint the desktop calls.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BookingDoc, LinkDoc } from '../../../../core/schemas/index.ts';
import { validateBooking } from '../../../../core/validation/index.ts';
import { request } from '../../testing/http-client.ts';
import { startTestServer, type TestHost, type TestServer } from '../../testing/start-test-server.ts';
import { seedEventType, seedLinks, startInDays } from '../testing/seed-booking-data.ts';

interface Created {
  booking: { id: string; start: string; end: string; eventName: string; location: unknown; manageUrl: string };
}
type Slots = { days: { date: string; slots: { start: string; end: string }[] }[] };

const person = { name: 'Ada Lovelace', email: 'ada@example.com', timezone: 'Europe/London' };

describe('reschedule API', () => {
  let server: TestServer;
  let host: TestHost;
  beforeAll(async () => {
    server = await startTestServer();
    host = await server.createHost({ name: 'Grace Hopper' });
  });
  afterAll(async () => { await server?.close(); });

  const tokenOf = (manageUrl: string) => manageUrl.slice(manageUrl.lastIndexOf('/') + 1);
  const bookingOf = async (id: string): Promise<BookingDoc> => (await server.store.getDocs(host.hostId, 'bookings', [id])).get(id)!.doc;
  const linkOf = async (id: string): Promise<LinkDoc> => (await server.store.getDocs(host.hostId, 'links', [id])).get(id)!.doc;
  const bookLink = async (token: string, start: string) => request<Created>(`${server.baseUrl}/api/public/links/${token}/bookings`, { method: 'POST', json: { start, ...person } });
  const reschedule = (manageToken: string, body: unknown) => request<Created & { error?: string; reason?: string }>(`${server.baseUrl}/api/public/bookings/${manageToken}/reschedule`, { method: 'POST', json: body });

  it('moves a booking of a spent single-use link: 201 with the new manage URL, the chain on both, no use spent, the old time free at once', async () => {
    const eventType = await seedEventType(server.store, host.hostId);
    const [link] = await seedLinks(server.store, host.hostId, eventType.id, 1);
    const original = await bookLink(link!.token, startInDays(3, 10));
    expect(original.status).toBe(201);
    const oldToken = tokenOf(original.body.booking.manageUrl);
    const newStart = startInDays(4, 15);
    const moved = await reschedule(oldToken, { start: newStart, timezone: 'America/New_York' });
    expect(moved.status).toBe(201);
    const { booking } = moved.body;
    expect(booking).toEqual({ id: expect.any(String), start: newStart, end: new Date(Date.parse(newStart) + 30 * 60_000).toISOString(), eventName: eventType.name, location: eventType.location, manageUrl: expect.stringMatching(/\/m\/[A-Za-z0-9_-]{22,}$/) });
    expect(booking.manageUrl).not.toBe(original.body.booking.manageUrl);

    const old = await bookingOf(original.body.booking.id);
    const next = await bookingOf(booking.id);
    expect(old).toMatchObject({ status: 'canceled', cancelReason: 'rescheduled', canceledBy: 'invitee', rescheduledToId: booking.id });
    expect(next).toMatchObject({ status: 'confirmed', rescheduledFromId: old.id, rescheduledToId: null, linkId: link!.id, invitee: { ...person, timezone: 'America/New_York', notes: '' } });
    expect(validateBooking(old).ok && validateBooking(next).ok).toBe(true);
    expect((await linkOf(link!.id))).toMatchObject({ useCount: 1, bookingIds: [old.id] });
    // Its messages were queued in the same transaction: the updated invitation continues the
    // original's calendar event (same UID, higher SEQUENCE). (No webhook subscribes here, so no event.)
    const queued = (await server.store.outbox.listForHost(host.hostId, 'pending', 500)).filter((row) => row.bookingId === booking.id);
    const invitation = queued.find((row) => row.topic === 'invitee_confirmation');
    expect(JSON.parse(invitation!.payload)).toMatchObject({ to: person.email, ics: { uid: `${old.id}@1x`, sequence: 2 }, previous: { start: old.start } });

    // The old time is open again for anyone, at once.
    const day = original.body.booking.start.slice(0, 10);
    const slots = await request<Slots>(`${server.baseUrl}/api/public/event-types/${host.slug}/${eventType.slug}/slots?from=${day}&to=${day}&timezone=UTC`);
    expect(slots.body.days[0]!.slots.map((s) => s.start)).toContain(original.body.booking.start);
    // The new manage page works; the old one moves no more (410), and says why.
    const again = await reschedule(oldToken, { start: startInDays(5, 9), timezone: 'UTC' });
    expect(again.status).toBe(410);
    expect(again.body).toEqual({ error: 'booking_unavailable', reason: 'rescheduled' });
    expect((await reschedule(tokenOf(booking.manageUrl), { start: startInDays(5, 9), timezone: 'UTC' })).status).toBe(201);
  });

  it('lists the times a booking may move to, its own time included; refuses a taken or unoffered start with 409 and leaves the original confirmed', async () => {
    const eventType = await seedEventType(server.store, host.hostId, { bufferAfterMinutes: 30 });
    const links = await seedLinks(server.store, host.hostId, eventType.id, 2);
    const mine = await bookLink(links[0]!.token, startInDays(6, 10));
    const theirs = await bookLink(links[1]!.token, startInDays(6, 12));
    const token = tokenOf(mine.body.booking.manageUrl);
    const day = startInDays(6, 10).slice(0, 10);
    const slots = await request<Slots>(`${server.baseUrl}/api/public/bookings/${token}/reschedule/slots?from=${day}&to=${day}&timezone=UTC`);
    expect(slots.status).toBe(200);
    const starts = slots.body.days[0]!.slots.map((s) => s.start);
    expect(starts).toContain(mine.body.booking.start);
    expect(starts).toContain(startInDays(6, 10, 30));
    expect(starts).not.toContain(theirs.body.booking.start);
    expect(starts).not.toContain(startInDays(6, 11, 30)); // its 30-minute buffer after would touch theirs

    expect((await reschedule(token, { start: theirs.body.booking.start, timezone: 'UTC' })).status).toBe(409);
    expect((await reschedule(token, { start: startInDays(6, 10, 10), timezone: 'UTC' })).body).toEqual({ error: 'slot_unavailable' });
    expect(await bookingOf(mine.body.booking.id)).toMatchObject({ status: 'confirmed', rescheduledToId: null });
    // Half an hour later overlaps its own old time: allowed.
    expect((await reschedule(token, { start: startInDays(6, 10, 30), timezone: 'UTC' })).status).toBe(201);
  });

  it('answers 410 for a canceled booking, 404 for an unknown token, 400 naming bad fields', async () => {
    const eventType = await seedEventType(server.store, host.hostId);
    const [link] = await seedLinks(server.store, host.hostId, eventType.id, 1);
    const booked = await bookLink(link!.token, startInDays(8, 10));
    const token = tokenOf(booked.body.booking.manageUrl);
    expect((await reschedule(token, { start: 'tomorrow', timezone: 'Mars/Base', when: 1 })).body).toEqual({
      error: 'invalid_input',
      fields: expect.arrayContaining([expect.objectContaining({ field: 'start' }), expect.objectContaining({ field: 'timezone' }), expect.objectContaining({ field: 'when' })]),
    });
    expect((await reschedule('x'.repeat(30), { start: startInDays(9, 10), timezone: 'UTC' })).status).toBe(404);
    await request(`${server.baseUrl}/api/public/bookings/${token}/cancel`, { method: 'POST', json: { reason: 'no' } });
    const refused = await reschedule(token, { start: startInDays(9, 10), timezone: 'UTC' });
    expect(refused.status).toBe(410);
    expect(refused.body).toEqual({ error: 'booking_unavailable', reason: 'canceled' });
  });

  it('the host reschedules with its token: the same rule, 404 for another host\'s booking, 401 without a token', async () => {
    const eventType = await seedEventType(server.store, host.hostId, { maxBookingsPerDay: 1 });
    const [link, other] = await seedLinks(server.store, host.hostId, eventType.id, 2);
    const booked = await bookLink(link!.token, startInDays(10, 10));
    const id = booked.body.booking.id;
    const api = `${server.baseUrl}/api/bookings/${id}`;
    const day = startInDays(10, 10).slice(0, 10);
    const slots = await request<Slots>(`${api}/slots?from=${day}&to=${day}&timezone=UTC`, { token: host.token });
    // Its own place under the day limit is free for its own move.
    expect(slots.body.days[0]!.slots.length).toBeGreaterThan(10);
    // Another booking of that day is refused by the limit (one a day).
    expect((await bookLink(other!.token, startInDays(10, 14))).status).toBe(409);
    expect((await request(`${api}/reschedule`, { method: 'POST', json: { start: startInDays(10, 16) } })).status).toBe(401);
    const stranger = await server.createHost();
    expect((await request(`${api}/reschedule`, { method: 'POST', token: stranger.token, json: { start: startInDays(10, 16) } })).status).toBe(404);
    const moved = await request<{ booking: BookingDoc; manageUrl: string }>(`${api}/reschedule`, { method: 'POST', token: host.token, json: { start: startInDays(10, 16) } });
    expect(moved.status).toBe(201);
    expect(moved.body.booking).toMatchObject({ start: startInDays(10, 16), rescheduledFromId: id, invitee: person });
    expect(await bookingOf(id)).toMatchObject({ status: 'canceled', canceledBy: 'host', cancelReason: 'rescheduled', rescheduledToId: moved.body.booking.id });
  });
});
