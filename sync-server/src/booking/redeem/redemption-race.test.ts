// Runs in tests (server side). Invariants 1 and 2 under fire, over real HTTP on SQLite and on a real
// (embedded) PostgreSQL, and on PostgreSQL across two server processes: however many invitees press
// "Confirm" at once, a link yields at most maxUses bookings and no two bookings of a host overlap;
// across processes also the meeting limits and a reschedule's one winner (invariant 8).
// The counts of the answers are logged (the note asks for them).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinkDoc } from '../../../../core/schemas/index.ts';
import { request } from '../../testing/http-client.ts';
import { spawnServerProcess, type ServerProcess } from '../../testing/spawn-server-process.ts';
import { postgresTarget, sqliteTarget, type StoreTarget } from '../../testing/store-targets.ts';
import { startTestServer, type TestServer } from '../../testing/start-test-server.ts';
import { TargetUnavailableError } from '../booking-errors.ts';
import { redeemBooking } from './redeem-booking.ts';
import { seedEventType, seedLinks, startInDays } from '../testing/seed-booking-data.ts';

function invitee(i: number, start: string) {
  return { start, name: `Invitee ${i}`, email: `invitee${i}@example.com`, timezone: 'Europe/Berlin' };
}

function tally(statuses: number[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

async function bookAll(requests: { url: string; body: unknown }[]): Promise<number[]> {
  const answers = await Promise.all(requests.map(({ url, body }) => request(url, { method: 'POST', json: body })));
  return answers.map((answer) => answer.status);
}

async function storedBookings(server: TestServer, hostId: string) {
  const all = await server.store.pull(hostId, 'bookings', null, 1000);
  return all.documents.filter((doc) => doc.status === 'confirmed');
}

async function storedLink(server: TestServer, hostId: string, id: string): Promise<LinkDoc> {
  const docs = await server.store.getDocs(hostId, 'links', [id]);
  return docs.get(id)!.doc;
}

function expectNoOverlap(bookings: { start: string; end: string }[]): void {
  const sorted = [...bookings].sort((a, b) => a.start.localeCompare(b.start));
  for (let i = 1; i < sorted.length; i += 1) expect(sorted[i]!.start >= sorted[i - 1]!.end).toBe(true);
}

// One embedded PostgreSQL for the whole file (it is slow to start); a fresh database per suite.
const postgres = postgresTarget();
const targets: StoreTarget[] = [sqliteTarget(), postgres];
beforeAll(async () => { await Promise.all(targets.map((target) => target.setup())); });
afterAll(async () => { await Promise.all(targets.map((target) => target.teardown())); });

describe.each(targets)('redemption races on $name', (target) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ database: await target.freshDatabase() });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('200 concurrent confirmations of one single-use link: exactly one 201, one booking', async () => {
    const host = await server.createHost();
    const eventType = await seedEventType(server.store, host.hostId);
    const [link] = await seedLinks(server.store, host.hostId, eventType.id, 1);
    const url = `${server.baseUrl}/api/public/links/${link!.token}/bookings`;
    // Different starts, so only the link (not the calendar) decides.
    const statuses = await bookAll(Array.from({ length: 200 }, (_, i) => ({ url, body: invitee(i, startInDays(2 + (i % 20), i % 24)) })));
    const counts = tally(statuses);
    console.log(`[race ${target.name}] one single-use link, 200 concurrent:`, counts);
    expect(counts[201]).toBe(1);
    expect((counts[410] ?? 0) + (counts[409] ?? 0)).toBe(199);
    expect(await storedBookings(server, host.hostId)).toHaveLength(1);
    const stored = await storedLink(server, host.hostId, link!.id);
    expect(stored.useCount).toBe(1);
    expect(stored.bookingIds).toHaveLength(1);
  });

  it('in-process: 50 redemptions that all pass the committed-data look first, one link: exactly one commits', async () => {
    const host = await server.createHost();
    const eventType = await seedEventType(server.store, host.hostId);
    const [link] = await seedLinks(server.store, host.hostId, eventType.id, 1);
    // Every call reads the (still unused) link before any transaction commits, so only the
    // conditional update inside the transaction can stop the other 49.
    const outcomes = await Promise.allSettled(Array.from({ length: 50 }, (_, i) => redeemBooking(
      server.store, { kind: 'link', token: link!.token }, { ...invitee(i, startInDays(2 + (i % 20), i % 24)), notes: '' },
    )));
    const rejected = outcomes.filter((outcome) => outcome.status === 'rejected').map((outcome) => (outcome as PromiseRejectedResult).reason as unknown);
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    expect(rejected.every((reason) => reason instanceof TargetUnavailableError && reason.reason === 'used')).toBe(true);
    expect(await storedBookings(server, host.hostId)).toHaveLength(1);
  });

  it('20 links of one host racing for the same start: exactly one 201', async () => {
    const host = await server.createHost();
    const eventType = await seedEventType(server.store, host.hostId, { bufferAfterMinutes: 15 });
    const links = await seedLinks(server.store, host.hostId, eventType.id, 20);
    const start = startInDays(3, 14);
    const statuses = await bookAll(links.map((link, i) => ({ url: `${server.baseUrl}/api/public/links/${link.token}/bookings`, body: invitee(i, start) })));
    const counts = tally(statuses);
    console.log(`[race ${target.name}] 20 links, one start:`, counts);
    expect(counts[201]).toBe(1);
    expect(counts[409]).toBe(19);
    expect(await storedBookings(server, host.hostId)).toHaveLength(1);
    // The losers' links were not spent.
    const unused = await Promise.all(links.map((link) => storedLink(server, host.hostId, link.id)));
    expect(unused.filter((link) => link.useCount === 0)).toHaveLength(19);
  });

  it('a link with maxUses 3 under 100 concurrent requests for different slots: exactly 3', async () => {
    const host = await server.createHost();
    const eventType = await seedEventType(server.store, host.hostId);
    const [link] = await seedLinks(server.store, host.hostId, eventType.id, 1, { maxUses: 3 });
    const url = `${server.baseUrl}/api/public/links/${link!.token}/bookings`;
    const statuses = await bookAll(Array.from({ length: 100 }, (_, i) => ({ url, body: invitee(i, startInDays(2 + Math.floor(i / 24), i % 24)) })));
    const counts = tally(statuses);
    console.log(`[race ${target.name}] maxUses 3, 100 concurrent:`, counts);
    expect(counts[201]).toBe(3);
    expect(counts[410]).toBe(97);
    const bookings = await storedBookings(server, host.hostId);
    expect(bookings).toHaveLength(3);
    expectNoOverlap(bookings);
    expect((await storedLink(server, host.hostId, link!.id)).useCount).toBe(3);
  });

  it('meeting limits: 30 concurrent requests for different slots of a day with one place left book exactly one', async () => {
    const host = await server.createHost({ timezone: 'Europe/Berlin' });
    await seedEventType(server.store, host.hostId, { slug: 'limited', maxBookingsPerDay: 2 });
    const other = await seedEventType(server.store, host.hostId, { slug: 'unlimited' });
    const url = `${server.baseUrl}/api/public/event-types/${host.slug}/limited/bookings`;
    // 06:00–20:30 UTC is one Berlin day; the day's first place goes before the race.
    expect((await request(url, { method: 'POST', json: invitee(0, startInDays(6, 5)) })).status).toBe(201);
    // A booking of another event type that day does not count against this one's limit.
    const [otherLink] = await seedLinks(server.store, host.hostId, other.id, 1);
    expect((await request(`${server.baseUrl}/api/public/links/${otherLink!.token}/bookings`, { method: 'POST', json: invitee(0, startInDays(6, 21)) })).status).toBe(201);
    const counts = tally(await bookAll(Array.from({ length: 30 }, (_, i) => ({ url, body: invitee(i + 1, startInDays(6, 6 + Math.floor(i / 2), (i % 2) * 30)) }))));
    console.log(`[race ${target.name}] day limit 2 with one place left, 30 concurrent:`, counts);
    expect(counts[201]).toBe(1);
    expect(counts[409]).toBe(29);
    const limited = (await storedBookings(server, host.hostId)).filter((b) => b.eventTypeId !== other.id);
    expect(limited).toHaveLength(2);
    // The full day offers no slots any more; the next day does.
    const day = startInDays(6, 12).slice(0, 10);
    const next = startInDays(7, 12).slice(0, 10);
    const slots = await request(`${url.replace(/\/bookings$/, '/slots')}?from=${day}&to=${next}&timezone=Europe/Berlin`);
    const days = (slots.body as { days: { date: string; slots: unknown[] }[] }).days;
    expect(days.find((d) => d.date === day)?.slots).toEqual([]);
    expect(days.find((d) => d.date === next)?.slots.length).toBeGreaterThan(0);
  });

  it('the standard link under 50 concurrent requests for overlapping starts: no overlap', async () => {
    const host = await server.createHost();
    await seedEventType(server.store, host.hostId, { slug: 'team', durationMinutes: 60, slotStepMinutes: 15, bufferBeforeMinutes: 10 });
    const url = `${server.baseUrl}/api/public/event-types/${host.slug}/team/bookings`;
    // Starts every 15 minutes over 4 hours: many pairs overlap.
    const statuses = await bookAll(Array.from({ length: 50 }, (_, i) => ({ url, body: invitee(i, startInDays(4, 9 + Math.floor((i % 16) / 4), (i % 4) * 15)) })));
    const counts = tally(statuses);
    const bookings = await storedBookings(server, host.hostId);
    console.log(`[race ${target.name}] standard link, 50 overlapping:`, counts);
    expect(counts[201]).toBe(bookings.length);
    expect(bookings.length).toBeGreaterThanOrEqual(1);
    // Buffers included: 60 minutes plus 10 before.
    const sorted = [...bookings].sort((a, b) => a.start.localeCompare(b.start));
    for (let i = 1; i < sorted.length; i += 1) expect(Date.parse(sorted[i]!.start) - 10 * 60_000 >= Date.parse(sorted[i - 1]!.end)).toBe(true);
  });
});

describe('redemption races across two server processes on one PostgreSQL', () => {
  let server: TestServer;
  let children: ServerProcess[] = [];
  beforeAll(async () => {
    const database = await postgres.freshDatabase();
    if (database.kind !== 'postgres') throw new Error('expected PostgreSQL');
    server = await startTestServer({ database });
    const env = { DATABASE_URL: database.url, BOOKING_RATE_LIMIT: '100000', LOOKUP_FAILURE_LIMIT: '100000' };
    children = await Promise.all([spawnServerProcess(env), spawnServerProcess(env)]);
  });
  afterAll(async () => {
    await Promise.all(children.map((child) => child.stop()));
    await server?.close();
  });

  it('200 confirmations of one single-use link split over two processes: exactly one booking', async () => {
    const host = await server.createHost();
    const eventType = await seedEventType(server.store, host.hostId);
    const [link] = await seedLinks(server.store, host.hostId, eventType.id, 1);
    const statuses = await bookAll(Array.from({ length: 200 }, (_, i) => ({
      url: `${children[i % 2]!.baseUrl}/api/public/links/${link!.token}/bookings`,
      body: invitee(i, startInDays(2 + (i % 20), i % 24)),
    })));
    const counts = tally(statuses);
    console.log('[race postgres, 2 processes] one single-use link, 200 concurrent:', counts);
    expect(counts[201]).toBe(1);
    expect((counts[410] ?? 0) + (counts[409] ?? 0)).toBe(199);
    expect(await storedBookings(server, host.hostId)).toHaveLength(1);
  });

  it('meeting limits over two processes: 30 requests for a week with one place left book exactly one', async () => {
    const host = await server.createHost();
    await seedEventType(server.store, host.hostId, { slug: 'limited', maxBookingsPerWeek: 3 });
    const path = `/api/public/event-types/${host.slug}/limited/bookings`;
    // Two of the week's three places go first; the week is the one of day 20 (Monday to Sunday, UTC host).
    const monday = (() => { const d = new Date(startInDays(20, 12)); d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7)); return Math.round((d.getTime() - Date.parse(startInDays(0, 12))) / 86_400_000); })();
    for (const hour of [8, 9]) expect((await request(`${server.baseUrl}${path}`, { method: 'POST', json: invitee(0, startInDays(monday, hour)) })).status).toBe(201);
    const counts = tally(await bookAll(Array.from({ length: 30 }, (_, i) => ({
      url: `${children[i % 2]!.baseUrl}${path}`,
      body: invitee(i + 1, startInDays(monday + (i % 7), 10 + Math.floor(i / 7))),
    }))));
    console.log('[race postgres, 2 processes] week limit 3 with one place left, 30 concurrent:', counts);
    expect(counts[201]).toBe(1);
    expect(counts[409]).toBe(29);
  });

  it('50 reschedules of one booking split over two processes: exactly one 201, the original replaced once', async () => {
    const host = await server.createHost();
    const eventType = await seedEventType(server.store, host.hostId);
    const [link] = await seedLinks(server.store, host.hostId, eventType.id, 1);
    const original = await request<{ booking: { id: string; manageUrl: string } }>(`${server.baseUrl}/api/public/links/${link!.token}/bookings`, { method: 'POST', json: invitee(0, startInDays(30, 10)) });
    const manageToken = original.body.booking.manageUrl.slice(original.body.booking.manageUrl.lastIndexOf('/') + 1);
    const counts = tally(await bookAll(Array.from({ length: 50 }, (_, i) => ({
      url: `${children[i % 2]!.baseUrl}/api/public/bookings/${manageToken}/reschedule`,
      body: { start: startInDays(31 + Math.floor(i / 20), i % 20), timezone: 'UTC' },
    }))));
    console.log('[race postgres, 2 processes] 50 reschedules of one booking:', counts);
    expect(counts[201]).toBe(1);
    expect((counts[410] ?? 0) + (counts[409] ?? 0)).toBe(49);
    const bookings = await storedBookings(server, host.hostId);
    expect(bookings).toHaveLength(1);
    expect(bookings[0]!.rescheduledFromId).toBe(original.body.booking.id);
  });

  it('20 links racing for one start over two processes, and maxUses 3 under 100 requests', async () => {
    const host = await server.createHost();
    const eventType = await seedEventType(server.store, host.hostId);
    const links = await seedLinks(server.store, host.hostId, eventType.id, 20);
    const start = startInDays(5, 11);
    const sameStart = tally(await bookAll(links.map((link, i) => ({ url: `${children[i % 2]!.baseUrl}/api/public/links/${link.token}/bookings`, body: invitee(i, start) }))));
    const [multi] = await seedLinks(server.store, host.hostId, eventType.id, 1, { maxUses: 3 });
    const threeUses = tally(await bookAll(Array.from({ length: 100 }, (_, i) => ({
      url: `${children[i % 2]!.baseUrl}/api/public/links/${multi!.token}/bookings`,
      body: invitee(i, startInDays(10 + Math.floor(i / 24), i % 24)),
    }))));
    console.log('[race postgres, 2 processes] 20 links one start:', sameStart, 'maxUses 3:', threeUses);
    expect(sameStart[201]).toBe(1);
    expect(threeUses[201]).toBe(3);
    const bookings = await storedBookings(server, host.hostId);
    expect(bookings).toHaveLength(4);
    expectNoOverlap(bookings);
  });
});
