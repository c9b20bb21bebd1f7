// Runs on the server. What the host sees of their outbox (the desktop's Settings), behind the
// host's bearer token: GET /api/outbox?status=failed|pending|sent → {messages: [...]} (newest
// first, at most 100; no payloads: they hold invitees' manage links), and
// POST /api/outbox/{id}/retry → 200 {ok: true} puts a failed message back to be sent now; 404
// when the host has no such failed message.
import type { FastifyInstance } from 'fastify';
import { requireHost } from '../auth/authenticate-host.ts';
import type { OutboxRow, OutboxStatus } from '../store/outbox-store.ts';
import type { Store } from '../store/store.ts';
import type { EmailPayload } from './outbox-payloads.ts';

const STATUSES: readonly OutboxStatus[] = ['failed', 'pending', 'sent'];

/** Who it went to and what about, without the message itself. */
function messageView(row: OutboxRow) {
  let to: string | null = null;
  let about: { eventName: string; start: string; invitee: string } | null = null;
  if (row.kind === 'email') {
    try {
      const payload = JSON.parse(row.payload) as EmailPayload;
      to = payload.to;
      about = { eventName: payload.booking.eventName, start: payload.booking.start, invitee: payload.booking.invitee.name };
    } catch {
      // a payload that does not parse is shown without its details
    }
  }
  return {
    id: row.id, kind: row.kind, topic: row.topic, status: row.status, attempts: row.attempts, lastError: row.lastError,
    createdAt: row.createdAt, dueAt: row.dueAt, sentAt: row.sentAt, bookingId: row.bookingId, webhookId: row.webhookId, to, about,
  };
}

export function registerOutboxRoutes(app: FastifyInstance, store: Store): void {
  app.get<{ Querystring: { status?: string } }>('/api/outbox', async (request, reply) => {
    const host = requireHost(request);
    const status = (request.query.status ?? 'failed') as OutboxStatus;
    if (!STATUSES.includes(status)) return reply.code(400).send({ error: 'invalid_input', fields: [{ field: 'status', message: `must be one of ${STATUSES.join(', ')}` }] });
    // The fan-out rows of webhook events are bookkeeping; the host sees emails and deliveries.
    const rows = (await store.outbox.listForHost(host.id, status, 100)).filter((row) => row.kind !== 'webhook_event');
    return { messages: rows.map(messageView) };
  });

  app.post<{ Params: { id: string } }>('/api/outbox/:id/retry', { bodyLimit: 1024 }, async (request, reply) => {
    const host = requireHost(request);
    const { id } = request.params;
    if (id.length > 120 || !(await store.outbox.retry(host.id, id, new Date().toISOString()))) return reply.code(404).send({ error: 'not_found' });
    return { ok: true };
  });
}
