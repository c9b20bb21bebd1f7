// test (renderer logic, real server over HTTP): the host's reschedule as the desktop asks it: the
// open times (its own time free), the move with both bookings changed on the server, and a taken
// time, a moved booking, a wrong token and an unreachable server told apart in words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../../sync-server/src/testing/find-free-port.ts';
import { request } from '../../../sync-server/src/testing/http-client.ts';
import { startTestServer, type TestHost, type TestServer } from '../../../sync-server/src/testing/start-test-server.ts';
import { seedEventType, seedLinks, startInDays } from '../../../sync-server/src/booking/testing/seed-booking-data.ts';
import { listRescheduleSlots, rescheduleOnServer } from './reschedule-on-server.ts';

let server: TestServer;
let host: TestHost;

beforeAll(async () => {
  server = await startTestServer();
  host = await server.createHost({ name: 'Ada Lovelace', timezone: 'UTC' });
});
afterAll(async () => { await server?.close(); });

async function bookOne(start: string) {
  const eventType = await seedEventType(server.store, host.hostId);
  const links = await seedLinks(server.store, host.hostId, eventType.id, 2);
  const answer = await request<{ booking: { id: string } }>(`${server.baseUrl}/api/public/links/${links[0]!.token}/bookings`, { method: 'POST', json: { start, name: 'Bo', email: 'bo@example.com', timezone: 'UTC' } });
  return { id: answer.body.booking.id, spare: links[1]! };
}

describe('rescheduleOnServer', () => {
  it('lists the open times, moves the booking, then says it moved', async () => {
    const c = { serverUrl: server.baseUrl, token: host.token };
    const { id } = await bookOne(startInDays(3, 10));
    const day = startInDays(3, 10).slice(0, 10);
    const slots = await listRescheduleSlots(c, id, day, day, 'UTC');
    expect(slots.ok && slots.days[0]!.slots.map((s) => s.start)).toContain(startInDays(3, 10));
    const moved = await rescheduleOnServer(c, id, startInDays(3, 12), 'UTC');
    expect(moved).toMatchObject({ ok: true, booking: { start: startInDays(3, 12), rescheduledFromId: id, status: 'confirmed' } });
    const old = (await server.store.getDocs(host.hostId, 'bookings', [id])).get(id)!.doc;
    expect(old).toMatchObject({ status: 'canceled', canceledBy: 'host', cancelReason: 'rescheduled' });
    expect(await rescheduleOnServer(c, id, startInDays(3, 14), 'UTC')).toEqual({ ok: false, problem: 'gone', message: 'This booking was moved meanwhile.' });
  });

  it('tells a taken time, a wrong token and an unreachable server apart', async () => {
    const { id, spare } = await bookOne(startInDays(5, 10));
    await request(`${server.baseUrl}/api/public/links/${spare.token}/bookings`, { method: 'POST', json: { start: startInDays(5, 12), name: 'Cy', email: 'cy@example.com', timezone: 'UTC' } });
    expect(await rescheduleOnServer({ serverUrl: server.baseUrl, token: host.token }, id, startInDays(5, 12), 'UTC')).toMatchObject({ ok: false, problem: 'taken' });
    expect(await rescheduleOnServer({ serverUrl: server.baseUrl, token: 'not-the-token' }, id, startInDays(5, 14), 'UTC')).toMatchObject({ ok: false, problem: 'unauthorized' });
    const port = await findFreePort();
    expect(await rescheduleOnServer({ serverUrl: `http://127.0.0.1:${port}`, token: host.token }, id, startInDays(5, 14), 'UTC')).toMatchObject({ ok: false, problem: 'unreachable' });
    expect((await server.store.getDocs(host.hostId, 'bookings', [id])).get(id)!.doc.status).toBe('confirmed');
  });
});
