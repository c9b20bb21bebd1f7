// Runs on the server. The outbox's side of the store (ARCHITECTURE.md, invariant 7): the rows a
// change queues in its own transaction (BookingCommand.outbox, WriteTx.enqueueOutbox), and what
// the worker (sync-server/src/outbox/) and the host's endpoints do with them afterwards. SQLite
// and PostgreSQL implement it (store/sqlite/sqlite-outbox.ts, store/postgres/postgres-outbox.ts).

/** 'webhook_event' rows are fanned out by the worker into one 'webhook' row per subscribed webhook. */
export type OutboxKind = 'email' | 'webhook_event' | 'webhook';
export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'canceled';

/** A message a change owes, written in the change's transaction. */
export interface OutboxMessage {
  id: string;
  kind: OutboxKind;
  /** What it is: an email template name ('invitee_confirmation', 'reminder', …) or a webhook event type. */
  topic: string;
  /** The booking it is about: its pending reminders are dropped when it is canceled or moved. */
  bookingId: string | null;
  /** When it may be sent (ISO-8601 UTC): now, or a reminder's moment. */
  dueAt: string;
  /** JSON, all the worker needs to render and send it (sync-server/src/outbox/outbox-payloads.ts). */
  payload: string;
  /** Written only when the booking spent its link's last use (link.used_up). */
  onlyIfLinkUsedUp?: boolean;
}

/** What one change queues: its messages, and the bookings whose pending reminders no longer hold. */
export interface OutboxBatch {
  messages: OutboxMessage[];
  dropRemindersOf: string[];
}

/** A row as the worker and the host see it. */
export interface OutboxRow {
  id: string;
  hostId: string;
  kind: OutboxKind;
  topic: string;
  bookingId: string | null;
  webhookId: string | null;
  payload: string;
  status: OutboxStatus;
  dueAt: string;
  /** Claims so far (the one being worked on included). */
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export type OutboxOutcome = { row: OutboxRow; sent: true } | { row: OutboxRow; sent: false; error: string; next: { dueAt: string } | 'failed' };

export interface Webhook {
  id: string;
  hostId: string;
  url: string;
  events: string[];
  secret: string;
  createdAt: string;
}

export interface WebhookDelivery {
  id: string;
  webhookId: string;
  outboxId: string;
  eventType: string;
  attemptedAt: string;
  ok: boolean;
  statusCode: number | null;
  error: string | null;
}

export interface OutboxStore {
  /**
   * Claims up to `limit` due rows for `leaseMs`: pending ones due by `now`, and claimed ones whose
   * lease ran out (their sender died). A claim is one conditional statement, so two workers (or
   * processes) never hold the same row; each claim counts as an attempt.
   */
  claimDue(now: string, limit: number, leaseMs: number): Promise<OutboxRow[]>;
  /**
   * Records the attempts of claimed rows in one transaction: sent, or back for another attempt at
   * `dueAt` (or, with 'failed', given up for good), keeping the error. A row whose claim was lost
   * (its lease ran out and another worker took it) is left alone; returns how many were recorded.
   */
  settle(outcomes: readonly OutboxOutcome[], now: string): Promise<number>;
  /** A claimed 'webhook_event' row: one 'webhook' row per webhook of its host subscribed to its topic, and the event marked sent, in one transaction. */
  fanOutWebhookEvent(row: OutboxRow, now: string): Promise<number>;
  /** The host's rows of a status, newest first. */
  listForHost(hostId: string, status: OutboxStatus, limit: number): Promise<OutboxRow[]>;
  /** A failed row of the host back to pending, due now; false when there is no such failed row. */
  retry(hostId: string, id: string, now: string): Promise<boolean>;

  createWebhook(webhook: Webhook): Promise<void>;
  listWebhooks(hostId: string): Promise<Webhook[]>;
  findWebhook(webhookId: string): Promise<Webhook | null>;
  /** false when the host has no such (live) webhook. */
  deleteWebhook(hostId: string, webhookId: string, now: string): Promise<boolean>;
  recordDelivery(delivery: WebhookDelivery): Promise<void>;
  /** Newest first. */
  listDeliveries(webhookId: string, limit: number): Promise<WebhookDelivery[]>;
}
