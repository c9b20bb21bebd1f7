// Runs in tests (server side). A host's cancel arrives as a push from the desktop: the push's
// transaction queues the invitee's cancellation (.ics CANCEL) and the host's notice and drops the
// reminder; a push that changes nothing about the status queues nothing.
import { describe, expect, it } from 'vitest';
import { seedEventType, seedLinks, startInDays } from '../booking/testing/seed-booking-data.ts';
import { hostClient, request } from '../testing/http-client.ts';
import { startTestServer } from '../testing/start-test-server.ts';

describe('a host cancel by push', () => {
  it('queues the cancellation messages in the push transaction', async () => {
    const server = await startTestServer();
    try {
      const host = await server.createHost({ name: 'Grace Hopper' });
      await server.store.updateHost(host.hostId, { email: 'grace@example.org' });
      const eventType = await seedEventType(server.store, host.hostId, { name: 'Intro call', reminderMinutes: 60 });
      const [link] = await seedLinks(server.store, host.hostId, eventType.id, 1);
      const booked = await request<{ booking: { id: string } }>(`${server.baseUrl}/api/public/links/${link!.token}/bookings`, {
        method: 'POST', json: { start: startInDays(3, 9), name: 'Ada Lovelace', email: 'ada@example.com', timezone: 'UTC' },
      });
      expect(booked.status).toBe(201);
      const id = booked.body.booking.id;
      const stored = (await server.store.getDocs(host.hostId, 'bookings', [id])).get(id)!.doc;
      const api = hostClient(server.baseUrl, host.token);
      const topics = async () => (await server.store.outbox.listForHost(host.hostId, 'pending', 50)).map((r) => r.topic).sort();
      const before = await topics();
      expect(before).toEqual(['host_booking_notice', 'invitee_confirmation', 'reminder']);

      // A push of the same booking with nothing changed: no message.
      expect((await api.post('/sync/bookings/push', [{ assumedMasterState: stored, newDocumentState: stored }])).status).toBe(200);
      expect(await topics()).toEqual(before);

      const canceled = { ...stored, status: 'canceled' as const, cancelReason: 'Travel', canceledBy: 'host' as const, canceledAt: new Date().toISOString(), updatedAt: new Date().toISOString() };
      const push = await api.post('/sync/bookings/push', [{ assumedMasterState: stored, newDocumentState: canceled }]);
      expect(push.status).toBe(200);
      expect(push.body).toEqual([]);
      expect(await topics()).toEqual(['host_booking_notice', 'host_cancellation_notice', 'invitee_cancellation', 'invitee_confirmation']);
      const cancellation = (await server.store.outbox.listForHost(host.hostId, 'pending', 50)).find((r) => r.topic === 'invitee_cancellation')!;
      const payload = JSON.parse(cancellation.payload) as { to: string; booking: { canceledBy: string; cancelReason: string }; ics: { uid: string; sequence: number } };
      expect(payload).toMatchObject({ to: 'ada@example.com', booking: { canceledBy: 'host', cancelReason: 'Travel' }, ics: { uid: `${id}@1x`, sequence: 1 } });
      expect((await server.store.outbox.listForHost(host.hostId, 'canceled', 50)).map((r) => r.topic)).toEqual(['reminder']);
    } finally {
      await server.close();
    }
  });
});
