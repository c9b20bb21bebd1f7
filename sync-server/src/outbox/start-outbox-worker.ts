// Runs on the server. The outbox worker (ARCHITECTURE.md, invariant 7): claims due rows, sends
// them, marks them sent once the receiver accepted them; a failure puts the row back with its
// error for a later attempt (exponential backoff) until the last attempt marks it failed for
// good, where the host sees it (GET /api/outbox?status=failed). Claims are leased and fenced by
// attempt (store/outbox-store.ts), so any number of workers, in one process or many on one
// PostgreSQL, never send a row twice unless a sender dies between the receiver's acceptance and
// its mark (then its lease runs out and the row goes again: at least once, never lost).
// The worker wakes on every commit of the store (a booking queues its messages with its commit)
// and polls besides, for reminders coming due and retries.
import { performance } from 'node:perf_hooks';
import type { FastifyBaseLogger } from 'fastify';
import type { MailSender } from '../email/create-mail-sender.ts';
import { renderEmail } from '../email/render-email.ts';
import type { OutboxOutcome, OutboxRow } from '../store/outbox-store.ts';
import type { Store } from '../store/store.ts';
import type { EmailPayload } from './outbox-payloads.ts';
import { outboxGapMs } from './pace-outbox.ts';
import { retryDelayMs } from './retry-delay.ts';

export interface OutboxWorkerOptions {
  store: Store;
  mail: MailSender;
  mailFrom: string;
  /** Delivers one 'webhook' row (webhooks/deliver-webhook.ts); throws when the receiver did not take it. */
  deliverWebhook: (row: OutboxRow) => Promise<void>;
  logger: Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;
  pollMs: number;
  retryBaseMs: number;
  maxAttempts: number;
  /** Longer than any one attempt may take (the SMTP and webhook timeouts). */
  leaseMs?: number;
  batchSize?: number;
  now?: () => Date;
}

export interface OutboxWorker {
  /** Look for due rows now (after a commit). */
  wake(): void;
  /** Stops claiming and waits for the attempts in flight. */
  stop(): Promise<void>;
}

const DEFAULT_LEASE_MS = 120_000;
/**
 * At most one batch per gap (pace-outbox.ts): under a burst of bookings the worker keeps to a
 * modest pace (the backlog waits in the database, durable) instead of taking the CPU and the
 * writer from the redemptions that queue the messages; a host's own volume never comes near it.
 */
const DEFAULT_BATCH = 10;

export function startOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { store, logger } = options;
  const now = options.now ?? (() => new Date());
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  let since = performance.eventLoopUtilization();
  let running = true;
  let wakeUp: (() => void) | null = null;
  let woken = false;

  /** One attempt; null for a fan-out (it records itself). */
  const attempt = async (row: OutboxRow): Promise<OutboxOutcome | null> => {
    try {
      if (row.kind === 'webhook_event') {
        await store.outbox.fanOutWebhookEvent(row, now().toISOString());
        woken = true;
        return null;
      }
      if (row.kind === 'email') {
        const payload = JSON.parse(row.payload) as EmailPayload;
        await options.mail.send(row.id, renderEmail(payload, options.mailFrom));
      } else {
        await options.deliverWebhook(row);
      }
      return { row, sent: true };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const last = row.attempts >= options.maxAttempts;
      const next = last ? 'failed' as const : { dueAt: new Date(now().getTime() + retryDelayMs(row.attempts, options.retryBaseMs)).toISOString() };
      logger.warn({ outboxId: row.id, kind: row.kind, topic: row.topic, attempts: row.attempts, error: message, failedForGood: last }, 'outbox: a message was not delivered');
      return { row, sent: false, error: message.slice(0, 1000), next };
    }
  };

  const loop = async (): Promise<void> => {
    while (running) {
      let claimed = 0;
      woken = false;
      try {
        const rows = await store.outbox.claimDue(now().toISOString(), batchSize, options.leaseMs ?? DEFAULT_LEASE_MS);
        claimed = rows.length;
        const outcomes = (await Promise.all(rows.map(attempt))).filter((o) => o !== null);
        // Recorded together: one transaction (one fsync on SQLite) per batch, not per message.
        const recorded = await store.outbox.settle(outcomes, now().toISOString()).catch((error: unknown) => {
          logger.error({ err: error }, 'outbox: could not record attempts (their leases run out and they go again)');
          return outcomes.length;
        });
        if (recorded < outcomes.length) logger.warn({ lost: outcomes.length - recorded }, 'outbox: some attempts had lost their claim');
      } catch (error) {
        // The database away: the rows wait in it; try again at the next poll.
        if (running) logger.warn({ err: error }, 'outbox: could not claim messages');
      }
      if (!running) break;
      // A gap even with more waiting or when woken: under a burst of bookings one claim takes the
      // messages of many commits, instead of one claim per commit competing with the bookings;
      // a longer one while the process is busy.
      const busy = performance.eventLoopUtilization(since).utilization;
      since = performance.eventLoopUtilization();
      await new Promise((resolve) => setTimeout(resolve, outboxGapMs(busy)));
      if (claimed === batchSize || woken || !running) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, options.pollMs);
        wakeUp = () => { clearTimeout(timer); resolve(); };
      });
      wakeUp = null;
    }
  };

  const unsubscribe = store.onCommit(() => { woken = true; wakeUp?.(); });
  const done = loop();
  return {
    wake() { woken = true; wakeUp?.(); },
    async stop() {
      running = false;
      unsubscribe();
      wakeUp?.();
      await done;
    },
  };
}
