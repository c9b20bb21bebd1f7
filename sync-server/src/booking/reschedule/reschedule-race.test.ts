// Runs in tests (server side). Invariant 8 under fire, over real HTTP on SQLite and on a real
// (embedded) PostgreSQL: 50 concurrent reschedules of one booking move it exactly once; a
// reschedule and a new booking racing for one start give it to exactly one, and a reschedule that
// loses leaves its original confirmed. The counts of the answers are logged for the note.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BookingDoc } from '../../../../core/schemas/index.ts';
import { request } from '../../testing/http-client.ts';
import { postgresTarget, sqliteTarget, type StoreTarget } from '../../testing/store-targets.ts';
import { startTestServer, type TestServer } from '../../testing/start-test-server.ts';
import { seedEventType, seedLinks, startInDays } from '../testing/seed-booking-data.ts';

interface Created { booking: { id: string; start: string; manageUrl: string } }

const person = { name: 'Ada Lovelace', email: 'ada@example.com', timezone: 'UTC' };

function tally(statuses: number[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

const targets: StoreTarget[] = [sqliteTarget(), postgresTarget()];
beforeAll(async () => { await Promise.all(targets.map((target) => target.setup())); });
afterAll(async () => { await Promise.all(targets.map((target) => target.teardown())); });

describe.each(targets)('reschedule races on $name', (target) => {
  let server: TestServer;
  beforeAll(async () => { server = await startTestServer({ database: await target.freshDatabase() }); });
  afterAll(async () => { await server?.close(); });

  const tokenOf = (manageUrl: string) => manageUrl.slice(manageUrl.lastIndexOf('/') + 1);
  const confirmed = async (hostId: string): Promise<BookingDoc[]> => (await server.store.pull(hostId, 'bookings', null, 1000)).documents.filter((b) => b.status === 'confirmed');
  const reschedule = (token: string, start: string) => request<Created>(`${server.baseUrl}/api/public/bookings/${token}/reschedule`, { method: 'POST', json: { start, timezone: 'UTC' } });

  it('50 concurrent reschedules of one booking: exactly one 201, one confirmed booking, a chain of two', async () => {
    const host = await server.createHost();
    const eventType = await seedEventType(server.store, host.hostId);
    const [link] = await seedLinks(server.store, host.hostId, eventType.id, 1);
    const original = await request<Created>(`${server.baseUrl}/api/public/links/${link!.token}/bookings`, { method: 'POST', json: { start: startInDays(3, 10), ...person } });
    const token = tokenOf(original.body.booking.manageUrl);
    // Different starts, so only the original (not the calendar) decides.
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => reschedule(token, startInDays(4 + Math.floor(i / 20), i % 20))));
    const counts = tally(answers.map((a) => a.status));
    console.log(`[race ${target.name}] 50 concurrent reschedules of one booking:`, counts);
    expect(counts[201]).toBe(1);
    expect((counts[410] ?? 0) + (counts[409] ?? 0)).toBe(49);
    const live = await confirmed(host.hostId);
    expect(live).toHaveLength(1);
    const winner = answers.find((a) => a.status === 201)!.body.booking;
    expect(live[0]).toMatchObject({ id: winner.id, rescheduledFromId: original.body.booking.id });
    const old = (await server.store.getDocs(host.hostId, 'bookings', [original.body.booking.id])).get(original.body.booking.id)!.doc;
    expect(old).toMatchObject({ status: 'canceled', cancelReason: 'rescheduled', rescheduledToId: winner.id });
    expect((await server.store.getDocs(host.hostId, 'links', [link!.id])).get(link!.id)!.doc.useCount).toBe(1);
  });

  it('a reschedule and a new booking racing for one start, 10 rounds: exactly one wins each, a losing reschedule leaves its original confirmed', async () => {
    const host = await server.createHost();
    const eventType = await seedEventType(server.store, host.hostId);
    const links = await seedLinks(server.store, host.hostId, eventType.id, 20);
    const wins = { reschedule: 0, booking: 0 };
    for (let round = 0; round < 10; round += 1) {
      const original = await request<Created>(`${server.baseUrl}/api/public/links/${links[2 * round]!.token}/bookings`, { method: 'POST', json: { start: startInDays(10 + round, 8), ...person } });
      const contested = startInDays(10 + round, 14);
      const move = () => reschedule(tokenOf(original.body.booking.manageUrl), contested);
      const book = () => request<Created>(`${server.baseUrl}/api/public/links/${links[2 * round + 1]!.token}/bookings`, { method: 'POST', json: { start: contested, ...person } });
      // Sent in either order, so each side gets rounds where it is first on the wire.
      const [moved, booked] = round % 2 === 0 ? await Promise.all([move(), book()]) : (await Promise.all([book(), move()])).reverse() as [Awaited<ReturnType<typeof move>>, Awaited<ReturnType<typeof book>>];
      expect([moved.status, booked.status].sort()).toEqual([201, 409]);
      const old = (await server.store.getDocs(host.hostId, 'bookings', [original.body.booking.id])).get(original.body.booking.id)!.doc;
      if (moved.status === 201) wins.reschedule += 1;
      else {
        wins.booking += 1;
        expect(old).toMatchObject({ status: 'confirmed', rescheduledToId: null });
      }
    }
    console.log(`[race ${target.name}] reschedule vs new booking for one start, 10 rounds:`, wins);
    // A round the reschedule won leaves one booking (the moved one), one the new booking won two.
    const live = await confirmed(host.hostId);
    expect(live).toHaveLength(wins.reschedule + 2 * wins.booking);
    expect(new Set(live.map((b) => b.start)).size).toBe(live.length);
  });
});
