// Runs in tests (server side). The host's view of the outbox over HTTP: messages that failed for
// good are listed with whom they were for and the error, a retry puts one back, and another host
// sees and retries none of them.
import { describe, expect, it } from 'vitest';
import { seedEventType, seedLinks, startInDays } from '../booking/testing/seed-booking-data.ts';
import { createMailSender } from '../email/create-mail-sender.ts';
import { findFreePort } from '../testing/find-free-port.ts';
import { hostClient, request } from '../testing/http-client.ts';
import { startTestServer } from '../testing/start-test-server.ts';
import { startOutboxWorker } from './start-outbox-worker.ts';

describe('GET /api/outbox and POST /api/outbox/{id}/retry', () => {
  it('lists the failed messages of the host and retries one', async () => {
    const server = await startTestServer();
    const worker = { stop: async () => {} };
    try {
      const host = await server.createHost({ name: 'Grace Hopper' });
      await server.store.updateHost(host.hostId, { email: 'grace@example.org' });
      const eventType = await seedEventType(server.store, host.hostId, { name: 'Intro call' });
      const [link] = await seedLinks(server.store, host.hostId, eventType.id, 1);
      const start = startInDays(2, 9);
      expect((await request(`${server.baseUrl}/api/public/links/${link!.token}/bookings`, { method: 'POST', json: { start, name: 'Ada Lovelace', email: 'ada@example.com', timezone: 'UTC' } })).status).toBe(201);
      const api = hostClient(server.baseUrl, host.token);
      expect(((await api.get('/api/outbox?status=failed')).body as { messages: unknown[] }).messages).toEqual([]);

      const port = await findFreePort();
      const running = startOutboxWorker({
        store: server.store, mail: createMailSender({ smtpUrl: `smtp://127.0.0.1:${port}`, outboxDir: '/nonexistent' }), mailFrom: '1x <no-reply@localhost>',
        logger: { info: () => {}, warn: () => {}, error: () => {} }, deliverWebhook: async () => {}, pollMs: 30, retryBaseMs: 20, maxAttempts: 1,
      });
      worker.stop = () => running.stop();
      await expect.poll(async () => ((await api.get('/api/outbox?status=failed')).body as { messages: unknown[] }).messages.length, { timeout: 10_000 }).toBe(2);
      const { messages } = (await api.get('/api/outbox?status=failed')).body as { messages: { id: string; to: string; topic: string; attempts: number; lastError: string; about: { eventName: string; start: string; invitee: string } }[] };
      expect(messages.map((m) => m.to).sort()).toEqual(['ada@example.com', 'grace@example.org']);
      expect(messages[0]).toMatchObject({ attempts: 1, about: { eventName: 'Intro call', start, invitee: 'Ada Lovelace' } });
      expect(messages[0]!.lastError).toMatch(/ECONNREFUSED|connect/i);
      expect(JSON.stringify(messages)).not.toContain('/m/');

      const other = await server.createHost();
      expect(((await hostClient(server.baseUrl, other.token).get('/api/outbox?status=failed')).body as { messages: unknown[] }).messages).toEqual([]);
      expect((await request(`${server.baseUrl}/api/outbox/${messages[0]!.id}/retry`, { method: 'POST', token: other.token })).status).toBe(404);
      await running.stop();
      expect((await request(`${server.baseUrl}/api/outbox/${messages[0]!.id}/retry`, { method: 'POST', token: host.token })).status).toBe(200);
      expect((await request(`${server.baseUrl}/api/outbox/${messages[0]!.id}/retry`, { method: 'POST', token: host.token })).status).toBe(404);
      const pending = (await api.get('/api/outbox?status=pending')).body as { messages: { id: string; attempts: number }[] };
      expect(pending.messages.map((m) => m.id)).toEqual([messages[0]!.id]);
      expect((await api.get('/api/outbox?status=bogus')).status).toBe(400);
    } finally {
      await worker.stop();
      await server.close();
    }
  });
});
