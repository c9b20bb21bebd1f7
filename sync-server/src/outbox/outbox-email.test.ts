// Runs in tests (server side). The outbox end to end on a real SQLite file: a booking over HTTP
// queues its messages in its transaction, the worker sends them to a real SMTP server, and what
// arrives is parsed (mailparser): headers, the time in the invitee's zone, the manage link, the
// .ics (REQUEST, then CANCEL with the same UID and a higher SEQUENCE), and a `<script>` name shown
// as text. With SMTP down the message is retried and arrives once it is back; nothing is lost.
import { afterEach, describe, expect, it } from 'vitest';
import { createMailSender } from '../email/create-mail-sender.ts';
import { seedEventType, seedLinks, startInDays } from '../booking/testing/seed-booking-data.ts';
import { findFreePort } from '../testing/find-free-port.ts';
import { request } from '../testing/http-client.ts';
import { startSmtpSink, type SmtpSink } from '../testing/start-smtp-sink.ts';
import { startTestServer, type TestServer } from '../testing/start-test-server.ts';
import { startOutboxWorker, type OutboxWorker } from './start-outbox-worker.ts';

const silent = { info: () => {}, warn: () => {}, error: () => {} };

describe('outbox: email through a real SMTP server', () => {
  let server: TestServer;
  let sink: SmtpSink | null = null;
  let worker: OutboxWorker | null = null;
  afterEach(async () => {
    await worker?.stop();
    await server?.close();
    await sink?.stop();
    worker = null;
    sink = null;
  });

  async function bookedLink(name: string) {
    server = await startTestServer();
    const host = await server.createHost({ name: 'Grace Hopper', timezone: 'Europe/Berlin' });
    await server.store.updateHost(host.hostId, { email: 'grace@example.org' });
    const eventType = await seedEventType(server.store, host.hostId, { name: 'Intro call' });
    const [link] = await seedLinks(server.store, host.hostId, eventType.id, 1);
    const start = startInDays(3, 14);
    const response = await request<{ booking: { id: string; manageUrl: string } }>(`${server.baseUrl}/api/public/links/${link!.token}/bookings`, {
      method: 'POST', json: { start, name, email: 'ada@example.com', timezone: 'America/New_York', notes: 'Bring <b>notes</b>' },
    });
    expect(response.status).toBe(201);
    return { host, start, booking: response.body.booking };
  }

  function startWorker(smtpUrl: string, retryBaseMs = 50): OutboxWorker {
    const mail = createMailSender({ smtpUrl, outboxDir: '/nonexistent' });
    return startOutboxWorker({
      store: server.store, mail, mailFrom: '1x <no-reply@localhost>', logger: silent,
      deliverWebhook: async () => {}, pollMs: 50, retryBaseMs, maxAttempts: 10,
    });
  }

  it('sends the invitee a confirmation with an .ics REQUEST and the host a notice; a <script> name arrives as text', async () => {
    const { start, booking } = await bookedLink('<script>alert(1)</script> Ada');
    sink = await startSmtpSink();
    worker = startWorker(sink.url);
    const messages = await sink.waitFor(2);
    const toInvitee = messages.find((m) => m.subject?.startsWith('You are booked'))!;
    const toHost = messages.find((m) => m.subject?.startsWith('New booking'))!;
    expect(toInvitee).toBeDefined();
    expect(toHost).toBeDefined();
    expect(toInvitee.to && 'text' in toInvitee.to ? toInvitee.to.text : '').toBe('ada@example.com');
    expect(toInvitee.from?.value[0]).toMatchObject({ name: '1x', address: 'no-reply@localhost' });
    if (process.env.PRINT_EMAIL) console.log(toInvitee.text);
    expect(toInvitee.subject).toBe('You are booked: Intro call with Grace Hopper');
    // The time in the invitee's zone (New York: 14:00 UTC is 9 or 10 AM), the zone named.
    const local = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone: 'America/New_York' }).format(Date.parse(start));
    expect(toInvitee.text).toContain(local.replace(/\s*[AP]M$/, ''));
    expect(toInvitee.text).toContain('(America/New_York)');
    expect(toInvitee.text).toContain(`View, reschedule or cancel: ${booking.manageUrl}`);
    expect(toInvitee.text).toContain('Host: Grace Hopper');
    // The typed name is text in the HTML part, never markup.
    expect(toInvitee.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Ada');
    expect(toInvitee.html).not.toContain('<script>');
    expect(toInvitee.html).toContain(`href="${booking.manageUrl}"`);
    expect(toHost.html).not.toContain('<b>notes</b>');
    expect(toHost.html).toContain('&lt;b&gt;notes&lt;/b&gt;');
    const ics = toInvitee.attachments.find((a) => a.filename === 'invite.ics')!;
    const icsText = ics.content.toString('utf8');
    expect(icsText).toContain('METHOD:REQUEST');
    expect(icsText).toContain(`UID:${booking.id}@1x`);
    expect(icsText).toContain('SEQUENCE:0');
    expect(toHost.to && 'text' in toHost.to ? toHost.to.text : '').toBe('grace@example.org');
    expect(toHost.text).toContain('Invitee time zone: America/New_York');
    expect(toHost.attachments).toHaveLength(0);

    // The invitee cancels: a CANCEL with the same UID and a higher SEQUENCE, and a notice to the host.
    const token = booking.manageUrl.split('/m/')[1]!;
    const cancel = await request(`${server.baseUrl}/api/public/bookings/${token}/cancel`, { method: 'POST', json: { reason: 'Sick' } });
    expect(cancel.status).toBe(200);
    const all = await sink.waitFor(4);
    const canceled = all.find((m) => m.subject === 'Canceled: Intro call with Grace Hopper')!;
    const cancelIcs = canceled.attachments.find((a) => a.filename === 'cancel.ics')!.content.toString('utf8');
    expect(cancelIcs).toContain('METHOD:CANCEL');
    expect(cancelIcs).toContain(`UID:${booking.id}@1x`);
    expect(cancelIcs).toContain('SEQUENCE:1');
    expect(canceled.text).toContain('Reason: Sick');
    expect(all.some((m) => m.subject?.startsWith('Canceled: <script>'))).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    expect(sink.messages).toHaveLength(4);
  });

  it('SMTP down: the message is retried and sent once the server is back, exactly once', async () => {
    await bookedLink('Ada Lovelace');
    const port = await findFreePort();
    worker = startWorker(`smtp://127.0.0.1:${port}`);
    // Attempts fail while nothing listens; the rows stay pending with the error.
    await expect.poll(async () => (await server.store.outbox.listForHost((await server.store.listHosts())[0]!.id, 'pending', 10))
      .filter((row) => row.kind === 'email' && row.attempts >= 2 && row.lastError !== null).length, { timeout: 10_000 }).toBe(2);
    sink = await startSmtpSink(port);
    await sink.waitFor(2);
    await new Promise((r) => setTimeout(r, 500));
    expect(sink.messages.map((m) => m.subject).sort()).toEqual(['New booking: Ada Lovelace, Intro call', 'You are booked: Intro call with Grace Hopper']);
    const hostId = (await server.store.listHosts())[0]!.id;
    const sent = await server.store.outbox.listForHost(hostId, 'sent', 10);
    expect(sent.filter((row) => row.kind === 'email')).toHaveLength(2);
  });

  it('fails a message for good after the last attempt, keeping the error, and a retry sends it', async () => {
    const { host } = await bookedLink('Ada Lovelace');
    const port = await findFreePort();
    const mail = createMailSender({ smtpUrl: `smtp://127.0.0.1:${port}`, outboxDir: '/nonexistent' });
    worker = startOutboxWorker({ store: server.store, mail, mailFrom: '1x <no-reply@localhost>', logger: silent, deliverWebhook: async () => {}, pollMs: 50, retryBaseMs: 20, maxAttempts: 2 });
    await expect.poll(async () => (await server.store.outbox.listForHost(host.hostId, 'failed', 10)).length, { timeout: 10_000 }).toBe(2);
    const failed = await server.store.outbox.listForHost(host.hostId, 'failed', 10);
    expect(failed[0]!.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(failed[0]!.attempts).toBe(2);
    sink = await startSmtpSink(port);
    expect(await server.store.outbox.retry(host.hostId, failed[0]!.id, new Date().toISOString())).toBe(true);
    await sink.waitFor(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(sink.messages).toHaveLength(1);
  });
});
