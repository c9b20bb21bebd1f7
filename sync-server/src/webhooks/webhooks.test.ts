// Runs in tests (server side). Webhooks end to end on a real server over HTTP and a real SQLite
// file: registration refuses invalid and private URLs (400 naming the field), a booking's events
// reach a real HTTP receiver through the outbox, signed so that the README's recipe verifies them;
// a receiver that is down gets the event once it is back, and the host sees each attempt.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { seedEventType, seedLinks, startInDays } from '../booking/testing/seed-booking-data.ts';
import { createMailSender } from '../email/create-mail-sender.ts';
import { startOutboxWorker, type OutboxWorker } from '../outbox/start-outbox-worker.ts';
import { hostClient, request } from '../testing/http-client.ts';
import { startTestServer, type TestServer } from '../testing/start-test-server.ts';
import { createWebhookDeliverer } from './deliver-webhook.ts';

interface Received {
  headers: Record<string, string | string[] | undefined>;
  raw: string;
}

/** The README's receiver recipe, as a receiver would write it. */
function verifySignature(secret: string, header: string, rawBody: string, nowSeconds: number, toleranceSeconds = 300): boolean {
  const parts = Object.fromEntries(header.split(',').map((part) => part.split('=') as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || Math.abs(nowSeconds - t) > toleranceSeconds) return false;
  const expected = createHmac('sha256', secret).update(`${parts.t}.${rawBody}`).digest();
  const given = Buffer.from(parts.v1 ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function startReceiver(answers: number[]): Promise<{ url: string; received: Received[]; server: Server }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => { raw += String(chunk); });
    req.on('end', () => {
      received.push({ headers: req.headers, raw });
      res.statusCode = answers.shift() ?? 200;
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/1x`, received, server };
}

const silent = { info: () => {}, warn: () => {}, error: () => {} };

describe('webhooks', () => {
  let server: TestServer;
  let worker: OutboxWorker | null = null;
  let receiver: Server | null = null;
  afterEach(async () => {
    await worker?.stop();
    worker = null;
    await server?.close();
    await new Promise((resolve) => (receiver ? receiver.close(resolve) : resolve(null)));
    receiver = null;
  });

  it('refuses an invalid URL and one that resolves to loopback or a private address, naming the field', async () => {
    server = await startTestServer();
    const host = await server.createHost();
    const api = hostClient(server.baseUrl, host.token);
    const fieldsOf = async (body: unknown) => {
      const response = await api.post('/api/webhooks', body);
      expect(response.status).toBe(400);
      return (response.body as { error: string; fields: { field: string; message: string }[] }).fields;
    };
    expect((await fieldsOf({ url: 'not a url', events: ['booking.created'] }))[0]).toMatchObject({ field: 'url' });
    expect((await fieldsOf({ url: 'ftp://example.org/x', events: ['booking.created'] }))[0]?.message).toMatch(/https/);
    expect((await fieldsOf({ url: 'https://example.org/x', events: ['booking.exploded'] }))[0]).toMatchObject({ field: 'events' });
    expect((await fieldsOf({ url: 'https://example.org/x', events: [] }))[0]).toMatchObject({ field: 'events' });
    for (const url of ['http://127.0.0.1:9/hook', 'http://localhost:9/hook', 'http://10.1.2.3/hook', 'http://[::1]/hook', 'http://169.254.169.254/latest', 'http://[::ffff:192.168.0.1]/x']) {
      const [field] = await fieldsOf({ url, events: ['booking.created'] });
      expect(field?.field).toBe('url');
      expect(field?.message).toMatch(/ALLOW_PRIVATE_FETCH/);
    }
    // Without a token: 401, like every host endpoint.
    expect((await request(`${server.baseUrl}/api/webhooks`)).status).toBe(401);
    // The desktop calls from another origin: preflights answer without a token, DELETE allowed.
    for (const path of ['/api/webhooks', '/api/webhooks/x', '/api/webhooks/x/deliveries', '/api/outbox', '/api/outbox/x/retry']) {
      const preflight = await fetch(`${server.baseUrl}${path}`, { method: 'OPTIONS', headers: { origin: 'app://desktop', 'access-control-request-method': 'DELETE' } });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-methods')).toContain('DELETE');
    }
    expect((await fetch(`${server.baseUrl}/api/webhooks`, { headers: { origin: 'app://desktop', authorization: `Bearer ${host.token}` } })).headers.get('access-control-allow-origin')).toBe('*');
    expect(((await api.get('/api/webhooks')).body as { webhooks: unknown[] }).webhooks).toEqual([]);
  });

  it('delivers booking.created and link.used_up, signed; retries a receiver that is down until it takes the event', async () => {
    server = await startTestServer();
    server.config.allowPrivateFetch = true;
    const host = await server.createHost({ name: 'Grace Hopper' });
    const api = hostClient(server.baseUrl, host.token);
    // The receiver is "down" (503) twice, then takes everything.
    const hook = await startReceiver([503, 503]);
    receiver = hook.server;
    const created = await api.post('/api/webhooks', { url: hook.url, events: ['booking.created', 'link.used_up'] });
    expect(created.status).toBe(201);
    const { id, secret, events } = created.body as { id: string; secret: string; events: string[] };
    expect(events).toEqual(['booking.created', 'link.used_up']);
    expect(secret).toMatch(/^whsec_[0-9a-f]{64}$/);
    const listed = (await api.get('/api/webhooks')).body as { webhooks: Record<string, unknown>[] };
    expect(listed.webhooks).toEqual([{ id, url: hook.url, events, lastDelivery: null }]);
    expect(JSON.stringify(listed)).not.toContain(secret);

    const eventType = await seedEventType(server.store, host.hostId, { name: 'Intro call' });
    const [link] = await seedLinks(server.store, host.hostId, eventType.id, 1);
    const booked = await request<{ booking: { id: string } }>(`${server.baseUrl}/api/public/links/${link!.token}/bookings`, {
      method: 'POST', json: { start: startInDays(2, 9), name: 'Ada <b>Lovelace</b>', email: 'ada@example.com', timezone: 'UTC' },
    });
    expect(booked.status).toBe(201);

    worker = startOutboxWorker({
      store: server.store, mail: createMailSender({ smtpUrl: null, outboxDir: `${server.config.database.kind === 'sqlite' ? server.config.database.path : ''}-outbox` }),
      mailFrom: '1x <no-reply@localhost>', logger: silent, deliverWebhook: createWebhookDeliverer(server.store, { allowPrivate: true }),
      pollMs: 30, retryBaseMs: 50, maxAttempts: 10,
    });
    await expect.poll(() => hook.received.length, { timeout: 10_000 }).toBe(4);
    await new Promise((r) => setTimeout(r, 300));
    expect(hook.received).toHaveLength(4);
    // What was taken (the last two answers 200): one of each event, each with a valid signature.
    const taken = hook.received.slice(2);
    const bodies = taken.map((r) => JSON.parse(r.raw) as { id: string; type: string; createdAt: string; data: Record<string, unknown> });
    expect(bodies.map((b) => b.type).sort()).toEqual(['booking.created', 'link.used_up']);
    const createdEvent = bodies.find((b) => b.type === 'booking.created')!;
    expect(Object.keys(createdEvent).sort()).toEqual(['createdAt', 'data', 'id', 'type']);
    expect((createdEvent.data.booking as { id: string; invitee: { name: string } }).id).toBe(booked.body.booking.id);
    expect((createdEvent.data.booking as { invitee: { name: string } }).invitee.name).toBe('Ada <b>Lovelace</b>');
    expect(bodies.find((b) => b.type === 'link.used_up')!.data).toMatchObject({ linkId: link!.id, bookingId: booked.body.booking.id });
    const now = Math.floor(Date.now() / 1000);
    for (const r of hook.received) {
      const header = r.headers['x-1x-signature'] as string;
      expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
      expect(r.headers['content-type']).toBe('application/json');
      expect(verifySignature(secret, header, r.raw, now)).toBe(true);
      // A changed body or another secret does not verify.
      expect(verifySignature(secret, header, `${r.raw} `, now)).toBe(false);
      expect(verifySignature(`${secret}x`, header, r.raw, now)).toBe(false);
    }
    if (process.env.PRINT_WEBHOOK) console.log(`X-1x-Signature: ${taken[0]!.headers['x-1x-signature']}\n${taken[0]!.raw}`);

    // The host sees every attempt, newest first, and the last one on the list.
    const deliveries = ((await api.get(`/api/webhooks/${id}/deliveries`)).body as { deliveries: { ok: boolean; statusCode: number | null; error: string | null }[] }).deliveries;
    expect(deliveries).toHaveLength(4);
    expect(deliveries.filter((d) => d.ok)).toHaveLength(2);
    expect(deliveries.filter((d) => !d.ok).map((d) => d.statusCode)).toEqual([503, 503]);
    expect(deliveries.find((d) => !d.ok)?.error).toBe('the receiver answered 503');
    const after = (await api.get('/api/webhooks')).body as { webhooks: { lastDelivery: { ok: boolean } | null }[] };
    expect(after.webhooks[0]?.lastDelivery?.ok).toBe(true);

    // Deleted: gone from the list, and another host cannot see or delete it.
    const other = await server.createHost();
    expect((await request(`${server.baseUrl}/api/webhooks/${id}`, { method: 'DELETE', token: other.token })).status).toBe(404);
    expect((await hostClient(server.baseUrl, other.token).get(`/api/webhooks/${id}/deliveries`)).status).toBe(404);
    expect((await request(`${server.baseUrl}/api/webhooks/${id}`, { method: 'DELETE', token: host.token })).status).toBe(204);
    expect(((await api.get('/api/webhooks')).body as { webhooks: unknown[] }).webhooks).toEqual([]);
    expect((await request(`${server.baseUrl}/api/webhooks/${id}`, { method: 'DELETE', token: host.token })).status).toBe(404);
  });
});
