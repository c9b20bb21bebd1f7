// Runs on the server (SQLite). The outbox on SQLite (store/outbox-store.ts). Rows are queued by
// the writer inside the change's own transaction (insertOutboxBatch, called from book and from
// WriteTx.enqueueOutbox); everything else runs on the writer under the store's mutex, between
// write groups, so it never joins a group's open transaction. One process owns a SQLite file, so
// a claim is a conditional UPDATE with a lease: a row whose sender died is claimed again once
// its lease has run out.
import type { OutboxBatch, OutboxRow, OutboxStatus, OutboxStore, Webhook, WebhookDelivery } from '../outbox-store.ts';
import type { SqliteDatabase } from './open-sqlite-database.ts';
import { prepareCached } from './prepare-cached.ts';

const INSERT_SQL = `INSERT INTO outbox (id, host_id, kind, topic, booking_id, payload, status, due_at, attempts, created_at)
  VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, 0, ?)`;
const DROP_REMINDERS_SQL = `UPDATE outbox SET status = 'canceled' WHERE booking_id = ? AND host_id = ? AND topic = 'reminder' AND status = 'pending'`;
const SUBSCRIBED_SQL = 'SELECT events FROM webhooks WHERE host_id = ? AND deleted_at IS NULL';
const ROW_COLUMNS = 'id, host_id, kind, topic, booking_id, webhook_id, payload, status, due_at, attempts, last_error, created_at, sent_at';

interface RawRow {
  id: string; host_id: string; kind: OutboxRow['kind']; topic: string; booking_id: string | null; webhook_id: string | null;
  payload: string; status: OutboxStatus; due_at: string; attempts: number; last_error: string | null; created_at: string; sent_at: string | null;
}

const toRow = (r: RawRow): OutboxRow => ({
  id: r.id, hostId: r.host_id, kind: r.kind, topic: r.topic, bookingId: r.booking_id, webhookId: r.webhook_id, payload: r.payload,
  status: r.status, dueAt: r.due_at, attempts: r.attempts, lastError: r.last_error, createdAt: r.created_at, sentAt: r.sent_at,
});

/** The events any live webhook of the host subscribes to (`events` is stored as ",a,b,"). */
function subscribedEvents(db: SqliteDatabase, hostId: string): Set<string> {
  const lists = prepareCached(db, SUBSCRIBED_SQL).pluck().all(hostId) as string[];
  return new Set(lists.flatMap((events) => events.split(',').filter(Boolean)));
}

/**
 * Writes a change's messages in the open transaction. An event nobody subscribes to is not queued
 * (most hosts have no webhooks); the subscriptions are read once per batch, and `linkUsedUp` is
 * asked only for a subscribed message that depends on it (link.used_up): each statement in the
 * host's write chain is paid by every booking behind it.
 */
export function insertOutboxBatch(db: SqliteDatabase, hostId: string, batch: OutboxBatch, now: string, linkUsedUp: () => boolean = () => false): void {
  for (const bookingId of batch.dropRemindersOf) prepareCached(db, DROP_REMINDERS_SQL).run(bookingId, hostId);
  let subscribed: Set<string> | null = null;
  let usedUp: boolean | null = null;
  const insert = prepareCached(db, INSERT_SQL);
  for (const m of batch.messages) {
    if (m.kind === 'webhook_event' && !(subscribed ??= subscribedEvents(db, hostId)).has(m.topic)) continue;
    if (m.onlyIfLinkUsedUp && !(usedUp ??= linkUsedUp())) continue;
    insert.run(m.id, hostId, m.kind, m.topic, m.bookingId, m.payload, m.dueAt, now);
  }
}

type Exclusive = <T>(work: () => Promise<T>) => Promise<T>;

export function createSqliteOutbox(writer: SqliteDatabase, reader: SqliteDatabase, exclusive: Exclusive): OutboxStore {
  const onWriter = <T>(work: () => T): Promise<T> => exclusive(async () => work());
  const toWebhook = (r: { id: string; host_id: string; url: string; events: string; secret: string; created_at: string }): Webhook => ({
    id: r.id, hostId: r.host_id, url: r.url, events: r.events.split(',').filter(Boolean), secret: r.secret, createdAt: r.created_at,
  });
  return {
    claimDue(now, limit, leaseMs) {
      const leaseUntil = new Date(Date.parse(now) + leaseMs).toISOString();
      return onWriter(() => (prepareCached(writer, `UPDATE outbox SET status = 'sending', attempts = attempts + 1, lease_until = ?
        WHERE id IN (SELECT id FROM outbox WHERE status = 'pending' AND due_at <= ? ORDER BY due_at LIMIT ?)
           OR id IN (SELECT id FROM outbox WHERE status = 'sending' AND lease_until < ? LIMIT ?)
        RETURNING ${ROW_COLUMNS}`).all(leaseUntil, now, limit, now, limit) as RawRow[]).map(toRow));
    },
    settle(outcomes, now) {
      // One transaction, one fsync, for the whole batch of attempts.
      return onWriter(() => writer.transaction(() => {
        const sent = prepareCached(writer, `UPDATE outbox SET status = 'sent', sent_at = ?, lease_until = NULL, last_error = NULL
          WHERE id = ? AND status = 'sending' AND attempts = ?`);
        const failed = prepareCached(writer, `UPDATE outbox SET status = ?, due_at = ?, last_error = ?, lease_until = NULL
          WHERE id = ? AND status = 'sending' AND attempts = ?`);
        let recorded = 0;
        for (const o of outcomes) {
          if (o.sent) recorded += sent.run(now, o.row.id, o.row.attempts).changes;
          else recorded += failed.run(o.next === 'failed' ? 'failed' : 'pending', o.next === 'failed' ? o.row.dueAt : o.next.dueAt, o.error, o.row.id, o.row.attempts).changes;
        }
        return recorded;
      }).immediate());
    },
    fanOutWebhookEvent(row, now) {
      return onWriter(() => writer.transaction(() => {
        const claimed = prepareCached(writer, `UPDATE outbox SET status = 'sent', sent_at = ?, lease_until = NULL WHERE id = ? AND status = 'sending' AND attempts = ?`)
          .run(now, row.id, row.attempts).changes === 1;
        if (!claimed) return 0;
        return prepareCached(writer, `INSERT INTO outbox (id, host_id, kind, topic, booking_id, webhook_id, payload, status, due_at, attempts, created_at)
          SELECT ? || ':' || w.id, w.host_id, 'webhook', ?, ?, w.id, ?, 'pending', ?, 0, ?
          FROM webhooks w WHERE w.host_id = ? AND w.deleted_at IS NULL AND w.events LIKE ?`)
          .run(row.id, row.topic, row.bookingId, row.payload, now, now, row.hostId, `%,${row.topic},%`).changes;
      }).immediate());
    },
    async listForHost(hostId, status, limit) {
      return (prepareCached(reader, `SELECT ${ROW_COLUMNS} FROM outbox WHERE host_id = ? AND status = ? ORDER BY created_at DESC, id DESC LIMIT ?`)
        .all(hostId, status, limit) as RawRow[]).map(toRow);
    },
    retry(hostId, id, now) {
      return onWriter(() => prepareCached(writer, `UPDATE outbox SET status = 'pending', due_at = ?, attempts = 0, lease_until = NULL
        WHERE host_id = ? AND id = ? AND status = 'failed'`).run(now, hostId, id).changes === 1);
    },

    createWebhook(w) {
      return onWriter(() => {
        prepareCached(writer, 'INSERT INTO webhooks (id, host_id, url, events, secret, created_at) VALUES (?, ?, ?, ?, ?, ?)')
          .run(w.id, w.hostId, w.url, `,${w.events.join(',')},`, w.secret, w.createdAt);
      });
    },
    async listWebhooks(hostId) {
      return (prepareCached(reader, 'SELECT id, host_id, url, events, secret, created_at FROM webhooks WHERE host_id = ? AND deleted_at IS NULL ORDER BY created_at, id')
        .all(hostId) as Parameters<typeof toWebhook>[0][]).map(toWebhook);
    },
    async findWebhook(webhookId) {
      const r = prepareCached(reader, 'SELECT id, host_id, url, events, secret, created_at FROM webhooks WHERE id = ? AND deleted_at IS NULL')
        .get(webhookId) as Parameters<typeof toWebhook>[0] | undefined;
      return r ? toWebhook(r) : null;
    },
    deleteWebhook(hostId, webhookId, now) {
      return onWriter(() => {
        const changed = prepareCached(writer, 'UPDATE webhooks SET deleted_at = ? WHERE host_id = ? AND id = ? AND deleted_at IS NULL').run(now, hostId, webhookId).changes === 1;
        // Its queued deliveries would go to a receiver the host has let go.
        if (changed) prepareCached(writer, `UPDATE outbox SET status = 'canceled' WHERE webhook_id = ? AND status = 'pending'`).run(webhookId);
        return changed;
      });
    },
    recordDelivery(d: WebhookDelivery) {
      return onWriter(() => {
        prepareCached(writer, 'INSERT INTO webhook_deliveries (id, webhook_id, outbox_id, event_type, attempted_at, ok, status_code, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
          .run(d.id, d.webhookId, d.outboxId, d.eventType, d.attemptedAt, d.ok ? 1 : 0, d.statusCode, d.error);
      });
    },
    async listDeliveries(webhookId, limit) {
      const rows = prepareCached(reader, `SELECT id, webhook_id, outbox_id, event_type, attempted_at, ok, status_code, error FROM webhook_deliveries
        WHERE webhook_id = ? ORDER BY attempted_at DESC, id DESC LIMIT ?`).all(webhookId, limit) as {
        id: string; webhook_id: string; outbox_id: string; event_type: string; attempted_at: string; ok: number; status_code: number | null; error: string | null;
      }[];
      return rows.map((r) => ({ id: r.id, webhookId: r.webhook_id, outboxId: r.outbox_id, eventType: r.event_type, attemptedAt: r.attempted_at, ok: r.ok === 1, statusCode: r.status_code, error: r.error }));
    },
  };
}
