// Runs in tests (server side). A reminder is an outbox row due before the meeting (the event
// type's reminderMinutes): nothing goes out before its time, and at its time the invitee gets it
// with the manage link. The worker's clock is moved instead of waiting an hour.
import { afterEach, describe, expect, it } from 'vitest';
import { seedEventType, seedLinks, startInDays } from '../booking/testing/seed-booking-data.ts';
import { createMailSender } from '../email/create-mail-sender.ts';
import { request } from '../testing/http-client.ts';
import { startSmtpSink, type SmtpSink } from '../testing/start-smtp-sink.ts';
import { startTestServer, type TestServer } from '../testing/start-test-server.ts';
import { startOutboxWorker, type OutboxWorker } from './start-outbox-worker.ts';

describe('outbox: reminders', () => {
  let server: TestServer;
  let sink: SmtpSink;
  let worker: OutboxWorker | null = null;
  afterEach(async () => {
    await worker?.stop();
    await server?.close();
    await sink?.stop();
  });

  it('sends the reminder at its time, not before', async () => {
    server = await startTestServer();
    sink = await startSmtpSink();
    const host = await server.createHost({ name: 'Grace Hopper' });
    const eventType = await seedEventType(server.store, host.hostId, { name: 'Intro call', reminderMinutes: 60 });
    const [link] = await seedLinks(server.store, host.hostId, eventType.id, 1);
    const start = startInDays(2, 15);
    const booked = await request<{ booking: { manageUrl: string } }>(`${server.baseUrl}/api/public/links/${link!.token}/bookings`, {
      method: 'POST', json: { start, name: 'Ada Lovelace', email: 'ada@example.com', timezone: 'Asia/Tokyo' },
    });
    expect(booked.status).toBe(201);
    let clock = new Date();
    const startWorker = () => startOutboxWorker({
      store: server.store, mail: createMailSender({ smtpUrl: sink.url, outboxDir: '/nonexistent' }), mailFrom: '1x <no-reply@localhost>',
      logger: { info: () => {}, warn: () => {}, error: () => {} }, deliverWebhook: async () => {}, pollMs: 30, retryBaseMs: 50, maxAttempts: 3, now: () => clock,
    });
    worker = startWorker();
    await sink.waitFor(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(sink.messages.map((m) => m.subject)).toEqual(['You are booked: Intro call with Grace Hopper']);

    // 59 minutes before the start: the reminder is due.
    clock = new Date(Date.parse(start) - 59 * 60_000);
    worker.wake();
    const [, reminder] = await sink.waitFor(2);
    expect(reminder!.subject).toBe('Reminder: Intro call with Grace Hopper');
    expect(reminder!.text).toContain('(Asia/Tokyo)');
    expect(reminder!.text).toContain(booked.body.booking.manageUrl);
    expect(reminder!.attachments).toHaveLength(1);
  });
});
