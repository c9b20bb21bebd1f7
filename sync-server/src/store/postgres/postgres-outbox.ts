// Runs on the server (PostgreSQL). The outbox on PostgreSQL (store/outbox-store.ts). Rows are
// queued inside the change's own transaction (the booking batch statement, query-book-batch.ts, or
// WriteTx.enqueueOutbox through insertOutboxBatch). Any number of processes run a worker on one
// database: a claim takes due rows with FOR UPDATE SKIP LOCKED and leases them in the same
// statement, so two processes never hold one row; marking a row sent or failed names the attempt
// it claimed, so a worker whose lease ran out (and whose row another worker took) changes nothing.
import type pg from 'pg';
import type { OutboxBatch, OutboxRow, OutboxStatus, OutboxStore, Webhook, WebhookDelivery } from '../outbox-store.ts';
import { translatePostgresError } from './postgres-errors.ts';

const ROW_COLUMNS = 'id, host_id, kind, topic, booking_id, webhook_id, payload, status, due_at, attempts, last_error, created_at, sent_at';

interface RawRow {
  id: string; host_id: string; kind: OutboxRow['kind']; topic: string; booking_id: string | null; webhook_id: string | null;
  payload: string; status: OutboxStatus; due_at: Date; attempts: number; last_error: string | null; created_at: Date; sent_at: Date | null;
}

const toRow = (r: RawRow): OutboxRow => ({
  id: r.id, hostId: r.host_id, kind: r.kind, topic: r.topic, bookingId: r.booking_id, webhookId: r.webhook_id, payload: r.payload,
  status: r.status, dueAt: r.due_at.toISOString(), attempts: r.attempts, lastError: r.last_error, createdAt: r.created_at.toISOString(),
  sentAt: r.sent_at ? r.sent_at.toISOString() : null,
});

/** Writes a change's messages in the client's open transaction: two statements at most, whatever their number. */
export async function insertOutboxBatch(client: pg.ClientBase, hostId: string, batch: OutboxBatch, usedUp: boolean): Promise<void> {
  if (batch.dropRemindersOf.length > 0) {
    await client.query(`UPDATE outbox SET status = 'canceled' WHERE host_id = $1 AND booking_id = ANY($2::text[]) AND topic = 'reminder' AND status = 'pending'`, [hostId, batch.dropRemindersOf]);
  }
  const messages = batch.messages.filter((m) => usedUp || !m.onlyIfLinkUsedUp);
  if (messages.length === 0) return;
  await client.query({
    name: 'outbox-insert',
    text: `INSERT INTO outbox (id, host_id, kind, topic, booking_id, payload, status, due_at, attempts, created_at)
      SELECT o.id, $1, o.kind, o.topic, o.booking_id, o.payload, 'pending', o.due_at, 0, now()
      FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::timestamptz[]) AS o(id, kind, topic, booking_id, payload, due_at)
      WHERE o.kind <> 'webhook_event' OR EXISTS (SELECT 1 FROM webhooks w WHERE w.host_id = $1 AND w.deleted_at IS NULL AND w.events LIKE '%,' || o.topic || ',%')`,
    values: [hostId, messages.map((m) => m.id), messages.map((m) => m.kind), messages.map((m) => m.topic), messages.map((m) => m.bookingId), messages.map((m) => m.payload), messages.map((m) => m.dueAt)],
  });
}

export function createPostgresOutbox(pool: pg.Pool): OutboxStore {
  const query = async <R extends pg.QueryResultRow>(text: string, values: unknown[]): Promise<pg.QueryResult<R>> => {
    try {
      return await pool.query<R>(text, values);
    } catch (error) {
      throw translatePostgresError(error);
    }
  };
  const toWebhook = (r: { id: string; host_id: string; url: string; events: string; secret: string; created_at: Date }): Webhook => ({
    id: r.id, hostId: r.host_id, url: r.url, events: r.events.split(',').filter(Boolean), secret: r.secret, createdAt: r.created_at.toISOString(),
  });
  return {
    async claimDue(now, limit, leaseMs) {
      // Each half reads its own small partial index in order (sent rows are in neither), whatever
      // the planner's statistics of a table that grows by thousands of rows a minute.
      const { rows } = await query<RawRow>(`WITH due AS (
          SELECT id FROM outbox WHERE status = 'pending' AND due_at <= $1 ORDER BY due_at LIMIT $2 FOR UPDATE SKIP LOCKED
        ), expired AS (
          SELECT id FROM outbox WHERE status = 'sending' AND lease_until < $1 LIMIT $2 FOR UPDATE SKIP LOCKED
        )
        UPDATE outbox SET status = 'sending', attempts = outbox.attempts + 1, lease_until = $1::timestamptz + $3 * interval '1 millisecond'
        FROM (SELECT id FROM due UNION SELECT id FROM expired) AS claimed WHERE outbox.id = claimed.id
        RETURNING ${ROW_COLUMNS.split(', ').map((c) => `outbox.${c}`).join(', ')}`, [now, limit, leaseMs]);
      return rows.map(toRow);
    },
    async settle(outcomes, now) {
      if (outcomes.length === 0) return 0;
      // One statement for the whole batch; each row only while this worker's claim (its attempt) still holds.
      const { rowCount } = await query(`UPDATE outbox SET status = o.status, due_at = COALESCE(o.due_at, outbox.due_at), last_error = o.error,
          sent_at = CASE WHEN o.status = 'sent' THEN $1::timestamptz ELSE outbox.sent_at END, lease_until = NULL
        FROM unnest($2::text[], $3::int[], $4::text[], $5::timestamptz[], $6::text[]) AS o(id, attempts, status, due_at, error)
        WHERE outbox.id = o.id AND outbox.status = 'sending' AND outbox.attempts = o.attempts`, [
        now,
        outcomes.map((o) => o.row.id),
        outcomes.map((o) => o.row.attempts),
        outcomes.map((o) => (o.sent ? 'sent' : o.next === 'failed' ? 'failed' : 'pending')),
        outcomes.map((o) => (o.sent || o.next === 'failed' ? null : o.next.dueAt)),
        outcomes.map((o) => (o.sent ? null : o.error)),
      ]);
      return rowCount ?? 0;
    },
    async fanOutWebhookEvent(row, now) {
      // One statement: the event marked sent only by the worker that still holds it, and the deliveries written only then.
      const { rows } = await query<{ n: number }>(`WITH claimed AS (
          UPDATE outbox SET status = 'sent', sent_at = $1, lease_until = NULL WHERE id = $2 AND status = 'sending' AND attempts = $3 RETURNING id
        ), fanned AS (
          INSERT INTO outbox (id, host_id, kind, topic, booking_id, webhook_id, payload, status, due_at, attempts, created_at)
          SELECT $2 || ':' || w.id, w.host_id, 'webhook', $4, $5, w.id, $6, 'pending', $1, 0, $1
          FROM webhooks w, claimed WHERE w.host_id = $7 AND w.deleted_at IS NULL AND w.events LIKE $8
          RETURNING id
        ) SELECT count(*)::int AS n FROM fanned`, [now, row.id, row.attempts, row.topic, row.bookingId, row.payload, row.hostId, `%,${row.topic},%`]);
      return rows[0]?.n ?? 0;
    },
    async listForHost(hostId, status, limit) {
      const { rows } = await query<RawRow>(`SELECT ${ROW_COLUMNS} FROM outbox WHERE host_id = $1 AND status = $2 ORDER BY created_at DESC, id DESC LIMIT $3`, [hostId, status, limit]);
      return rows.map(toRow);
    },
    async retry(hostId, id, now) {
      const { rowCount } = await query(`UPDATE outbox SET status = 'pending', due_at = $1, attempts = 0, lease_until = NULL
        WHERE host_id = $2 AND id = $3 AND status = 'failed'`, [now, hostId, id]);
      return rowCount === 1;
    },

    async createWebhook(w) {
      await query('INSERT INTO webhooks (id, host_id, url, events, secret, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
        [w.id, w.hostId, w.url, `,${w.events.join(',')},`, w.secret, w.createdAt]);
    },
    async listWebhooks(hostId) {
      const { rows } = await query<Parameters<typeof toWebhook>[0]>('SELECT id, host_id, url, events, secret, created_at FROM webhooks WHERE host_id = $1 AND deleted_at IS NULL ORDER BY created_at, id', [hostId]);
      return rows.map(toWebhook);
    },
    async findWebhook(webhookId) {
      const { rows } = await query<Parameters<typeof toWebhook>[0]>('SELECT id, host_id, url, events, secret, created_at FROM webhooks WHERE id = $1 AND deleted_at IS NULL', [webhookId]);
      return rows[0] ? toWebhook(rows[0]) : null;
    },
    async deleteWebhook(hostId, webhookId, now) {
      const { rowCount } = await query(`WITH gone AS (UPDATE webhooks SET deleted_at = $1 WHERE host_id = $2 AND id = $3 AND deleted_at IS NULL RETURNING id),
          dropped AS (UPDATE outbox SET status = 'canceled' FROM gone WHERE outbox.webhook_id = gone.id AND outbox.status = 'pending')
        SELECT id FROM gone`, [now, hostId, webhookId]);
      return rowCount === 1;
    },
    async recordDelivery(d: WebhookDelivery) {
      await query('INSERT INTO webhook_deliveries (id, webhook_id, outbox_id, event_type, attempted_at, ok, status_code, error) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
        [d.id, d.webhookId, d.outboxId, d.eventType, d.attemptedAt, d.ok, d.statusCode, d.error]);
    },
    async listDeliveries(webhookId, limit) {
      const { rows } = await query<{ id: string; webhook_id: string; outbox_id: string; event_type: string; attempted_at: Date; ok: boolean; status_code: number | null; error: string | null }>(
        `SELECT id, webhook_id, outbox_id, event_type, attempted_at, ok, status_code, error FROM webhook_deliveries WHERE webhook_id = $1 ORDER BY attempted_at DESC, id DESC LIMIT $2`, [webhookId, limit]);
      return rows.map((r) => ({ id: r.id, webhookId: r.webhook_id, outboxId: r.outbox_id, eventType: r.event_type, attemptedAt: r.attempted_at.toISOString(), ok: r.ok, statusCode: r.status_code, error: r.error }));
    },
  };
}
