// Runs in tests (server side). A reschedule queues its messages in its own transaction, like a
// booking: the invitee gets a REQUEST with the booking's UID and a higher SEQUENCE (the calendar
// moves its event instead of adding one), the host a "moved" notice, receivers booking.rescheduled,
// and the old booking's pending reminder is dropped for the new one's. A cancel of the moved
// booking then sends a CANCEL with the same UID and a higher SEQUENCE still.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { seedEventType, seedLinks, startInDays } from '../booking/testing/seed-booking-data.ts';
import { createMailSender } from '../email/create-mail-sender.ts';
import { hostClient, request } from '../testing/http-client.ts';
import { startSmtpSink, type SmtpSink } from '../testing/start-smtp-sink.ts';
import { startTestServer, type TestServer } from '../testing/start-test-server.ts';
import { createWebhookDeliverer } from '../webhooks/deliver-webhook.ts';
import { startOutboxWorker, type OutboxWorker } from './start-outbox-worker.ts';

const icsOf = (m: { attachments: { filename?: string; content: Buffer }[] }) => m.attachments.find((a) => a.filename?.endsWith('.ics'))?.content.toString('utf8') ?? '';

describe('outbox: reschedule', () => {
  let server: TestServer;
  let sink: SmtpSink;
  let worker: OutboxWorker | null = null;
  let receiver: Server | null = null;
  afterEach(async () => {
    await worker?.stop();
    await server?.close();
    await sink?.stop();
    await new Promise((resolve) => (receiver ? receiver.close(resolve) : resolve(null)));
  });

  it('sends a REQUEST with the same UID and a higher SEQUENCE, a host notice and booking.rescheduled, and moves the reminder', async () => {
    server = await startTestServer();
    server.config.allowPrivateFetch = true;
    sink = await startSmtpSink();
    const host = await server.createHost({ name: 'Grace Hopper' });
    await server.store.updateHost(host.hostId, { email: 'grace@example.org' });
    const received: { type: string; data: Record<string, unknown> }[] = [];
    receiver = createServer((req, res) => {
      let raw = '';
      req.on('data', (c) => { raw += String(c); });
      req.on('end', () => { received.push(JSON.parse(raw) as { type: string; data: Record<string, unknown> }); res.end(); });
    });
    await new Promise<void>((resolve) => receiver!.listen(0, '127.0.0.1', resolve));
    const api = hostClient(server.baseUrl, host.token);
    expect((await api.post('/api/webhooks', { url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/`, events: ['booking.rescheduled'] })).status).toBe(201);

    const eventType = await seedEventType(server.store, host.hostId, { name: 'Intro call', reminderMinutes: 1440 });
    const [link] = await seedLinks(server.store, host.hostId, eventType.id, 1);
    const first = startInDays(4, 9);
    const booked = await request<{ booking: { id: string; manageUrl: string } }>(`${server.baseUrl}/api/public/links/${link!.token}/bookings`, {
      method: 'POST', json: { start: first, name: 'Ada Lovelace', email: 'ada@example.com', timezone: 'UTC' },
    });
    expect(booked.status).toBe(201);
    const oldId = booked.body.booking.id;
    const pendingReminders = async () => (await server.store.outbox.listForHost(host.hostId, 'pending', 50)).filter((r) => r.topic === 'reminder');
    expect((await pendingReminders()).map((r) => [r.bookingId, r.dueAt])).toEqual([[oldId, new Date(Date.parse(first) - 86_400_000).toISOString()]]);

    const second = startInDays(5, 11);
    const token = booked.body.booking.manageUrl.split('/m/')[1]!;
    const moved = await request<{ booking: { id: string; manageUrl: string } }>(`${server.baseUrl}/api/public/bookings/${token}/reschedule`, { method: 'POST', json: { start: second, timezone: 'UTC' } });
    expect(moved.status).toBe(201);
    const newId = moved.body.booking.id;
    // The old reminder is dropped in the reschedule's transaction; the new booking has its own.
    expect((await pendingReminders()).map((r) => [r.bookingId, r.dueAt])).toEqual([[newId, new Date(Date.parse(second) - 86_400_000).toISOString()]]);
    expect((await server.store.outbox.listForHost(host.hostId, 'canceled', 50)).map((r) => [r.topic, r.bookingId])).toEqual([['reminder', oldId]]);

    worker = startOutboxWorker({
      store: server.store, mail: createMailSender({ smtpUrl: sink.url, outboxDir: '/nonexistent' }), mailFrom: '1x <no-reply@localhost>',
      logger: { info: () => {}, warn: () => {}, error: () => {} }, deliverWebhook: createWebhookDeliverer(server.store, { allowPrivate: true }), pollMs: 30, retryBaseMs: 50, maxAttempts: 5,
    });
    const mails = await sink.waitFor(4);
    const confirmation = mails.find((m) => m.subject === 'You are booked: Intro call with Grace Hopper')!;
    const movedMail = mails.find((m) => m.subject === 'Your Intro call with Grace Hopper has moved')!;
    expect(icsOf(confirmation)).toContain(`UID:${oldId}@1x`);
    expect(icsOf(confirmation)).toContain('SEQUENCE:0');
    expect(icsOf(movedMail)).toContain('METHOD:REQUEST');
    expect(icsOf(movedMail)).toContain(`UID:${oldId}@1x`);
    expect(icsOf(movedMail)).toContain('SEQUENCE:2');
    expect(movedMail.text).toContain(moved.body.booking.manageUrl);
    expect(movedMail.text).toMatch(/Was: /);
    expect(mails.some((m) => m.subject === 'Moved: Ada Lovelace, Intro call')).toBe(true);
    await expect.poll(() => received.length, { timeout: 10_000 }).toBe(1);
    expect(received[0]!.type).toBe('booking.rescheduled');
    expect((received[0]!.data.booking as { id: string }).id).toBe(newId);
    expect((received[0]!.data.previousBooking as { id: string; start: string }).id).toBe(oldId);

    // Canceling the moved booking: CANCEL, the chain's UID, a SEQUENCE above the move's.
    const newToken = moved.body.booking.manageUrl.split('/m/')[1]!;
    expect((await request(`${server.baseUrl}/api/public/bookings/${newToken}/cancel`, { method: 'POST', json: { reason: '' } })).status).toBe(200);
    const all = await sink.waitFor(6);
    const cancel = all.find((m) => m.subject === 'Canceled: Intro call with Grace Hopper')!;
    expect(icsOf(cancel)).toContain('METHOD:CANCEL');
    expect(icsOf(cancel)).toContain(`UID:${oldId}@1x`);
    expect(icsOf(cancel)).toContain('SEQUENCE:3');
    expect(await pendingReminders()).toEqual([]);
  });
});
