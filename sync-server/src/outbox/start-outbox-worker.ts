// Runs on the server. The outbox worker (ARCHITECTURE.md, invariant 7): claims due rows, sends
// them, marks them sent once the receiver accepted them; a failure puts the row back with its
// error for a later attempt (exponential backoff) until the last attempt marks it failed for
// good, where the host sees it (GET /api/outbox?status=failed). Claims are leased and fenced by
// attempt (store/outbox-store.ts), so any number of workers, in one process or many on one
// PostgreSQL, never send a row twice unless a sender dies between the receiver's acceptance and
// its mark (then its lease runs out and the row goes again: at least once, never lost).
// The worker wakes on every commit of the store (a booking queues its messages with its commit)
// and polls besides, for reminders coming due and retries.
import type { FastifyBaseLogger } from 'fastify';
import type { MailSender } from '../email/create-mail-sender.ts';
import { renderEmail } from '../email/render-email.ts';
import type { OutboxRow } from '../store/outbox-store.ts';
import type { Store } from '../store/store.ts';
import type { EmailPayload } from './outbox-payloads.ts';
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
const DEFAULT_BATCH = 20;
const MIN_GAP_MS = 50;

export function startOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { store, logger } = options;
  const now = options.now ?? (() => new Date());
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  let running = true;
  let wakeUp: (() => void) | null = null;
  let woken = false;

  const attempt = async (row: OutboxRow): Promise<void> => {
    try {
      if (row.kind === 'webhook_event') {
        await store.outbox.fanOutWebhookEvent(row, now().toISOString());
        woken = true;
        return;
      }
      if (row.kind === 'email') {
        const payload = JSON.parse(row.payload) as EmailPayload;
        await options.mail.send(row.id, renderEmail(payload, options.mailFrom));
      } else {
        await options.deliverWebhook(row);
      }
      if (!(await store.outbox.markSent(row, now().toISOString()))) logger.warn({ outboxId: row.id }, 'outbox: a sent message had lost its claim');
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const last = row.attempts >= options.maxAttempts;
      const next = last ? 'failed' as const : { dueAt: new Date(now().getTime() + retryDelayMs(row.attempts, options.retryBaseMs)).toISOString() };
      await store.outbox.markFailedAttempt(row, message.slice(0, 1000), next).catch((markError: unknown) => {
        logger.error({ err: markError, outboxId: row.id }, 'outbox: could not record a failed attempt (its lease will run out and it goes again)');
      });
      logger.warn({ outboxId: row.id, kind: row.kind, topic: row.topic, attempts: row.attempts, error: message, failedForGood: last }, 'outbox: a message was not delivered');
    }
  };

  const loop = async (): Promise<void> => {
    while (running) {
      let claimed = 0;
      woken = false;
      try {
        const rows = await store.outbox.claimDue(now().toISOString(), batchSize, options.leaseMs ?? DEFAULT_LEASE_MS);
        claimed = rows.length;
        await Promise.all(rows.map(attempt));
      } catch (error) {
        // The database away: the rows wait in it; try again at the next poll.
        if (running) logger.warn({ err: error }, 'outbox: could not claim messages');
      }
      if (!running) break;
      if (claimed === batchSize) continue;
      // A short gap even when woken: under a burst of bookings one claim takes the messages of
      // many commits, instead of one claim per commit competing with the bookings for the writer.
      await new Promise((resolve) => setTimeout(resolve, MIN_GAP_MS));
      if (woken || !running) continue;
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
