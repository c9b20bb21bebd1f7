-- Runs on the server (SQLite). The outbox (ARCHITECTURE.md, invariant 7): every message a booking,
-- cancel or reschedule owes (emails, webhook events, reminders) is a row written in the same
-- transaction as the change, so a committed change always has its messages. The worker
-- (sync-server/src/outbox/) claims due rows with a lease, sends, and marks them sent, or retries
-- with backoff and marks them failed for good after its last attempt, keeping the error.
-- kind: 'email' | 'webhook_event' (fanned out to one 'webhook' row per subscribed webhook) | 'webhook'.
-- status: 'pending' | 'sending' (claimed; lease_until says until when) | 'sent' | 'failed' | 'canceled'.
-- Times are ISO-8601 UTC text, which sorts as time.
-- host_id has no foreign key: checking one would take a share lock on the host's row, which every
-- write transaction of the host holds for update (invariant 4), so the worker would queue behind them.
CREATE TABLE outbox (
  id TEXT PRIMARY KEY,
  host_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  topic TEXT NOT NULL,
  booking_id TEXT,
  webhook_id TEXT,
  payload TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending',
  due_at TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  lease_until TEXT,
  last_error TEXT,
  created_at TEXT NOT NULL,
  sent_at TEXT
);
-- What a claim reads: pending rows by due time, claimed rows by lease. Sent rows leave both.
CREATE INDEX outbox_pending_due ON outbox (due_at) WHERE status = 'pending';
CREATE INDEX outbox_sending_lease ON outbox (lease_until) WHERE status = 'sending';
CREATE INDEX outbox_by_host ON outbox (host_id, status, created_at);
-- Only pending reminders are ever looked up by booking (to drop them): the index holds no other row.
CREATE INDEX outbox_reminders_by_booking ON outbox (booking_id) WHERE topic = 'reminder' AND status = 'pending';
CREATE INDEX outbox_by_webhook ON outbox (webhook_id, created_at) WHERE webhook_id IS NOT NULL;

-- A host's webhooks. events: the subscribed event names between commas (',booking.created,'),
-- so one LIKE finds the subscribers of an event on both databases.
CREATE TABLE webhooks (
  id TEXT PRIMARY KEY,
  host_id TEXT NOT NULL REFERENCES hosts (id),
  url TEXT NOT NULL,
  events TEXT NOT NULL,
  secret TEXT NOT NULL,
  created_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX webhooks_by_host ON webhooks (host_id) WHERE deleted_at IS NULL;

-- One row per delivery attempt of a webhook row of the outbox: what the host sees as the last deliveries.
CREATE TABLE webhook_deliveries (
  id TEXT PRIMARY KEY,
  webhook_id TEXT NOT NULL,
  outbox_id TEXT NOT NULL,
  event_type TEXT NOT NULL,
  attempted_at TEXT NOT NULL,
  ok INTEGER NOT NULL,
  status_code INTEGER,
  error TEXT
);
CREATE INDEX webhook_deliveries_by_webhook ON webhook_deliveries (webhook_id, attempted_at);
